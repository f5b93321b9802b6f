import type { YamlPath } from "../../model/workflow.js";
import type { Rule } from "../rule.js";
import { eventsOf } from "../triggers.js";
import { isObject, jobsOf } from "../walk.js";

/**
 * Without `concurrency`, every push to a branch starts another run beside the ones still going:
 * minutes spent on commits already replaced, and deployments that race. `cancel-in-progress`
 * left out means a queued run waits for the old one; that may be what a deployment wants, so it
 * must be said (`cancel-in-progress: false`), not left to chance. A workflow only called by
 * others takes its callers' concurrency. Pedantic: the right group is the team's to choose.
 */
export const concurrencyLimits: Rule = {
  id: "concurrency-limits",
  severity: "warning",
  tier: "pedantic",
  severityReason: "Pedantic, a warning: overlapping runs waste minutes and can race, but nothing is wrong in one run.",
  description: "workflows and jobs without `concurrency`, or with a concurrency group that does not say whether a new run cancels the one in progress",
  examples: {
    bad: "on: push\nconcurrency: ci\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make test",
    good: "on: push\nconcurrency:\n  group: ${{ github.workflow }}-${{ github.ref }}\n  cancel-in-progress: true\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make test",
  },
  check({ model, report }) {
    const events = eventsOf(model);
    if (events.length > 0 && events.every((e) => e.name === "workflow_call")) return;
    const HINT = "add `cancel-in-progress: true` to cancel a run the next commit replaces, or `cancel-in-progress: false` to queue it";
    const incomplete = (concurrency: unknown, path: YamlPath, owner: string) => {
      if (isObject(concurrency) && concurrency["cancel-in-progress"] !== undefined) return;
      report(path, `${owner} concurrency does not say whether a new run cancels the one in progress`, HINT);
    };
    const workflow = (model.workflow as { concurrency?: unknown }).concurrency;
    if (workflow !== undefined) return incomplete(workflow, ["concurrency"], "the workflow's");
    for (const { id, job, path } of jobsOf(model)) {
      const concurrency = (job as { concurrency?: unknown }).concurrency;
      if (concurrency !== undefined) incomplete(concurrency, [...path, "concurrency"], `job "${id}":`);
      else report(path, `job "${id}" has no concurrency, nor has the workflow: every push starts another run beside the ones still going`, "add to the workflow: concurrency: { group: ${{ github.workflow }}-${{ github.ref }}, cancel-in-progress: true }");
    }
  },
};
