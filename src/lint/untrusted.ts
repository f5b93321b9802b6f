/**
 * Which values reaching a workflow an outsider can write (a pull request title, a branch name,
 * a comment, a commit message), and which expressions can expand to them. The security rules
 * share it: template-injection, github-env, untrusted-checkout.
 */
import type { WorkflowModel } from "../model/workflow.js";
import type { Severity } from "./diagnostic.js";
import { interpolations } from "./expression-sites.js";
import { contextReads, parseLoosely, readOf, type ExpressionNode } from "./expression-tree.js";
import { isObject, matrixAxes } from "./walk.js";

/**
 * Fields of the `github` context whose text the author of a pull request, issue, comment or
 * commit chooses (after GitHub Security Lab's list and actionlint's). `*` is any array index.
 * Labels are here because anyone with triage access names them, and triage is less than write.
 */
const UNTRUSTED_FIELDS = [
  "github.head_ref",
  "github.event.issue.title", "github.event.issue.body", "github.event.issue.labels.*.name",
  "github.event.pull_request.title", "github.event.pull_request.body", "github.event.pull_request.labels.*.name",
  "github.event.pull_request.head.ref", "github.event.pull_request.head.label",
  "github.event.pull_request.head.repo.default_branch", "github.event.pull_request.head.repo.description",
  "github.event.pull_request.head.repo.homepage",
  "github.event.label.name",
  "github.event.comment.body", "github.event.review.body", "github.event.review_comment.body",
  "github.event.discussion.title", "github.event.discussion.body",
  "github.event.pages.*.page_name",
  ...commitFields("github.event.commits.*"), ...commitFields("github.event.head_commit"),
  ...commitFields("github.event.workflow_run.head_commit"), ...commitFields("github.event.merge_group.head_commit"),
  "github.event.workflow_run.head_branch", "github.event.workflow_run.display_title",
  "github.event.workflow_run.head_repository.description", "github.event.workflow_run.pull_requests.*.head.ref",
  "github.event.check_suite.head_branch", "github.event.check_run.check_suite.head_branch",
];

function commitFields(commit: string): string[] {
  return ["message", "author.name", "author.email", "committer.name", "committer.email"].map((field) => `${commit}.${field}`);
}

/** Input types whose values cannot carry free text: GitHub checks them before the run starts. */
const CLOSED_INPUT_TYPES = new Set(["boolean", "number", "choice", "environment"]);

/** Functions whose result is a boolean or a hash, whatever their arguments hold. */
const CLEAN_FUNCTIONS = new Set(["contains", "startswith", "endswith", "hashfiles", "always", "success", "failure", "cancelled"]);

type Segments = readonly string[];

/**
 * What an expression's value can carry: `text` lists reads of untrusted fields it can evaluate
 * to as text; `objects` lists reads of objects holding untrusted fields (harmless when
 * interpolated, which prints `Object`, but text again through `toJSON`).
 */
interface Flow {
  readonly text: ReadonlySet<string>;
  readonly objects: ReadonlySet<string>;
}

const NONE: Flow = { text: new Set(), objects: new Set() };
const union = (...sets: ReadonlySet<string>[]): Set<string> => new Set(sets.flatMap((s) => [...s]));

/** The untrusted fields in reach of a workflow's expressions. */
export interface Taint {
  /** Untrusted fields the value of one expression (without `${{ }}`) can expand to, as written. */
  expression(source: string): string[];
  /** Untrusted fields any `${{ }}` of a string can expand to. */
  text(value: string): string[];
  /**
   * The same analysis where `env.NAME` stands for what the step's `env` gives NAME: a value
   * read through `${{ env.TITLE }}` is as untrusted as the title it was set from.
   */
  withEnv(env: ReadonlyMap<string, string>): Taint;
  /**
   * The same analysis where `matrix.NAME` stands for what the job's matrix gives NAME: an axis
   * set from an outsider's value (`branch: ${{ github.head_ref }}`) is as untrusted as that value.
   */
  withMatrix(matrix: unknown): Taint;
}

