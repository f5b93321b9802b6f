/**
 * Imported workflows → one TypeScript module: a `job()` constant per job (in an order where
 * every job is declared before the jobs that need it), `run()` / `uses()` / typed action
 * bindings for steps, and `workflow()` with pipewright's options as its third argument.
 */
import * as actions from "../actions/index.js";
import type { ActionPin } from "../actions/action-step.js";
import { bundledAction, parseActionRef } from "../lint/bundled-actions.js";
import { isStepPath } from "../lint/walk.js";
import { formatPath, type YamlPath } from "../model/workflow.js";
import { Namer } from "./names.js";
import { atom, call, identifier, item, str, type Code, type Entry, type Item, type ModuleLine } from "./code.js";
import { comment, printObject, printStringAt, printValue, PrintContext, type Hook } from "./print-values.js";
import type { YamlSource } from "./yaml-source.js";

/** A finding the import acknowledges with a rule override. */
export interface Acknowledged {
  readonly rule: string;
  readonly message: string;
  readonly path: string;
  readonly line?: number | undefined;
}

/** One workflow to print. */
export interface WorkflowToPrint {
  readonly stem: string;
  /** The file it came from, as shown to the user. */
  readonly file: string;
  readonly data: Readonly<Record<string, unknown>>;
  readonly source: YamlSource;
  /** False: print `harden: false`, so generate writes the YAML as it is. */
  readonly harden: boolean;
  /** Findings turned off, by scope: `""` for the workflow, `jobs.<id>` for a job. */
  readonly overrides: ReadonlyMap<string, readonly Acknowledged[]>;
  /** Run steps (`jobs.x.steps[2]`) whose expressions stay inline though the workflow is hardened. */
  readonly inline: ReadonlySet<string>;
}

export interface PrintedModule {
  /** The module, line by line (code.ts prints it). */
  readonly lines: readonly ModuleLine[];
  /** The exported constant of each workflow, in order. */
  readonly exports: readonly string[];
  /** Interpolations kept as their text because no typed form reads the same. */
  readonly raw: number;
}

const DSL = ["workflow", "job", "run", "uses", "github", "secrets", "vars", "env", "inputs", "matrix", "steps", "needs", "runner",
  "jobContext", "strategy", "context", "eq", "ne", "lt", "le", "gt", "ge", "and", "or", "not", "contains", "startsWith", "endsWith",
  "format", "join", "toJSON", "fromJSON", "hashFiles", "always", "success", "failure", "cancelled", "literal", "expr", "isExpr", "compile"];

/** Bindings by the exact `uses:` they write: `actions/checkout@<commit>`. */
const BINDINGS = new Map<string, { readonly name: string; readonly pin: ActionPin }>();
for (const [name, value] of Object.entries(actions)) {
  const pin = (value as { pin?: ActionPin }).pin;
  if (typeof value === "function" && pin) BINDINGS.set(`${pin.uses}@${pin.commit}`, { name, pin });
}

/** The inputs a binding types, from the bundled metadata of its action. */
const bindingInputs = (uses: string) => bundledAction(parseActionRef(uses)?.repo ?? "")?.inputs;

