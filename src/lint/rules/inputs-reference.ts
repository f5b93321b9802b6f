import type { Rule } from "../rule.js";
import { typeFindings } from "../type-check.js";

/**
 * `inputs.<name>` reads an input that `workflow_dispatch` or `workflow_call` declares.
 * GitHub fills `inputs` from those declarations only, so any other name reads as empty.
 */
export const inputsReference: Rule = {
  id: "inputs-reference",
  severity: "error",
  severityReason: "An input nobody declared reads as empty, certainly not what was meant.",
  description: "`inputs.<name>` that neither `workflow_dispatch` nor `workflow_call` declares",
  examples: {
    bad: [
      "on:",
      "  workflow_dispatch:",
      "    inputs:",
      "      environment:",
      "        type: environment",
      "jobs:",
      "  deploy:",
      "    runs-on: ubuntu-latest",
      "    environment: ${{ inputs.env }}",
    ].join("\n"),
    good: [
      "on:",
      "  workflow_dispatch:",
      "    inputs:",
      "      environment:",
      "        type: environment",
      "jobs:",
      "  deploy:",
      "    runs-on: ubuntu-latest",
      "    environment: ${{ inputs.environment }}",
    ].join("\n"),
  },
  check({ model, report, readWorkflow }) {
    for (const finding of typeFindings(model, this.id, readWorkflow)) report(finding.path, finding.message, finding.hint);
  },
};
