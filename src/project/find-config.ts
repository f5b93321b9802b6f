/**
 * Finding and reading the config: `pipewright.config.ts`, `.mjs`, `.js` or `.json`, or a
 * `"pipewright"` key in package.json, in the working directory or a folder above it up to the
 * repository root (the folder holding `.git`), so `pipewright check` works from any package
 * folder. Outside a git repository only the working directory is searched: a stray config in
 * a parent folder must not change a project's output.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { validateConfig, type Config } from "./config.js";
import { PipewrightError } from "./errors.js";

export const CONFIG_FILES = ["pipewright.config.ts", "pipewright.config.mjs", "pipewright.config.js", "pipewright.config.json"] as const;

export interface FoundConfig {
  readonly config: Config;
  /** The folder of the config: the project root, against which its paths are read. The working directory when there is no config. */
  readonly root: string;
  /** The file it came from (absolute), absent without one. */
  readonly file?: string;
  /** Files the config was built from (a TypeScript config's imports), for the cache. */
  readonly inputs: readonly string[];
}

/**
 * Walks up from `cwd`. `load` reads a TypeScript config (the workflows.ts loader); it is
 * passed in so that a JSON config never loads esbuild.
 */
export async function findConfig(
  cwd: string,
  loadTs: (path: string, cwd: string) => Promise<{ module: Record<string, unknown>; inputs: string[] }>,
): Promise<FoundConfig> {
  for (const dir of await searchedFolders(cwd)) {
    const names = new Set(await readdir(dir).catch(() => [] as string[]));
    const files = CONFIG_FILES.filter((name) => names.has(name));
    const pkg = names.has("package.json") ? await packageKey(join(dir, "package.json")) : undefined;
    const found = [...files, ...(pkg === undefined ? [] : ['package.json ("pipewright" key)'])];
    if (found.length > 1) {
      throw new PipewrightError("usage", `${shown(cwd, dir)}: ${found.join(" and ")} are ${found.length === 2 ? "both" : "all"} pipewright configurations. Keep one of them.`);
    }
    if (pkg !== undefined) {
      const label = `${shown(cwd, join(dir, "package.json"))} ("pipewright" key)`;
      return { config: await validateConfig(pkg, label, ["pipewright"]), root: dir, file: join(dir, "package.json"), inputs: [join(dir, "package.json")] };
    }
    const name = files[0];
    if (name === undefined) continue;
    const file = join(dir, name);
    const label = shown(cwd, file);
    if (name.endsWith(".json")) return { config: await validateConfig(await readJson(file, label), label), root: dir, file, inputs: [file] };
    let module: Record<string, unknown>;
    let inputs = [file];
    if (name.endsWith(".ts")) ({ module, inputs } = await loadTs(file, dir));
    else {
      try {
        module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
      } catch (error) {
        throw new PipewrightError("usage", `${label} threw while loading:\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      }
    }
    if (module.default === undefined) {
      throw new PipewrightError("usage", `${label} has no default export. Write \`export default defineConfig({ sources: ["workflows.ts"] })\`.`);
    }
    return { config: await validateConfig(module.default, label), root: dir, file, inputs };
  }
  return { config: {}, root: cwd, inputs: [] };
}

/** `cwd` and its parents up to the repository root; only `cwd` outside a repository. */
async function searchedFolders(cwd: string): Promise<string[]> {
  const folders: string[] = [];
  for (let dir = cwd; ; dir = dirname(dir)) {
    folders.push(dir);
    if (await stat(join(dir, ".git")).then(() => true, () => false)) return folders;
    if (dirname(dir) === dir) return [cwd];
  }
}

async function readJson(file: string, label: string): Promise<unknown> {
  const text = await readFile(file, "utf8");
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new PipewrightError("usage", `${label}: not valid JSON (${(error as Error).message}). Fix the file or delete it.`);
  }
}

/** The `"pipewright"` value of a package.json; undefined when it has none (or is not JSON: not ours to report). */
async function packageKey(file: string): Promise<unknown> {
  try {
    return (JSON.parse(await readFile(file, "utf8")) as { pipewright?: unknown }).pipewright;
  } catch {
    return undefined;
  }
}

function shown(cwd: string, path: string): string {
  return relative(cwd, path).split("\\").join("/") || ".";
}

/** The config of the project `cwd` is in (JSON configs only need no loader; see {@link findConfig}). */
export async function readConfig(cwd: string): Promise<Config> {
  const { loadModule, stopLoader } = await import("./load.js");
  try {
    return (await findConfig(cwd, loadModule)).config;
  } finally {
    await stopLoader();
  }
}
