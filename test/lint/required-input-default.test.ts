import { job, run, workflow } from "../../src/index.js";
import { ruleTester } from "./rule-tester.js";
import { yaml, yamlRuleTester } from "./yaml-rule-tester.js";

const jobs = [job("test", { "runs-on": "ubuntu-latest", steps: [run("make test")] })];
const ci = (on: unknown) => workflow("test", { on: on as never, jobs });
const HINT = "remove `required: true` to let callers rely on the default, or remove the default";

ruleTester("required-input-default", {
  valid: [
    { name: "an optional call input with a default", code: ci({ workflow_call: { inputs: { python: { type: "string", required: false, default: "3.12" } } } }) },
    { name: "a required call input without a default", code: ci({ workflow_call: { inputs: { python: { type: "string", required: true } } } }) },
    {
      // The dispatch form starts from the default and may not be emptied: both keys mean something.
      name: "a required dispatch input with a default",
      code: ci({ workflow_dispatch: { inputs: { level: { type: "choice", required: true, default: "warning", options: ["info", "warning"] } } } }),
    },
  ],
  invalid: [
    {
      name: "a required call input with a default",
      code: ci({ workflow_call: { inputs: { python: { type: "string", required: true, default: "3.12" } } } }),
      errors: [{ severity: "warning", path: "on.workflow_call.inputs.python.required", message: 'required input "python" has a default that is never used: every caller must pass it', hint: HINT }],
    },
    {
      name: "a false default counts as a default",
      code: ci({ workflow_call: { inputs: { full: { type: "boolean", required: true, default: false } } } }),
      errors: [{ severity: "warning", path: "on.workflow_call.inputs.full.required", message: 'required input "full" has a default that is never used: every caller must pass it', hint: HINT }],
    },
  ],
});

yamlRuleTester("required-input-default", {
  valid: [
    {
      name: "an optional call input with a default",
      yaml: yaml("on:", "  workflow_call:", "    inputs:", "      python:", "        type: string", "        default: \"3.12\"", "permissions: {}", "jobs:", "  test:", "    runs-on: ubuntu-latest", "    steps:", "      - run: make test"),
    },
  ],
  invalid: [
    {
      name: "a required call input with a default",
      yaml: yaml(
        "on:",
        "  workflow_call:",
        "    inputs:",
        "      run_full_test_suite:",
        "        required: true",
        "        type: boolean",
        "        default: false",
        "permissions: {}",
        "jobs:",
        "  test:",
        "    runs-on: ubuntu-latest",
        "    steps:",
        "      - run: make test",
      ),
      errors: [{ severity: "warning", at: "5:9", path: "on.workflow_call.inputs.run_full_test_suite.required", message: 'required input "run_full_test_suite" has a default that is never used: every caller must pass it', hint: HINT }],
    },
  ],
});
