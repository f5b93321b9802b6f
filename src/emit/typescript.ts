/**
 * Formatting of TypeScript that pipewright writes (`pipewright import`): prettier with the
 * user's configuration for the output file where one exists, its defaults otherwise.
 */
import type { Options } from "prettier";
import { loadPrettier } from "./format.js";

/** Formats a TypeScript module; `filePath` is where it will be written (its prettier config applies). */
export async function formatTypeScript(code: string, filePath?: string): Promise<string> {
  const prettier = await loadPrettier();
  const configured: Options = filePath ? ((await prettier.resolveConfig(filePath, { editorconfig: false })) ?? {}) : {};
  // babel-ts prints what the typescript parser does for this code, in two thirds of the time.
  return prettier.format(code, { ...configured, parser: "babel-ts", filepath: undefined as never });
}
