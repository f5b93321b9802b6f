import type { Rule } from "../rule.js";
import { expressionSites, nodesOf } from "../expression-sites.js";

/**
 * `toJSON(secrets)` hands every secret of the repository to a step that needs one or two: a
 * compromised tool or action in that step then has them all. Warning: nothing leaks by itself.
 */
export const secretsDump: Rule = {
  id: "secrets-dump",
  severity: "warning",
  actionSteps: true,
  severityReason: "Nothing leaks by itself; it widens what one compromised step can take from one secret to all of them.",
  description: "`toJSON(secrets)`, which gives a step every secret of the repository instead of the ones it uses",
  examples: {
    bad: "steps:\n  - run: ./deploy.sh\n    env:\n      SECRETS: ${{ toJSON(secrets) }}",
    good: "steps:\n  - run: ./deploy.sh\n    env:\n      DEPLOY_TOKEN: ${{ secrets.DEPLOY_TOKEN }}",
  },
  check({ model, report }) {
    for (const site of expressionSites(model)) {
      if (!site.tree) continue;
      const dumps = [...nodesOf(site.tree)].some((node) => node.kind === "call" && node.name.toLowerCase() === "tojson" &&
        node.args.length === 1 && node.args[0]!.kind === "context" && node.args[0]!.name.toLowerCase() === "secrets");
      if (dumps) report(site.path, `\`${site.source}\` gives the step every secret of the repository`, "pass the secrets the step uses, one by one: `${{ secrets.NAME }}`");
    }
  },
};
