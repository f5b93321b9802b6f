import type { Rule } from "../rule.js";
import { typeFindings } from "../type-check.js";

/** A reusable workflow declaring `registry-token`, whose step reads `secrets.<read>`. */
const example = (read: string) => [
  "on:", "  workflow_call:", "    secrets:", "      registry-token:", "        required: true",
  "jobs:", "  push:", "    runs-on: ubuntu-latest", "    steps:", "      - run: ./push.sh", "        env:",
  `          TOKEN: \${{ secrets.${read} }}`,
].join("\n");

/**
 * `secrets.<name>` in a reusable workflow that declares its secrets under
 * `on.workflow_call.secrets` and has no other trigger: a caller passes exactly the declared
 * ones (plus the token GitHub always provides), so any other name reads as empty.
 */
export const secretsReference: Rule = {
  id: "secrets-reference",
  severity: "error",
  severityReason: "A caller that names its secrets passes only the declared ones, so the value reads as empty. Only a caller with `secrets: inherit` would hand it over; a workflow that declares some of its secrets and not this one is mistaken for every other caller, and declaring it costs nothing.",
  description: "`secrets.<name>` that a reusable workflow does not declare under `on.workflow_call.secrets`",
  examples: {
    bad: example("registry_token"),
    good: example("registry-token"),
  },
  check({ model, report, readWorkflow }) {
    for (const finding of typeFindings(model, this.id, readWorkflow)) report(finding.path, finding.message, finding.hint);
  },
};
