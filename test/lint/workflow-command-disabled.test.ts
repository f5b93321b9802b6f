import { job, run, workflow } from "../../src/index.js";
import { ruleTester } from "./rule-tester.js";
import { yaml, yamlRuleTester } from "./yaml-rule-tester.js";

const ci = (...scripts: string[]) => workflow("ci", { on: "push", jobs: [job("build", { "runs-on": "ubuntu-latest", steps: scripts.map((s) => run(s)) })] });
const ENV_HINT = 'write to the environment file instead: echo "NAME=value" >> "$GITHUB_ENV"';
const PATH_HINT = 'write to the environment file instead: echo "/the/dir" >> "$GITHUB_PATH"';

ruleTester("workflow-command-disabled", {
  valid: [
    { name: "environment files", code: ci('echo "STAGE=prod" >> "$GITHUB_ENV"', 'echo "$HOME/.local/bin" >> "$GITHUB_PATH"') },
    { name: "commands that still work", code: ci('echo "::group::Build"', "make", 'echo "::endgroup::"', 'echo "::add-mask::$TOKEN"') },
    // The deprecated commands have their own rule and severity.
    { name: "a word that only contains a command name", code: ci("echo set-env add-path") },
  ],
  invalid: [
    {
      name: "set-env",
      code: ci('echo "::set-env name=STAGE::prod"'),
      errors: [{ path: "jobs.build.steps[0].run", message: "the script uses `::set-env`, which GitHub disabled", hint: ENV_HINT }],
    },
    {
      name: "both commands in one script, each once",
      code: ci('echo "::add-path::$HOME/bin"\necho "::set-env name=A::1"\necho "::set-env name=B::2"'),
      errors: [
        { path: "jobs.build.steps[0].run", message: "the script uses `::add-path`, which GitHub disabled", hint: PATH_HINT },
        { path: "jobs.build.steps[0].run", message: "the script uses `::set-env`, which GitHub disabled", hint: ENV_HINT },
      ],
    },
  ],
});

yamlRuleTester("workflow-command-disabled", {
  valid: [{ name: "a step without a script", yaml: yaml("on: push", "jobs:", "  build:", "    runs-on: ubuntu-latest", "    steps:", "      - uses: ./.github/actions/setup") }],
  invalid: [
    {
      name: "set-env in a block script, at the step's `run`",
      yaml: yaml("on: push", "jobs:", "  build:", "    runs-on: ubuntu-latest", "    steps:", "      - name: Configure", "        run: |", "          echo \"::set-env name=STAGE::prod\""),
      errors: [{ at: "7:9", path: "jobs.build.steps[0].run", message: "the script uses `::set-env`, which GitHub disabled", hint: ENV_HINT }],
    },
  ],
});
