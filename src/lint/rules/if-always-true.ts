import type { Rule } from "../rule.js";
import { expressionSites, interpolations, isCondition } from "../expression-sites.js";

/**
 * An `if` whose value is more than one `${{ }}`: GitHub reads text around an expression (a
 * space, `&&` between two of them, the line break a `|` block keeps) as a string template, and
 * a non-empty string is true, so the condition never stops anything.
 */
export const ifAlwaysTrue: Rule = {
  id: "if-always-true",
  severity: "error",
  actionSteps: true,
  severityReason: "The condition is always true, so the step or job runs when it was meant not to.",
  description: "an `if` with text around its `${{ }}`, which makes it a non-empty string and so always true",
  examples: {
    bad: [
      "jobs:",
      "  deploy:",
      "    if: ${{ github.event_name == 'push' }} && ${{ github.ref == 'refs/heads/main' }}",
    ].join("\n"),
    good: [
      "jobs:",
      "  deploy:",
      "    if: github.event_name == 'push' && github.ref == 'refs/heads/main'",
    ].join("\n"),
  },
  check({ model, report }) {
    let last: unknown;
    for (const { path, text, wrapped, embedded } of expressionSites(model)) {
      // A string with several expressions is one site per expression: look at it once.
      if (!wrapped || !embedded || path === last || !isCondition(path)) continue;
      last = path;
      const found = interpolations(text);
      let fixed = "";
      let at = 0;
      for (const { start, end, source } of found) {
        fixed += text.slice(at, start) + source;
        at = end;
      }
      fixed = (fixed + text.slice(at)).trim();
      report(path, `condition ${JSON.stringify(text)} is always true: the text outside \`\${{ }}\` makes it a non-empty string`,
        `write the whole condition as one expression, without \`\${{ }}\`: \`if: ${fixed}\``);
    }
  },
};
