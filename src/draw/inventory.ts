/**
 * What a picture or an inventory of the CI/CD needs from the compiled files: per workflow its
 * triggers, jobs (runner, environment, permissions, matrix, timeout, concurrency, needs), the
 * secrets and variables each reads, the actions each uses with their pins; and which branch
 * rulesets require which jobs. It reads the generated files back through the same reader as
 * `lint`, so it describes exactly the bytes that are committed.
 */
import { checkNames } from "../compile/rulesets.js";
import { readWorkflowYaml } from "../import/read-yaml.js";
import { isObject, stepsOf } from "../lint/walk.js";
import { formatPath, type WorkflowModel } from "../model/workflow.js";

export interface JobInfo {
  readonly id: string;
  readonly name: string;
  readonly needs: readonly string[];
  readonly runsOn?: string;
  readonly environment?: string;
  /** Rows of a static matrix, `dynamic` for one computed at run time. */
  readonly matrix?: number | "dynamic";
  /** The reusable workflow it calls. */
  readonly calls?: string;
  readonly if?: string;
  readonly permissions?: string;
  readonly timeout?: string;
  readonly concurrency?: string;
  /** Branches whose ruleset requires this job's check. */
  readonly requiredBy: readonly string[];
  readonly secrets: readonly Reference[];
  readonly variables: readonly Reference[];
  readonly actions: readonly ActionUse[];
}

/** A secret or variable, and where in the job it is read (a step's name, or the job itself). */
export interface Reference {
  readonly name: string;
  readonly where: string;
}

export interface ActionUse {
  readonly action: string;
  readonly ref: string;
  /** The version in the trailing comment of a pinned SHA. */
  readonly version?: string;
  readonly where: string;
}

export interface WorkflowInfo {
  readonly file: string;
  readonly stem: string;
  readonly name: string;
  readonly triggers: readonly string[];
  readonly permissions?: string;
  readonly concurrency?: string;
  readonly jobs: readonly JobInfo[];
}

export interface RulesetInfo {
  readonly file: string;
  readonly branches: readonly string[];
  readonly approvals?: number;
  /** Check names the ruleset requires, each with the jobs that report it. */
  readonly checks: readonly { readonly context: string; readonly jobs: readonly string[] }[];
}

export interface Inventory {
  readonly workflows: readonly WorkflowInfo[];
  readonly rulesets: readonly RulesetInfo[];
}

/** Builds the inventory of compiled files (workflow YAML and ruleset JSON). */
export function inventoryOf(files: readonly { path: string; contents: string }[]): Inventory {
  const models: { file: string; model: WorkflowModel }[] = [];
  for (const file of files) {
    if (!/\.ya?ml$/.test(file.path)) continue;
    const { model } = readWorkflowYaml(file.contents, file.path);
    if (model) models.push({ file: file.path, model });
  }
  const rulesets = files.filter((f) => f.path.endsWith(".json")).map((f) => rulesetInfo(f.path, f.contents, models));
  const requiredBy = new Map<string, string[]>();
  for (const ruleset of rulesets) {
    for (const check of ruleset.checks) for (const job of check.jobs) requiredBy.set(job, [...(requiredBy.get(job) ?? []), ...ruleset.branches]);
  }
  return { workflows: models.map(({ file, model }) => workflowInfo(file, model, requiredBy)), rulesets };
}

type Mapping = Record<string, unknown>;

