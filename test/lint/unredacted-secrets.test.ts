import { job, run, secrets, workflow } from "../../src/index.js";
import { ruleTester } from "./rule-tester.js";
import { MAKE_JOB, yaml, yamlRuleTester } from "./yaml-rule-tester.js";

const HINT = "store each value the job needs as a secret of its own, or register it with `echo \"::add-mask::$VALUE\"` before it can be printed";
const deploy = (env: Record<string, string>) =>
  workflow("deploy", { on: { push: { branches: ["main"] } }, permissions: {}, jobs: [job("deploy", { "runs-on": "ubuntu-latest", steps: [run("./deploy.sh", { env })] })] });

ruleTester("unredacted-secrets", {
  valid: [{ name: "a secret as it is", code: deploy({ PASSWORD: `${secrets.DB_PASSWORD}` }) }],
  invalid: [
    {
      name: "a field of a JSON secret",
      code: deploy({ PASSWORD: "${{ fromJSON(secrets.DB).password }}" }),
      errors: [{ severity: "warning", path: "jobs.deploy.steps[0].env.PASSWORD", message: "`fromJSON(secrets.DB).password` derives a value from secret DB that the runner does not mask in logs", hint: HINT }],
    },
  ],
});

yamlRuleTester("unredacted-secrets", {
  valid: [{ name: "fromJSON of something else", yaml: yaml("on: push", ...MAKE_JOB, "        env:", "          N: ${{ fromJSON(vars.COUNT) }}") }],
  invalid: [
    {
      name: "the whole secret parsed",
      yaml: yaml("on: push", ...MAKE_JOB, "        env:", "          STUFF: ${{ fromJson(secrets.password) }}"),
      errors: [{ severity: "warning", at: "9:11", path: "jobs.build.steps[0].env.STUFF", message: "`fromJson(secrets.password)` derives a value from secret password that the runner does not mask in logs", hint: HINT }],
    },
  ],
});