/** Prints workflows as one module. */
export function printModule(workflows: readonly WorkflowToPrint[]): PrintedModule {
  const namer = new Namer([...DSL, ...[...BINDINGS.values()].map((b) => b.name)]);
  const sections: ModuleLine[][] = [];
  const exports: string[] = [];
  const names = new Set<string>(["workflow"]);
  const bindings = new Set<string>();
  let raw = 0;
  const comments = (lines: readonly string[]): ModuleLine[] => lines.map((text) => ({ kind: "comment", text }));
  for (const wf of workflows) {
    const ctx = new PrintContext(wf.source.comments, wf.source.numberText);
    const wfVar = namer.take(wf.stem, "Workflow");
    exports.push(wfVar);
    const jobs = isRecord(wf.data.jobs) ? wf.data.jobs : undefined;
    const order = jobs ? declarationOrder(jobs) : [];
    const vars = new Map<string, string>();
    const declared = new Set<string>();
    const decls: ModuleLine[][] = [];
    for (const id of order) {
      const name = namer.take(id, "Job", wfVar);
      const definition = jobs![id];
      const hook = jobHook(id, vars, declared, wf, ctx);
      const leading = ctx.leading(["jobs", id]);
      const body = isRecord(definition) ? printObject(Object.entries(definition), ["jobs", id], ctx, hook) : printValue(definition, ["jobs", id], ctx, hook);
      const options = overridesCode(wf.overrides.get(`jobs.${id}`));
      const value = call("job", str(id), body, ...(options.length ? [options3(options)] : []));
      decls.push([...comments(leading), { kind: "statement", statement: { kind: "const", exported: false, name, value }, trailing: ctx.trailing(["jobs", id]) }]);
      vars.set(id, name);
      declared.add(id);
      names.add("job");
    }
    const topHook: Hook = (_value, path) => {
      if (path.length !== 1 || path[0] !== "jobs" || !jobs) return undefined;
      return { kind: "array", items: Object.keys(jobs).map((id) => item(identifier(vars.get(id)!))), end: ctx.ending(["jobs"]) };
    };
    const body = printObject(Object.entries(wf.data), [], ctx, topHook);
    const options: Entry[] = [...(wf.harden ? [] : [{ key: "harden", value: atom("false", "literal"), leading: [] }]), ...overridesCode(wf.overrides.get(""))];
    const leading = ctx.leading([]);
    const end = ctx.ending([]);
    const leftovers = ctx.leftovers().map(comment);
    const section: ModuleLine[] = [
      { kind: "comment", text: `// From ${wf.file}.` },
      ...comments(leading),
      ...(leftovers.length ? comments(["// Comments from places the TypeScript has no counterpart for:", ...leftovers]) : []),
    ];
    for (const decl of decls) section.push(...decl, { kind: "blank" });
    const value = call("workflow", str(wf.stem), body, ...(options.length ? [options3(options)] : []));
    section.push({ kind: "statement", statement: { kind: "const", exported: true, name: wfVar, value } }, ...comments(end));
    sections.push(section);
    for (const name of ctx.names) names.add(name);
    for (const name of ctx.actions) bindings.add(name);
    raw += ctx.raw;
  }
  const lines: ModuleLine[] = [{ kind: "statement", statement: { kind: "import", names: [...names].sort(), from: "pipewright" } }];
  if (bindings.size) lines.push({ kind: "statement", statement: { kind: "import", names: [...bindings].sort(), from: "pipewright/actions" } });
  for (const section of sections) lines.push({ kind: "blank" }, ...section);
  return { lines, exports, raw };
}

/** pipewright's options, the third argument: `{ harden: false, rules: {…} }` on one line where it fits. */
const options3 = (entries: readonly Entry[]): Code => ({ kind: "object", entries, end: [], broken: false });

/** The rules an override turns off, each with the findings it acknowledges. */
function overridesCode(found: readonly Acknowledged[] | undefined): Entry[] {
  if (!found?.length) return [];
  const byRule = new Map<string, Acknowledged[]>();
  for (const f of found) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
  const entries = [...byRule].map(([rule, list], i): Entry => ({
    key: rule,
    value: str("off"),
    leading: [
      ...(i === 0 ? ["// Acknowledged on import: the original workflow does this."] : []),
      ...list.map((f) => comment(`${f.line !== undefined ? `line ${f.line}` : "the file"}${f.path ? ` (${f.path})` : ""}: ${f.message}`)),
    ],
  }));
  return [{ key: "rules", value: { kind: "object", entries, end: [], broken: true }, leading: [] }];
}

