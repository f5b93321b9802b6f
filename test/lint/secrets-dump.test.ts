import { job, run, secrets, toJSON, workflow } from "../../src/index.js";
import { ruleTester } from "./rule-tester.js";
import { MAKE_JOB, yaml, yamlRuleTester } from "./yaml-rule-tester.js";

const deploy = (env: Record<string, string>) =>
  workflow("deploy", { on: { push: { branches: ["main"] } }, permissions: {}, jobs: [job("deploy", { "runs-on": "ubuntu-latest", steps: [run("./deploy.sh", { env })] })] });
const HINT = "pass the secrets the step uses, one by one: `${{ secrets.NAME }}`";

ruleTester("secrets-dump", {
  valid: [
    { name: "one secret", code: deploy({ TOKEN: `${secrets.DEPLOY_TOKEN}` }) },
    { name: "one secret as JSON", code: deploy({ TOKEN: `${toJSON(secrets.DEPLOY_TOKEN)}` }) },
  ],
  invalid: [
    {
      name: "every secret as JSON",
      code: deploy({ ALL: `${toJSON(secrets as never)}` }),
      errors: [{ severity: "warning", path: "jobs.deploy.steps[0].env.ALL", message: "`toJSON(secrets)` gives the step every secret of the repository", hint: HINT }],
    },
  ],
});

yamlRuleTester("secrets-dump", {
  valid: [{ name: "a secret by name", yaml: yaml("on: push", ...MAKE_JOB, "        env:", "          TOKEN: ${{ secrets.TOKEN }}") }],
  invalid: [
    {
      name: "every secret, inside format()",
      yaml: yaml("on: push", ...MAKE_JOB, "        env:", "          ALL: ${{ format('{0}', toJSON(secrets)) }}"),
      errors: [{ severity: "warning", at: "9:11", path: "jobs.build.steps[0].env.ALL", message: "`format('{0}', toJSON(secrets))` gives the step every secret of the repository", hint: HINT }],
    },
  ],
});
