import type { Rule } from "../rule.js";
import { jobsOf } from "../walk.js";

/**
 * Warning, not error: GitHub accepts `write-all` and some workflows do need broad access, but a
 * token that can write everywhere turns any compromised step (an action, a dependency) into
 * write access to the repository, its releases and its packages.
 */
export const excessivePermissions: Rule = {
  id: "excessive-permissions",
  severity: "warning",
  severityReason: "A broad token is a risk, not a bug; the job may need most of it.",
  description: "`permissions: write-all` on the workflow or a job, a token that can write to every scope (warning)",
  examples: {
    bad: "permissions: write-all\n",
    good: "permissions:\n  contents: read\njobs:\n  release:\n    permissions:\n      contents: write\n",
  },
  check({ model, report }) {
    const hint = "grant only the scopes the jobs use, e.g. `permissions: { contents: read }` on the workflow and `contents: write` on the one job that pushes";
    if ((model.workflow as { permissions?: unknown }).permissions === "write-all") {
      report(["permissions"], "`permissions: write-all` gives every job a token that can write to every scope", hint);
    }
    for (const { id, job, path } of jobsOf(model)) {
      if ((job as { permissions?: unknown }).permissions === "write-all") {
        report([...path, "permissions"], `\`permissions: write-all\` gives job "${id}" a token that can write to every scope`, hint);
      }
    }
  },
};
