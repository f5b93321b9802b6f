/**
 * `pipewright actions update [names...] [--major]`: moves each locked action to the newest
 * release of its major version (or the newest release of all with `major`), re-reads its
 * action.yml there, and rewrites lock and module. Local actions are re-read from disk.
 */
import { PipewrightError } from "../project/errors.js";
import { openLock, saveLock, type ActionsContext } from "./add-actions.js";
import { entryChange, type EntryChange } from "./lock-changes.js";
import { isLocal } from "./lock-file.js";
import type { LockEntry } from "./lock-schema.js";
import { commitOf, listTags, newestRelease, parseSpec, readLocalMetadata, readRemoteMetadata, versionOf, versionParts } from "./resolve-action.js";

export interface UpdateResult {
  readonly changed: readonly EntryChange[];
  /** Actions already at their newest release. */
  readonly current: readonly string[];
}

/** The ref to record after a move: a moving major tag follows the new major; a full version becomes the new one. */
export function nextRef(ref: string | undefined, version: string): string | undefined {
  const parts = ref === undefined ? undefined : versionParts(ref);
  if (!parts) return ref;
  return parts.length === 1 ? `${ref!.startsWith("v") ? "v" : ""}${versionParts(version)?.[0] ?? parts[0]}` : version;
}

/** Picks the entries `names` mean: lock keys or binding names; all when empty. */
function select(actions: Readonly<Record<string, LockEntry>>, names: readonly string[]): string[] {
  const keys = Object.keys(actions);
  if (keys.length === 0) throw new PipewrightError("usage", "pipewright.lock.json has no actions to update. Add one: pipewright actions add owner/repo@v1");
  if (names.length === 0) return keys;
  return names.map((wanted) => {
    const key = keys.find((k) => k.toLowerCase() === wanted.replace(/@.*$/, "").toLowerCase() || actions[k]!.binding === wanted);
    if (!key) throw new PipewrightError("usage", `"${wanted}" is not in pipewright.lock.json. It has: ${keys.map((k) => `${k} (${actions[k]!.binding})`).join(", ")}. Add it with pipewright actions add ${wanted.includes("@") ? wanted : `${wanted}@<ref>`}.`);
    return key;
  });
}

/** Updates the selected actions; writes nothing when none moved. */
export async function updateActions(context: ActionsContext, names: readonly string[], options: { readonly major?: boolean } = {}): Promise<UpdateResult> {
  const lock = await openLock(context.cwd);
  const actions = { ...lock.actions };
  const changed: EntryChange[] = [];
  const current: string[] = [];
  for (const key of select(lock.actions, names)) {
    const before = lock.actions[key]!;
    const spec = parseSpec(isLocal(key) ? key : `${key}@${before.ref}`);
    let after: LockEntry;
    if (isLocal(key)) {
      after = { ...before, metadata: await readLocalMetadata(context.cwd, spec) };
    } else {
      const tags = await listTags(context.client, spec);
      const major = versionParts(before.version!)?.[0];
      let commit: string;
      let version: string;
      if (options.major || major !== undefined) {
        const newest = await newestRelease(context.client, spec, tags, options.major ? undefined : major);
        if (!newest || (versionParts(newest.name) && versionParts(before.version!) && compare(newest.name, before.version!) <= 0)) {
          current.push(key);
          continue;
        }
        commit = await commitOf(context.client, spec, newest.name);
        version = newest.name;
      } else {
        // Pinned to a branch: its newest commit.
        commit = await commitOf(context.client, spec, before.ref!);
        version = versionOf(tags, commit, before.ref!);
      }
      if (commit === before.commit) {
        current.push(key);
        continue;
      }
      const ref = nextRef(before.ref, version);
      after = { binding: before.binding, ...(ref !== undefined ? { ref } : {}), version, commit, metadata: await readRemoteMetadata(context.client, spec, commit, version) };
    }
    const change = entryChange(key, before, after);
    const same = JSON.stringify(before) === JSON.stringify(after);
    if (same) current.push(key);
    else {
      changed.push(change);
      actions[key] = after;
    }
  }
  if (changed.length > 0) await saveLock(context, { ...lock, actions });
  return { changed, current };
}

function compare(a: string, b: string): number {
  const x = versionParts(a)!;
  const y = versionParts(b)!;
  for (let i = 0; i < 3; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}
