import { parseActionRef } from "../bundled-actions.js";
import type { Rule } from "../rule.js";
import { jobsOf, stepsOf } from "../walk.js";

/**
 * Warning: an action the project locked (pipewright.lock.json) used at another ref than its lock.
 * The lock is what `pipewright actions update` and `absorb` move and what the binding's types
 * describe; a step at another ref runs code whose inputs nobody checked.
 */
export const lockedActionRef: Rule = {
  id: "locked-action-ref",
  severity: "warning",
  actionSteps: true,
  severityReason: "The step still runs a real commit; it only escapes the lock's checks and updates, which the project may intend for one step.",
  description: "a step that uses an action locked in pipewright.lock.json at another ref than the lock's commit (warning)",
  examples: {
    bad: "# pipewright.lock.json pins acme/hello-action at v1.2.0\nsteps:\n  - uses: acme/hello-action@v1",
    good: "steps:\n  - uses: acme/hello-action@0123456789abcdef0123456789abcdef01234567 # v1.2.0",
  },
  check({ model, report, actions }) {
    if (!actions) return;
    for (const job of jobsOf(model)) {
      for (const { step, path } of stepsOf(job)) {
        const uses = (step as { uses?: unknown }).uses;
        const parsed = typeof uses === "string" ? parseActionRef(uses) : undefined;
        if (!parsed) continue;
        const locked = actions(parsed.path ? `${parsed.repo}/${parsed.path}` : parsed.repo);
        if (!locked || locked.local || parsed.ref.toLowerCase() === locked.commit) continue;
        report([...path, "uses"], `${locked.uses} is locked at ${locked.version} (${locked.commit.slice(0, 12)}) in pipewright.lock.json, but this step uses it at "${parsed.ref}"`,
          `use the binding \`${locked.binding}(...)\` from ./pipewright.actions.js, which pins ${locked.uses}@${locked.commit} # ${locked.version} and types its inputs; \`pipewright actions update\` moves the lock`);
      }
    }
  },
};
