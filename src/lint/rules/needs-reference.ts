import type { Rule } from "../rule.js";
import { typeFindings } from "../type-check.js";

/**
 * `needs.<job>` reads a job this job lists in `needs`, and `needs.<job>.outputs.<name>` an
 * output that job declares. GitHub fills `needs` with the direct dependencies only, and an
 * output nobody declared reads as empty: the workflow runs with a blank value.
 */
export const needsReference: Rule = {
  id: "needs-reference",
  severity: "error",
  severityReason: "A job that is not a direct dependency, or an output nobody declared, reads as empty.",
  description: "`needs.<job>` not listed in the job's `needs`, or an output that job does not declare",
  examples: {
    bad: [
      "build:",
      "  runs-on: ubuntu-latest",
      "  outputs:",
      "    tag: ${{ steps.meta.outputs.tag }}",
      "  steps: [...]",
      "deploy:",
      "  runs-on: ubuntu-latest",
      "  steps:",
      "    - run: ./deploy.sh \"${{ needs.build.outputs.digest }}\"",
    ].join("\n"),
    good: [
      "build:",
      "  runs-on: ubuntu-latest",
      "  outputs:",
      "    tag: ${{ steps.meta.outputs.tag }}",
      "  steps: [...]",
      "deploy:",
      "  needs: [build]",
      "  runs-on: ubuntu-latest",
      "  steps:",
      "    - run: ./deploy.sh \"${{ needs.build.outputs.tag }}\"",
    ].join("\n"),
  },
  check({ model, report, readWorkflow }) {
    for (const finding of typeFindings(model, this.id, readWorkflow)) report(finding.path, finding.message, finding.hint);
  },
};
