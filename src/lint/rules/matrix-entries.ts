import type { YamlPath } from "../../model/workflow.js";
import type { Rule } from "../rule.js";
import { isObject, jobsOf } from "../walk.js";

const hasExpression = (value: unknown): boolean =>
  typeof value === "string" ? value.includes("${{") : Array.isArray(value) ? value.some(hasExpression) : isObject(value) ? Object.values(value).some(hasExpression) : false;

/**
 * Whether a matrix value matches an `exclude` value. Lenient where GitHub's comparison is not
 * pinned down, so a warning is never a guess: text compares case-insensitively, `3.1` matches
 * "3.1", and a mapping matches when it holds every key of the pattern.
 */
function matches(value: unknown, pattern: unknown): boolean {
  if (isObject(pattern)) return isObject(value) && Object.entries(pattern).every(([key, p]) => matches(value[key], p));
  if (Array.isArray(pattern)) return Array.isArray(value) && value.length === pattern.length && pattern.every((p, i) => matches(value[i], p));
  if (isObject(value) || Array.isArray(value)) return false;
  return String(value).toLowerCase() === String(pattern).toLowerCase();
}

/** Exact equality, for repeated entries: "Linux" and "linux" are two jobs. */
function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((item, i) => same(item, b[i]));
  if (isObject(a)) return isObject(b) && Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([key, value]) => key in b && same(value, b[key]));
  return a === b;
}

const show = (value: unknown) => JSON.stringify(value);

/** Reports each entry of a list equal to an earlier one. */
function duplicates(list: readonly unknown[], path: YamlPath, what: string, report: (path: YamlPath, message: string, hint?: string) => void): void {
  for (const [i, item] of list.entries()) {
    const first = list.findIndex((other) => same(other, item));
    if (first < i) report([...path, i], `${what} ${show(item)} repeats entry ${first}`, "remove the repeated entry: it adds nothing but a duplicate job or a no-op");
  }
}

/**
 * A matrix's entries: values listed twice in an axis, repeated `include`/`exclude` rows, and
 * `exclude` rows that match no combination of the axes (a misspelt value leaves the
 * combination it meant to skip running).
 */
export const matrixEntries: Rule = {
  id: "matrix-entries",
  severity: "warning",
  severityReason: "An exclude key that is not a key of the matrix is an error: GitHub fails the run when it expands the matrix. The rest still runs: the entries do nothing or run a combination twice.",
  description: "matrix `exclude` rows that match no combination, and repeated axis values or rows",
  examples: {
    bad: "strategy:\n  matrix:\n    os: [ubuntu-latest, windows-latest, ubuntu-latest]\n    python: [\"3.12\", \"3.13\"]\n    exclude:\n      - os: windows-lastest\n        python: \"3.12\"",
    good: "strategy:\n  matrix:\n    os: [ubuntu-latest, windows-latest]\n    python: [\"3.12\", \"3.13\"]\n    exclude:\n      - os: windows-latest\n        python: \"3.12\"",
  },
  check({ model, report }) {
    for (const { job, path: jobPath } of jobsOf(model)) {
      const strategy = (job as { strategy?: unknown }).strategy;
      const matrix = isObject(strategy) ? strategy.matrix : undefined;
      if (!isObject(matrix)) continue;
      const path = [...jobPath, "strategy", "matrix"];
      const axes = Object.entries(matrix).filter(([key]) => key !== "include" && key !== "exclude");
      for (const [axis, values] of axes) if (Array.isArray(values)) duplicates(values, [...path, axis], `matrix value of "${axis}"`, report);
      for (const key of ["include", "exclude"] as const) {
        const rows = matrix[key];
        if (Array.isArray(rows)) duplicates(rows, [...path, key], `${key} row`, report);
      }
      const exclude = matrix.exclude;
      // Axes computed at run time could hold anything an exclude row names.
      if (!Array.isArray(exclude) || axes.some(([, values]) => !Array.isArray(values) || hasExpression(values))) continue;
      const axisValues = new Map(axes.map(([axis, values]) => [axis, values as unknown[]]));
      for (const [i, row] of exclude.entries()) {
        if (!isObject(row) || hasExpression(row)) continue;
        for (const [key, wanted] of Object.entries(row)) {
          const values = axisValues.get(key);
          if (!values) {
            report([...path, "exclude", i, key], `exclude row ${i} names "${key}", which is not an axis of the matrix; GitHub fails the run when it expands the matrix`,
              `exclude by the axes: ${[...axisValues.keys()].join(", ") || "(none)"}`, "error");
            break;
          }
          if (!values.some((value) => matches(value, wanted))) {
            report([...path, "exclude", i, key], `exclude row ${i} matches no combination: "${key}" is never ${show(wanted)}`,
              `"${key}" takes ${values.map(show).join(", ")}`);
            break;
          }
        }
      }
    }
  },
};
