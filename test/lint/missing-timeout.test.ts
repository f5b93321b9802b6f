import { job, run, workflow } from "../../src/index.js";
import { ruleTester } from "./rule-tester.js";
import { yaml, yamlRuleTester } from "./yaml-rule-tester.js";

const HINT = "set timeout-minutes a little above the job's usual run time, e.g. timeout-minutes: 30";
const ci = (extra: Record<string, unknown>) =>
  workflow("ci", { on: { push: { branches: ["main"] } }, permissions: {}, jobs: [job("test", { "runs-on": "ubuntu-latest", ...extra, steps: [run("make test")] })] });

ruleTester("missing-timeout", {
  valid: [{ name: "a job with a timeout", code: ci({ "timeout-minutes": 20 }) }],
  invalid: [{ name: "a job without one", code: ci({}), errors: [{ severity: "warning", path: "jobs.test", message: 'job "test" has no timeout-minutes: a step that hangs holds the runner for 360 minutes', hint: HINT }] }],
}, { rules: { "missing-timeout": "warning" } });

yamlRuleTester("missing-timeout", {
  valid: [
    { name: "a timeout as a number", yaml: yaml("on: push", "permissions: {}", "jobs:", "  test:", "    runs-on: ubuntu-latest", "    timeout-minutes: 15", "    steps:", "      - run: make") },
    { name: "a timeout from an expression", yaml: yaml("on: push", "permissions: {}", "jobs:", "  test:", "    runs-on: ubuntu-latest", "    timeout-minutes: ${{ github.event_name == 'push' && 30 || 10 }}", "    steps:", "      - run: make") },
    { name: "a job calling a reusable workflow has no timeout of its own", yaml: yaml("on: push", "permissions: {}", "jobs:", "  call:", "    uses: ./.github/workflows/build.yml") },
  ],
  invalid: [
    {
      name: "only the job without a timeout",
      yaml: yaml("on: push", "permissions: {}", "jobs:", "  fast:", "    runs-on: ubuntu-latest", "    timeout-minutes: 5", "    steps:", "      - run: make", "  slow:", "    runs-on: ubuntu-latest", "    steps:", "      - run: make"),
      errors: [{ severity: "warning", at: "9:3", path: "jobs.slow", message: 'job "slow" has no timeout-minutes: a step that hangs holds the runner for 360 minutes', hint: HINT }],
    },
  ],
});
