/**
 * The compile cache that keeps `pipewright check` in a pre-commit hook fast. An entry holds a
 * result and the content hash of every file it was computed from (the source, every file it
 * imports, workspace presets included, the package.json of each installed package it imports,
 * the config, the prettier configuration); it is used only while every one of those files still
 * has the same bytes, and only by the same build of pipewright. So it cannot go stale through
 * an edit, an install or an upgrade; what it cannot see is a workflows.ts that reads files or
 * environment variables while it loads (run those with `--no-cache`).
 *
 * It lives in `node_modules/.cache/pipewright/` of the project root, the place build tools
 * share, which git ignores with node_modules; without a node_modules folder there is no cache.
 */
import { createHash, randomBytes } from "node:crypto";
import { mkdir, readFile, rename, stat, unlink, writeFile } from "node:fs/promises";
import { join } from "node:path";

interface Entry {
  readonly inputs: Readonly<Record<string, string>>;
  readonly value: unknown;
}

interface CacheData {
  readonly stamp: string;
  readonly entries: Record<string, Entry>;
}

const ABSENT = "absent";

export class BuildCache {
  private readonly hashes = new Map<string, Promise<string>>();
  private changed = false;

  private constructor(
    private readonly file: string | undefined,
    private readonly data: CacheData,
  ) {}

  /**
   * Opens the cache of `root` for the pipewright build `stamp`; an entry written by another
   * build is never read. `enabled: false` (`--no-cache`) neither reads nor writes.
   */
  static async open(root: string, stamp: string, enabled = true): Promise<BuildCache> {
    const modules = join(root, "node_modules");
    const usable = enabled && (await stat(modules).then((s) => s.isDirectory(), () => false));
    const file = usable ? join(modules, ".cache", "pipewright", "compile.json") : undefined;
    let data: CacheData = { stamp, entries: {} };
    if (file) {
      try {
        const read = JSON.parse(await readFile(file, "utf8")) as CacheData;
        if (read.stamp === stamp && typeof read.entries === "object" && read.entries !== null) data = { stamp, entries: { ...read.entries } };
      } catch {
        // Absent or unreadable: start empty, the next save replaces it.
      }
    }
    return new BuildCache(file, data);
  }

  /** Whether entries can be stored at all. */
  get enabled(): boolean {
    return this.file !== undefined;
  }

  /** The value stored under `key`, if every one of its input files is unchanged. */
  async get<T>(key: string): Promise<T | undefined> {
    const entry = this.data.entries[key];
    if (!this.file || !entry) return undefined;
    const files = Object.keys(entry.inputs);
    const now = await Promise.all(files.map((path) => this.hash(path)));
    return files.every((path, i) => entry.inputs[path] === now[i]) ? (entry.value as T) : undefined;
  }

  /** The input files of the entry under `key`. */
  inputsOf(key: string): string[] | undefined {
    const entry = this.data.entries[key];
    return entry ? Object.keys(entry.inputs) : undefined;
  }

  /** Stores `value` under `key`, valid while the `inputs` files keep their bytes. */
  async set(key: string, inputs: readonly string[], value: unknown): Promise<void> {
    if (!this.file) return;
    const unique = [...new Set(inputs)].sort();
    const hashes = await Promise.all(unique.map((path) => this.hash(path)));
    this.data.entries[key] = { inputs: Object.fromEntries(unique.map((path, i) => [path, hashes[i]!])), value };
    this.changed = true;
  }

  /** Writes the cache (temporary file, then rename) when something was stored; a failure only costs speed. */
  async save(): Promise<void> {
    if (!this.file || !this.changed) return;
    const temp = `${this.file}.${randomBytes(4).toString("hex")}.tmp`;
    try {
      await mkdir(join(this.file, ".."), { recursive: true });
      await writeFile(temp, JSON.stringify(this.data));
      await rename(temp, this.file);
      this.changed = false;
    } catch {
      await unlink(temp).catch(() => undefined);
    }
  }

  private hash(path: string): Promise<string> {
    let found = this.hashes.get(path);
    if (!found) {
      found = readFile(path).then((bytes) => createHash("sha256").update(bytes).digest("base64url").slice(0, 32), () => ABSENT);
      this.hashes.set(path, found);
    }
    return found;
  }
}
