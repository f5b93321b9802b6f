/**
 * `pipewright actions absorb`: takes pin bumps made outside pipewright into the lock. Two kinds:
 * generated workflows that differ from their source only in action pins (Dependabot or Renovate
 * editing `.github/workflows/*.yml`), and lock entries whose commit an update tool moved
 * (Renovate editing pipewright.lock.json). Each new commit is verified on GitHub (it exists, and
 * its version comment names a tag of that commit), its action.yml read, and the workflows
 * regenerated. Either everything is taken or nothing is changed.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Diagnostic } from "../lint/diagnostic.js";
import { pinBumps, pinsAgree, type PinBump } from "../project/pin-bumps.js";
import { PipewrightError } from "../project/errors.js";
import type { PlannedFile } from "../project/plan.js";
import { runProject } from "../project/project.js";
import { applyPlan } from "../project/write.js";
import { openLock, saveLock, type ActionsContext } from "./add-actions.js";
import { entryChange, type EntryChange } from "./lock-changes.js";
import { renderLock, writeLockAndModule } from "./lock-file.js";
import { LOCK_FILE, MODULE_FILE } from "./lock-names.js";
import type { LockEntry } from "./lock-schema.js";
import { renderModule } from "./render-module.js";
import { commitOf, listTags, parseSpec, readRemoteMetadata, versionParts } from "./resolve-action.js";
import { nextRef } from "./update-actions.js";

export interface AbsorbOptions {
  readonly source?: readonly string[];
  readonly out?: string;
}

export interface AbsorbResult {
  readonly absorbed: readonly (EntryChange & { readonly from: readonly string[] })[];
  readonly written: readonly string[];
  /** Problems of the source; with errors, nothing was changed. */
  readonly diagnostics: readonly Diagnostic[];
  /** True when the errors came with the new pins taken in (and they were put back out). */
  readonly rolledBack?: boolean;
}

/** The tag a bump's version comment names, verified to be `commit`. */
async function verify(context: ActionsContext, name: string, commit: string, comment: string | undefined, where: string): Promise<string> {
  const spec = parseSpec(`${name}@${commit}`);
  const found = await commitOf(context.client, spec, commit);
  if (found !== commit) throw new PipewrightError("usage", `${where}: ${name}@${commit} names commit ${found} on GitHub, not a full commit SHA of its own`);
  const tags = await listTags(context.client, spec);
  const said = comment?.split(/[\s=@,]+/).find((word) => versionParts(word) !== undefined);
  if (said === undefined) {
    throw new PipewrightError("usage", `${where}: the new pin ${name}@${commit.slice(0, 12)} has no version comment, so pipewright cannot tell which release it is. Let the update tool write \`# vX.Y.Z\` after the SHA (Dependabot and Renovate do by default).`);
  }
  const tag = tags.find((t) => t.name === said);
  if (!tag) throw new PipewrightError("usage", `${where}: ${name} has no tag ${said}, which the comment of the new pin ${commit.slice(0, 12)} names. Check the update; pipewright takes only released commits.`);
  if (tag.commit !== commit) throw new PipewrightError("usage", `${where}: the comment says ${said}, but tag ${said} of ${name} is commit ${tag.commit.slice(0, 12)}, not ${commit.slice(0, 12)}. Refusing a pin whose version comment names another release.`);
  return said;
}

async function moved(context: ActionsContext, name: string, before: LockEntry, commit: string, version: string): Promise<LockEntry> {
  const metadata = await readRemoteMetadata(context.client, parseSpec(`${name}@${commit}`), commit, version);
  const ref = nextRef(before.ref, version);
  return { binding: before.binding, ...(ref !== undefined ? { ref } : {}), version, commit, metadata };
}

