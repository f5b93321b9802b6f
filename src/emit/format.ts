/**
 * Formatting with prettier, honouring the user's prettier configuration for the output file
 * (so generated YAML looks like the rest of the repository and passes its format check).
 *
 * The emitter prints exactly what prettier prints with its defaults (test/emit/
 * prettier-stable.test.ts pins that on arbitrary values and on real workflows), so prettier is
 * only loaded — a third of a `check` run — where a configuration could change the output.
 */
import { readdir, readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { Options } from "prettier";

let prettier: Promise<typeof import("prettier")> | undefined;
/** Starts loading prettier; call early, it takes ~100 ms. */
export const loadPrettier = () => (prettier ??= import("prettier"));

/** The file names prettier 3 reads its configuration from, besides package.json's "prettier" key. */
const CONFIG_FILES = [
  ".prettierrc", ".prettierrc.json", ".prettierrc.yaml", ".prettierrc.yml", ".prettierrc.json5", ".prettierrc.toml",
  ".prettierrc.js", ".prettierrc.mjs", ".prettierrc.cjs", ".prettierrc.ts", ".prettierrc.mts", ".prettierrc.cts",
  "prettier.config.js", "prettier.config.mjs", "prettier.config.cjs", "prettier.config.ts", "prettier.config.mts", "prettier.config.cts",
  "package.yaml",
];


/** Whether prettier would find a configuration for files in `dir` (it searches upwards). */
export async function hasPrettierConfig(dir: string): Promise<boolean> {
  return (await findPrettierConfig(dir)) !== undefined;
}

/**
 * The file prettier would read its configuration for files in `dir` from (package.json with a
 * "prettier" key included). One folder listing per level; `cache` (by folder) serves a run that
 * asks for many folders, as an import writing a module per workflow does.
 */
export function findPrettierConfig(dir: string, cache?: Map<string, Promise<string | undefined>>): Promise<string | undefined> {
  const cached = cache?.get(dir);
  if (cached) return cached;
  const found = (async () => {
    const names = new Set(await readdir(dir).catch(() => []));
    const name = CONFIG_FILES.find((n) => names.has(n));
    if (name !== undefined) return join(dir, name);
    if (names.has("package.json")) {
      const pkg = await readFile(join(dir, "package.json"), "utf8").catch(() => undefined);
      try {
        if (pkg !== undefined && (JSON.parse(pkg) as { prettier?: unknown }).prettier !== undefined) return join(dir, "package.json");
      } catch {
        // A broken package.json is prettier's problem to report, not a configuration.
      }
    }
    return dirname(dir) === dir ? undefined : findPrettierConfig(dirname(dir), cache);
  })();
  cache?.set(dir, found);
  return found;
}

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
