import type { Rule } from "../rule.js";
import { jobsOf } from "../walk.js";

/**
 * Warning: `secrets: inherit` is valid and convenient, but it hands every secret of the
 * repository, organisation and environment to the called workflow, whatever it declares.
 */
export const secretsInherit: Rule = {
  id: "secrets-inherit",
  severity: "warning",
  severityReason: "The called workflow gets more secrets than it needs, a risk if it is changed, not a leak by itself.",
  description: "reusable workflow calls with `secrets: inherit`, which pass every secret instead of the ones the workflow declares (warning)",
  examples: {
    bad: "jobs:\n  deploy:\n    uses: ./.github/workflows/deploy.yml\n    secrets: inherit\n",
    good: "jobs:\n  deploy:\n    uses: ./.github/workflows/deploy.yml\n    secrets:\n      deploy_token: ${{ secrets.DEPLOY_TOKEN }}\n",
  },
  check({ model, report }) {
    for (const { id, job, path } of jobsOf(model)) {
      const { uses, secrets } = job as { uses?: unknown; secrets?: unknown };
      if (secrets !== "inherit") continue;
      const called = typeof uses === "string" ? ` to ${uses}` : "";
      report([...path, "secrets"], `\`secrets: inherit\` passes every secret job "${id}" can read${called}, not only the ones it needs`,
        "pass the secrets the called workflow declares under `on.workflow_call.secrets`: `secrets: { NAME: ${{ secrets.NAME }} }`");
    }
  },
};
