import type { Rule } from "../rule.js";
import { expressionSites, nodesOf, ungrouped, type ExpressionNode } from "../expression-sites.js";

const FALSY = (node: ExpressionNode): boolean => {
  const inner = ungrouped(node);
  return inner.kind === "literal" && (inner.value === "" || inner.value === 0 || inner.value === false || inner.value === null);
};

const written = (node: ExpressionNode): string => {
  const inner = ungrouped(node);
  return inner.kind === "literal" ? (typeof inner.value === "string" ? `'${inner.value}'` : String(inner.value)) : "";
};

/**
 * GitHub's expressions have no `?:`; `cond && a || b` stands in for it, and works only while
 * `a` is truthy. With `''`, `0`, `false` or `null` as `a`, the `&&` part is falsy whatever
 * `cond` is, so the result is always `b`. Certainly not what was written: an error.
 */
export const unsoundTernary: Rule = {
  id: "unsound-ternary",
  severity: "error",
  actionSteps: true,
  severityReason: "The expression always gives its `||` value: the branch written for the condition can never be taken, which is certainly wrong.",
  description: "`cond && '' || 'x'`: a pseudo-ternary whose true value is falsy (`''`, `0`, `false`, `null`), so it always gives the other value",
  examples: {
    bad: "env:\n  SUFFIX: ${{ github.ref_name == 'main' && '' || '-dev' }}",
    good: "env:\n  SUFFIX: ${{ github.ref_name != 'main' && '-dev' || '' }}",
  },
  check({ model, report }) {
    for (const site of expressionSites(model)) {
      if (!site.tree) continue;
      for (const node of nodesOf(site.tree)) {
        if (node.kind !== "logical" || node.operator !== "||") continue;
        for (const arg of node.args.slice(0, -1)) {
          const and = ungrouped(arg);
          if (and.kind !== "logical" || and.operator !== "&&" || !FALSY(and.args[and.args.length - 1]!)) continue;
          const value = written(and.args[and.args.length - 1]!);
          report(site.path, `in \`\${{ ${site.source} }}\` the true value ${value} is falsy, so \`&& ${value} ||\` always gives the value after \`||\``,
            "negate the condition and swap the two values (`!cond && 'x' || ''`), so the value after `&&` is never empty");
        }
      }
    }
  },
};
