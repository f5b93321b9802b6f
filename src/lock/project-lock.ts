/**
 * What generate, check and lint take from a project's lock, without the network: the lookup
 * rules check steps against, and errors when the lock and its module disagree (a lock edited by
 * an update tool, a module edited by hand) with the command that reconciles them.
 */
import { access, readFile } from "node:fs/promises";
import { join } from "node:path";
import { diagnostic, type Diagnostic } from "../lint/diagnostic.js";
import type { ActionLookup } from "../lint/locked-actions.js";

export interface ProjectLock {
  readonly actions?: ActionLookup;
  readonly diagnostics: readonly Diagnostic[];
}

const LOCK = "pipewright.lock.json";
const MODULE = "pipewright.actions.ts";
const ABSORB = "run `npx pipewright actions absorb`: it reads what the lock names (verifying it on GitHub) and rewrites pipewright.actions.ts";

/** Reads the lock of `cwd`, if any. Throws a PipewrightError for a lock that is not valid. */
export async function projectLock(cwd: string): Promise<ProjectLock> {
  // Most projects have no lock: they should not pay for loading zod.
  if (!(await access(join(cwd, LOCK)).then(() => true, () => false))) return { diagnostics: [] };
  const [{ readLock }, { lockLookup }, { renderModule }] = await Promise.all([
    import("./lock-file.js"), import("./lock-lookup.js"), import("./render-module.js"),
  ]);
  const lock = (await readLock(cwd))!;
  const diagnostics: Diagnostic[] = [];
  for (const [name, entry] of Object.entries(lock.actions)) {
    if (entry.commit !== entry.metadata.commit) {
      diagnostics.push(diagnostic({ rule: "lock", severity: "error", file: LOCK, path: `actions["${name}"]`,
        message: `${name} is pinned at ${entry.version} (${entry.commit?.slice(0, 12)}), but its inputs and outputs were read at ${entry.metadata.commit?.slice(0, 12)}`,
        hint: ABSORB }));
    }
  }
  const onDisk = await readFile(join(cwd, MODULE), "utf8").catch(() => undefined);
  const importFrom = onDisk && /^import .* from "([^"]+)";$/m.exec(onDisk)?.[1];
  if (onDisk === undefined || onDisk.replaceAll("\r\n", "\n") !== renderModule(lock, importFrom || undefined)) {
    diagnostics.push(diagnostic({ rule: "lock", severity: "error", file: MODULE, path: "",
      message: onDisk === undefined ? `${MODULE} is missing: ${LOCK} is generated into it` : `${MODULE} is not what ${LOCK} generates (edited by hand, or the lock was)`,
      hint: ABSORB }));
  }
  // A lock out of step with its module would check steps against facts the source does not use.
  return { ...(diagnostics.length === 0 ? { actions: lockLookup(lock) } : {}), diagnostics };
}
