import { interpolations, isCondition } from "../expression-sites.js";
import { parseLoosely } from "../expression-tree.js";
import type { Rule } from "../rule.js";
import { stringsOf } from "../walk.js";

/**
 * Parses one expression with GitHub's expression grammar; returns the error message, if any.
 * Names are not checked here: unknown or unavailable contexts and functions, and argument
 * counts, are expression-context's and expression-function's, which say more about them.
 */
export function expressionProblem(source: string): string | undefined {
  return parseLoosely(source).error;
}

/** Every `${{ }}` (and every `if:`) must parse as a GitHub expression. */
export const expressionSyntax: Rule = {
  id: "expression-syntax",
  severity: "error",
  actionSteps: true,
  severityReason: "GitHub rejects an expression its parser cannot read.",
  description: "expressions that GitHub's expression parser rejects",
  examples: {
    bad: "if: ${{ github.ref == }}",
    good: "if: ${{ github.ref == 'refs/heads/main' }}",
  },
  check({ model, report }) {
    for (const [text, path] of stringsOf(model.workflow)) {
      const found = interpolations(text);
      const sources = found.map((site) => site.source);
      // interpolations() stops at a `${{` that is never closed.
      const unclosed = text.indexOf("${{", found.at(-1)?.end ?? 0) >= 0;
      if (unclosed) {
        report(path, `"${text}" opens \`\${{\` without closing \`}}\``, "close the expression with `}}`");
      }
      if (isCondition(path) && !unclosed && sources.length === 0 && text.trim() !== "") sources.push(text);
      for (const source of sources) {
        // GitHub's expression parser accepts nothing at all; its workflow reader does not.
        if (source === "") {
          report(path, `"${text}" holds an empty \`\${{ }}\``, "write an expression inside it, or remove it");
          continue;
        }
        const problem = expressionProblem(source);
        if (problem) report(path, `expression \`${source}\` does not parse: ${problem}`, "fix the expression; build it with pipewright's functions (eq, and, contains, ...) to avoid syntax slips");
      }
    }
  },
};
