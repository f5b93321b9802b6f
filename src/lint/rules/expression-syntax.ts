import { isCondition } from "../expression-sites.js";
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

/**
 * The `${{ }}` of a string, split as GitHub's template reader splits them: a `}}` inside a
 * '...' literal does not end the expression (`format('{{0}}', x)`). `unclosed` when one never ends.
 */
function interpolations(text: string): { sources: string[]; unclosed: boolean } {
  const sources: string[] = [];
  for (let start = text.indexOf("${{"); start >= 0; ) {
    let inString = false;
    let end = -1;
    for (let i = start + 3; i < text.length && end < 0; i++) {
      if (text[i] === "'") inString = !inString;
      else if (!inString && text[i] === "}" && text[i - 1] === "}") end = i;
    }
    if (end < 0) return { sources, unclosed: true };
    sources.push(text.slice(start + 3, end - 1).trim());
    start = text.indexOf("${{", end + 1);
  }
  return { sources, unclosed: false };
}

/** Every `${{ }}` (and every `if:`) must parse as a GitHub expression. */
export const expressionSyntax: Rule = {
  id: "expression-syntax",
  severity: "error",
  severityReason: "GitHub rejects an expression its parser cannot read.",
  description: "expressions that GitHub's expression parser rejects",
  examples: {
    bad: "if: ${{ github.ref == }}",
    good: "if: ${{ github.ref == 'refs/heads/main' }}",
  },
  check({ model, report }) {
    for (const [text, path] of stringsOf(model.workflow)) {
      const { sources, unclosed } = interpolations(text);
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
