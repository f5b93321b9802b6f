/** Canonical key order, following the order of GitHub's workflow syntax documentation. */

const WORKFLOW = ["name", "run-name", "description", "on", "permissions", "env", "defaults", "concurrency", "jobs"];
const JOB = [
  "name", "needs", "if", "runs-on", "snapshot", "environment", "permissions", "concurrency", "outputs", "env",
  "defaults", "timeout-minutes", "cancel-timeout-minutes", "continue-on-error", "strategy", "container",
  "services", "uses", "with", "secrets", "steps",
];
const STEP = [
  "name", "id", "if", "uses", "with", "shell", "working-directory", "env", "continue-on-error", "timeout-minutes",
  "background", "run", "wait", "wait-all", "cancel", "parallel",
];
const STRATEGY = ["matrix", "fail-fast", "max-parallel"];
const MATRIX_TAIL = ["include", "exclude"];
const CONTAINER = ["image", "credentials", "env", "ports", "volumes", "options"];
const DISPATCH_INPUT = ["description", "type", "required", "default", "options"];
const CONCURRENCY = ["group", "cancel-in-progress", "queue"];
const FILTERS = ["types", "branches", "branches-ignore", "tags", "tags-ignore", "paths", "paths-ignore", "workflows"];

type Path = readonly (string | number)[];

/**
 * Returns the preferred order of keys for the mapping at `path`, or `undefined` to keep the
 * user's order (maps the user names: env, with, jobs, outputs, matrix axes).
 */
export function keyOrder(path: Path): { readonly first: readonly string[]; readonly last?: readonly string[] } | undefined {
  const n = path.length;
  const at = (i: number) => path[n + i];
  if (n === 0) return { first: WORKFLOW };
  if (n === 2 && path[0] === "jobs") return { first: JOB };
  if (n === 4 && path[0] === "jobs" && at(-2) === "steps") return { first: STEP };
  if (n === 3 && path[0] === "jobs" && at(-1) === "strategy") return { first: STRATEGY };
  if (n === 4 && path[0] === "jobs" && at(-1) === "matrix") return { first: [], last: MATRIX_TAIL };
  if (path[0] === "jobs" && (at(-1) === "container" || (n === 4 && at(-2) === "services"))) return { first: CONTAINER };
  if (at(-1) === "concurrency") return { first: CONCURRENCY };
  // Inputs of workflow_dispatch and workflow_call; secrets and outputs of workflow_call.
  if (n === 4 && path[0] === "on" && (at(-2) === "inputs" || at(-2) === "secrets" || at(-2) === "outputs")) return { first: DISPATCH_INPUT };
  if (n === 2 && path[0] === "on") return { first: FILTERS };
  return undefined;
}

/** Orders the entries of a mapping: listed keys first in the listed order, then the rest as written, then `last`. */
export function orderEntries<T>(entries: readonly [string, T][], order: ReturnType<typeof keyOrder>): [string, T][] {
  if (!order) return [...entries];
  const rank = (key: string) => {
    const first = order.first.indexOf(key);
    if (first >= 0) return first;
    const last = order.last?.indexOf(key) ?? -1;
    return last >= 0 ? order.first.length + 1 + last : order.first.length;
  };
  return entries
    .map((entry, index) => ({ entry, index, rank: rank(entry[0]) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ entry }) => entry);
}
