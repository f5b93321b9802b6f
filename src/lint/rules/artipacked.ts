import type { Rule } from "../rule.js";
import { isObject, jobsOf, stepsOf } from "../walk.js";

const CHECKOUT = /^actions\/checkout@/i;

/**
 * Warning: actions/checkout keeps the token in `.git/config` unless told not to; every later
 * step can read it, and an artifact of the workspace publishes it. pipewright's compiler sets
 * `persist-credentials: false` on every checkout that does not set it, so for workflows.ts this
 * reports only an explicit `true`.
 */
export const artipacked: Rule = {
  id: "artipacked",
  severity: "warning",
  actionSteps: true,
  severityReason: "The token left in .git/config is only a leak if a later step uploads or prints the checkout; many workflows never do.",
  description: "actions/checkout without `persist-credentials: false`, which leaves the token in .git/config for every later step and artifact (warning)",
  examples: {
    bad: "steps:\n  - uses: actions/checkout@v7\n",
    good: "steps:\n  - uses: actions/checkout@v7\n    with:\n      persist-credentials: false\n",
  },
  check({ model, report }) {
    for (const job of jobsOf(model)) {
      for (const { step, path } of stepsOf(job)) {
        const { uses, with: inputs } = step as { uses?: unknown; with?: unknown };
        if (typeof uses !== "string" || !CHECKOUT.test(uses)) continue;
        const persist = isObject(inputs) ? inputs["persist-credentials"] : undefined;
        // An expression decides at run time; its value is not known here.
        if (persist === false || (typeof persist === "string" && (persist.trim().toLowerCase() === "false" || persist.includes("${{")))) continue;
        const hint = "add `persist-credentials: false` under `with:`; a step that pushes can be given the token itself (`git push https://x-access-token:${GH_TOKEN}@github.com/...`)";
        if (persist === undefined) report([...path, "uses"], "actions/checkout leaves the job's token in .git/config, where every later step and any upload of the workspace can read it", hint);
        else report([...path, "with", "persist-credentials"], `\`persist-credentials: ${String(persist)}\` leaves the job's token in .git/config, where every later step and any upload of the workspace can read it`, hint);
      }
    }
  },
};