/** Runs absorb over the project at `context.cwd`. */
export async function absorbPins(context: ActionsContext, options: AbsorbOptions = {}): Promise<AbsorbResult> {
  const lock = await openLock(context.cwd);
  const oldLock = await readFile(join(context.cwd, LOCK_FILE), "utf8").catch(() => undefined);
  const oldModule = await readFile(join(context.cwd, MODULE_FILE), "utf8").catch(() => undefined);
  const project = { cwd: context.cwd, ...(options.source?.length ? { sources: options.source } : {}), ...(options.out ? { out: options.out } : {}) };
  const actions: Record<string, LockEntry> = { ...lock.actions };
  const absorbed: (EntryChange & { from: string[] })[] = [];
  const byKey = new Map(Object.keys(lock.actions).map((k) => [k.toLowerCase(), k]));

  // Entries an update tool moved in the lock itself: their metadata is of the old commit.
  for (const [name, entry] of Object.entries(lock.actions)) {
    if (entry.commit === entry.metadata.commit) continue;
    const version = await verify(context, name, entry.commit!, entry.version, `${LOCK_FILE} actions["${name}"]`);
    actions[name] = await moved(context, name, entry, entry.commit!, version);
    absorbed.push({ ...entryChange(name, { ...entry, version: `metadata of ${entry.metadata.commit?.slice(0, 12)}` }, actions[name]!), from: [LOCK_FILE] });
  }
  // A module out of step with the lock is regenerated first, so the source compiles against the
  // pins the YAML on disk was made from.
  if (absorbed.length === 0 && oldLock !== undefined && oldModule !== renderModule(lock, context.importFrom)) await saveLock(context, lock);

  let bumped: PlannedFile[] = [];
  if (absorbed.length === 0) {
    const before = await runProject({ ...project, mode: "check" });
    if (before.diagnostics.some((d) => d.severity === "error")) return { absorbed, written: [], diagnostics: before.diagnostics };
    bumped = before.files.filter((f) => f.status === "pins-bumped");
    const wanted = new Map<string, { bump: PinBump; files: string[] }>();
    for (const file of bumped) {
      for (const bump of pinBumps(file.actual!, file.expected!) ?? []) {
        const key = byKey.get(bump.action.toLowerCase());
        if (!key) {
          throw new PipewrightError("usage", `${file.path}: ${bump.action} is not in ${LOCK_FILE}, so its new pin cannot be absorbed. Run \`pipewright actions add ${bump.action}@${bump.toVersion ?? "<ref>"}\` and use its binding from ./pipewright.actions.js, or drop the edit (\`git checkout -- ${file.path}\`).`);
        }
        if (bump.from !== lock.actions[key]!.commit) {
          throw new PipewrightError("usage", `${file.path}: the step that uses ${bump.action}@${bump.from.slice(0, 12)} is not pinned by ${LOCK_FILE} (which pins ${lock.actions[key]!.commit?.slice(0, 12)}). Use the binding ${lock.actions[key]!.binding}(...) in the source, or move the edit there.`);
        }
        const seen = wanted.get(key);
        if (seen && seen.bump.to !== bump.to) {
          throw new PipewrightError("usage", `${bump.action} is bumped to two commits: ${seen.bump.to.slice(0, 12)} (${seen.files.join(", ")}) and ${bump.to.slice(0, 12)} (${file.path}). Make the update tool bump it once, to one release.`);
        }
        if (seen) seen.files.push(file.path);
        else wanted.set(key, { bump, files: [file.path] });
      }
    }
    for (const [key, { bump, files }] of wanted) {
      const version = await verify(context, key, bump.to, bump.toVersion, files[0]!);
      actions[key] = await moved(context, key, lock.actions[key]!, bump.to, version);
      absorbed.push({ ...entryChange(key, lock.actions[key]!, actions[key]!), from: [...new Set(files)] });
    }
  }
  if (absorbed.length === 0) return { absorbed, written: [], diagnostics: [] };

  // The pair as it is now (the module possibly just regenerated), to put back if the source
  // does not take the new pins.
  const [lockBefore, moduleBefore] = await Promise.all([LOCK_FILE, MODULE_FILE].map((f) => readFile(join(context.cwd, f), "utf8").catch(() => undefined)));
  await saveLock(context, { ...lock, actions });
  const restore = () => writeLockAndModule(context.cwd, lockBefore ?? renderLock(lock), moduleBefore ?? renderModule(lock, context.importFrom));
  let after;
  try {
    after = await runProject({ ...project, mode: "check" });
  } catch (error) {
    await restore();
    throw error;
  }
  if (after.diagnostics.some((d) => d.severity === "error")) {
    await restore();
    return { absorbed: [], written: [], diagnostics: after.diagnostics, rolledBack: true };
  }
  const paths = new Set(bumped.map((f) => f.path));
  for (const file of after.files) {
    // A bumped file must now be what pipewright generates, but for the header; otherwise the
    // bump was of a step the lock does not pin, and regenerating would drop it.
    if (paths.has(file.path) && !pinsAgree(file.actual ?? "", file.expected ?? "")) {
      await restore();
      throw new PipewrightError("usage", `${file.path}: the new pins do not all come from ${LOCK_FILE}: after taking them in, the source still generates other pins. Write those steps with their bindings, or move the edit into the source.`);
    }
  }
  const writes = after.files.filter((f) => f.expected !== undefined && (f.status === "missing" || f.status === "stale" || paths.has(f.path)));
  const { written } = await applyPlan(context.cwd, writes.map((f) => ({ ...f, status: "stale" as const })), false);
  return { absorbed, written, diagnostics: after.diagnostics };
}
