import type { Job } from "../../model/workflow.js";
import type { Rule } from "../rule.js";
import { namedReads, sameKey } from "../references.js";
import { isObject, jobsOf } from "../walk.js";

/**
 * The keys a job's matrix defines (its axes and the keys its `include` rows add), or
 * `undefined` when they are known only at run time (`matrix: ${{ fromJSON(...) }}`).
 */
function matrixKeys(job: Job): string[] | undefined {
  const strategy = (job as { strategy?: unknown }).strategy;
  if (strategy === undefined) return [];
  if (!isObject(strategy)) return undefined;
  const matrix = strategy.matrix;
  if (matrix === undefined) return [];
  if (!isObject(matrix)) return undefined;
  const keys = Object.keys(matrix).filter((key) => key !== "include" && key !== "exclude");
  const include = matrix.include;
  if (include === undefined) return keys;
  if (!Array.isArray(include)) return undefined;
  for (const row of include) {
    if (!isObject(row)) return undefined;
    keys.push(...Object.keys(row));
  }
  return [...new Set(keys)];
}

/**
 * `matrix.<key>` reads a key the job's matrix defines. Any other key reads as empty: a
 * misspelt axis silently runs every row with a blank value.
 */
export const matrixReference: Rule = {
  id: "matrix-reference",
  severity: "error",
  severityReason: "A key the matrix does not define reads as empty in every row, certainly not what was meant.",
  description: "`matrix.<key>` that the job's matrix does not define",
  examples: {
    bad: [
      "strategy:",
      "  matrix:",
      "    python: [\"3.11\", \"3.12\"]",
      "steps:",
      "  - uses: actions/setup-python@5fda3b95a4ea91299a34e894583c3862153e4b97 # v7.0.0",
      "    with:",
      "      python-version: ${{ matrix.python-version }}",
    ].join("\n"),
    good: [
      "strategy:",
      "  matrix:",
      "    python: [\"3.11\", \"3.12\"]",
      "steps:",
      "  - uses: actions/setup-python@5fda3b95a4ea91299a34e894583c3862153e4b97 # v7.0.0",
      "    with:",
      "      python-version: ${{ matrix.python }}",
    ].join("\n"),
  },
  check({ model, report }) {
    const keysOf = new Map(jobsOf(model).map(({ id, job }) => [id, matrixKeys(job)]));
    const seen = new Set<string>();
    for (const { name, path } of namedReads(model, "matrix")) {
      if (path[0] !== "jobs" || typeof path[1] !== "string" || !keysOf.has(path[1])) continue;
      // A job's `if` runs before the matrix expands: another rule reports `matrix` there.
      if (path.length === 3 && path[2] === "if") continue;
      const keys = keysOf.get(path[1]);
      if (keys === undefined || keys.some((key) => sameKey(key, name))) continue;
      const key = `${path.join("\0")}\0${name.toLowerCase()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (keys.length === 0) {
        report(path, `job "${path[1]}" reads \`matrix.${name}\` but has no matrix`, `define it under \`strategy.matrix\`, or read the value from elsewhere (env, inputs, vars)`);
      } else {
        report(path, `\`matrix.${name}\` is not a key of job "${path[1]}"'s matrix`, `its keys are: ${keys.join(", ")}`);
      }
    }
  },
};
