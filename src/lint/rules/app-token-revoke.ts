import type { Rule } from "../rule.js";
import { parseActionRef } from "../bundled-actions.js";
import { isObject, jobsOf, stepsOf } from "../walk.js";

/**
 * actions/create-github-app-token revokes the token it makes when the job ends. With
 * `skip-token-revoke` the token stays valid for its hour, with the app's permissions, after the
 * job that needed it is done: anything that copied it (a log, an artifact, a compromised step)
 * can use it. Warning: sometimes a later job is meant to use it.
 */
export const appTokenRevoke: Rule = {
  id: "app-token-revoke",
  severity: "warning",
  severityReason: "The token is not leaked by this; what copies it keeps the app's access for up to an hour instead of until the job ends.",
  description: "actions/create-github-app-token with `skip-token-revoke`, which leaves the app's token valid after the job",
  examples: {
    bad: "steps:\n  - uses: actions/create-github-app-token@v2\n    with:\n      app-id: ${{ vars.APP_ID }}\n      private-key: ${{ secrets.APP_KEY }}\n      skip-token-revoke: true",
    good: "steps:\n  - uses: actions/create-github-app-token@v2\n    with:\n      app-id: ${{ vars.APP_ID }}\n      private-key: ${{ secrets.APP_KEY }}",
  },
  check({ model, report }) {
    for (const job of jobsOf(model)) {
      for (const { step, path } of stepsOf(job)) {
        const { uses, with: inputs } = step as { uses?: unknown; with?: unknown };
        const ref = typeof uses === "string" ? parseActionRef(uses) : undefined;
        if (ref?.repo.toLowerCase() !== "actions/create-github-app-token" || !isObject(inputs)) continue;
        const skip = inputs["skip-token-revoke"];
        if (skip === true || skip === "true" || (typeof skip === "string" && skip.includes("${{"))) {
          report([...path, "with", "skip-token-revoke"], `skip-token-revoke${typeof skip === "string" && skip.includes("${{") ? " (when its expression is true)" : ""} leaves the app's token valid for up to an hour after the job, with every permission of the app`,
            "let the action revoke the token when the job ends: remove skip-token-revoke, and make a token in each job that needs one");
        }
      }
    }
  },
};
