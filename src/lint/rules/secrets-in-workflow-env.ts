import type { Rule } from "../rule.js";
import { expressionsIn, readsOf } from "../untrusted.js";
import { isObject } from "../walk.js";

/**
 * Warning: a secret in the workflow's `env` is in the environment of every step of every job,
 * third-party actions and build scripts included, when only one step may need it.
 */
export const secretsInWorkflowEnv: Rule = {
  id: "secrets-in-workflow-env",
  severity: "warning",
  severityReason: "Every step sees the secret, more exposure than needed but not a leak by itself.",
  description: "secrets in the workflow-level `env`, which hands them to every step of every job (warning)",
  examples: {
    bad: "env:\n  NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\njobs:\n  publish:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm publish\n",
    good: "jobs:\n  publish:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm publish\n        env:\n          NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n",
  },
  check({ model, report }) {
    const env = (model.workflow as { env?: unknown }).env;
    if (!isObject(env)) return;
    for (const [name, value] of Object.entries(env)) {
      if (typeof value !== "string") continue;
      const secrets = [...new Set(expressionsIn(value).flatMap(readsOf).filter((read) => /^secrets(\.|$)/i.test(read)))];
      if (secrets.length === 0) continue;
      report(["env", name], `workflow-level \`env\` puts ${secrets.map((s) => `\`${s}\``).join(", ")} in the environment of every step of every job`,
        `move \`${name}\` to the \`env\` of the steps (or the job) that use it`);
    }
  },
};
