/**
 * Rulesets: derives the required status check names from the jobs a ruleset requires, reports
 * the required-check trap (a workflow that does not run on every pull request to the branch),
 * and renders GitHub's ruleset JSON.
 */
import type { RulesetValue } from "../dsl/ruleset.js";
import { diagnostic, type Diagnostic } from "../lint/diagnostic.js";
import { isObject } from "../lint/walk.js";
import type { WorkflowModel } from "../model/workflow.js";

/** The GitHub Actions app: binding a required check to it stops another app from faking it. */
export const GITHUB_ACTIONS_APP_ID = 15368;

/** Where a job reference was placed by compile(). */
export interface JobHome {
  readonly model: WorkflowModel;
  readonly jobId: string;
  readonly file: string;
}

const MARKER = /\(pipewright: (.+)\)$/;

/** The ruleset name, which also marks the file as generated from `sourceLabel`. */
export const rulesetName = (branch: string, sourceLabel: string) => `${branch} (pipewright: ${sourceLabel})`;

/** The source a generated ruleset names, or undefined for a ruleset pipewright did not write. */
export function rulesetSource(text: string): string | undefined {
  try {
    const name = (JSON.parse(text) as { name?: unknown }).name;
    return typeof name === "string" ? MARKER.exec(name)?.[1] : undefined;
  } catch {
    return undefined;
  }
}

/** File stem of a branch's ruleset: `release/*` → `release-`. */
export const rulesetStem = (branch: string) => branch.replace(/[^A-Za-z0-9._-]+/g, "-");

/** Compiles one ruleset; `homes` maps each job reference to where compile() placed it. */
export function compileRuleset(value: RulesetValue, homes: ReadonlyMap<object, JobHome>, file: string, sourceLabel: string): { contents?: string; diagnostics: Diagnostic[] } {
  const { definition, source } = value;
  const diagnostics: Diagnostic[] = [];
  const report = (message: string, hint: string) => diagnostics.push(diagnostic({ rule: "required-check", severity: "error", file, path: "", message, hint, source }));
  const contexts: string[] = [];
  for (const ref of definition.requiredChecks) {
    const home = homes.get(ref);
    if (!home) {
      report(`required job "${(ref as { id: string }).id}" is not in any workflow of the default export`, "add the job to a workflow, or remove it from requiredChecks");
      continue;
    }
    const trap = trapOf(home.model, definition.branch);
    if (trap) {
      report(`required check "${home.jobId}" (${home.file}) ${trap}: a pull request that does not run it waits for it forever`,
        "require a requiredChecksGate() job in a workflow that runs on every pull request, or drop the filter");
    }
    const names = checkNames(home.model, home.jobId);
    if (typeof names === "string") report(`cannot name the check of job "${home.jobId}" (${home.file}): ${names}`, "require a requiredChecksGate() job that needs it instead");
    else contexts.push(...names);
  }
  if (diagnostics.length > 0) return { diagnostics };
  const rules: unknown[] = [
    { type: "deletion" },
    { type: "non_fast_forward" },
    {
      type: "pull_request",
      parameters: {
        required_approving_review_count: definition.requiredApprovals,
        dismiss_stale_reviews_on_push: definition.dismissStaleReviews,
        require_code_owner_review: definition.requireCodeOwnerReview,
        require_last_push_approval: false,
        required_review_thread_resolution: false,
      },
    },
  ];
  if (contexts.length > 0) {
    rules.push({
      type: "required_status_checks",
      parameters: {
        strict_required_status_checks_policy: definition.strict,
        required_status_checks: [...new Set(contexts)].map((context) => ({ context, integration_id: GITHUB_ACTIONS_APP_ID })),
      },
    });
  }
  const json = {
    name: rulesetName(definition.branch, sourceLabel),
    target: "branch",
    enforcement: "active",
    conditions: { ref_name: { include: [`refs/heads/${definition.branch}`], exclude: [] } },
    rules,
  };
  return { contents: JSON.stringify(json, null, 2) + "\n", diagnostics };
}

