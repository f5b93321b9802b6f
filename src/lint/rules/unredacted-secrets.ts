import type { Rule } from "../rule.js";
import { expressionSites, nodesOf, readOf, type ExpressionNode } from "../expression-sites.js";

const isFromJson = (node: ExpressionNode): boolean =>
  node.kind === "call" && node.name.toLowerCase() === "fromjson" && node.args.length === 1 && readOf(node.args[0]!)?.context.toLowerCase() === "secrets";

/**
 * The runner masks a secret's exact text in logs. `fromJSON(secrets.X)` makes new values out
 * of it (a field of a JSON secret, a number, the text without its quotes) that were never
 * registered as secrets, so they appear in logs in clear. Warning: only when the value is
 * printed, which the workflow may never do.
 */
export const unredactedSecrets: Rule = {
  id: "unredacted-secrets",
  severity: "warning",
  actionSteps: true,
  severityReason: "Leaks only when the derived value is printed; the runner's masking does not cover it when it is.",
  description: "`fromJSON(secrets.X)` and its fields: values derived from a secret that the runner does not mask in logs",
  examples: {
    bad: "steps:\n  - run: ./deploy.sh\n    env:\n      PASSWORD: ${{ fromJSON(secrets.DB).password }}",
    good: "steps:\n  - run: ./deploy.sh\n    env:\n      PASSWORD: ${{ secrets.DB_PASSWORD }}",
  },
  check({ model, report }) {
    for (const site of expressionSites(model)) {
      if (!site.tree) continue;
      const call = [...nodesOf(site.tree)].find(isFromJson);
      if (!call || call.kind !== "call") continue;
      const secret = readOf(call.args[0]!)!.keys[0] ?? "…";
      report(site.path, `\`${site.source}\` derives a value from secret ${secret} that the runner does not mask in logs`,
        "store each value the job needs as a secret of its own, or register it with `echo \"::add-mask::$VALUE\"` before it can be printed");
    }
  },
};
