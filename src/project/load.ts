/**
 * Loads a user's workflows.ts (or pipewright.config.ts): esbuild bundles it into a temporary
 * module next to the source, with an inline source map so stack traces and builder call sites
 * name the `.ts` lines, and Node imports that module.
 *
 * Installed packages stay external, so the user's own pipewright is the one imported; workspace
 * packages are bundled (see workspace-plugin.ts), so presets kept as `.ts` sources load on Node 20.
 */
import { randomBytes } from "node:crypto";
import { access, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { PipewrightError } from "./errors.js";
import { workspacePlugin } from "./workspace-plugin.js";

/** What a source file's default export holds, unchecked. */
export interface LoadedSource {
  readonly path: string;
  readonly entries: readonly unknown[];
  /** Every file the result depends on (absolute paths): the source, what it imports, and the package.json of each package it imports. */
  readonly inputs: readonly string[];
}

let esbuild: Promise<typeof import("esbuild")> | undefined;

/** Stops esbuild's service process if this run started it, so nothing outlives the command. */
export async function stopLoader(): Promise<void> {
  if (esbuild) (await esbuild).stop();
  esbuild = undefined;
}

/** Bundles and imports `path`; returns the module's exports and the files it was built from. */
export async function loadModule(path: string, cwd: string): Promise<{ module: Record<string, unknown>; inputs: string[] }> {
  const shown = relative(cwd, path) || basename(path);
  try {
    await access(path);
  } catch {
    throw new PipewrightError("usage", `${shown}: no such file. Create it (see README "A first workflows.ts") or pass --source <file>.`);
  }
  const { build } = await (esbuild ??= import("esbuild"));
  const imported = new Set<string>();
  let code: string;
  let inputs: string[];
  try {
    const result = await build({
      entryPoints: [path],
      // Error locations are relative to this: the project root, as every other path shown.
      absWorkingDir: cwd,
      bundle: true,
      plugins: [workspacePlugin(imported)],
      platform: "node",
      format: "esm",
      target: "node20",
      sourcemap: "inline",
      metafile: true,
      write: false,
      logLevel: "silent",
      outdir: dirname(path),
    });
    code = result.outputFiles[0]!.text;
    inputs = [...Object.keys(result.metafile.inputs).map((file) => resolve(cwd, file)), ...imported];
  } catch (error) {
    const errors = (error as { errors?: { text: string; location?: { file: string; line: number; column: number } | null }[] }).errors ?? [];
    const lines = errors.map((e) => e.location ? `${e.location.file}:${e.location.line}:${e.location.column + 1}: error: ${e.text}` : `${shown}: error: ${e.text}`);
    throw new PipewrightError("source", lines.length ? lines.join("\n") : `${shown}: ${(error as Error).message}`);
  }
  const temp = join(dirname(path), `.pipewright-${process.pid}-${randomBytes(4).toString("hex")}.mjs`);
  process.setSourceMapsEnabled(true);
  try {
    await writeFile(temp, code);
    return { module: (await import(pathToFileURL(temp).href)) as Record<string, unknown>, inputs: [...new Set(inputs)].sort() };
  } catch (error) {
    const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
    throw new PipewrightError("source", `${shown} threw while loading:\n${stack}`);
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

/** Bundles and imports `sourcePath`, returning its default export's entries. */
export async function loadSource(sourcePath: string, cwd: string): Promise<LoadedSource> {
  const shown = relative(cwd, sourcePath) || basename(sourcePath);
  const { module, inputs } = await loadModule(sourcePath, cwd);
  if (!("default" in module) || module.default === undefined) {
    throw new PipewrightError("source", `${shown} has no default export. Add \`export default [ci]\` listing the workflows to generate.`);
  }
  if (!Array.isArray(module.default)) {
    throw new PipewrightError("source", `${shown}: the default export must be an array of workflows, got ${typeof module.default}. Write \`export default [ci]\`.`);
  }
  return { path: sourcePath, entries: module.default, inputs };
}
