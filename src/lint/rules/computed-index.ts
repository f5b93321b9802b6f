import type { Rule } from "../rule.js";
import { expressionSites, nodesOf, readOf, readText } from "../expression-sites.js";

/**
 * `secrets[matrix.name]` or `inputs[inputs.which]` read a property chosen when the workflow
 * runs: a reader cannot tell which secret or input is used, and neither can pipewright's
 * reference checks. Often meant (a secret per environment), so pedantic.
 */
export const computedIndex: Rule = {
  id: "computed-index",
  severity: "warning",
  actionSteps: true,
  tier: "pedantic",
  severityReason: "Pedantic, a warning: picking a property by a computed name is sometimes the point (a secret per matrix row); it only hides which one is read.",
  description: "a context property picked by a computed name (`secrets[matrix.name]`, `inputs[inputs.which]`), which hides what is read",
  examples: {
    bad: "steps:\n  - run: ./deploy.sh\n    env:\n      TOKEN: ${{ secrets[format('{0}_TOKEN', matrix.env)] }}",
    good: "steps:\n  - run: ./deploy.sh\n    env:\n      TOKEN: ${{ matrix.env == 'prod' && secrets.PROD_TOKEN || secrets.STAGING_TOKEN }}",
  },
  check({ model, report }) {
    for (const site of expressionSites(model)) {
      if (!site.tree) continue;
      for (const node of nodesOf(site.tree)) {
        if (node.kind !== "index" || node.key.kind === "star" || node.key.kind === "literal") continue;
        const read = readOf(node.object);
        const what = read ? readText(read) : "a value";
        report(site.path, `\`\${{ ${site.source} }}\` reads a property of ${what} chosen by a computed name: a reader cannot tell which one`,
          "name the property (`secrets.PROD_TOKEN`), or choose between named ones with a condition");
      }
    }
  },
};
