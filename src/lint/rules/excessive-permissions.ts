import type { Rule } from "../rule.js";
import { jobsOf } from "../walk.js";

/**
 * GitHub accepts `write-all` and some workflows do need broad access, but a token that can
 * write everywhere turns any compromised step (an action, a dependency) into write access to the
 * repository, its releases and its packages. `read-all` is reported too (as zizmor's pedantic
 * mode does): it hands out reads of private packages and security alerts nobody asked for.
 */
export const excessivePermissions: Rule = {
  id: "excessive-permissions",
  severity: "warning",
  severityReason: "A broad token is a risk, not a bug; the job may need most of it.",
  description: "`permissions: write-all` or `read-all` on the workflow or a job, a token for every scope instead of the ones the jobs use",
  examples: {
    bad: "permissions: write-all\n",
    good: "permissions:\n  contents: read\njobs:\n  release:\n    permissions:\n      contents: write\n",
  },
  check({ model, report }) {
    const hint = "grant only the scopes the jobs use, e.g. `permissions: { contents: read }` on the workflow and `contents: write` on the one job that pushes";
    // read-all is narrower, but still reads every scope: private packages, security alerts, deployments.
    const what = (value: unknown) => value === "write-all" ? "can write to every scope" : value === "read-all" ? "can read every scope (packages, security events, deployments, ...)" : undefined;
    const workflowGrant = what((model.workflow as { permissions?: unknown }).permissions);
    if (workflowGrant) report(["permissions"], `\`permissions: ${String((model.workflow as { permissions?: unknown }).permissions)}\` gives every job a token that ${workflowGrant}`, hint);
    for (const { id, job, path } of jobsOf(model)) {
      const value = (job as { permissions?: unknown }).permissions;
      const grant = what(value);
      if (grant) report([...path, "permissions"], `\`permissions: ${String(value)}\` gives job "${id}" a token that ${grant}`, hint);
    }
  },
};
