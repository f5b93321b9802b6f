/**
 * Formatting with prettier, honouring the user's prettier configuration for the output file
 * (so generated YAML looks like the rest of the repository and passes its format check).
 */
import type { Options } from "prettier";

let prettier: Promise<typeof import("prettier")> | undefined;
/** Starts loading prettier; call early, it takes ~100 ms. */
export const loadPrettier = () => (prettier ??= import("prettier"));

/** The prettier options that apply to `filePath`, from the user's config files. */
export async function prettierOptionsFor(filePath: string): Promise<Options> {
  const p = await loadPrettier();
  const found = await p.resolveConfig(filePath, { editorconfig: false });
  return found ?? {};
}

/** Formats YAML text with prettier. */
export async function formatYaml(text: string, options: Options = {}): Promise<string> {
  const p = await loadPrettier();
  return p.format(text, { ...options, parser: "yaml", filepath: undefined as never });
}
