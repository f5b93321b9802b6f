/**
 * Applies a plan: every new content is first written to a temporary file beside its target,
 * then all are renamed into place, so a crash leaves either the old file or the new one,
 * never half of one; a failure part way puts back what was already replaced.
 */
import { randomBytes } from "node:crypto";
import { chmod, mkdir, readFile, rename, unlink, writeFile } from "node:fs/promises";
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
  await writeAtomically(root, writes.map((f) => ({ path: f.path, contents: f.expected! })), deletes.map((f) => f.path));
  return { written: writes.map((f) => f.path), deleted: deletes.map((f) => f.path) };
}

export interface FileToWrite {
  /** Relative to the root. */
  readonly path: string;
  readonly contents: string;
  /** File mode, e.g. 0o755 for a git hook; set on the temporary file, before the rename. */
  readonly mode?: number;
}

/**
 * Writes `files` under `root` and removes `remove` (relative paths) as one change: every
 * content goes to a temporary file beside its target first, then all are renamed into place;
 * if a rename or removal fails, the files already replaced get their old contents back.
 */
export async function writeAtomically(root: string, files: readonly FileToWrite[], remove: readonly string[] = []): Promise<void> {
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
  const previous = new Map<string, string | undefined>();
  for (const target of [...temps.map(([, t]) => t), ...remove.map((p) => join(root, p))]) {
    previous.set(target, await readFile(target, "utf8").catch(() => undefined));
  }
  const done: string[] = [];
  try {
    for (const [temp, target] of temps) {
      await rename(temp, target);
      done.push(target);
    }
    for (const path of remove) {
      await unlink(join(root, path));
      done.push(join(root, path));
    }
  } catch (error) {
    for (const target of done) {
      const old = previous.get(target);
      if (old === undefined) await unlink(target).catch(() => undefined);
      else await writeFile(target, old).catch(() => undefined);
    }
    await Promise.all(temps.map(([temp]) => unlink(temp).catch(() => undefined)));
    throw error;
  }
}