function jobHook(id: string, vars: ReadonlyMap<string, string>, declared: ReadonlySet<string>, wf: WorkflowToPrint, ctx: PrintContext): Hook {
  return (value, path) => {
    if (path[0] !== "jobs" || path[1] !== id) return undefined;
    const need = (v: unknown) => (typeof v === "string" && declared.has(v) ? identifier(vars.get(v)!) : undefined);
    if (path.length === 3 && path[2] === "needs" && typeof value === "string") return need(value);
    if (path.length === 4 && path[2] === "needs" && typeof path[3] === "number") return need(value);
    // A step, also one of a parallel group (`steps[1].parallel[0]`).
    if (isStepPath(path) && isRecord(value)) return printStep(value, path, wf, ctx);
    return undefined;
  };
}

function printStep(step: Record<string, unknown>, path: YamlPath, wf: WorkflowToPrint, ctx: PrintContext): Item | undefined {
  // `run: true` is the script "true" to GitHub; run() takes it as that string.
  const scalar = typeof step.run === "number" || typeof step.run === "boolean";
  const isRun = (typeof step.run === "string" || scalar) && !("uses" in step);
  const isUses = typeof step.uses === "string" && !("run" in step);
  if (!isRun && !isUses) return undefined;
  const key = isRun ? "run" : "uses";
  const text = String(step[key]);
  const at = [...path, key];
  const lead = ctx.leading(at);
  const rest = Object.entries(step).filter(([k]) => k !== key);
  const binding = isUses ? BINDINGS.get(text) : undefined;
  // The binding writes the pin's version as the trailing comment: used where the file says the same.
  const written = ctx.comments.trailing.get(formatPath(at));
  if (binding && written === binding.pin.version && fitsBinding(step, binding.pin, bindingInputs(text))) {
    ctx.actions.add(binding.name);
    ctx.trailing(at);
    const withs: Code = step.with === undefined ? { kind: "object", entries: [], end: [], broken: false } : printValue(step.with, [...path, "with"], ctx);
    const others = rest.filter(([k]) => k !== "with");
    return item(call(binding.name, withs, ...(others.length ? [printObject(others, path, ctx)] : [])), lead);
  }
  const first = printStringAt(text, at, ctx, "text");
  const after = ctx.trailing(at);
  if (isRun && wf.inline.has(formatPath(path))) rest.push(["hoistExpressions", false]);
  const options = rest.length ? [printObject(rest, path, ctx)] : [];
  ctx.names.add(key);
  // Comments written above the step's `run:` / `uses:` key go above the step.
  return item(call(key, item(first, [], after), ...options), lead);
}

/** A step fits a binding when each input is one it types and the required ones are there. */
function fitsBinding(step: Record<string, unknown>, pin: ActionPin, inputs: readonly string[] | undefined): boolean {
  if (!inputs) return false;
  const withs = step.with;
  if (withs === undefined) return pin.requiredInputs.length === 0;
  if (!isRecord(withs) || Object.keys(withs).length === 0) return false;
  const scalar = (v: unknown) => typeof v === "string" || typeof v === "number" || typeof v === "boolean";
  return Object.entries(withs).every(([k, v]) => inputs.includes(k) && scalar(v)) && pin.requiredInputs.every((r) => r in withs);
}

/** Job ids, each after the jobs it needs (file order otherwise); a cycle keeps file order. */
function declarationOrder(jobs: Readonly<Record<string, unknown>>): string[] {
  const order: string[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (id: string) => {
    if (state.has(id)) return;
    state.set(id, "visiting");
    const job = jobs[id];
    const needs = isRecord(job) ? job.needs : undefined;
    for (const need of typeof needs === "string" ? [needs] : Array.isArray(needs) ? needs : []) {
      if (typeof need === "string" && Object.hasOwn(jobs, need)) visit(need);
    }
    state.set(id, "done");
    order.push(id);
  };
  for (const id of Object.keys(jobs)) visit(id);
  return order;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
