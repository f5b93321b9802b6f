import type { Rule } from "../rule.js";
import { typeFindings } from "../type-check.js";

/**
 * `matrix.<key>` reads a key the job's matrix defines (its axes and the keys its `include`
 * rows add; anything when the matrix is computed with `fromJSON()`), and a property of an axis
 * whose values are objects one that some row has. Any other key reads as empty: a misspelt
 * axis silently runs every row with a blank value.
 */
export const matrixReference: Rule = {
  id: "matrix-reference",
  severity: "error",
  severityReason: "A key the matrix does not define reads as empty in every row, certainly not what was meant.",
  description: "`matrix.<key>` that the job's matrix does not define, and properties no row of an object axis has",
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
  check({ model, report, readWorkflow }) {
    for (const finding of typeFindings(model, this.id, readWorkflow)) report(finding.path, finding.message, finding.hint);
  },
};
