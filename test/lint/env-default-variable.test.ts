import { inputs, job, run, workflow } from "../../src/index.js";
import { ruleTester } from "./rule-tester.js";
import { yaml, yamlRuleTester } from "./yaml-rule-tester.js";

const build = (env: Record<string, string>) =>
  workflow("build", {
    on: { workflow_dispatch: { inputs: { sha: { type: "string", required: true }, workspace: { type: "string", required: false } } } },
    jobs: [job("build", { "runs-on": "ubuntu-latest", steps: [run("make", { env })] })],
  });
const MESSAGE = (name: string) => `"${name}" is a default variable: the runner sets it for every step after \`env\`, so this value is never seen`;

ruleTester("env-default-variable", {
  valid: [
    { name: "a name of one's own", code: build({ BUILD_SHA: `${inputs.sha}` }) },
    // Redundant, not wrong: the step sees the same value either way.
    { name: "a default restated from its context", code: build({ GITHUB_SHA: "${{ github.sha }}", RUNNER_TEMP: "${{ runner.temp }}" }) },
    // These come from the runner's own environment, which `env` does override.
    { name: "GITHUB_ACTIONS and CI", code: build({ GITHUB_ACTIONS: "", CI: "false" }) },
  ],
  invalid: [
    {
      name: "a default given another value",
      code: build({ GITHUB_SHA: `${inputs.sha}` }),
      errors: [{ severity: "warning", path: "jobs.build.steps[0].env.GITHUB_SHA", message: MESSAGE("GITHUB_SHA"), hint: 'give your value another name, e.g. "BUILD_SHA"' }],
    },
    {
      name: "a runner variable",
      code: build({ RUNNER_TEMP: "/tmp/build" }),
      errors: [{ severity: "warning", path: "jobs.build.steps[0].env.RUNNER_TEMP", message: MESSAGE("RUNNER_TEMP"), hint: 'give your value another name, e.g. "BUILD_TEMP"' }],
    },
  ],
});

yamlRuleTester("env-default-variable", {
  valid: [{ name: "the same name in another case", yaml: yaml("on: push", "env:", "  github_sha: x", "jobs:", "  build:", "    runs-on: ubuntu-latest", "    steps:", "      - run: make") }],
  invalid: [
    {
      name: "a workflow-level default, at its line",
      yaml: yaml("on: push", "env:", "  GITHUB_WORKSPACE: /src", "jobs:", "  build:", "    runs-on: ubuntu-latest", "    steps:", "      - run: make"),
      errors: [{ severity: "warning", at: "3:3", path: "env.GITHUB_WORKSPACE", message: MESSAGE("GITHUB_WORKSPACE"), hint: 'give your value another name, e.g. "BUILD_WORKSPACE"' }],
    },
  ],
});
