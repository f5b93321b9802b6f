/**
 * The expression type checker: infers a type for every `${{ }}` of a workflow from the types of
 * its contexts there (type-environment.ts) and the functions' results, and gathers what is
 * certainly wrong on the way: a key a closed object lacks, a property of a string, an object
 * compared with a string, `fromJSON()` of text that is not JSON. Each finding names the rule
 * it belongs to; the rules (step-reference, needs-reference, matrix-reference, inputs-reference,
 * expression-context, expression-type) report their own share. Checked once per model.
 */
import type { WorkflowModel, YamlPath } from "../model/workflow.js";
import { availabilityAt } from "./context-availability.js";
import { envKeySites, expressionSites, readOf, type ExpressionNode, type ExpressionSite } from "./expression-sites.js";
import { ANY, BOOLEAN, describeType, FUNCTION_RESULTS, NULL, NUMBER, STRING, typeOfValue, union, type ExprType } from "./expression-types.js";
import { typeEnvironment, type TypeEnvironment } from "./type-environment.js";

/** One finding of the checker. */
export interface TypeFinding {
  readonly rule: string;
  readonly path: YamlPath;
  readonly message: string;
  readonly hint: string;
  /** The expression it is in, without `${{ }}`. */
  readonly source: string;
}

interface Checked {
  readonly findings: readonly TypeFinding[];
  /** The inferred type of each site's expression, by site. */
  readonly types: ReadonlyMap<ExpressionSite, ExprType>;
}

const cache = new WeakMap<WorkflowModel, Checked>();

/** How the checker reads another workflow of the repository (a called one's outputs); see RuleContext. */
type ReadWorkflow = ((path: string) => unknown) | undefined;

/**
 * The checker's findings on a workflow, in document order, one per place and message. Every
 * rule of one run passes the same `readWorkflow`, so the model's one check serves them all.
 */
export function typeFindings(model: WorkflowModel, rule: string, readWorkflow?: ReadWorkflow): readonly TypeFinding[] {
  return checked(model, readWorkflow).findings.filter((f) => f.rule === rule);
}

/** The type of one expression site's value. */
export function siteType(model: WorkflowModel, site: ExpressionSite, readWorkflow?: ReadWorkflow): ExprType {
  return checked(model, readWorkflow).types.get(site) ?? ANY;
}

function checked(model: WorkflowModel, readWorkflow: ReadWorkflow): Checked {
  let found = cache.get(model);
  if (!found) {
    found = check(model, readWorkflow);
    cache.set(model, found);
  }
  return found;
}

function check(model: WorkflowModel, readWorkflow: ReadWorkflow): Checked {
  const env: TypeEnvironment = typeEnvironment(model, readWorkflow, (tree, path) => typeOf(tree, { env, path, report: () => undefined }));
  const findings: TypeFinding[] = [];
  const seen = new Set<string>();
  const types = new Map<ExpressionSite, ExprType>();
  for (const site of [...expressionSites(model), ...envKeySites(model)]) {
    if (!site.tree) continue;
    const available = availabilityAt(site.path)?.contexts;
    const report = (context: string | undefined, rule: string, message: string, hint: string) => {
      // expression-context reports a context read where GitHub does not offer it.
      if (context && available && !available.has(context)) return;
      const key = `${site.path.join("\0")}\0${rule}\0${message}`;
      if (seen.has(key)) return;
      seen.add(key);
      findings.push({ rule, path: site.path, message, hint, source: site.source });
    };
    types.set(site, typeOf(site.tree, { env, path: site.path, report }));
  }
  return { findings, types };
}

interface Walk {
  readonly env: TypeEnvironment;
  readonly path: YamlPath;
  report(context: string | undefined, rule: string, message: string, hint: string): void;
}

/** The text of a read as written (`steps.build.outputs`), or undefined for a computed value. */
function written(node: ExpressionNode): string | undefined {
  const read = readOf(node);
  if (!read || read.keys.some((k) => k === undefined)) return undefined;
  return [read.context, ...read.keys].join(".");
}

