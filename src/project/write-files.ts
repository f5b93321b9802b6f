/**
 * Writes a set of files as one change: every content goes to a temporary file beside its
 * target first, then all are renamed into place; if a rename fails, the files already
 * replaced get their old contents back. A crash leaves the old file or the new one, never half.
 */
import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, unlink, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

export interface FileToWrite {
  /** Relative to the root. */
  readonly path: string;
  readonly contents: string;
}

/** Writes `files` under `root` and removes `remove` (relative paths), all or nothing as far as the disk allows. */
export async function writeFilesAtomically(root: string, files: readonly FileToWrite[], remove: readonly string[] = []): Promise<void> {
  const temps: [string, string][] = [];
  try {
    for (const file of files) {
      const target = join(root, file.path);
      await mkdir(dirname(target), { recursive: true });
      const temp = `${target}.${randomBytes(4).toString("hex")}.tmp`;
      await writeFile(temp, file.contents);
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
