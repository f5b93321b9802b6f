import type { Rule } from "../rule.js";
import { typeFindings } from "../type-check.js";

/**
 * `steps.<id>` reads a step that ran before, in the same job. GitHub fills the `steps`
 * context as steps finish, so a later step, the step itself or another job's step reads
 * as empty: the workflow runs, with a blank where a value was meant.
 */
export const stepReference: Rule = {
  id: "step-reference",
  severity: "error",
  actionSteps: true,
  severityReason: "A step that has not run yet, or is in another job, reads as empty.",
  description: "`steps.<id>` that names no earlier step of the same job",
  examples: {
    bad: [
      "steps:",
      "  - run: echo \"tag=${{ steps.meta.outputs.tag }}\"",
      "  - id: meta",
      "    run: echo \"tag=v1\" >> \"$GITHUB_OUTPUT\"",
    ].join("\n"),
    good: [
      "steps:",
      "  - id: meta",
      "    run: echo \"tag=v1\" >> \"$GITHUB_OUTPUT\"",
      "  - run: echo \"tag=${{ steps.meta.outputs.tag }}\"",
    ].join("\n"),
  },
  check({ model, report, readWorkflow }) {
    for (const finding of typeFindings(model, this.id, readWorkflow)) report(finding.path, finding.message, finding.hint);
  },
};
