import { job, run, workflow } from "../../src/index.js";
import { ruleTester } from "./rule-tester.js";
import { yaml, yamlRuleTester } from "./yaml-rule-tester.js";

const ci = (...scripts: string[]) => workflow("ci", { on: "push", jobs: [job("build", { "runs-on": "ubuntu-latest", steps: scripts.map((s, i) => run(s, { id: `s${i}` })) })] });
const OUTPUT_HINT = 'write to the environment file instead: echo "name=value" >> "$GITHUB_OUTPUT"';

ruleTester("workflow-command-deprecated", {
  valid: [
    { name: "the output file", code: ci('echo "tag=v1" >> "$GITHUB_OUTPUT"') },
    { name: "the state file", code: ci('echo "pid=$!" >> "$GITHUB_STATE"') },
  ],
  invalid: [
    {
      name: "set-output",
      code: ci('echo "::set-output name=tag::v1"'),
      errors: [{ severity: "warning", path: "jobs.build.steps[0].run", message: "the script uses `::set-output`, which GitHub deprecated", hint: OUTPUT_HINT }],
    },
    {
      name: "save-state in a later step",
      code: ci("make", 'echo "::save-state name=pid::$!"'),
      errors: [{ severity: "warning", path: "jobs.build.steps[1].run", message: "the script uses `::save-state`, which GitHub deprecated", hint: 'write to the environment file instead: echo "name=value" >> "$GITHUB_STATE"' }],
    },
  ],
});

yamlRuleTester("workflow-command-deprecated", {
  valid: [{ name: "set-output spelt out in a message", yaml: yaml("on: push", "jobs:", "  build:", "    runs-on: ubuntu-latest", "    steps:", "      - run: echo 'set-output is deprecated'") }],
  invalid: [
    {
      name: "set-output written with printf",
      yaml: yaml("on: push", "jobs:", "  build:", "    runs-on: ubuntu-latest", "    steps:", "      - id: v", "        run: printf '::set-output name=v::%s\\n' \"$V\""),
      errors: [{ severity: "warning", at: "7:9", path: "jobs.build.steps[0].run", message: "the script uses `::set-output`, which GitHub deprecated", hint: OUTPUT_HINT }],
    },
  ],
});
