/**
 * What `--harden` changes, in words: the imported workflow compared with the same workflow
 * after pipewright's hardening (compile/harden.ts), one line per change.
 */
import type { Diagnostic } from "../lint/diagnostic.js";
import { isObject, jobsOf, stepsOf } from "../lint/walk.js";
import { formatPath, type Workflow } from "../model/workflow.js";

type Mapping = Record<string, unknown>;

/** Lists the differences between `before` and `after` hardening. */
export function hardeningChanges(before: Workflow, after: Workflow, inline: ReadonlySet<string>, problems: readonly Diagnostic[]): string[] {
  const changes: string[] = [];
  const old = before as unknown as Mapping;
  const now = after as unknown as Mapping;
  if (!("permissions" in old) && "permissions" in now) {
    changes.push("permissions: added `contents: read` at the top; jobs without their own `permissions` get a read-only token");
  }
  // Hardening keeps every step where it was, so the steps of both (a parallel group's too) pair up by path.
  const hardened = new Map(jobsOf({ workflow: after }).flatMap((job) => stepsOf(job)).map(({ step, path }) => [formatPath(path), step as unknown]));
  for (const { step: original, path: at } of jobsOf({ workflow: before }).flatMap((job) => stepsOf(job))) {
    const path = formatPath(at);
    const step = original as unknown as Mapping;
    const next = hardened.get(path);
    if (!isObject(next)) continue;
    const withs = isObject(next.with) ? next.with : {};
    if (typeof step.uses === "string" && withs["persist-credentials"] === false && !(isObject(step.with) && "persist-credentials" in step.with)) {
      changes.push(`${path}: actions/checkout gets \`persist-credentials: false\`, so later steps cannot read the token from .git/config`);
    }
    if (inline.has(path)) {
      const why = problems.filter((d) => d.path === `${path}.run`).map((d) => d.message).join("; ");
      changes.push(`${path}: expressions stay in the script (${why}); the step is marked \`hoistExpressions: false\``);
    } else if (typeof step.run === "string" && next.run !== step.run) {
      const added = Object.keys(isObject(next.env) ? next.env : {}).filter((k) => !(isObject(step.env) && k in step.env));
      changes.push(`${path}: expressions in the script moved into \`env:\` (${added.join(", ")}), read as shell variables`);
    }
  }
  return changes;
}
