/**
 * Every expression of a workflow with the string and the place it is in, found and parsed once
 * per model for the rules that read expressions.
 */
import type { WorkflowModel, YamlPath } from "../model/workflow.js";
import { parseLoosely, type ExpressionNode } from "./expression-tree.js";
import { isObject, isStepPath, jobsOf, stepsOf, stringsOf } from "./walk.js";

export { contextReads, nodesOf, readOf, readText, ungrouped, type ContextRead, type ExpressionNode } from "./expression-tree.js";

/** One expression in one string of the workflow. */
export interface ExpressionSite {
  readonly path: YamlPath;
  /** The whole string the expression is in. */
  readonly text: string;
  /** The expression, without `${{ }}`. */
  readonly source: string;
  /** False for a bare condition (`if: a == b`), whose whole value is the expression. */
  readonly wrapped: boolean;
  /** True when the string holds more than this one `${{ }}`: GitHub turns the result into text. */
  readonly embedded: boolean;
  /** The syntax tree; undefined when the expression does not parse (expression-syntax says why). */
  readonly tree: ExpressionNode | undefined;
}

/**
 * The `${{ }}` of a string, split as GitHub's template reader splits them: a `}}` inside a
 * '...' literal does not end the expression. Stops at a `${{` that is never closed.
 */
export function interpolations(text: string): { start: number; end: number; source: string }[] {
  const found: { start: number; end: number; source: string }[] = [];
  for (let start = text.indexOf("${{"); start >= 0; ) {
    let inString = false;
    let end = -1;
    for (let i = start + 3; i < text.length && end < 0; i++) {
      if (text[i] === "'") inString = !inString;
      else if (!inString && text[i] === "}" && text[i - 1] === "}") end = i + 1;
    }
    if (end < 0) break;
    found.push({ start, end, source: text.slice(start + 3, end - 2).trim() });
    start = text.indexOf("${{", end);
  }
  return found;
}

/**
 * Keys whose whole value is an expression even without `${{ }}`: the `if` of a job, a step or
 * a snapshot. An `if` under `env`, `with` or `outputs` is just a name.
 */
export const isCondition = (path: YamlPath): boolean =>
  path[0] === "jobs" && path[path.length - 1] === "if" &&
  (path.length === 3 || isStepPath(path.slice(0, -1)) || (path.length === 4 && path[2] === "snapshot"));

const sitesByModel = new WeakMap<WorkflowModel, readonly ExpressionSite[]>();

/** Every expression of the workflow, in document order. */
export function expressionSites(model: WorkflowModel): readonly ExpressionSite[] {
  let sites = sitesByModel.get(model);
  if (!sites) {
    sites = [...findSites(model.workflow)];
    sitesByModel.set(model, sites);
  }
  return sites;
}

function* findSites(workflow: unknown): Generator<ExpressionSite> {
  for (const [text, path] of stringsOf(workflow)) {
    const found = interpolations(text);
    if (found.length === 0 && isCondition(path) && !text.includes("${{") && text.trim() !== "") {
      const source = text.trim();
      yield { path, text, source, wrapped: false, embedded: false, tree: parseLoosely(source).tree };
      continue;
    }
    yield* wrappedSites(text, path, found);
  }
}

/** The `${{ }}` sites of one string (found by `interpolations`). */
function* wrappedSites(text: string, path: YamlPath, found: ReturnType<typeof interpolations>): Generator<ExpressionSite> {
  const embedded = found.length > 1 || (found.length === 1 && (found[0]!.start > 0 || found[0]!.end < text.length));
  for (const { source } of found) {
    if (source !== "") yield { path, text, source, wrapped: true, embedded, tree: parseLoosely(source).tree };
  }
}

const keySitesByModel = new WeakMap<WorkflowModel, readonly ExpressionSite[]>();

/**
 * Expressions written as names of `env` variables (`${{ matrix.name }}: value`), at the
 * variable's path. GitHub evaluates them like values; only the type checker reads them.
 */
export function envKeySites(model: WorkflowModel): readonly ExpressionSite[] {
  let sites = keySitesByModel.get(model);
  if (!sites) {
    sites = [...findKeySites(model)];
    keySitesByModel.set(model, sites);
  }
  return sites;
}

function* findKeySites(model: WorkflowModel): Generator<ExpressionSite> {
    const envs: [unknown, YamlPath][] = [[(model.workflow as { env?: unknown }).env, ["env"]]];
  for (const entry of jobsOf(model)) {
    const job = entry.job as unknown as Record<string, unknown>;
    envs.push([job.env, [...entry.path, "env"]]);
    if (isObject(job.container)) envs.push([job.container.env, [...entry.path, "container", "env"]]);
    for (const [name, service] of isObject(job.services) ? Object.entries(job.services) : []) if (isObject(service)) envs.push([service.env, [...entry.path, "services", name, "env"]]);
    for (const { step, path } of stepsOf(entry)) envs.push([(step as { env?: unknown }).env, [...path, "env"]]);
  }
  for (const [env, path] of envs) {
    if (!isObject(env)) continue;
    for (const key of Object.keys(env)) yield* wrappedSites(key, [...path, key], interpolations(key));
  }
}
