/**
 * Applies a plan: every new content is first written to a temporary file beside its target,
 * then all are renamed into place, so a crash leaves either the old file or the new one,
 * never half of one.
 */
import { randomBytes } from "node:crypto";
import { chmod, mkdir, rename, unlink, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { PlannedFile } from "./plan.js";

export interface WriteResult {
  readonly written: string[];
  readonly deleted: string[];
}

/** Writes missing and stale files, deletes orphans; leaves unchanged files alone. */
export async function applyPlan(root: string, plan: readonly PlannedFile[], force: boolean): Promise<WriteResult> {
  const writes = plan.filter((f) => f.expected !== undefined && (f.status === "missing" || f.status === "stale" || (force && (f.status === "hand-edited" || f.status === "hand-written" || f.status === "other-source"))));
  const deletes = plan.filter((f) => f.expected === undefined && (f.status === "orphan" || (force && f.status === "hand-edited")));
  await writeAtomically(root, writes.map((f) => ({ path: f.path, contents: f.expected! })));
  for (const file of deletes) await unlink(join(root, file.path));
  return { written: writes.map((f) => f.path), deleted: deletes.map((f) => f.path) };
}

export interface FileToWrite {
  /** Relative to the root. */
  readonly path: string;
  readonly contents: string;
  /** File mode, e.g. 0o755 for a git hook; set on the temporary file, before the rename. */
  readonly mode?: number;
}

/** Writes every file to a temporary file beside its target, then renames all into place. */
export async function writeAtomically(root: string, files: readonly FileToWrite[]): Promise<void> {
  const temps: [string, string][] = [];
  try {
    for (const file of files) {
      const target = join(root, file.path);
      await mkdir(dirname(target), { recursive: true });
      const temp = `${target}.${randomBytes(4).toString("hex")}.tmp`;
      await writeFile(temp, file.contents);
      if (file.mode !== undefined) await chmod(temp, file.mode);
      temps.push([temp, target]);
    }
  } catch (error) {
    await Promise.all(temps.map(([temp]) => unlink(temp).catch(() => undefined)));
    throw error;
  }
  for (const [temp, target] of temps) await rename(temp, target);
}
