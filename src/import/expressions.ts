/**
 * An expression's text → the DSL call that builds it (`github.event_name == 'push'` →
 * `eq(github.event_name, "push")`). Each candidate is built for real with the DSL's own
 * functions and kept only when GitHub's parser reads the result as the same tree as the
 * original (parentheses aside), so a typed form never changes what GitHub evaluates.
 */
import { context } from "../dsl/contexts.js";
import * as fn from "../dsl/functions.js";
import { parseLoosely, type ExpressionNode } from "../lint/expression-tree.js";
import { isExpr, type Expr } from "../model/expression.js";
import { atom, call as callCode, str, type Code } from "./code.js";

/** TypeScript source of an expression, the value it builds and the DSL names it uses. */
export interface TypedExpression {
  readonly code: Code;
  readonly value: Expr;
  readonly names: ReadonlySet<string>;
}

type Built = { readonly code: Code; readonly value: fn.Operand | object; readonly names: readonly string[] };

const leaf = (keys: string) => Object.fromEntries(keys.split(" ").map((k) => [k, false]));
/** Typed contexts: property → whether it opens deeper (`github.event.…`). Open contexts take any name. */
const TYPED: Record<string, { readonly name: string; readonly keys?: Record<string, boolean> }> = {
  github: { name: "github", keys: { ...leaf("action action_path action_ref action_repository action_status actor actor_id api_url base_ref env event_name event_path graphql_url head_ref job path ref ref_name ref_protected ref_type repository repository_id repository_owner repository_owner_id repositoryUrl retention_days run_id run_number run_attempt secret_source server_url sha token triggering_actor workflow workflow_ref workflow_sha workspace"), event: true } },
  runner: { name: "runner", keys: leaf("name os arch temp tool_cache debug environment") },
  job: { name: "jobContext", keys: { ...leaf("status check_run_id workflow_ref workflow_sha workflow_repository workflow_file_path"), container: true, services: true } },
  strategy: { name: "strategy", keys: leaf("fail-fast job-index job-total max-parallel") },
  ...Object.fromEntries(["secrets", "vars", "env", "inputs", "matrix", "steps", "needs"].map((name) => [name, { name }])),
};

const COMPARE: Record<string, keyof typeof fn> = { "==": "eq", "!=": "ne", "<": "lt", "<=": "le", ">": "gt", ">=": "ge" };
/** Functions by GitHub name → allowed argument counts (max Infinity for variadic). */
const FUNCTIONS: Record<string, readonly [number, number]> = {
  contains: [2, 2], startsWith: [2, 2], endsWith: [2, 2], format: [1, Infinity], join: [1, 2], toJSON: [1, 1],
  fromJSON: [1, 1], hashFiles: [1, Infinity], always: [0, 0], success: [0, 0], failure: [0, 0], cancelled: [0, 0],
};
/** Names a context proxy answers itself (or that make it look like a promise): never typed. */
const RESERVED = new Set(["expression", "toString", "toJSON", "then"]);
const DOT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** The typed form of expression `source` (the text inside `${{ }}`), or undefined. */
export function typedExpression(source: string): TypedExpression | undefined {
  const parsed = parseLoosely(source);
  if (!parsed.tree) return undefined;
  let built: Built | undefined;
  try {
    built = build(parsed.tree, true);
  } catch {
    return undefined;
  }
  if (!built || !isExpr(built.value)) return undefined;
  const again = parseLoosely(built.value.expression).tree;
  if (!again || !sameTree(again, parsed.tree)) return undefined;
  return { code: built.code, value: built.value, names: new Set(built.names) };
}

/** Whether two expression trees mean the same, ignoring parentheses. */
export function sameTree(a: ExpressionNode, b: ExpressionNode): boolean {
  return JSON.stringify(ungroup(a)) === JSON.stringify(ungroup(b));
}

function ungroup(node: ExpressionNode): unknown {
  switch (node.kind) {
    case "group": return ungroup(node.operand);
    case "not": return { kind: "not", operand: ungroup(node.operand) };
    case "index": return { kind: "index", object: ungroup(node.object), key: ungroup(node.key) };
    case "call": return { kind: "call", name: node.name, args: node.args.map(ungroup) };
    case "compare": return { kind: "compare", operator: node.operator, left: ungroup(node.left), right: ungroup(node.right) };
    case "logical": return { kind: "logical", operator: node.operator, args: node.args.map(ungroup) };
    default: return node;
  }
}

function build(node: ExpressionNode, top: boolean): Built | undefined {
  if (node.kind === "literal") {
    const code = typeof node.value === "string" ? str(node.value) : atom(String(node.value), typeof node.value === "number" ? "number" : "literal");
    if (!top) return { code, value: node.value, names: [] };
    return { code: callCode("literal", code), value: fn.literal(node.value), names: ["literal"] };
  }
  if (node.kind === "group") return build(node.operand, top);
  if (node.kind === "context" || node.kind === "index") return read(node);
  const args = (nodes: readonly ExpressionNode[]) => {
    const out = nodes.map((n) => build(n, false));
    return out.every((b): b is Built => b !== undefined) ? out : undefined;
  };
  const call = (name: string, parts: readonly Built[]): Built => ({
    code: callCode(name, ...parts.map((p) => p.code)),
    value: (fn[name as keyof typeof fn] as (...a: unknown[]) => Expr)(...parts.map((p) => p.value)),
    names: [name, ...parts.flatMap((p) => p.names)],
  });
  if (node.kind === "not") {
    const parts = args([node.operand]);
    return parts && call("not", parts);
  }
  if (node.kind === "compare") {
    const name = COMPARE[node.operator];
    const parts = args([node.left, node.right]);
    return name && parts ? call(name, parts) : undefined;
  }
  if (node.kind === "logical") {
    const parts = args(node.args);
    if (!parts || parts.length < 2) return undefined;
    return call(node.operator === "&&" ? "and" : "or", parts);
  }
  if (node.kind === "call") {
    const arity = Object.hasOwn(FUNCTIONS, node.name) ? FUNCTIONS[node.name] : undefined;
    if (!arity || node.args.length < arity[0] || node.args.length > arity[1]) return undefined;
    if (node.name === "format" && (node.args[0]?.kind !== "literal" || typeof node.args[0].value !== "string")) return undefined;
    const parts = args(node.args);
    return parts && call(node.name, parts);
  }
  return undefined;
}

/** A context read with literal keys: `github.event.pull_request.title`, `steps.x.outputs["a b"]`. */
function read(node: ExpressionNode): Built | undefined {
  const keys: string[] = [];
  let at = node;
  while (at.kind === "index") {
    if (at.key.kind !== "literal" || typeof at.key.value !== "string") return undefined;
    keys.unshift(at.key.value);
    at = at.object;
  }
  if (at.kind !== "context" || !Object.hasOwn(TYPED, at.name) || keys.length === 0) return undefined;
  const typed = TYPED[at.name]!;
  if (typed.keys) {
    const deep = Object.hasOwn(typed.keys, keys[0]!) ? typed.keys[keys[0]!] : undefined;
    if (deep === undefined || (!deep && keys.length > 1)) return undefined;
  }
  const lookups: { key: string; computed: boolean }[] = [];
  let value = context(at.name) as unknown as Record<string, unknown>;
  for (const key of keys) {
    if (RESERVED.has(key) || key in Object.prototype) return undefined;
    lookups.push({ key, computed: !DOT.test(key) });
    value = value[key] as Record<string, unknown>;
  }
  return { code: { kind: "member", object: typed.name, keys: lookups }, value: value as unknown as Expr, names: [typed.name] };
}
