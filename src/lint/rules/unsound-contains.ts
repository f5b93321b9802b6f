import type { Rule } from "../rule.js";
import { expressionSites, isCondition, nodesOf, readOf, readText } from "../expression-sites.js";

/**
 * `contains('main,develop', github.ref_name)` tests for a substring, not for one of the names: a
 * branch named `main,d`, `dev` or `mai` passes too, and anyone who can push a branch (or, for
 * `github.actor`, pick a user name) chooses it. A list is `fromJSON('["main", "develop"]')`.
 * Warning: only the branches, actors or tags that someone can create are a way in.
 */
export const unsoundContains: Rule = {
  id: "unsound-contains",
  severity: "warning",
  actionSteps: true,
  severityReason: "The condition lets more through than it names, but only someone who can create such a branch, tag or user name gets in.",
  description: "`contains()` of a text in a condition (`contains('main,develop', github.ref_name)`), which tests for a substring, not for one of the names",
  examples: {
    bad: "steps:\n  - run: ./deploy.sh\n    if: contains('main,release', github.ref_name)",
    good: "steps:\n  - run: ./deploy.sh\n    if: contains(fromJSON('[\"main\", \"release\"]'), github.ref_name)",
  },
  check({ model, report }) {
    for (const site of expressionSites(model)) {
      if (!site.tree || !isCondition(site.path)) continue;
      for (const node of nodesOf(site.tree)) {
        if (node.kind !== "call" || node.name.toLowerCase() !== "contains" || node.args.length !== 2) continue;
        const [haystack, needle] = node.args as [typeof node.args[0], typeof node.args[0]];
        if (haystack!.kind !== "literal" || typeof haystack!.value !== "string" || !/[\s,;|]/.test(haystack!.value.trim())) continue;
        const read = readOf(needle!);
        if (!read) continue;
        const names = haystack!.value.split(/[\s,;|]+/).filter(Boolean);
        const list = `fromJSON('[${names.map((n) => JSON.stringify(n)).join(", ")}]')`;
        const what = readText(read);
        report(site.path, `contains('${haystack!.value}', ${what}) tests for a substring: any ${what} that is part of the text passes, not only the names in it`, `test for one of the names: contains(${list}, ${what})`);
      }
    }
  },
};
