import type { Rule } from "../rule.js";
import { jobsOf, needsOf } from "../walk.js";

/** A job's `needs` names a job that the workflow does not have. */
export const needsUnknown: Rule = {
  id: "needs-unknown",
  severity: "error",
  severityReason: "GitHub rejects `needs` that names no job.",
  description: "`needs` names a job that does not exist in the workflow",
  examples: {
    bad: "jobs:\n  build: {}\n  deploy:\n    needs: biuld",
    good: "jobs:\n  build: {}\n  deploy:\n    needs: build",
  },
  check({ model, report }) {
    const jobs = jobsOf(model);
    const ids = new Set(jobs.map((j) => j.id));
    for (const { id, job, path } of jobs) {
      for (const need of needsOf(job)) {
        if (ids.has(need)) continue;
        const known = [...ids].filter((other) => other !== id);
        report([...path, "needs"], `job "${id}" needs "${need}", which is not a job of this workflow`,
          known.length ? `needs one of: ${known.join(", ")}; or add the job to \`jobs\`` : "add the job to `jobs`");
      }
    }
  },
};
