import type { Rule } from "../rule.js";
import { jobsOf } from "../walk.js";

/**
 * A job without `timeout-minutes` runs for up to GitHub's limit of 360 minutes when a step
 * hangs (a test waiting on a port, a prompt nobody answers), holding a runner and its minutes.
 * Pedantic: most jobs never hang, and the right limit is the team's to choose.
 */
export const missingTimeout: Rule = {
  id: "missing-timeout",
  severity: "warning",
  tier: "pedantic",
  severityReason: "Pedantic, a warning: nothing is wrong until a step hangs; then the job holds its runner for six hours.",
  description: "jobs without `timeout-minutes`, which GitHub lets run for 360 minutes when a step hangs",
  examples: {
    bad: "jobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make test",
    good: "jobs:\n  test:\n    runs-on: ubuntu-latest\n    timeout-minutes: 30\n    steps:\n      - run: make test",
  },
  check({ model, report }) {
    for (const { id, job, path } of jobsOf(model)) {
      // A job that calls a reusable workflow has no timeout of its own: the called jobs do.
      if ((job as { uses?: unknown }).uses !== undefined) continue;
      if ((job as { "timeout-minutes"?: unknown })["timeout-minutes"] !== undefined) continue;
      report(path, `job "${id}" has no timeout-minutes: a step that hangs holds the runner for 360 minutes`, "set timeout-minutes a little above the job's usual run time, e.g. timeout-minutes: 30");
    }
  },
};
