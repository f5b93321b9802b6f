/**
 * Reading and writing pipewright.lock.json and its generated module. Both are written together
 * through temporary files renamed into place, so a failed command leaves both as they were.
 */
import { randomBytes } from "node:crypto";
import { readFile, rename, unlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { PipewrightError } from "../project/errors.js";
import { isPlainLock, LOCK_FILE, MODULE_FILE } from "./lock-names.js";
import type { LockEntry, LockFile } from "./lock-schema.js";

export const isLocal = (name: string): boolean => name.startsWith("./");

/** The lock of a project; undefined when it has none. Throws a PipewrightError naming the entry at fault. */
export async function readLock(cwd: string): Promise<LockFile | undefined> {
  let text: string;
  try {
    text = await readFile(join(cwd, LOCK_FILE), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  return parseLock(text);
}

/** Parses and checks the text of a lock file. */
export async function parseLock(text: string): Promise<LockFile> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new PipewrightError("usage", `${LOCK_FILE} is not valid JSON (${(error as Error).message}). Restore it (\`git checkout -- ${LOCK_FILE}\`) or fix it by hand.`);
  }
  // zod is large: a lock that passes the plain check (every lock pipewright writes) does not load it.
  const result = isPlainLock(data) ? { success: true as const, data: data as LockFile } : (await import("./lock-schema.js")).lockSchema.safeParse(data);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  - ${where(i.path)}: ${i.message}`);
    throw new PipewrightError("usage", `${LOCK_FILE} does not match its schema (schemas/pipewright-lock.schema.json in the pipewright package):\n${lines.join("\n")}\nFix those entries, or remove them and run \`pipewright actions add\` again.`);
  }
  const problems: string[] = [];
  const bindings = new Map<string, string>();
  for (const [name, entry] of Object.entries(result.data.actions)) {
    const pinned = [entry.ref, entry.version, entry.commit, entry.metadata.commit].filter((v) => v !== undefined).length;
    if (isLocal(name) && pinned > 0) problems.push(`  - actions["${name}"]: a local action has no ref, version or commit; it is read from this repository`);
    if (!isLocal(name) && pinned < 4) problems.push(`  - actions["${name}"]: needs "ref", "version", "commit" and "metadata.commit"`);
    const clash = bindings.get(entry.binding.toLowerCase());
    if (clash) problems.push(`  - actions["${name}"]: binding "${entry.binding}" is also the binding of ${clash}`);
    bindings.set(entry.binding.toLowerCase(), name);
  }
  if (problems.length > 0) {
    throw new PipewrightError("usage", `${LOCK_FILE} is not valid:\n${problems.join("\n")}\nFix those entries, or remove them and run \`pipewright actions add\` again.`);
  }
  return result.data;
}

function where(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "(root)";
  if (path[0] === "actions" && path.length > 1) return [`actions["${String(path[1])}"]`, ...path.slice(2).map(String)].join(".");
  return path.map(String).join(".");
}

/** The text of a lock: entries sorted by name, so the file's bytes depend on its content alone. */
export function renderLock(lock: LockFile): string {
  const actions = Object.fromEntries(Object.keys(lock.actions).sort(compareNames).map((name) => [name, ordered(lock.actions[name]!)]));
  return JSON.stringify({ ...(lock.$schema ? { $schema: lock.$schema } : {}), lockfileVersion: 1, actions }, null, 2) + "\n";
}

/** Keys in one order (update tools match `"version"` followed by `"commit"`). */
function ordered(entry: LockEntry): LockEntry {
  const { binding, ref, version, commit, metadata } = entry;
  const inputs = Object.fromEntries(Object.entries(metadata.inputs).map(([k, v]) => [k, {
    ...(v.description !== undefined ? { description: v.description } : {}),
    ...(v.required !== undefined ? { required: v.required } : {}),
    ...(v.default !== undefined ? { default: v.default } : {}),
    ...(v.deprecated !== undefined ? { deprecated: v.deprecated } : {}),
  }]));
  return {
    binding,
    ...(ref !== undefined ? { ref } : {}),
    ...(version !== undefined ? { version } : {}),
    ...(commit !== undefined ? { commit } : {}),
    metadata: {
      ...(metadata.commit !== undefined ? { commit: metadata.commit } : {}),
      runs: metadata.runs,
      ...(metadata.description !== undefined ? { description: metadata.description } : {}),
      inputs,
      outputs: metadata.outputs,
    },
  };
}

const compareNames = (a: string, b: string) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : a < b ? -1 : a > b ? 1 : 0);

/** A new empty lock. */
export const emptyLock = (): LockFile => ({ lockfileVersion: 1, actions: {} });

/**
 * Writes the lock and the module: both to temporary files first, then both renamed, so an error
 * before the renames leaves the old pair untouched.
 */
export async function writeLockAndModule(cwd: string, lockText: string, moduleText: string): Promise<void> {
  const suffix = `.${randomBytes(4).toString("hex")}.tmp`;
  const targets: [string, string][] = [[join(cwd, LOCK_FILE), lockText], [join(cwd, MODULE_FILE), moduleText]];
  const temps: string[] = [];
  try {
    for (const [target, text] of targets) {
      await writeFile(target + suffix, text);
      temps.push(target + suffix);
    }
  } catch (error) {
    await Promise.all(temps.map((temp) => unlink(temp).catch(() => undefined)));
    throw error;
  }
  for (const [target] of targets) await rename(target + suffix, target);
}
