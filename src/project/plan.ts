/**
 * Compares compiled files with what is on disk and decides, file by file, what `generate`
 * would do and what `check` reports. Only files carrying pipewright's header for the same
 * source are ever replaced or deleted.
 */
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import type { CompiledFile } from "../compile/compile.js";
import { readHeader } from "../emit/header.js";

export type FileStatus =
  | "unchanged"
  /** Not on disk yet. */
  | "missing"
  /** On disk with our header, older content. */
  | "stale"
  /** Carries our header but its body was edited by hand. */
  | "hand-edited"
  /** A file without our header at a path we would write. */
  | "hand-written"
  /** Ours, from this source, but no workflow produces it any more. */
  | "orphan";

export interface PlannedFile {
  /** Relative to the project root. */
  readonly path: string;
  readonly status: FileStatus;
  /** What pipewright would write; absent for orphans. */
  readonly expected?: string;
  /** What is on disk; absent when missing. */
  readonly actual?: string;
}

/** Reads every YAML file of the output folder: path relative to `root` → text. */
export async function readOutputDir(root: string, outDir: string): Promise<Map<string, string>> {
  const dir = join(root, outDir);
  const names = await readdir(dir).catch(() => [] as string[]);
  const found = new Map<string, string>();
  for (const name of names.sort()) {
    if (!/\.ya?ml$/i.test(name)) continue;
    const path = relative(root, join(dir, name)).split("\\").join("/");
    const text = await readFile(join(dir, name), "utf8").catch(() => undefined);
    if (text !== undefined) found.set(path, text);
  }
  return found;
}

/** Classifies every compiled file and every file of ours that nothing produces any more. */
export function planFiles(existing: ReadonlyMap<string, string>, sourceLabel: string, files: readonly CompiledFile[]): PlannedFile[] {
  const plan: PlannedFile[] = [];
  const wanted = new Set(files.map((f) => f.path));
  for (const file of files) {
    const actual = existing.get(file.path);
    if (actual === undefined) {
      plan.push({ path: file.path, status: "missing", expected: file.contents });
      continue;
    }
    const header = readHeader(actual);
    const status: FileStatus = !header ? "hand-written" : actual === file.contents ? "unchanged" : header.intact ? "stale" : "hand-edited";
    plan.push({ path: file.path, status, expected: file.contents, actual });
  }
  for (const [path, actual] of existing) {
    if (wanted.has(path)) continue;
    const header = readHeader(actual);
    // Only files generated from this same source: another source may share the folder.
    if (header && header.source === sourceLabel) plan.push({ path, status: header.intact ? "orphan" : "hand-edited", actual });
  }
  return plan;
}
