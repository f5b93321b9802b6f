import type { Rule } from "../rule.js";
import { eventsOf } from "../triggers.js";
import { jobsOf } from "../walk.js";

/**
 * Warning: without a `permissions` block the token gets the repository's default, which is
 * read and write on every scope in repositories created before February 2023 and in many
 * organisations. A reusable workflow called only by other workflows is not reported for its
 * steps (their token is the caller's, which the caller limits), but a job of it that calls
 * another reusable workflow without `permissions` passes on everything its caller granted: that
 * job is where the called workflow's token can be narrowed, as zizmor's excessive-permissions says.
 */
export const missingPermissions: Rule = {
  id: "missing-permissions",
  severity: "warning",
  severityReason: "The default token may be read-only (an organisation setting lint cannot see).",
  description: "workflows with no top-level `permissions` block and a job without its own, whose token gets the repository's default permissions, and jobs of a reusable workflow that call another without `permissions` (warning)",
  examples: {
    bad: "on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make test\n",
    good: "on: push\npermissions:\n  contents: read\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make test\n",
  },
  check({ model, report }) {
    if ("permissions" in (model.workflow as object)) return;
    const events = eventsOf(model);
    if (events.length > 0 && events.every((event) => event.name === "workflow_call")) {
      for (const { id, job, path } of jobsOf(model)) {
        const uses = (job as { uses?: unknown }).uses;
        if (typeof uses !== "string" || "permissions" in job) continue;
        report(path, `job "${id}" calls ${uses} without \`permissions\`: the called workflow gets every permission this workflow's caller granted`,
          "give the job the `permissions` the called workflow needs (`permissions: {}` when it needs none)");
      }
      return;
    }
    const open = jobsOf(model).filter(({ job }) => !("permissions" in job)).map(({ id }) => id);
    if (open.length === 0) return;
    const which = open.length === 1 ? `job "${open[0]}" runs` : `jobs ${open.map((id) => `"${id}"`).join(", ")} run`;
    report([], `the workflow has no top-level \`permissions\`: ${which} with the repository's default token permissions, which may be write access to everything`,
      "add `permissions: { contents: read }` at the top and grant more to the jobs that need it; pipewright adds it to workflows it compiles");
  },
};
