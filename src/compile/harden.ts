/**
 * The hardening pipewright applies on purpose, each documented in the README:
 * 1. `${{ }}` in `run:` scripts moved into `env:` (see hoist.ts);
 * 2. `persist-credentials: false` on actions/checkout unless the step sets it;
 * 3. `permissions: contents: read` at the top when the workflow has no top-level block: jobs
 *    that set their own keep them, every other job gets a read-only token.
 * `harden: false` on a workflow or a job (see scopes.ts) turns all three off there.
 */
import { diagnostic, type Diagnostic } from "../lint/diagnostic.js";
import { isObject } from "../lint/walk.js";
import { formatPath, type WorkflowModel } from "../model/workflow.js";
import { hoist, shellKind } from "./hoist.js";
import { nearestOrigin } from "../model/source.js";
import { hardens } from "./scopes.js";

type Mapping = Record<string, unknown>;

/** Returns a hardened copy of the model and what could not be hardened. */
export function harden(model: WorkflowModel, file: string): { model: WorkflowModel; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  if (!hardens(model.scopes)) return { model, diagnostics };
  const workflow = structuredClone(model.workflow) as unknown as Mapping;
  const jobs = isObject(workflow.jobs) ? workflow.jobs : {};
  const workflowEnv = isObject(workflow.env) ? workflow.env : {};
  const workflowShell = shellOf(workflow.defaults);

  for (const [jobId, job] of Object.entries(jobs)) {
    if (!isObject(job)) continue;
    if (!Array.isArray(job.steps) || !hardens(model.scopes, jobId)) continue;
    const windows = JSON.stringify(job["runs-on"] ?? "").toLowerCase().includes("windows");
    const jobEnv = isObject(job.env) ? job.env : {};
    const jobShell = shellOf(job.defaults) ?? workflowShell;
    const hardenStep = (step: unknown, path: (string | number)[]): unknown => {
      if (!isObject(step)) return step;
      // The steps of a parallel group are steps like any other.
      if (Array.isArray(step.parallel)) return { ...step, parallel: step.parallel.map((inner, j) => hardenStep(inner, [...path, "parallel", j])) };
      if (typeof step.uses === "string" && /^actions\/checkout@/i.test(step.uses)) {
        const withs = isObject(step.with) ? step.with : {};
        if (!("persist-credentials" in withs)) return { ...step, with: { ...withs, "persist-credentials": false } };
        return step;
      }
      if (typeof step.run !== "string" || !step.run.includes("${{") || model.inlineExpressions.has(formatPath(path))) return step;
      const shell = typeof step.shell === "string" ? step.shell : jobShell;
      const kind = shellKind(shell, windows);
      if (kind === "other") {
        diagnostics.push(diagnostic({ rule: "run-expression", severity: "error", file, path: formatPath([...path, "run"]),
          message: `cannot move \`\${{ }}\` out of a script for shell "${String(shell)}"`,
          hint: "read the value from an `env:` variable in the script, or pass `hoistExpressions: false` to run() if the value is trusted",
          source: nearestOrigin(model.origins, path) }));
        return step;
      }
      const stepEnv = isObject(step.env) ? step.env : {};
      const taken = new Map<string, string>();
      for (const scope of [workflowEnv, jobEnv, stepEnv]) {
        for (const [name, value] of Object.entries(scope)) taken.set(name, String(value));
      }
      const result = hoist(step.run, kind, taken);
      for (const problem of result.problems) {
        diagnostics.push(diagnostic({ rule: "run-expression", severity: "error", file, path: formatPath([...path, "run"]),
          message: `cannot move an expression out of the script: ${problem}`,
          hint: "use an unquoted delimiter (<<EOF) so the variable expands, or pass `hoistExpressions: false` to run() if the value is trusted",
          source: nearestOrigin(model.origins, path) }));
      }
      return { ...step, env: { ...stepEnv, ...result.env }, run: result.run };
    };
    job.steps = job.steps.map((step: unknown, index: number) => hardenStep(step, ["jobs", jobId, "steps", index]));
  }
  if (!("permissions" in workflow)) workflow.permissions = { contents: "read" };
  return { model: { ...model, workflow: workflow as never }, diagnostics };
}

function shellOf(defaults: unknown): string | undefined {
  const run = isObject(defaults) && isObject(defaults.run) ? defaults.run : undefined;
  return typeof run?.shell === "string" ? run.shell : undefined;
}