/**
 * How bad a finding about these fields is. An outsider writes a pull request title, a branch
 * name or a comment: certainly exploitable, an error. Free-text `inputs` come from someone with
 * write access (`workflow_dispatch`) or from a calling workflow (`workflow_call`), who could
 * change the workflow anyway: still worth a warning, since a caller may pass on an outsider's
 * text, but not certainly wrong.
 */
export function severityOf(fields: readonly string[]): Severity {
  return fields.some((field) => !isInputField(field)) ? "error" : "warning";
}

const isInputField = (field: string): boolean => /^(inputs|github\.event\.inputs)(\.|$)/i.test(field);

const cache = new WeakMap<WorkflowModel, Taint>();

/** The taint analysis for one workflow: inputs typed as free text count as untrusted too. */
export function taintOf(model: WorkflowModel): Taint {
  const cached = cache.get(model);
  if (cached) return cached;
  const patterns = [
    ...UNTRUSTED_FIELDS,
    ...textInputs(model, "workflow_dispatch").flatMap((name) => [`inputs.${name}`, `github.event.inputs.${name}`]),
    ...textInputs(model, "workflow_call").map((name) => `inputs.${name}`),
  ]
    .map((field) => field.toLowerCase().split("."));
  const taint = make(patterns, new Map());
  cache.set(model, taint);
  return taint;
}

function make(patterns: readonly Segments[], aliases: ReadonlyMap<string, readonly string[]>): Taint {
  const expression = (source: string): string[] => {
    const tree = parseExpression(source);
    return tree ? [...flow(tree, patterns, aliases).text] : [];
  };
  const taint: Taint = {
    expression,
    text: (value) => [...new Set(expressionsIn(value).flatMap(expression))],
    withEnv(env) {
      const found = new Map<string, readonly string[]>(aliases);
      for (const [name, value] of env) {
        const fields = taint.text(value);
        if (fields.length > 0) found.set(`env.${name.toLowerCase()}`, fields);
      }
      return found.size === aliases.size ? taint : make(patterns, found);
    },
    withMatrix(matrix) {
      const found = new Map<string, readonly string[]>(aliases);
      // Values are written as text or expressions, at any depth of a row's value.
      const texts = (value: unknown): string[] => (typeof value === "string" ? [value] : Array.isArray(value) ? value.flatMap(texts) : isObject(value) ? Object.values(value).flatMap(texts) : []);
      for (const [name, values] of matrixAxes(matrix)) {
        const fields = [...new Set(values.flatMap(texts).flatMap((v) => taint.text(v)))];
        if (fields.length > 0) found.set(`matrix.${name}`, fields);
      }
      return found.size === aliases.size ? taint : make(patterns, found);
    },
  };
  return taint;
}

/** The expressions of a string's `${{ }}`, without the braces. */
export function expressionsIn(text: string): string[] {
  return interpolations(text).map((found) => found.source).filter((source) => source !== "");
}

/** The context paths an expression reads as written, `*` for an index (`github.event.commits.*.message`). */
export function readsOf(source: string): string[] {
  const tree = parseExpression(source);
  return tree ? [...contextReads(tree)].map((read) => [read.context, ...read.keys.map((key) => key ?? "*")].join(".")) : [];
}

/** The syntax tree of an expression (without `${{ }}`); undefined when GitHub would reject it. */
export function parseExpression(source: string): ExpressionNode | undefined {
  // expression-syntax reports an expression that does not parse; GitHub never runs it.
  return parseLoosely(source).tree;
}

