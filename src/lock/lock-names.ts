/** Names and patterns of the lock, apart from its zod schema so that reading a valid lock need not load zod. */

export const LOCK_FILE = "pipewright.lock.json";
export const MODULE_FILE = "pipewright.actions.ts";

export const SHA = /^[0-9a-f]{40}$/;
/** `owner/repo`, `owner/repo/path/in/repo` or `./path/in/this/repo`. */
export const ACTION_NAME = /^(?:[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+(?:\/[^\s@]+)?|\.\/[^\s@]+)$/;
export const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const only = (o: Record<string, unknown>, keys: readonly string[]) => Object.keys(o).every((k) => keys.includes(k));
const optional = (v: unknown, test: (v: unknown) => boolean) => v === undefined || test(v);
const str = (v: unknown) => typeof v === "string";
const nonEmpty = (v: unknown) => typeof v === "string" && v.length > 0;
const sha = (v: unknown) => typeof v === "string" && SHA.test(v);

const plainInput = (v: unknown) => isObject(v) && only(v, ["description", "required", "default", "deprecated"])
  && optional(v.description, str) && optional(v.required, (r) => typeof r === "boolean") && optional(v.default, str) && optional(v.deprecated, str);

const plainEntry = (v: unknown) => isObject(v) && only(v, ["binding", "ref", "version", "commit", "metadata"])
  && typeof v.binding === "string" && IDENTIFIER.test(v.binding) && optional(v.ref, nonEmpty) && optional(v.version, nonEmpty) && optional(v.commit, sha)
  && isObject(v.metadata) && only(v.metadata, ["commit", "runs", "description", "inputs", "outputs"])
  && optional(v.metadata.commit, sha) && nonEmpty(v.metadata.runs) && optional(v.metadata.description, str)
  && isObject(v.metadata.inputs) && Object.entries(v.metadata.inputs).every(([k, i]) => k !== "" && plainInput(i))
  && isObject(v.metadata.outputs) && Object.entries(v.metadata.outputs).every(([k, o]) => k !== "" && isObject(o) && only(o, ["description"]) && optional(o.description, str));

/**
 * A strict subset of the zod schema (lock-schema.ts), checked without loading zod: a lock it
 * accepts, the schema accepts too (test/lock/lock-schema.test.ts checks that). Anything else
 * goes to zod, for its precise messages.
 */
export function isPlainLock(data: unknown): boolean {
  return isObject(data) && only(data, ["$schema", "lockfileVersion", "actions"]) && optional(data.$schema, str) && data.lockfileVersion === 1
    && isObject(data.actions) && Object.entries(data.actions).every(([name, entry]) => ACTION_NAME.test(name) && plainEntry(entry));
}