function workflowInfo(file: string, model: WorkflowModel, requiredBy: ReadonlyMap<string, string[]>): WorkflowInfo {
  const workflow = model.workflow as unknown as Mapping;
  const jobs = isObject(workflow.jobs) ? workflow.jobs : {};
  return {
    file,
    stem: model.fileStem || file.replace(/^.*\//, "").replace(/\.ya?ml$/, ""),
    name: typeof workflow.name === "string" ? workflow.name : file,
    triggers: triggersOf(workflow.on),
    ...opt("permissions", permissionsText(workflow.permissions)),
    ...opt("concurrency", concurrencyText(workflow.concurrency)),
    jobs: Object.entries(jobs).filter(([, job]) => isObject(job)).map(([id, job]) => jobInfo(file, id, job as Mapping, model, requiredBy)),
  };
}

function jobInfo(file: string, id: string, job: Mapping, model: WorkflowModel, requiredBy: ReadonlyMap<string, string[]>): JobInfo {
  const needs = typeof job.needs === "string" ? [job.needs] : Array.isArray(job.needs) ? job.needs.map(String) : [];
  const strategy = isObject(job.strategy) ? job.strategy : undefined;
  const steps = Array.isArray(job.steps) ? job.steps.filter(isObject) : [];
  const stepLabel = (step: Mapping, index: number) => `step ${typeof step.name === "string" ? `"${step.name}"` : index + 1}`;
  const secrets: Reference[] = [];
  const variables: Reference[] = [];
  const collect = (value: unknown, where: string) => {
    for (const [kind, name] of contextReads(value)) (kind === "secrets" ? secrets : variables).push({ name, where });
  };
  const { steps: _steps, ...rest } = job;
  collect(rest, "job");
  if (job.secrets === "inherit") secrets.push({ name: "(all, inherited)", where: "job" });
  steps.forEach((step, index) => collect(step, stepLabel(step, index)));
  const actions: ActionUse[] = [];
  // Also the steps of a parallel group, named as the group's step.
  for (const { step: value, index, path } of stepsOf({ id, job: job as never, path: ["jobs", id] })) {
    const step = value as unknown as Mapping;
    if (typeof step.uses !== "string" || step.uses.startsWith("./") || step.uses.startsWith("docker://")) continue;
    const at = step.uses.lastIndexOf("@");
    const version = model.comments.get(formatPath([...path, "uses"]));
    actions.push({ action: step.uses.slice(0, at), ref: step.uses.slice(at + 1), ...opt("version", version), where: stepLabel(step, index) });
  }
  const environment = typeof job.environment === "string" ? job.environment : isObject(job.environment) && typeof job.environment.name === "string" ? job.environment.name : undefined;
  // The rows GitHub expands (include and exclude applied) when the matrix is static; else an estimate.
  const rows = strategy && "matrix" in strategy ? checkNames(model, id) : undefined;
  const matrix = strategy && "matrix" in strategy ? (Array.isArray(rows) ? rows.length : matrixSize(strategy.matrix)) : undefined;
  return {
    id,
    name: typeof job.name === "string" ? job.name : id,
    needs,
    ...opt("runsOn", runsOnText(job["runs-on"])),
    ...opt("environment", environment),
    ...opt("matrix", matrix),
    ...opt("calls", typeof job.uses === "string" ? job.uses : undefined),
    ...opt("if", typeof job.if === "string" ? job.if : undefined),
    ...opt("permissions", permissionsText(job.permissions)),
    ...opt("timeout", job["timeout-minutes"] === undefined ? undefined : String(job["timeout-minutes"])),
    ...opt("concurrency", concurrencyText(job.concurrency)),
    requiredBy: requiredBy.get(`${file}#${id}`) ?? [],
    secrets: dedupe(secrets),
    variables: dedupe(variables),
    actions,
  };
}

function rulesetInfo(file: string, text: string, models: readonly { file: string; model: WorkflowModel }[]): RulesetInfo {
  const json = JSON.parse(text) as { conditions?: { ref_name?: { include?: string[] } }; rules?: { type: string; parameters?: Mapping }[] };
  const branches = (json.conditions?.ref_name?.include ?? []).map((ref) => ref.replace(/^refs\/heads\//, ""));
  const rules = json.rules ?? [];
  const approvals = rules.find((r) => r.type === "pull_request")?.parameters?.required_approving_review_count;
  const statusChecks = rules.find((r) => r.type === "required_status_checks")?.parameters?.required_status_checks;
  const contexts = Array.isArray(statusChecks) ? statusChecks.map((c) => String((c as Mapping).context)) : [];
  // A check is reported by every job whose derived check names include it.
  const reporters = new Map<string, string[]>();
  for (const { file: workflowFile, model } of models) {
    const jobs = (model.workflow as unknown as Mapping).jobs;
    for (const id of Object.keys(isObject(jobs) ? jobs : {})) {
      const names = checkNames(model, id);
      if (typeof names === "string") continue;
      for (const name of names) reporters.set(name, [...(reporters.get(name) ?? []), `${workflowFile}#${id}`]);
    }
  }
  return { file, branches, ...opt("approvals", typeof approvals === "number" ? approvals : undefined), checks: contexts.map((context) => ({ context, jobs: reporters.get(context) ?? [] })) };
}

/** `secrets.NAME` and `vars.NAME` (or `secrets['NAME']`) read inside `${{ }}` anywhere in a value. */
function contextReads(value: unknown): [string, string][] {
  const found: [string, string][] = [];
  const visit = (v: unknown) => {
    if (typeof v === "string") {
      for (const [, body] of v.matchAll(/\$\{\{([\s\S]*?)\}\}/g)) {
        for (const m of body!.matchAll(/\b(secrets|vars)(?:\.([A-Za-z_][A-Za-z0-9_]*)|\[\s*'([^']+)'\s*\])/g)) found.push([m[1]!, m[2] ?? m[3]!]);
      }
    } else if (Array.isArray(v)) v.forEach(visit);
    else if (isObject(v)) Object.values(v).forEach(visit);
  };
  visit(value);
  return found;
}

function triggersOf(on: unknown): string[] {
  if (typeof on === "string") return [on];
  if (Array.isArray(on)) return on.map(String);
  if (!isObject(on)) return [];
  return Object.entries(on).map(([event, filters]) => {
    if (event === "schedule" && Array.isArray(filters)) return `schedule (${filters.map((s) => (isObject(s) ? String(s.cron) : "")).join("; ")})`;
    if (!isObject(filters)) return event;
    const parts: string[] = [];
    for (const key of ["branches", "branches-ignore", "tags", "paths", "paths-ignore", "types"]) {
      const list = filters[key];
      if (Array.isArray(list)) parts.push(`${key}: ${list.join(", ")}`);
    }
    return parts.length > 0 ? `${event} (${parts.join("; ")})` : event;
  });
}

function matrixSize(matrix: unknown): number | "dynamic" {
  if (!isObject(matrix)) return "dynamic";
  const axes = Object.entries(matrix).filter(([key]) => key !== "include" && key !== "exclude");
  if (axes.some(([, values]) => !Array.isArray(values))) return "dynamic";
  const product = axes.length === 0 ? 0 : axes.reduce((n, [, values]) => n * (values as unknown[]).length, 1);
  const excluded = Array.isArray(matrix.exclude) ? matrix.exclude.length : 0;
  const included = Array.isArray(matrix.include) ? matrix.include.length : 0;
  // Only reached when the rows could not be expanded exactly: include entries are then counted
  // as rows of their own only where there are no axes to extend.
  return Math.max(product - excluded, 0) + (product === 0 ? included : 0);
}

function runsOnText(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.join(", ");
  if (isObject(value)) return [value.group, value.labels].flat().filter((v) => v !== undefined).join(", ");
  return undefined;
}

function permissionsText(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "string") return value;
  if (!isObject(value)) return undefined;
  const entries = Object.entries(value);
  return entries.length === 0 ? "none" : entries.map(([scope, level]) => `${scope}: ${String(level)}`).join(", ");
}

function concurrencyText(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (!isObject(value)) return undefined;
  const cancel = value["cancel-in-progress"];
  return `${String(value.group)}${cancel === undefined || cancel === false ? "" : cancel === true ? " (cancels older runs)" : ` (cancels older runs when ${String(cancel)})`}`;
}

function dedupe(list: readonly Reference[]): Reference[] {
  const seen = new Set<string>();
  return list.filter((r) => (seen.has(`${r.name}\0${r.where}`) ? false : (seen.add(`${r.name}\0${r.where}`), true)));
}

/** `{ key: value }` when the value is defined, else nothing: for exactOptionalPropertyTypes. */
function opt<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
