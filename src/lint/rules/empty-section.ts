import type { Rule } from "../rule.js";
import { isObject, jobsOf } from "../walk.js";

/** GitHub rejects a workflow with no triggers or no jobs, and a job with an empty `steps`. */
export const emptySection: Rule = {
  id: "empty-section",
  severity: "error",
  severityReason: "GitHub rejects an empty `on`, `jobs` or `steps`.",
  description: "empty `on`, `jobs` or `steps`",
  examples: {
    bad: "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps: []",
    good: "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make",
  },
  check({ model, report }) {
    const { on, jobs } = model.workflow as { on?: unknown; jobs?: unknown };
    const empty = (v: unknown) => v === undefined || v === null || v === "" ||
      (Array.isArray(v) && v.length === 0) || (isObject(v) && Object.keys(v).length === 0);
    if (empty(on)) report(["on"], "the workflow has no triggers (`on` is empty)", "add an event, e.g. `on: { push: { branches: [\"main\"] } }`");
    if (empty(jobs)) report(["jobs"], "the workflow has no jobs", "add at least one job");
    for (const { id, job, path } of jobsOf(model)) {
      const steps = (job as { steps?: unknown; uses?: unknown }).steps;
      if ("uses" in job) continue;
      if (empty(steps)) report([...path, "steps"], `job "${id}" has no steps`, "add at least one step");
    }
  },
};
