/**
 * GitHub's expression grammar, parsed loosely: any context or function name and any number of
 * arguments are accepted, so that rules can say what is wrong with a name instead of stopping
 * at it (expression-context, expression-function). The parser's tree becomes plain tagged data:
 * its classes are not compared with `instanceof`, which fails wherever two copies of
 * @actions/expressions are loaded (GitHub's workflow parser bundles its own).
 */
import { Lexer, Parser } from "@actions/expressions";
import { TokenType, type Token } from "@actions/expressions/lexer";

/** One node of an expression. */
export type ExpressionNode =
  | { readonly kind: "literal"; readonly value: string | number | boolean | null }
  | { readonly kind: "context"; readonly name: string }
  | { readonly kind: "index"; readonly object: ExpressionNode; readonly key: ExpressionNode }
  | { readonly kind: "star" }
  | { readonly kind: "call"; readonly name: string; readonly args: readonly ExpressionNode[] }
  | { readonly kind: "not"; readonly operand: ExpressionNode }
  | { readonly kind: "group"; readonly operand: ExpressionNode }
  | { readonly kind: "compare"; readonly operator: string; readonly left: ExpressionNode; readonly right: ExpressionNode }
  | { readonly kind: "logical"; readonly operator: string; readonly args: readonly ExpressionNode[] };

export interface ParsedExpression {
  readonly tree?: ExpressionNode;
  /** GitHub's parser's message when the text breaks the grammar. */
  readonly error?: string;
}

const parsedBySource = new Map<string, ParsedExpression>();

/** Parses one expression (the text inside `${{ }}`); results are shared between rules. */
export function parseLoosely(source: string): ParsedExpression {
  let parsed = parsedBySource.get(source);
  if (parsed === undefined) {
    parsed = parse(source);
    // Workflows repeat the same expressions (`github.ref`, `matrix.os`); a long-lived process
    // starts over rather than grow without bound.
    if (parsedBySource.size > 10_000) parsedBySource.clear();
    parsedBySource.set(source, parsed);
  }
  return parsed;
}

const PLACEHOLDER = "pw.function.";

function parse(source: string): ParsedExpression {
  let tokens: Token[] = [];
  try {
    tokens = new Lexer(source).lex().tokens;
    const contexts = new Set<string>();
    const functions: { name: string; minArgs: number; maxArgs: number }[] = [];
    const renamed = tokens.map((token, i) => {
      if (token.type !== TokenType.IDENTIFIER || tokens[i - 1]?.type === TokenType.DOT) return token;
      if (tokens[i + 1]?.type !== TokenType.LEFT_PAREN) {
        contexts.add(token.lexeme);
        return token;
      }
      // A name no function has, so the parser checks neither its existence nor its arity.
      functions.push({ name: `${PLACEHOLDER}${i}`, minArgs: 0, maxArgs: Number.MAX_SAFE_INTEGER });
      return { ...token, lexeme: `${PLACEHOLDER}${i}` };
    });
    const tree = new Parser(renamed, [...contexts], functions).parse() as unknown;
    return tree ? { tree: toNode(tree as Raw, tokens) } : {};
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { error: message.replaceAll(/pw\.function\.(\d+)/g, (_, i: string) => tokens[Number(i)]?.lexeme ?? "") };
  }
}

/** The parser's node classes, told apart by their fields. */
type Raw = { readonly [field: string]: unknown };

function toNode(raw: Raw, tokens: readonly Token[]): ExpressionNode {
  const node = (value: unknown) => toNode(value as Raw, tokens);
  const lexeme = (token: unknown) => (token as Token).lexeme;
  if ("functionName" in raw) {
    const name = lexeme(raw.functionName);
    const written = name.startsWith(PLACEHOLDER) ? tokens[Number(name.slice(PLACEHOLDER.length))]?.lexeme ?? name : name;
    return { kind: "call", name: written, args: (raw.args as unknown[]).map(node) };
  }
  if ("literal" in raw) {
    const value = (raw.literal as { value?: unknown }).value;
    return { kind: "literal", value: typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? value : null };
  }
  if ("left" in raw) return { kind: "compare", operator: lexeme(raw.operator), left: node(raw.left), right: node(raw.right) };
  if ("args" in raw) return { kind: "logical", operator: lexeme(raw.operator), args: (raw.args as unknown[]).map(node) };
  if ("operator" in raw) return { kind: "not", operand: node(raw.expr) };
  if ("group" in raw) return { kind: "group", operand: node(raw.group) };
  if ("index" in raw) return { kind: "index", object: node(raw.expr), key: node(raw.index) };
  if ("name" in raw) return { kind: "context", name: lexeme(raw.name) };
  return { kind: "star" };
}

/** The direct children of a node. */
function childrenOf(node: ExpressionNode): readonly ExpressionNode[] {
  switch (node.kind) {
    case "call": case "logical": return node.args;
    case "not": case "group": return [node.operand];
    case "compare": return [node.left, node.right];
    case "index": return [node.object, node.key];
    default: return [];
  }
}

/** Every node of a tree, parents before children. */
export function* nodesOf(node: ExpressionNode): Generator<ExpressionNode> {
  yield node;
  for (const child of childrenOf(node)) yield* nodesOf(child);
}

/** A read of a context: `github.event.inputs['name']` is `github` then `event`, `inputs`, `name`. */
export interface ContextRead {
  /** The context as written (`github`, `GitHub`). */
  readonly context: string;
  /** The keys after it: a name, `*` for a filter, undefined for a computed index. */
  readonly keys: readonly (string | undefined)[];
}

/** The context read a node is, if it is one. */
export function readOf(node: ExpressionNode): ContextRead | undefined {
  if (node.kind === "context") return { context: node.name, keys: [] };
  if (node.kind !== "index") return undefined;
  const base = readOf(node.object);
  if (!base) return undefined;
  const { key } = node;
  const name = key.kind === "star" ? "*" : key.kind === "literal" && typeof key.value === "string" ? key.value : undefined;
  return { context: base.context, keys: [...base.keys, name] };
}

/** The node inside any parentheses around it: `((x))` is `x`. */
export function ungrouped(node: ExpressionNode): ExpressionNode {
  while (node.kind === "group") node = node.operand;
  return node;
}

/** A read as text for messages: `github.event.inputs.name`, a computed key as `[…]`. */
export const readText = (read: ContextRead): string => [read.context, ...read.keys.map((k) => k ?? "[…]")].join(".");

/** Every whole context read in a tree (`github.event.name`, not also `github.event`). */
export function* contextReads(node: ExpressionNode): Generator<ContextRead> {
  const read = readOf(node);
  if (!read) {
    for (const child of childrenOf(node)) yield* contextReads(child);
    return;
  }
  yield read;
  // Below a read only computed indexes hold further reads: `github.event[matrix.key]`.
  for (let inner = node; inner.kind === "index"; inner = inner.object) yield* contextReads(inner.key);
}
