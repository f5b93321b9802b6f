import { job, secrets, workflow } from "../../src/index.js";
import { ruleTester } from "./rule-tester.js";
import { yaml, yamlRuleTester } from "./yaml-rule-tester.js";

const HINT = "pass the secrets the called workflow declares under `on.workflow_call.secrets`: `secrets: { NAME: ${{ secrets.NAME }} }`";
const SHA = "0123456789abcdef0123456789abcdef01234567";
const caller = (definition: Record<string, unknown>) => workflow("release", { on: "push", jobs: [job("deploy", { uses: "./.github/workflows/deploy.yml", ...definition } as never)] });

ruleTester("secrets-inherit", {
  valid: [
    { name: "named secrets", code: caller({ secrets: { deploy_token: secrets.DEPLOY_TOKEN } }) },
    { name: "no secrets", code: caller({ with: { environment: "staging" } }) },
  ],
  invalid: [
    {
      name: "inherit",
      code: caller({ secrets: "inherit" }),
      errors: [{ severity: "warning", path: "jobs.deploy.secrets", message: '`secrets: inherit` passes every secret job "deploy" can read to ./.github/workflows/deploy.yml, not only the ones it needs', hint: HINT }],
    },
  ],
});

yamlRuleTester("secrets-inherit", {
  valid: [{ name: "a named secret", yaml: yaml("on: push", "permissions: {}", "jobs:", "  call:", `    uses: octo-org/ci/.github/workflows/build.yml@${SHA}`, "    secrets:", "      token: ${{ secrets.TOKEN }}") }],
  invalid: [
    {
      name: "inherit to another repository's workflow",
      yaml: yaml("on: push", "jobs:", "  call:", `    uses: octo-org/ci/.github/workflows/build.yml@${SHA}`, "    secrets: inherit"),
      errors: [{
        severity: "warning", at: "5:5", path: "jobs.call.secrets",
        message: `\`secrets: inherit\` passes every secret job "call" can read to octo-org/ci/.github/workflows/build.yml@${SHA}, not only the ones it needs`, hint: HINT,
      }],
    },
  ],
});