/** The inputs of `workflow_dispatch` or `workflow_call` that can hold any text (`string`, or no type). */
function textInputs(model: WorkflowModel, event: "workflow_dispatch" | "workflow_call"): string[] {
  const on = (model.workflow as { on?: unknown }).on;
  const trigger = isObject(on) ? on[event] : undefined;
  const inputs = isObject(trigger) ? trigger.inputs : undefined;
  if (!isObject(inputs)) return [];
  return Object.entries(inputs)
    .filter(([, input]) => !(isObject(input) && typeof input.type === "string" && CLOSED_INPUT_TYPES.has(input.type)))
    .map(([name]) => name);
}

/** `github.event.pull_request.title` as its keys (`*` for an index); undefined when the node is not a plain read. */
export function chainOf(node: ExpressionNode): Segments | undefined {
  if (node.kind === "group") return chainOf(node.operand);
  const read = readOf(node);
  return read && [read.context, ...read.keys.map((key) => key ?? "*")];
}

const same = (a: string, b: string) => a === "*" || b === "*" || a.toLowerCase() === b;

function flow(node: ExpressionNode, patterns: readonly Segments[], aliases: ReadonlyMap<string, readonly string[]>): Flow {
  const path = chainOf(node);
  const head = path?.[0]?.toLowerCase();
  const alias = path && path.length >= 2 && (head === "env" || head === "matrix") ? aliases.get(`${head}.${path[1]!.toLowerCase()}`) : undefined;
  if (alias) return { text: new Set(alias), objects: new Set() };
  if (path) {
    const text = new Set<string>();
    const objects = new Set<string>();
    const written = path.join(".");
    for (const pattern of patterns) {
      const n = Math.min(path.length, pattern.length);
      if (!path.slice(0, n).every((key, i) => same(key, pattern[i]!))) continue;
      if (path.length >= pattern.length) text.add(written);
      else objects.add(written);
    }
    return { text, objects };
  }
  switch (node.kind) {
    case "group":
      return flow(node.operand, patterns, aliases);
    case "logical": {
      // `a || b` and `a && b` evaluate to one of their operands.
      const parts = node.args.map((arg) => flow(arg, patterns, aliases));
      return { text: union(...parts.map((p) => p.text)), objects: union(...parts.map((p) => p.objects)) };
    }
    case "index": {
      // A key of something computed (`fromJSON(body).x`) may be any part of it.
      const inner = flow(node.object, patterns, aliases);
      const all = union(inner.text, inner.objects);
      return { text: all, objects: all };
    }
    case "call": {
      const name = node.name.toLowerCase();
      if (CLEAN_FUNCTIONS.has(name)) return NONE;
      const args = node.args.map((arg) => flow(arg, patterns, aliases));
      if (name === "tojson") return { text: union(...args.flatMap((a) => [a.text, a.objects])), objects: new Set() };
      if (name === "fromjson") {
        const all = union(...args.flatMap((a) => [a.text, a.objects]));
        return { text: all, objects: all };
      }
      // format() and join() turn their arguments into text.
      return { text: union(...args.map((a) => a.text)), objects: new Set() };
    }
    default:
      // Literals, comparisons and `!`.
      return NONE;
  }
}

/** The `env` a step runs with: the workflow's, the job's and the step's own, later ones winning. */
export function envOf(model: WorkflowModel, job: unknown, step: unknown): Map<string, string> {
  const env = new Map<string, string>();
  for (const scope of [model.workflow, job, step]) {
    const vars = isObject(scope) ? scope.env : undefined;
    if (!isObject(vars)) continue;
    for (const [name, value] of Object.entries(vars)) {
      if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") env.set(name, String(value));
    }
  }
  return env;
}

const SHELL_VARIABLE = /\$env:([A-Za-z_][A-Za-z0-9_]*)|\$\{?([A-Za-z_][A-Za-z0-9_]*)|%([A-Za-z_][A-Za-z0-9_]*)%/gi;

/** Names of the variables a line of shell, PowerShell or cmd script reads (`$X`, `${X}`, `$env:X`, `%X%`). */
export function variablesIn(line: string): string[] {
  return [...line.matchAll(SHELL_VARIABLE)].map((m) => m[1] ?? m[2] ?? m[3]!);
}
