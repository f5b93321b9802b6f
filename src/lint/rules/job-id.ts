import type { Rule } from "../rule.js";
import { jobsOf } from "../walk.js";

const JOB_ID = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/** GitHub's parser refuses ids of 100 characters or more. */
const MAX_LENGTH = 99;

/** Job ids must start with a letter or `_` and hold only letters, digits, `-` and `_`; GitHub compares them case-insensitively. */
export const jobId: Rule = {
  id: "job-id",
  severity: "error",
  severityReason: "GitHub rejects these job ids.",
  description: "job ids that GitHub rejects: bad characters, or two ids equal but for case",
  examples: {
    bad: "jobs:\n  1st-build:\n    runs-on: ubuntu-latest",
    good: "jobs:\n  first-build:\n    runs-on: ubuntu-latest",
  },
  check({ model, report }) {
    const seen = new Map<string, string>();
    for (const { id, path } of jobsOf(model)) {
      if (!JOB_ID.test(id)) {
        report(path, `job id "${id}" is not valid`, "start with a letter or _ and use only letters, digits, - and _");
      } else if (id.startsWith("__")) {
        report(path, `job id "${id}" starts with "__", which GitHub reserves`, "start with a letter or a single _");
      } else if (id.length > MAX_LENGTH) {
        report(path, `job id "${id}" is ${id.length} characters long; GitHub allows at most ${MAX_LENGTH}`, "use a shorter id");
      }
      const folded = id.toLowerCase();
      const other = seen.get(folded);
      if (other !== undefined) report(path, `job ids "${other}" and "${id}" differ only in case, which GitHub treats as the same id`, "rename one of the jobs");
      else seen.set(folded, id);
    }
  },
};
