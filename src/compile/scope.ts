/**
 * Scoping a workflow to the package whose workflows.ts defines it, in a monorepo: its `push`
 * and `pull_request` triggers without a path filter run only for changes to the package (its
 * workflows.ts included) and to the generated workflow file itself, which changes when a shared
 * preset it uses changes; its jobs run their scripts in the package folder. What the user
 * wrote always wins: a trigger with `paths` or `paths-ignore`, a job or workflow with its own
 * `working-directory`, and a job that calls a reusable workflow are left as they are.
 */
import type { Workflow, WorkflowModel } from "../model/workflow.js";

export interface PackageScope {
  /** The package folder relative to the repository root, e.g. `packages/web`. */
  readonly directory: string;
}

type Data = Record<string, unknown>;
const SCOPED_EVENTS = new Set(["push", "pull_request"]);
const isMap = (value: unknown): value is Data => typeof value === "object" && value !== null && !Array.isArray(value);

/** Returns the model, to be written to `file` (`.github/workflows/web-ci.yml`), with the package scope applied. */
export function scopeToPackage(model: WorkflowModel, scope: PackageScope, file: string): WorkflowModel {
  const workflow = model.workflow as unknown as Data;
  const on = scopeTriggers(workflow.on, [`${scope.directory}/**`, file]);
  const defaults = isMap(workflow.defaults) && isMap(workflow.defaults.run) ? workflow.defaults.run : undefined;
  const jobs = isMap(workflow.jobs) && defaults?.["working-directory"] === undefined ? scopeJobs(workflow.jobs, scope.directory) : workflow.jobs;
  const scoped = { ...workflow, ...(on === undefined ? {} : { on }), ...(jobs === undefined ? {} : { jobs }) };
  return { ...model, workflow: scoped as unknown as Workflow };
}

function scopeTriggers(on: unknown, paths: readonly string[]): unknown {
  if (typeof on === "string") return SCOPED_EVENTS.has(on) ? { [on]: { paths: [...paths] } } : on;
  if (Array.isArray(on)) {
    if (!on.some((event) => SCOPED_EVENTS.has(event as string))) return on;
    return Object.fromEntries(on.map((event) => [event, SCOPED_EVENTS.has(event as string) ? { paths: [...paths] } : null]));
  }
  if (!isMap(on)) return on;
  const out: Data = {};
  for (const [event, filters] of Object.entries(on)) {
    out[event] = SCOPED_EVENTS.has(event) && wantsPaths(event, filters) ? { ...(isMap(filters) ? filters : {}), paths: [...paths] } : filters;
  }
  return out;
}

/** An event without a path filter; a push of tags only is left alone (GitHub ignores paths for tags). */
function wantsPaths(event: string, filters: unknown): boolean {
  if (filters !== null && filters !== undefined && !isMap(filters)) return false;
  if (!isMap(filters)) return true;
  if (filters.paths !== undefined || filters["paths-ignore"] !== undefined) return false;
  const tagsOnly = event === "push" && (filters.tags !== undefined || filters["tags-ignore"] !== undefined)
    && filters.branches === undefined && filters["branches-ignore"] === undefined;
  return !tagsOnly;
}

function scopeJobs(jobs: Data, directory: string): Data {
  const out: Data = {};
  for (const [id, job] of Object.entries(jobs)) {
    if (!isMap(job) || job.uses !== undefined) {
      out[id] = job;
      continue;
    }
    const defaults = isMap(job.defaults) ? job.defaults : {};
    const run = isMap(defaults.run) ? defaults.run : {};
    out[id] = run["working-directory"] !== undefined ? job : { ...job, defaults: { ...defaults, run: { ...run, "working-directory": directory } } };
  }
  return out;
}