function typeOf(node: ExpressionNode, walk: Walk): ExprType {
  switch (node.kind) {
    case "literal":
      return node.value === null ? NULL : typeof node.value === "string" ? STRING : typeof node.value === "number" ? NUMBER : BOOLEAN;
    case "context":
      return walk.env.contextAt(node.name.toLowerCase(), walk.path);
    case "group":
      return typeOf(node.operand, walk);
    case "not":
      typeOf(node.operand, walk);
      return BOOLEAN;
    case "star":
      return ANY;
    case "logical":
      // `a && b` and `a || b` evaluate to one of their operands.
      return node.args.map((arg) => typeOf(arg, walk)).reduce(union, undefined as ExprType | undefined) ?? ANY;
    case "compare": {
      const left = typeOf(node.left, walk);
      const right = typeOf(node.right, walk);
      compare(node, left, right, walk);
      return BOOLEAN;
    }
    case "call":
      return callType(node, walk);
    case "index":
      return indexType(node, walk);
  }
}

const isStructured = (t: ExprType) => t.kind === "object" || t.kind === "array";
const isScalar = (t: ExprType) => t.kind === "string" || t.kind === "number" || t.kind === "boolean";

/**
 * GitHub compares an object or array with anything but another object by identity, so the
 * comparison with a string, number or boolean is never true (`github.event == 'push'`).
 */
function compare(node: Extract<ExpressionNode, { kind: "compare" }>, left: ExprType, right: ExprType, walk: Walk): void {
  const [structured, scalar] = isStructured(left) && isScalar(right) ? [left, right] : isStructured(right) && isScalar(left) ? [right, left] : [];
  if (!structured || !scalar) return;
  const side = structured === left ? node.left : node.right;
  const name = written(side) ?? "one side";
  walk.report(readOf(side)?.context.toLowerCase(), "expression-type",
    `\`${name}\` is ${describeType(structured)}, compared with ${describeType(scalar)} by \`${node.operator}\`: GitHub compares objects and arrays by identity, so this is never equal`,
    structured.kind === "array" ? `test membership with \`contains(${name}, ...)\`` : `compare one of its properties, or \`toJSON(${name})\``);
}

function callType(node: Extract<ExpressionNode, { kind: "call" }>, walk: Walk): ExprType {
  const name = node.name.toLowerCase();
  for (const arg of node.args) typeOf(arg, walk);
  if (name === "fromjson") {
    const [arg] = node.args;
    if (arg?.kind !== "literal" || typeof arg.value !== "string") return ANY;
    try {
      return typeOfValue(JSON.parse(arg.value));
    } catch (error) {
      walk.report(undefined, "expression-type", `fromJSON('${arg.value}') is given text that is not JSON, so the job fails when it is evaluated`,
        "write valid JSON: strings and keys in double quotes, `true`, `false`, `null`, numbers, `[...]` and `{...}`");
      return ANY;
    }
  }
  return FUNCTION_RESULTS[name] ?? ANY;
}

function indexType(node: Extract<ExpressionNode, { kind: "index" }>, walk: Walk): ExprType {
  const object = typeOf(node.object, walk);
  const { key } = node;
  const of = written(node.object);
  const context = readOf(node.object)?.context.toLowerCase();
  if (key.kind === "star") {
    if (object.kind === "array") return { kind: "array", item: object.item, filtered: true };
    if (object.kind === "object") {
      const item = [...object.props.values()].map((p) => p.type).reduce(union, object.rest);
      return { kind: "array", item: item ?? ANY, filtered: true };
    }
    return { kind: "array", item: ANY, filtered: true };
  }
  const name = key.kind === "literal" && typeof key.value === "string" ? key.value : undefined;
  if (name === undefined) {
    const keyType = typeOf(key, walk);
    if (object.kind === "array" && (keyType.kind === "number" || keyType.kind === "any")) return object.item;
    if (object.kind === "object") return [...object.props.values()].map((p) => p.type).reduce(union, object.rest) ?? ANY;
    return ANY;
  }
  switch (object.kind) {
    case "object": {
      const property = object.props.get(name.toLowerCase());
      if (property) return property.type;
      if (object.rest) return object.rest;
      const problem = object.missing?.(name, of ?? "the object");
      if (problem) walk.report(context, problem.rule, problem.message, problem.hint);
      return ANY;
    }
    case "array": {
      if (!object.filtered) return ANY;
      const item = object.item.kind === "object" ? object.item.props.get(name.toLowerCase())?.type ?? object.item.rest ?? ANY : ANY;
      return { kind: "array", item, filtered: true };
    }
    case "string": case "number": case "boolean": case "null":
      // A dereference of `null` is how optional payload members read; only a known scalar is a mistake.
      if (object.kind !== "null" && of !== undefined) {
        walk.report(context, "expression-type", `\`${of}\` is ${describeType(object)}: it has no property \`${name}\``,
          `read \`${of}\` itself, or the property of an object`);
      }
      return ANY;
    default:
      return ANY;
  }
}
