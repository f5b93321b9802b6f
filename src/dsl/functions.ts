/**
 * Operators and functions of GitHub's expression language, built as values so that no one
 * pastes strings together: `and(eq(github.event_name, "push"), startsWith(github.ref, "refs/tags/"))`.
 */
import { expr, isExpr, type Expr } from "../model/expression.js";

/** Anything an expression operand may be: another expression or a literal. */
export type Operand = Expr | string | number | boolean | null;

const COMPOUND: unique symbol = Symbol.for("pipewright.expression.compound") as never;

function compound(source: string): Expr {
  const value = expr(source);
  return Object.freeze({ ...value, [COMPOUND]: true });
}

/** Renders an operand as expression source: literals quoted, operator results parenthesized. */
export function operand(value: Operand): string {
  if (isExpr(value)) {
    return (value as { [COMPOUND]?: boolean })[COMPOUND] ? `(${value.expression})` : value.expression;
  }
  if (value === null) return "null";
  if (typeof value === "string") return `'${value.replaceAll("'", "''")}'`;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new TypeError(`expression literal must be finite, got ${value}`);
    return String(value);
  }
  return value ? "true" : "false";
}

const binary = (op: string) => (left: Operand, right: Operand) =>
  compound(`${operand(left)} ${op} ${operand(right)}`);
const call = (name: string, args: readonly Operand[]) => expr(`${name}(${args.map(operand).join(", ")})`);

/**
 * `left == right` (GitHub compares strings case-insensitively).
 * @example eq(github.ref, "refs/heads/main") // ${{ github.ref == 'refs/heads/main' }}
 */
export const eq: (left: Operand, right: Operand) => Expr = binary("==");
/** `left != right`. @example ne(github.event_name, "schedule") */
export const ne: (left: Operand, right: Operand) => Expr = binary("!=");
/** `left < right`. */
export const lt: (left: Operand, right: Operand) => Expr = binary("<");
/** `left <= right`. */
export const le: (left: Operand, right: Operand) => Expr = binary("<=");
/** `left > right`. */
export const gt: (left: Operand, right: Operand) => Expr = binary(">");
/** `left >= right`. */
export const ge: (left: Operand, right: Operand) => Expr = binary(">=");

/**
 * All conditions hold: `a && b && ...`.
 * @example and(eq(github.event_name, "push"), eq(github.ref, "refs/heads/main"))
 * // ${{ (github.event_name == 'push') && (github.ref == 'refs/heads/main') }}
 */
export function and(...conditions: [Operand, Operand, ...Operand[]]): Expr {
  return compound(conditions.map(operand).join(" && "));
}

/** Any condition holds: `a || b || ...`. */
export function or(...conditions: [Operand, Operand, ...Operand[]]): Expr {
  return compound(conditions.map(operand).join(" || "));
}

/** Negation: `!condition`. @example not(cancelled()) */
export function not(condition: Operand): Expr {
  return expr(`!${operand(condition)}`);
}

/** `contains(search, item)`: substring (case-insensitive) or array membership. */
export const contains = (search: Operand, item: Operand): Expr => call("contains", [search, item]);
/** `startsWith(search, prefix)`. @example startsWith(github.ref, "refs/tags/v") */
export const startsWith = (search: Operand, prefix: Operand): Expr => call("startsWith", [search, prefix]);
/** `endsWith(search, suffix)`. */
export const endsWith = (search: Operand, suffix: Operand): Expr => call("endsWith", [search, suffix]);
/** `format(template, ...args)`: `{0}` placeholders. @example format("{0}-{1}", github.workflow, github.ref) */
export const format = (template: string, ...args: Operand[]): Expr => call("format", [template, ...args]);
/** `join(array, separator?)`. */
export const join = (array: Operand, separator?: Operand): Expr =>
  call("join", separator === undefined ? [array] : [array, separator]);
/** `toJSON(value)`: pretty-printed JSON of a value. */
export const toJSON = (value: Operand): Expr => call("toJSON", [value]);
/** `fromJSON(text)`: parses JSON, e.g. a matrix computed by an earlier job. */
export const fromJSON = (text: Operand): Expr => call("fromJSON", [text]);
/** `hashFiles(...patterns)`: SHA-256 of matching files, for cache keys. @example hashFiles("**\/requirements.txt") */
export const hashFiles = (...patterns: [Operand, ...Operand[]]): Expr => call("hashFiles", patterns);
/** `always()`: run even when an earlier step or job failed or was cancelled. */
export const always = (): Expr => expr("always()");
/** `success()`: every earlier step or needed job succeeded (the default condition). */
export const success = (): Expr => expr("success()");
/** `failure()`: an earlier step or needed job failed. */
export const failure = (): Expr => expr("failure()");
/** `cancelled()`: the run was cancelled. */
export const cancelled = (): Expr => expr("cancelled()");

/** A literal as an expression, e.g. to compare two literals or pass `null`. */
export const literal = (value: Operand): Expr => expr(operand(value));
