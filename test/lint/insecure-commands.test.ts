import { job, run, workflow } from "../../src/index.js";
import { ruleTester } from "./rule-tester.js";
import { yaml, yamlRuleTester } from "./yaml-rule-tester.js";

const MESSAGE = "ACTIONS_ALLOW_UNSECURE_COMMANDS turns `::set-env` and `::add-path` back on: any line a step prints can set variables and PATH for later steps";
const HINT = 'remove ACTIONS_ALLOW_UNSECURE_COMMANDS and write to the environment files instead: echo "NAME=value" >> "$GITHUB_ENV", echo "/dir" >> "$GITHUB_PATH"';

ruleTester("insecure-commands", {
  valid: [
    { name: "set to false", code: workflow("ci", { on: "push", env: { ACTIONS_ALLOW_UNSECURE_COMMANDS: false }, jobs: [job("build", { "runs-on": "ubuntu-latest", steps: [run("make")] })] }) },
    { name: "not set", code: workflow("ci", { on: "push", jobs: [job("build", { "runs-on": "ubuntu-latest", steps: [run('echo "STAGE=prod" >> "$GITHUB_ENV"')] })] }) },
  ],
  invalid: [
    {
      name: "on a job and on a step",
      code: workflow("ci", {
        on: "push",
        jobs: [job("build", { "runs-on": "ubuntu-latest", env: { ACTIONS_ALLOW_UNSECURE_COMMANDS: true }, steps: [run("make", { env: { ACTIONS_ALLOW_UNSECURE_COMMANDS: "TRUE" } })] })],
      }),
      errors: [
        { path: "jobs.build.env.ACTIONS_ALLOW_UNSECURE_COMMANDS", message: MESSAGE, hint: HINT },
        { path: "jobs.build.steps[0].env.ACTIONS_ALLOW_UNSECURE_COMMANDS", message: MESSAGE, hint: HINT },
      ],
    },
  ],
});

yamlRuleTester("insecure-commands", {
  valid: [{ name: "false as text", yaml: yaml("on: push", "permissions: {}", "env:", "  ACTIONS_ALLOW_UNSECURE_COMMANDS: 'false'", "jobs:", "  build:", "    runs-on: ubuntu-latest", "    steps:", "      - run: make") }],
  invalid: [
    {
      name: "on the workflow",
      yaml: yaml("on: push", "env:", "  ACTIONS_ALLOW_UNSECURE_COMMANDS: true", "jobs:", "  build:", "    runs-on: ubuntu-latest", "    steps:", "      - run: make"),
      errors: [{ at: "3:3", path: "env.ACTIONS_ALLOW_UNSECURE_COMMANDS", message: MESSAGE, hint: HINT }],
    },
  ],
});
