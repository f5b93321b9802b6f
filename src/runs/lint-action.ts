/**
 * `pipewright lint` on an action's own metadata (`action.yml`): a composite action's steps are
 * checked by the step rules, as the steps of a job would be. The action becomes a one-job
 * workflow called with the action's inputs (text, like a reusable workflow's), so the rules see
 * what they know; findings are reported at the action's own paths (`runs.steps[0].run`).
 */
import { diagnostic, type Diagnostic } from "../lint/diagnostic.js";
import type { RunRulesOptions } from "../lint/run-rules.js";
import { runRules } from "../lint/run-rules.js";
import { rules as allRules } from "../lint/rules/index.js";
import { isObject } from "../lint/walk.js";
import { nearestOrigin, type SourceLocation } from "../model/source.js";
import type { Workflow, WorkflowModel, YamlPath } from "../model/workflow.js";

/** The rules about steps (marked `actionSteps`), which mean the same in a composite action as in a job. */
const rules = allRules.filter((rule) => rule.actionSteps);

const JOB = "jobs.action";

/** Whether a file is an action's metadata: named action.yml, or a mapping with `runs` and no `jobs`. */
export function isActionMetadata(file: string, data: unknown): boolean {
  if (/(^|\/)action\.ya?ml$/i.test(file)) return true;
  return isObject(data) && "runs" in data && !("jobs" in data);
}

/** Lints an action's metadata, read into `model` (paths as written in action.yml). */
export function lintAction(model: WorkflowModel, file: string, options: RunRulesOptions): Diagnostic[] {
  const action = model.workflow as unknown as Record<string, unknown>;
  const found: Diagnostic[] = [];
  const at = (path: YamlPath) => nearestOrigin(model.origins, path) ?? { file, line: 1, column: 1 };
  const runs = action.runs;
  if (!isObject(runs)) {
    found.push(diagnostic({ rule: "shape", severity: "error", file, path: "runs", source: at([]), message: 'required key "runs" is missing', hint: "say how the action runs: `runs: { using: composite, steps: [...] }`, `using: node24` with `main`, or `using: docker` with `image`" }));
    return found;
  }
  if (runs.using !== "composite") return found;
  const steps = Array.isArray(runs.steps) ? runs.steps : [];
  // GitHub requires a shell on each run step of a composite action: no default applies.
  for (const [i, step] of steps.entries()) {
    if (isObject(step) && step.run !== undefined && step.shell === undefined) {
      found.push(diagnostic({ rule: "shape", severity: "error", file, path: `runs.steps[${i}]`, source: at(["runs", "steps", i]),
        message: 'required key "shell" is missing: a composite action\'s run steps have no default shell', hint: "add `shell: bash` (or pwsh, python, sh)" }));
    }
  }
  const standIn = actionStandIn(model, steps);
  for (const d of runRules(standIn, file, rules, { ...options, composite: true })) {
    found.push({ ...d, message: d.message.replaceAll('job "action"', "the action"), path: actionPath(d.path) });
  }
  return found;
}

/** A path of the stand-in workflow as the action has it: `jobs.action.steps[0]` → `runs.steps[0]`. */
export function actionPath(path: string): string {
  return path.startsWith(JOB) ? `runs${path.slice(JOB.length)}` : path.startsWith("on.workflow_call.") ? path.slice("on.workflow_call.".length) : path;
}

/** A composite action as a one-job workflow called with its inputs, with where each part was written. */
export function actionStandIn(model: WorkflowModel, steps: readonly unknown[]): WorkflowModel {
  const action = model.workflow as unknown as Record<string, unknown>;
  const inputs = isObject(action.inputs) ? Object.fromEntries(Object.keys(action.inputs).map((name) => [name, { type: "string" }])) : {};
  const workflow = { on: { workflow_call: { inputs } }, jobs: { action: { "runs-on": "ubuntu-latest", steps } } } as unknown as Workflow;
  // Where each part was written, under the paths of the workflow it now stands in.
  const moved = <T>(map: ReadonlyMap<string, T>) => new Map([...map].flatMap(([path, value]): [string, T][] =>
    path === "runs" ? [[JOB, value]] : path.startsWith("runs.steps") ? [[`${JOB}${path.slice("runs".length)}`, value]] : path.startsWith("inputs") ? [[`on.workflow_call.${path}`, value]] : []));
  const origins = moved(model.origins) as Map<string, SourceLocation>;
  return { ...model, workflow, origins, comments: moved(model.comments) };
}

/** The steps of a composite action; undefined for any other kind of action. */
export function compositeSteps(model: WorkflowModel): readonly unknown[] | undefined {
  const runs = (model.workflow as unknown as Record<string, unknown>).runs;
  return isObject(runs) && runs.using === "composite" ? (Array.isArray(runs.steps) ? runs.steps : []) : undefined;
}
