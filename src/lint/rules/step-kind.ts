import type { Rule } from "../rule.js";
import { jobsOf, stepsOf } from "../walk.js";

const KINDS = ["run", "uses", "wait", "wait-all", "cancel", "parallel"] as const;

/** A step does exactly one thing: it has `run` or `uses` (or a background-step control key). */
export const stepKind: Rule = {
  id: "step-kind",
  severity: "error",
  actionSteps: true,
  severityReason: "GitHub rejects a step with both `run` and `uses`, or neither.",
  description: "steps with both `run` and `uses`, or with neither",
  examples: {
    bad: "steps:\n  - uses: actions/checkout@v4\n    run: make",
    good: "steps:\n  - uses: actions/checkout@v4\n  - run: make",
  },
  check({ model, report }) {
    for (const entry of jobsOf(model)) {
      for (const { step, path } of stepsOf(entry)) {
        const present = KINDS.filter((k) => k in step);
        if (present.length === 1) continue;
        if (present.length === 0) report(path, "step has neither `run` nor `uses`", "add `run: <script>` or `uses: <action>@<ref>`");
        else report(path, `step has both ${present.map((k) => `\`${k}\``).join(" and ")}`, "split it into one step per command or action");
      }
    }
  },
};
