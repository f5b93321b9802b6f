/** What moving an action from one lock entry to another changes, as `actions update` prints it. */
import type { LockEntry } from "./lock-schema.js";

export interface EntryChange {
  readonly name: string;
  readonly fromVersion: string;
  readonly toVersion: string;
  readonly commit: string;
  readonly inputsAdded: readonly string[];
  readonly inputsRemoved: readonly string[];
  /** Inputs deprecated in the new release that were not before, with the action's message. */
  readonly inputsDeprecated: readonly { readonly name: string; readonly message: string }[];
  readonly outputsAdded: readonly string[];
  readonly outputsRemoved: readonly string[];
}

/** The change from `before` to `after` of the action `name`. */
export function entryChange(name: string, before: LockEntry, after: LockEntry): EntryChange {
  const was = before.metadata;
  const now = after.metadata;
  const minus = (a: object, b: object) => Object.keys(a).filter((k) => !(k in b));
  return {
    name,
    fromVersion: before.version ?? "local",
    toVersion: after.version ?? "local",
    commit: after.commit ?? "",
    inputsAdded: minus(now.inputs, was.inputs),
    inputsRemoved: minus(was.inputs, now.inputs),
    inputsDeprecated: Object.entries(now.inputs)
      .filter(([input, spec]) => spec.deprecated !== undefined && was.inputs[input] !== undefined && was.inputs[input]!.deprecated === undefined)
      .map(([input, spec]) => ({ name: input, message: spec.deprecated! })),
    outputsAdded: minus(now.outputs, was.outputs),
    outputsRemoved: minus(was.outputs, now.outputs),
  };
}

/** Lines for a terminal: the version move, then one line per kind of change. */
export function formatChange(change: EntryChange): string[] {
  const at = change.commit ? ` (${change.commit.slice(0, 12)})` : "";
  const local = change.name.startsWith("./");
  const lines = [local ? `${change.name}: its action.yml changed` : `${change.name}: ${change.fromVersion} -> ${change.toVersion}${at}`];
  if (change.inputsAdded.length) lines.push(`  inputs added: ${change.inputsAdded.join(", ")}`);
  if (change.inputsRemoved.length) lines.push(`  inputs removed: ${change.inputsRemoved.join(", ")} (a step that still passes one no longer compiles)`);
  for (const d of change.inputsDeprecated) lines.push(`  input deprecated: ${d.name}: ${d.message}`);
  if (change.outputsAdded.length) lines.push(`  outputs added: ${change.outputsAdded.join(", ")}`);
  if (change.outputsRemoved.length) lines.push(`  outputs removed: ${change.outputsRemoved.join(", ")}`);
  return lines;
}
