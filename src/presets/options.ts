/**
 * Options of presets are validated with zod at the call, so a JavaScript caller or a value
 * computed at run time gets the same clear message a type error would give.
 */
import { z } from "zod";
import { isExpr, type Expr } from "../model/expression.js";

/** A string or an expression value (`vars.X`, `secrets.X`, `github.*`). */
export const stringOrExpr = z.union([
  z.string(),
  z.custom<Expr>((value) => isExpr(value), { message: "expected a string or an expression such as vars.NAME" }),
]);

/** An expression value only, e.g. where a secret must not be pasted as plain text. */
export const exprOnly = z.custom<Expr>((value) => isExpr(value), {
  message: "expected an expression such as secrets.NAME or vars.NAME, not plain text",
});

/**
 * Parses a preset's options; on failure throws an error that names the preset, every bad
 * option with what was expected, and where to look.
 */
export function parseOptions<S extends z.ZodType>(preset: string, schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const where = issue.path.length ? `option "${issue.path.join(".")}"` : "options";
    // zod's own words for a missing key ("Invalid input: expected string, received undefined")
    // say less than this; a custom message from a refinement is kept as written.
    const missing = (issue.code === "invalid_type" || issue.code === "invalid_union") && issue.path.length > 0 && valueAt(input, issue.path) === undefined;
    return `  - ${where}: ${missing ? "is required" : issue.message}`;
  });
  throw new TypeError(`${preset}(): invalid options\n${lines.join("\n")}\nSee the ${preset} section of pipewright's README for every option.`);
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
