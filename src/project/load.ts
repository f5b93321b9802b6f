/**
 * Loads a user's workflows.ts: esbuild bundles it (packages stay external, so the user's
 * own pipewright is the one imported) into a temporary module next to the source, with an
 * inline source map so stack traces and builder call sites name the `.ts` lines.
 */
import { randomBytes } from "node:crypto";
import { access, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { PipewrightError } from "./errors.js";

/** What a source file's default export holds, unchecked. */
export interface LoadedSource {
  readonly path: string;
  readonly entries: readonly unknown[];
}

/** Bundles and imports `sourcePath`, returning its default export's entries. */
export async function loadSource(sourcePath: string, cwd: string): Promise<LoadedSource> {
  const shown = relative(cwd, sourcePath) || basename(sourcePath);
  try {
    await access(sourcePath);
  } catch {
    throw new PipewrightError("usage", `${shown}: no such file. Create it (see README "A first workflows.ts") or pass --source <file>.`);
  }
  const esbuild = await import("esbuild");
  let code: string;
  try {
    const result = await esbuild.build({
      entryPoints: [sourcePath],
      // Error locations are relative to this: the project root, as every other path shown.
      absWorkingDir: cwd,
      bundle: true,
      packages: "external",
      // Even where tsconfig paths point `pipewright` at sources (as in pipewright's own
      // repository), import the installed package, so one copy of it runs.
      external: ["pipewright", "pipewright/*"],
      platform: "node",
      format: "esm",
      target: "node20",
      sourcemap: "inline",
      write: false,
      logLevel: "silent",
      outdir: dirname(sourcePath),
    });
    code = result.outputFiles[0]!.text;
  } catch (error) {
    const errors = (error as { errors?: { text: string; location?: { file: string; line: number; column: number } | null }[] }).errors ?? [];
    const lines = errors.map((e) => e.location ? `${e.location.file}:${e.location.line}:${e.location.column + 1}: error: ${e.text}` : `${shown}: error: ${e.text}`);
    throw new PipewrightError("source", lines.length ? lines.join("\n") : `${shown}: ${(error as Error).message}`);
  }
  const temp = join(dirname(sourcePath), `.pipewright-${process.pid}-${randomBytes(4).toString("hex")}.mjs`);
  process.setSourceMapsEnabled(true);
  let module: { default?: unknown };
  try {
    await writeFile(temp, code);
    module = (await import(pathToFileURL(temp).href)) as { default?: unknown };
  } catch (error) {
    const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
    throw new PipewrightError("source", `${shown} threw while loading:\n${stack}`);
  } finally {
    await unlink(temp).catch(() => undefined);
  }
  if (!("default" in module) || module.default === undefined) {
    throw new PipewrightError("source", `${shown} has no default export. Add \`export default [ci]\` listing the workflows to generate.`);
  }
  if (!Array.isArray(module.default)) {
    throw new PipewrightError("source", `${shown}: the default export must be an array of workflows, got ${typeof module.default}. Write \`export default [ci]\`.`);
  }
  return { path: sourcePath, entries: module.default };
}
