import type { YamlPath } from "../../model/workflow.js";
import { expressionSites, isCondition } from "../expression-sites.js";
import { ungrouped, type ExpressionNode } from "../expression-tree.js";
import type { Rule } from "../rule.js";
import { jobsOf, stepsOf } from "../walk.js";

/** The value of a condition that is a literal (`true`, `${{ false }}`, `(1)`); undefined otherwise. */
function literalOf(node: ExpressionNode): string | number | boolean | null | undefined {
  const inner = ungrouped(node);
  return inner.kind === "literal" ? inner.value : undefined;
}

/**
 * An `if` whose value is a literal: the job or step always runs (and the `if` says nothing)
 * or never runs (and is dead). Often a condition switched off while debugging and forgotten.
 */
export const ifConstant: Rule = {
  id: "if-constant",
  severity: "warning",
  actionSteps: true,
  severityReason: "The workflow does what it says; a constant condition is usually a leftover, but it may be meant (a job switched off on purpose).",
  description: "an `if` that is a literal (`if: true`, `if: ${{ false }}`), so the job or step always or never runs",
  examples: {
    bad: ["jobs:", "  deploy:", "    if: false", "    runs-on: ubuntu-latest"].join("\n"),
    good: ["jobs:", "  deploy:", "    if: github.ref == 'refs/heads/main'", "    runs-on: ubuntu-latest"].join("\n"),
  },
  check({ model, report }) {
    const problem = (path: YamlPath, written: string, value: unknown) => {
      const truthy = Boolean(value);
      report(path, `condition \`${written}\` is always ${truthy}: the ${path.length === 3 ? "job" : "step"} ${truthy ? "always runs" : "never runs"}`,
        truthy ? "remove the `if`, or write the condition that was meant" : `remove the ${path.length === 3 ? "job" : "step"}, or write the condition that was meant`);
    };
    // YAML reads `if: true` and `if: 0` as a boolean and a number, not as text.
    for (const job of jobsOf(model)) {
      const places = [{ owner: job.job as unknown, path: job.path }, ...stepsOf(job).map((s) => ({ owner: s.step as unknown, path: s.path }))];
      for (const { owner, path } of places) {
        const value = (owner as { if?: unknown }).if;
        if (typeof value === "boolean" || typeof value === "number") problem([...path, "if"], String(value), value);
      }
    }
    for (const site of expressionSites(model)) {
      if (!site.tree || site.embedded || !isCondition(site.path)) continue;
      const value = literalOf(site.tree);
      if (value === undefined) continue;
      problem(site.path, site.wrapped ? `\${{ ${site.source} }}` : site.source, value);
    }
  },
};
