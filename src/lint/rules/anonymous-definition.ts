import type { Rule } from "../rule.js";
import { jobsOf } from "../walk.js";

/**
 * Without `name`, GitHub shows a workflow by its file path and a job by its id, in the Actions
 * tab, in the checks of a pull request and in branch protection's list of required checks.
 * Pedantic: ids are often clear enough.
 */
export const anonymousDefinition: Rule = {
  id: "anonymous-definition",
  severity: "warning",
  tier: "pedantic",
  severityReason: "Pedantic, a warning: only how runs and checks are shown.",
  description: "workflows and jobs without `name`, shown by their file path or id in runs and checks",
  examples: {
    bad: "on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make test",
    good: "name: CI\non: push\njobs:\n  test:\n    name: Unit tests\n    runs-on: ubuntu-latest\n    steps:\n      - run: make test",
  },
  check({ model, report }) {
    if ((model.workflow as { name?: unknown }).name === undefined) {
      report([], "the workflow has no name: runs and checks show its file path", "add `name:` at the top, e.g. name: CI");
    }
    for (const { id, job, path } of jobsOf(model)) {
      if ((job as { name?: unknown }).name === undefined) report(path, `job "${id}" has no name: checks show its id`, "add `name:` to the job");
    }
  },
};
