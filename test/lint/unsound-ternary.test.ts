import { expr, job, run, workflow } from "../../src/index.js";
import { ruleTester } from "./rule-tester.js";
import { yaml, yamlRuleTester } from "./yaml-rule-tester.js";

const HINT = "negate the condition and swap the two values (`!cond && 'x' || ''`), so the value after `&&` is never empty";
const step = (value: string) => yaml("on: push", "permissions: {}", "jobs:", "  build:", "    runs-on: ubuntu-latest", "    steps:", "      - run: ./build.sh \"$SUFFIX\"", "        env:", `          SUFFIX: ${value}`);

yamlRuleTester("unsound-ternary", {
  valid: [
    { name: "a truthy true value", yaml: step("${{ github.ref_name != 'main' && '-dev' || '' }}") },
    { name: "a context as the true value (it may be empty, pipewright cannot know)", yaml: step("${{ github.event_name == 'push' && github.sha || 'none' }}") },
    { name: "a falsy value last is fine", yaml: step("${{ github.ref_name == 'main' && 'prod' || '' }}") },
  ],
  invalid: [
    {
      name: "an empty text as the true value",
      yaml: step("${{ github.ref_name == 'main' && '' || '-dev' }}"),
      errors: [{ at: "9:11", path: "jobs.build.steps[0].env.SUFFIX", message: "in `${{ github.ref_name == 'main' && '' || '-dev' }}` the true value '' is falsy, so `&& '' ||` always gives the value after `||`", hint: HINT }],
    },
    {
      name: "false in a chain, inside a larger expression",
      yaml: step("${{ format('{0}', (github.event_name == 'push' && false) || true) }}"),
      errors: [{ at: "9:11", path: "jobs.build.steps[0].env.SUFFIX", message: "in `${{ format('{0}', (github.event_name == 'push' && false) || true) }}` the true value false is falsy, so `&& false ||` always gives the value after `||`", hint: HINT }],
    },
  ],
});

ruleTester("unsound-ternary", {
  valid: [{ name: "a truthy true value", code: workflow("ci", { on: "push", jobs: [job("build", { "runs-on": "ubuntu-latest", "timeout-minutes": 10, steps: [run("make")], if: expr("github.ref_name == 'main' && true || false") })] }) }],
  invalid: [
    {
      name: "a zero true value",
      code: workflow("ci", { on: "push", jobs: [job("build", { "runs-on": "ubuntu-latest", steps: [run("make")], "timeout-minutes": expr("github.ref_name == 'main' && 0 || 30") as never })] }),
      errors: [{ path: "jobs.build.timeout-minutes", message: "in `${{ github.ref_name == 'main' && 0 || 30 }}` the true value 0 is falsy, so `&& 0 ||` always gives the value after `||`", hint: HINT }],
    },
  ],
});
