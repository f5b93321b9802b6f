/** Typed walks over the model's jobs and steps, for rules. */
import type { Job, Step, WorkflowModel, YamlPath } from "../model/workflow.js";
import { formatPath } from "../model/workflow.js";

export interface JobEntry {
  readonly id: string;
  readonly job: Job;
  readonly path: YamlPath;
}

export interface StepEntry {
  readonly jobId: string;
  readonly index: number;
  readonly step: Step;
  readonly path: YamlPath;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Every job with its id; skips entries that are not mappings (the shape check reports those). */
export function jobsOf(model: Pick<WorkflowModel, "workflow">): JobEntry[] {
  const jobs = (model.workflow as { jobs?: unknown }).jobs;
  if (!isObject(jobs)) return [];
  return Object.entries(jobs)
    .filter(([, job]) => isObject(job))
    .map(([id, job]) => ({ id, job: job as Job, path: ["jobs", id] }));
}

/**
 * Every step of a job that has `steps`, also the steps of a `parallel` group, which run side by
 * side where the group stands (`jobs.build.steps[2].parallel[0]`): they share the group's
 * `index`, so no step of a group counts as earlier than its siblings.
 */
export function stepsOf(entry: JobEntry): readonly StepEntry[] {
  const steps = (entry.job as { steps?: unknown }).steps;
  if (!Array.isArray(steps)) return [];
  // Every rule walks the steps of every job: the list is made once per steps array (models are
  // not changed while rules read them; a list of another length or job path is made anew).
  const at = formatPath(entry.path);
  const cached = stepsByList.get(steps);
  if (cached && cached.length === steps.length && cached.at === at) return cached.entries;
  const entries = stepsIn(entry, steps);
  stepsByList.set(steps, { length: steps.length, at, entries });
  return entries;
}

const stepsByList = new WeakMap<unknown[], { readonly length: number; readonly at: string; readonly entries: readonly StepEntry[] }>();

function stepsIn(entry: JobEntry, steps: unknown[]): StepEntry[] {
  const within = (step: unknown, index: number, path: YamlPath): StepEntry[] => {
    if (!isObject(step)) return [];
    if (Array.isArray(step.parallel)) return step.parallel.flatMap((inner, j) => within(inner, index, [...path, "parallel", j]));
    return [{ jobId: entry.id, index, step: step as unknown as Step, path }];
  };
  return steps.flatMap((step, index) => within(step, index, [...entry.path, "steps", index]));
}

/** Whether `path` is a step's: `jobs.<id>.steps[i]`, or a step of a parallel group in it (`...steps[i].parallel[j]`). */
export function isStepPath(path: YamlPath): boolean {
  if (path.length < 4 || path[0] !== "jobs" || path[2] !== "steps" || typeof path[3] !== "number") return false;
  for (let i = 4; i < path.length; i += 2) {
    if (path[i] !== "parallel" || typeof path[i + 1] !== "number") return false;
  }
  return path.length % 2 === 0;
}

const isScalar = (value: unknown): value is string | number | boolean =>
  typeof value === "string" || typeof value === "number" || typeof value === "boolean";

/** The ids a job lists in `needs`, as GitHub reads them (a number or boolean as its text). */
export function needsOf(job: Job): string[] {
  const needs = (job as { needs?: unknown }).needs;
  if (isScalar(needs)) return [String(needs)];
  if (Array.isArray(needs)) return needs.filter(isScalar).map(String);
  return [];
}

/** Every string in the workflow with its path, for rules that read expressions. */
export function stringsOf(value: unknown, path: YamlPath = []): [string, YamlPath][] {
  // Collected in one pass: nested generators re-yield every string once per level above it.
  const found: [string, YamlPath][] = [];
  const collect = (node: unknown, at: YamlPath): void => {
    if (typeof node === "string") found.push([node, at]);
    else if (Array.isArray(node)) node.forEach((item, i) => collect(item, [...at, i]));
    else if (isObject(node)) for (const key of Object.keys(node)) collect(node[key], [...at, key]);
  };
  collect(value, path);
  return found;
}

export { isObject };

/**
 * The values each key of a job's matrix takes, by lower-case key: an axis's list (or the one
 * expression it is set from) and the values `include` rows give it. `exclude` adds none.
 */
export function matrixAxes(matrix: unknown): Map<string, unknown[]> {
  const axes = new Map<string, unknown[]>();
  if (!isObject(matrix)) return axes;
  const add = (key: string, values: readonly unknown[]) => axes.set(key.toLowerCase(), [...(axes.get(key.toLowerCase()) ?? []), ...values]);
  for (const [key, value] of Object.entries(matrix)) {
    if (key === "exclude") continue;
    if (key !== "include") add(key, Array.isArray(value) ? value : [value]);
    else for (const row of Array.isArray(value) ? value : []) if (isObject(row)) for (const [k, v] of Object.entries(row)) add(k, [v]);
  }
  return axes;
}

/** Every `on.schedule[].cron` as GitHub reads it (a number or boolean as its text), with its path. */
export function* cronsOf(model: WorkflowModel): Generator<[string, YamlPath]> {
  const on = (model.workflow as { on?: unknown }).on;
  const schedule = isObject(on) ? on.schedule : undefined;
  if (!Array.isArray(schedule)) return;
  for (const [i, entry] of schedule.entries()) {
    const value = isObject(entry) ? entry.cron : undefined;
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") yield [String(value), ["on", "schedule", i, "cron"]];
  }
}

/** Where a `shell` is set: `defaults.run.shell` of the workflow and of each job, and each step's `shell`. */
export interface ShellSite {
  readonly shell: unknown;
  readonly path: YamlPath;
  /** The step's `run`, for a step's own shell; undefined for a default. */
  readonly run?: unknown;
  readonly isDefault: boolean;
}

/** Every `shell` of the workflow, defaults first, then each job's default and its steps'. */
export function* shellsOf(model: WorkflowModel): Generator<ShellSite> {
  const defaults = (owner: unknown, path: YamlPath): ShellSite[] => {
    const run = isObject(owner) && isObject(owner.defaults) ? owner.defaults.run : undefined;
    return isObject(run) && run.shell !== undefined ? [{ shell: run.shell, path: [...path, "defaults", "run", "shell"], isDefault: true }] : [];
  };
  yield* defaults(model.workflow, []);
  for (const job of jobsOf(model)) {
    yield* defaults(job.job, job.path);
    for (const { step, path } of stepsOf(job)) {
      const { shell, run } = step as { shell?: unknown; run?: unknown };
      if (shell !== undefined) yield { shell, path: [...path, "shell"], run, isDefault: false };
    }
  }
}

/** Every `uses` of the workflow: a job calling a reusable workflow, and each step's. */
export function* usesOf(model: WorkflowModel): Generator<{ readonly uses: unknown; readonly path: YamlPath }> {
  for (const job of jobsOf(model)) {
    const called = (job.job as { uses?: unknown }).uses;
    if (called !== undefined) yield { uses: called, path: [...job.path, "uses"] };
    for (const { step, path } of stepsOf(job)) {
      const uses = (step as { uses?: unknown }).uses;
      if (uses !== undefined) yield { uses, path: [...path, "uses"] };
    }
  }
}
