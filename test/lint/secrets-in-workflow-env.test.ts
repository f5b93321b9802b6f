import { job, run, secrets, vars, workflow } from "../../src/index.js";
import { ruleTester } from "./rule-tester.js";
import { yaml, yamlRuleTester } from "./yaml-rule-tester.js";

const publish = job("publish", { "runs-on": "ubuntu-latest", steps: [run("./scripts/release.sh")] });
const everywhere = (names: string) => `workflow-level \`env\` puts ${names} in the environment of every step of every job`;

ruleTester("secrets-in-workflow-env", {
  valid: [
    { name: "a secret in a step's env", code: workflow("release", { on: "push", jobs: [job("publish", { "runs-on": "ubuntu-latest", steps: [run("./scripts/release.sh", { env: { NPM_TOKEN: secrets.NPM_TOKEN } })] })] }) },
    { name: "variables and fixed values in the workflow's env", code: workflow("release", { on: "push", env: { REGISTRY: vars.REGISTRY, NODE_ENV: "production" }, jobs: [publish] }) },
  ],
  invalid: [
    {
      name: "a token for every step",
      code: workflow("release", { on: "push", env: { NODE_ENV: "production", NPM_TOKEN: secrets.NPM_TOKEN }, jobs: [publish] }),
      errors: [{ severity: "warning", path: "env.NPM_TOKEN", message: everywhere("`secrets.NPM_TOKEN`"), hint: "move `NPM_TOKEN` to the `env` of the steps (or the job) that use it" }],
    },
  ],
});

yamlRuleTester("secrets-in-workflow-env", {
  valid: [{ name: "a job's env", yaml: yaml("on: push", "permissions: {}", "jobs:", "  test:", "    runs-on: ubuntu-latest", "    env:", "      TOKEN: ${{ secrets.TOKEN }}", "    steps:", "      - run: make") }],
  invalid: [
    {
      name: "secrets inside a longer value, and all of them",
      yaml: yaml(
        "on: push", "env:", "  DSN: postgres://app:${{ secrets.DB_PASSWORD }}@db/app", "  ALL: ${{ toJSON(secrets) }}",
        "jobs:", "  test:", "    runs-on: ubuntu-latest", "    steps:", "      - run: make",
      ),
      errors: [
        { severity: "warning", at: "3:3", path: "env.DSN", message: everywhere("`secrets.DB_PASSWORD`"), hint: "move `DSN` to the `env` of the steps (or the job) that use it" },
        { severity: "warning", at: "4:3", path: "env.ALL", message: everywhere("`secrets`"), hint: "move `ALL` to the `env` of the steps (or the job) that use it" },
      ],
    },
  ],
});
