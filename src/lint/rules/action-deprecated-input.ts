import { bundledAt } from "../bundled-actions.js";
import type { Rule } from "../rule.js";
import { isObject, jobsOf, stepsOf } from "../walk.js";

/** Inputs a bundled action marks deprecated still work, but the action ignores or replaces them. */
export const actionDeprecatedInput: Rule = {
  id: "action-deprecated-input",
  severity: "warning",
  actionSteps: true,
  severityReason: "The input still works today; its action has announced that it will go away.",
  description: "inputs that a bundled action marks as deprecated",
  examples: {
    bad: "steps:\n  - uses: actions/cache@27d5ce7f107fe9357f9df03efb73ab90386fccae # v5.0.5\n    with:\n      path: ~/.cache/pip\n      key: pip\n      save-always: true",
    good: "steps:\n  - uses: actions/cache@27d5ce7f107fe9357f9df03efb73ab90386fccae # v5.0.5\n    with:\n      path: ~/.cache/pip\n      key: pip",
  },
  check({ model, report, actions }) {
    for (const job of jobsOf(model)) {
      for (const { step, path } of stepsOf(job)) {
        const uses = (step as { uses?: unknown }).uses;
        const given = (step as { with?: unknown }).with;
        if (typeof uses !== "string" || !isObject(given)) continue;
        const action = bundledAt(model, [...path, "uses"], uses, actions);
        if (!action) continue;
        for (const name of Object.keys(given)) {
          const deprecated = action.deprecated.find((input) => input.toLowerCase() === name.toLowerCase());
          if (!deprecated) continue;
          // An input renamed to kebab-case (`packages_dir` → `packages-dir`) names its replacement.
          const renamed = action.inputs.find((input) => input !== deprecated && !action.deprecated.includes(input) && input.toLowerCase() === deprecated.toLowerCase().replaceAll("_", "-"));
          report([...path, "with", name], `input "${name}" of ${action.major >= 0 ? `${action.uses} v${action.major}` : action.uses} is deprecated`,
            renamed ? `write \`${renamed}\` instead` : `remove it; the action's README (https://github.com/${action.uses}) says what replaces it`);
        }
      }
    }
  },
};
