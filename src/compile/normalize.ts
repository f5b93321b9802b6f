/**
 * DSL values → the model: expressions become `${{ }}` strings, job references become ids,
 * builder call sites are recorded by path, and pipewright's own options are set aside.
 */
import { isJobRef, type JobRef } from "../dsl/job.js";
import { metaOf } from "../dsl/meta.js";
import type { WorkflowValue } from "../dsl/workflow.js";
import { diagnostic, type Diagnostic } from "../lint/diagnostic.js";
import { isExpr } from "../model/expression.js";
import { nearestOrigin, type SourceLocation } from "../model/source.js";
import { formatPath, type ScopeOptions, type Workflow, type WorkflowModel, type YamlPath } from "../model/workflow.js";

export interface NormalizeResult {
  readonly model: WorkflowModel;
  readonly diagnostics: Diagnostic[];
  /** Each job reference placed in `jobs`, with its id: rulesets find required jobs by it. */
  readonly refs: ReadonlyMap<object, string>;
}

/** Converts one {@link WorkflowValue} into a {@link WorkflowModel}. */
export function normalize(value: WorkflowValue, fileName: string): NormalizeResult {
  const origins = new Map<string, SourceLocation>();
  const inlineExpressions = new Set<string>();
  const comments = new Map<string, string>();
  const scopes = new Map<string, ScopeOptions>();
  const diagnostics: Diagnostic[] = [];
  const problem = (path: YamlPath, message: string, hint: string) =>
    diagnostics.push(diagnostic({ rule: "shape", severity: "error", message, file: fileName, path: formatPath(path), source: nearestOrigin(origins, path), hint }));

  const visit = (input: unknown, path: YamlPath): unknown => {
    if (isExpr(input)) return String(input);
    if (isJobRef(input)) {
      // A job's `needs` is the one place a job reference stands for its id.
      const inNeeds = path.length >= 3 && path[0] === "jobs" && path[2] === "needs";
      if (!inNeeds) problem(path, `a job reference is used as a value (job "${input.id}")`, `use ${input.id}.outputs.<name> or ${input.id}.result for its values; job references belong in \`needs\``);
      return input.id;
    }
    if (input === null || typeof input === "string" || typeof input === "boolean") return input;
    if (typeof input === "number") {
      if (!Number.isFinite(input)) problem(path, `${input} is not a number GitHub can read`, "use a finite number");
      return input;
    }
    if (Array.isArray(input)) return input.map((item, i) => visit(item, [...path, i]));
    if (typeof input === "object" && isPlain(input)) {
      const meta = metaOf(input);
      if (meta?.source) origins.set(formatPath(path), meta.source);
      if (meta?.hoistExpressions === false) inlineExpressions.add(formatPath(path));
      // A job's options scope `jobs.<id>`; the workflow's are read from its definition below.
      if (meta?.options && path.length === 2 && path[0] === "jobs") scopes.set(formatPath(path), meta.options);
      for (const [key, text] of Object.entries(meta?.comments ?? {})) comments.set(formatPath([...path, key]), text);
      const out: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(input)) {
        if (child === undefined) continue;
        out[key] = visit(child, [...path, key]);
      }
      return out;
    }
    problem(path, `a ${describe(input)} cannot be written to YAML`, "use strings, numbers, booleans, null, arrays, plain objects or expressions");
    return null;
  };

  // Known before the walk, so problems found in it at workflow level point at workflow().
  const topSource = metaOf(value.definition)?.source;
  if (topSource) origins.set("", topSource);
  const topOptions = metaOf(value.definition)?.options;
  if (topOptions) scopes.set("", topOptions);
  const { jobs, ...rest } = value.definition;
  const top = visit(rest, []) as Record<string, unknown>;
  const jobMap: Record<string, unknown> = {};
  const refs = new Map<object, string>();
  if (Array.isArray(jobs)) {
    for (const [index, ref] of (jobs as readonly unknown[]).entries()) {
      if (!isJobRef(ref)) {
        problem(["jobs"], `jobs[${index}] is a ${describe(ref)}, not a job`, 'make each entry with job("id", {...})');
        continue;
      }
      const id = (ref as JobRef).id;
      if (Object.hasOwn(jobMap, id)) {
        diagnostics.push(diagnostic({ rule: "job-id-duplicate", severity: "error", message: `two jobs have the id "${id}"`, file: fileName, path: formatPath(["jobs", id]), source: metaOf((ref as JobRef).definition)?.source, hint: "give each job a unique id" }));
        continue;
      }
      jobMap[id] = visit((ref as JobRef).definition, ["jobs", id]);
      refs.set(ref as object, id);
    }
  } else if (jobs && typeof jobs === "object") {
    for (const [id, entry] of Object.entries(jobs)) {
      if (!isJobRef(entry)) {
        jobMap[id] = visit(entry, ["jobs", id]);
        continue;
      }
      // A job value under its own id: the map form of listing it. Under another key it is still
      // compiled there, so the one error reported is the key.
      if (entry.id !== id) {
        diagnostics.push(diagnostic({ rule: "shape", severity: "error", message: `jobs.${id} holds the job "${entry.id}": under a key, a job value's id must equal the key`, file: fileName, path: formatPath(["jobs", id]), source: metaOf(entry.definition)?.source ?? nearestOrigin(origins, []),
          hint: `write \`jobs: { "${entry.id}": ... }\`, or make the job with the id "${id}"` }));
      }
      jobMap[id] = visit(entry.definition, ["jobs", id]);
      refs.set(entry, id);
    }
  } else if (jobs !== undefined) {
    problem(["jobs"], `jobs is a ${describe(jobs)}`, 'list jobs made with job("id", {...}), or map ids to job definitions');
  }
  const workflow = { ...top, ...(jobs === undefined ? {} : { jobs: jobMap }) } as unknown as Workflow;
  const model: WorkflowModel = {
    fileStem: value.fileStem,
    workflow,
    origins,
    inlineExpressions,
    comments,
    ...(scopes.size > 0 ? { scopes } : {}),
    ...(topSource ? { sourceFile: topSource.file } : {}),
  };
  return { model, diagnostics, refs };
}

function isPlain(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "object") return isPlain(value) ? "plain object" : value.constructor?.name ? `${value.constructor.name} object` : "object";
  return typeof value;
}
