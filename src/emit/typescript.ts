/**
 * Formatting of TypeScript that pipewright writes (`pipewright import`): prettier's default
 * layout, printed straight from the code tree (emit/typescript-layout.ts) where no prettier
 * configuration applies to the output file; prettier itself, with that configuration, where one
 * does.
 */
import { dirname } from "node:path";
import type { Options } from "prettier";
import { moduleText, type ModuleLine } from "../import/code.js";
import { findPrettierConfig, loadPrettier } from "./format.js";
import { printModuleCode } from "./typescript-layout.js";

/**
 * Formats a module; `filePath` is where it will be written (its prettier config applies).
 * `configs` caches the search for configurations by folder across the modules of one run.
 */
export async function formatTypeScript(lines: readonly ModuleLine[], filePath?: string, configs?: Map<string, Promise<string | undefined>>): Promise<string> {
  if (!filePath || (await findPrettierConfig(dirname(filePath), configs)) === undefined) return printModuleCode(lines);
  const prettier = await loadPrettier();
  const configured: Options = (await prettier.resolveConfig(filePath, { editorconfig: false })) ?? {};
  // The modules pipewright prints are plain ECMAScript (no type syntax), so the fastest parser
  // prettier ships reads them: meriyah formats the same bytes as the typescript parser in a
  // third of the time.
  return prettier.format(moduleText(lines), { ...configured, parser: "meriyah", filepath: undefined as never });
}
