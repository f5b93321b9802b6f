import type { Rule } from "../rule.js";
import { isObject, jobsOf } from "../walk.js";

/**
 * A write grant on the workflow reaches every job in it, also the ones added later that only
 * run tests. Granted on the job that pushes, it reaches that job alone. With one job the two
 * are the same today, and still the grant widens silently as jobs are added.
 */
export const workflowPermissions: Rule = {
  id: "workflow-permissions",
  severity: "warning",
  severityReason: "A warning: the workflow runs as written, but every job holds the write token, also ones that only build or test (code a pull request can change) and ones added later; no one outside the repository can use it on its own.",
  description: "write permissions granted on the whole workflow instead of on the jobs that need them",
  examples: {
    bad: "permissions:\n  contents: write\njobs:\n  release:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ./release.sh",
    good: "permissions: {}\njobs:\n  release:\n    runs-on: ubuntu-latest\n    permissions:\n      contents: write\n    steps:\n      - run: ./release.sh",
  },
  check({ model, report }) {
    const permissions = (model.workflow as { permissions?: unknown }).permissions;
    if (!isObject(permissions)) return;
    const jobs = jobsOf(model);
    // Every job sets its own: the workflow's grant reaches none of them.
    if (jobs.length > 0 && jobs.every(({ job }) => (job as { permissions?: unknown }).permissions !== undefined)) return;
    for (const [scope, level] of Object.entries(permissions)) {
      if (level !== "write") continue;
      report(["permissions", scope], `\`${scope}: write\` on the workflow gives it to every job, also ones that only build or test`, `grant \`${scope}: write\` on the job that needs it, and \`permissions: {}\` or read scopes on the workflow`);
    }
  },
};
