/**
 * An expression value: something GitHub evaluates, printed as `${{ ... }}`.
 *
 * Expressions are branded with a registered symbol rather than checked with `instanceof`, so
 * two copies of pipewright in one process (a monorepo, a bundled workflows.ts) still agree.
 */
export const EXPR: unique symbol = Symbol.for("pipewright.expression") as never;

/** A GitHub Actions expression; `String(expr)` gives `${{ source }}`. */
export interface Expr {
  readonly [EXPR]: true;
  /** The expression text without the `${{ }}` wrapper, e.g. `github.ref`. */
  readonly expression: string;
  toString(): string;
  toJSON(): string;
}

/** Makes an expression value from its source text (without `${{ }}`). */
export function expr(source: string): Expr {
  const value = {
    [EXPR]: true as const,
    expression: source,
    toString: () => `\${{ ${source} }}`,
    toJSON: () => `\${{ ${source} }}`,
  };
  return Object.freeze(value);
}

/** True for values made by {@link expr} (or the typed contexts built on it). */
export function isExpr(value: unknown): value is Expr {
  return (
    (typeof value === "object" || typeof value === "function") &&
    value !== null &&
    (value as { [EXPR]?: unknown })[EXPR] === true
  );
}

/** Matches one `${{ ... }}` interpolation; GitHub ends it at the first `}}`. */
export const INTERPOLATION = /\$\{\{([\s\S]*?)\}\}/g;
