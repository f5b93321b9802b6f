/** The lock as rules see it: a lookup by action name (see {@link ActionLookup}). */
import { isLatest, majorOf } from "../lint/bundled-actions.js";
import type { ActionLookup, LockedAction } from "../lint/locked-actions.js";
import { requiredInputs } from "./action-metadata.js";
import { isLocal } from "./lock-file.js";
import type { LockFile } from "./lock-schema.js";

/** Facts of every locked action, by lower-case name. */
export function lockLookup(lock: LockFile): ActionLookup {
  const byName = new Map<string, LockedAction>();
  for (const [name, entry] of Object.entries(lock.actions)) {
    const inputs = Object.entries(entry.metadata.inputs);
    byName.set(name.toLowerCase(), {
      uses: name,
      version: entry.version ?? "",
      major: majorOf(entry.version ?? "") ?? -1,
      commit: entry.commit ?? "",
      inputs: inputs.map(([input]) => input),
      required: requiredInputs(entry.metadata),
      deprecated: inputs.filter(([, i]) => i.deprecated !== undefined).map(([input]) => input),
      latest: inputs.filter(([, i]) => isLatest(i.default)).map(([input]) => input),
      outputs: Object.keys(entry.metadata.outputs),
      bound: true,
      runs: entry.metadata.runs,
      majors: majorOf(entry.version ?? "") === undefined ? {} : { [String(majorOf(entry.version ?? ""))]: entry.metadata.runs },
      binding: entry.binding,
      local: isLocal(name),
    });
  }
  return (action) => byName.get(action.replace(/\/+$/, "").toLowerCase());
}