/** Why the workflow would not run on every pull request to `branch`, or undefined. */
export function trapOf(model: WorkflowModel, branch: string): string | undefined {
  const on = (model.workflow as { on?: unknown }).on;
  const events = typeof on === "string" ? [on] : Array.isArray(on) ? on : isObject(on) ? Object.keys(on) : [];
  if (!events.includes("pull_request")) return "is in a workflow that does not run on pull_request";
  const filters = isObject(on) && isObject(on.pull_request) ? on.pull_request : {};
  if ("paths" in filters || "paths-ignore" in filters) return `is in a workflow with a \`${"paths" in filters ? "paths" : "paths-ignore"}\` filter`;
  const list = (v: unknown) => (typeof v === "string" ? [v] : Array.isArray(v) ? v.map(String) : []);
  if ("branches" in filters && !matchesFilter(branch, list(filters.branches))) return `is in a workflow whose \`branches\` filter leaves out ${branch}`;
  if ("branches-ignore" in filters && list(filters["branches-ignore"]).some((p) => globMatch(p, branch))) return `is in a workflow whose \`branches-ignore\` filter leaves out ${branch}`;
  const types = list(filters.types);
  if (types.length > 0 && !(types.includes("opened") && types.includes("synchronize"))) return "is in a workflow whose `types` leave out opened or synchronize";
  return undefined;
}

/** GitHub's filter semantics: patterns in order, a `!` pattern removes what earlier ones added. */
function matchesFilter(branch: string, patterns: readonly string[]): boolean {
  let matched = false;
  for (const p of patterns) {
    if (p.startsWith("!")) { if (globMatch(p.slice(1), branch)) matched = false; }
    else if (globMatch(p, branch)) matched = true;
  }
  return matched;
}

function globMatch(pattern: string, text: string): boolean {
  let re = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === "*" && pattern[i + 1] === "*") { re += ".*"; i++; }
    else if (c === "*") re += "[^/]*";
    else if (c === "?") re += ".?";
    else if (c === "+") re += "+";
    else if (c === "[" || c === "]") re += c;
    else re += c.replace(/[.^$|(){}\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`).test(text);
}

/** The check names GitHub shows for a job: its name or id, one per matrix row. */
export function checkNames(model: WorkflowModel, jobId: string): string[] | string {
  const job = ((model.workflow as { jobs?: Record<string, unknown> }).jobs ?? {})[jobId];
  if (!isObject(job)) return "the job is not a mapping";
  if ("uses" in job) return "it calls a reusable workflow, whose checks are named after the called jobs";
  const name = typeof job.name === "string" ? job.name : jobId;
  const strategy = isObject(job.strategy) ? job.strategy : undefined;
  const matrix = strategy && "matrix" in strategy ? strategy.matrix : undefined;
  if (matrix === undefined) {
    return name.includes("${{") ? "its name is an expression known only when it runs" : [name];
  }
  if (!isObject(matrix)) return "its matrix is computed when the workflow runs";
  const rows = expandMatrix(matrix);
  if (typeof rows === "string") return rows;
  const names: string[] = [];
  for (const row of rows) {
    if (name.includes("${{")) {
      let unresolved = false;
      const resolved = name.replace(/\$\{\{\s*matrix\.([A-Za-z0-9_-]+)\s*\}\}/g, (_, key: string) => (key in row ? String(row[key]) : ((unresolved = true), "")));
      if (unresolved || resolved.includes("${{")) return "its name uses an expression other than matrix values";
      names.push(resolved);
    } else {
      names.push(`${name} (${Object.values(row).map(String).join(", ")})`);
    }
  }
  return names;
}

type Row = Record<string, unknown>;

/** Expands a static matrix the way GitHub does: product of axes, minus `exclude`, plus `include`. */
function expandMatrix(matrix: Record<string, unknown>): Row[] | string {
  const axes = Object.entries(matrix).filter(([key]) => key !== "include" && key !== "exclude");
  let rows: Row[] = [{}];
  for (const [key, values] of axes) {
    if (!Array.isArray(values)) return `its matrix axis "${key}" is computed when the workflow runs`;
    if (values.some((v) => typeof v === "object" && v !== null)) return `its matrix axis "${key}" holds objects, whose names GitHub abbreviates`;
    rows = rows.flatMap((row) => values.map((v) => ({ ...row, [key]: v })));
  }
  if (axes.length === 0) rows = [];
  const matches = (row: Row, filter: Row) => Object.entries(filter).every(([k, v]) => row[k] === v);
  const exclude = Array.isArray(matrix.exclude) ? matrix.exclude.filter(isObject) : [];
  rows = rows.filter((row) => !exclude.some((filter) => matches(row, filter)));
  const original = new Set(axes.map(([key]) => key));
  for (const entry of Array.isArray(matrix.include) ? matrix.include.filter(isObject) : []) {
    const onAxes = Object.fromEntries(Object.entries(entry).filter(([k]) => original.has(k)));
    const extended = rows.filter((row) => matches(row, onAxes) && Object.entries(entry).every(([k, v]) => original.has(k) || !(k in row) || row[k] === v));
    if (extended.length > 0 && Object.keys(onAxes).length > 0) for (const row of extended) Object.assign(row, entry);
    else rows.push({ ...entry });
  }
  return rows.length > 0 ? rows : "its matrix has no rows";
}
