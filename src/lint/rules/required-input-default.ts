import type { Rule } from "../rule.js";
import { declaredInputs } from "../triggers.js";
import { isObject } from "../walk.js";

/**
 * A reusable workflow's input that is `required: true` and has a `default`: every caller must
 * pass a required input, so the default is never used, and a reader who trusts it is misled.
 * Only `workflow_call`: on `workflow_dispatch` the pair is meaningful (the form starts from
 * the default and may not be emptied), as GitHub's own examples use it.
 * Valid, hence a warning, kept apart from `dispatch-inputs` (errors) for its own severity.
 */
export const requiredInputDefault: Rule = {
  id: "required-input-default",
  severity: "warning",
  severityReason: "The default is never used, which is confusing but harmless.",
  description: "workflow_call inputs that are `required: true` and have a default, which is never used",
  examples: {
    bad: [
      "on:",
      "  workflow_call:",
      "    inputs:",
      "      python-version:",
      "        type: string",
      "        required: true",
      "        default: \"3.12\"",
    ].join("\n"),
    good: [
      "on:",
      "  workflow_call:",
      "    inputs:",
      "      python-version:",
      "        type: string",
      "        default: \"3.12\"",
    ].join("\n"),
  },
  check({ model, report }) {
    for (const { event, name, input, path } of declaredInputs(model)) {
      if (event !== "workflow_call" || !isObject(input) || input.required !== true || input.default === undefined || input.default === null) continue;
      report([...path, "required"], `required input "${name}" has a default that is never used: every caller must pass it`,
        "remove `required: true` to let callers rely on the default, or remove the default");
    }
  },
};
