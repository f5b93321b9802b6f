import { expr, job, run, workflow } from "../../src/index.js";
import { ruleTester } from "./rule-tester.js";
import { yaml, yamlRuleTester } from "./yaml-rule-tester.js";

const ci = (def: Record<string, unknown>, step: Record<string, unknown> = {}) =>
  workflow("ci", { on: "push", jobs: [job("build", { "runs-on": "ubuntu-latest", steps: [run("make", step as never)], ...def } as never)] });
const ALWAYS = "remove the `if`, or write the condition that was meant";

ruleTester("if-constant", {
  valid: [
    { name: "a condition on the event", code: ci({ if: expr("github.event_name == 'push'") }) },
    { name: "a status function", code: ci({}, { if: expr("always()") }) },
  ],
  invalid: [
    {
      name: "a job switched off",
      code: ci({ if: false }),
      errors: [{ severity: "warning", path: "jobs.build.if", message: "condition `false` is always false: the job never runs", hint: "remove the job, or write the condition that was meant" }],
    },
    {
      name: "a step condition that is a literal expression",
      code: ci({}, { if: expr("true") }),
      errors: [{ severity: "warning", path: "jobs.build.steps[0].if", message: "condition `${{ true }}` is always true: the step always runs", hint: ALWAYS }],
    },
  ],
});

yamlRuleTester("if-constant", {
  valid: [
    {
      name: "a condition comparing literals with a context",
      yaml: yaml("on: push", "permissions: {}", "jobs:", "  build:", "    if: ${{ github.ref == 'refs/heads/main' }}", "    runs-on: ubuntu-latest", "    steps:", "      - run: make"),
    },
  ],
  invalid: [
    {
      name: "`if: true` and a bare string literal",
      yaml: yaml("on: push", "permissions: {}", "jobs:", "  build:", "    if: true", "    runs-on: ubuntu-latest", "    steps:", "      - if: \"'x'\"", "        run: make"),
      errors: [
        { severity: "warning", at: "5:5", path: "jobs.build.if", message: "condition `true` is always true: the job always runs", hint: ALWAYS },
        { severity: "warning", at: "8:9", path: "jobs.build.steps[0].if", message: "condition `'x'` is always true: the step always runs", hint: ALWAYS },
      ],
    },
  ],
});
