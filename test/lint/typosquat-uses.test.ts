import { yaml, yamlRuleTester } from "./yaml-rule-tester.js";

const step = (uses: string) => yaml("on: push", "permissions: {}", "jobs:", "  build:", "    runs-on: ubuntu-latest", "    steps:", `      - uses: ${uses}`);
const found = (owner: string, near: string, repo: string) => ({
  severity: "warning" as const, at: "7:9", path: "jobs.build.steps[0].uses",
  message: `owner "${owner}" is one slip from "${near}", the owner of well-known actions: whoever registers it runs code here`,
  hint: `check the name: did you mean ${near}/${repo}?`,
});

yamlRuleTester("typosquat-uses", {
  valid: [
    { name: "the real owner", yaml: step("actions/checkout@v5") },
    { name: "a misspelt repository of the real owner is not a squat", yaml: step("actions/chekout@v5") },
    { name: "an unrelated owner", yaml: step("example/totally-different@v1") },
  ],
  invalid: [
    { name: "two letters swapped", yaml: step("actoins/checkout@v5"), errors: [found("actoins", "actions", "checkout")] },
    { name: "a letter left out", yaml: step("dockr/login-action@v3"), errors: [found("dockr", "docker", "login-action")] },
    { name: "a digit for a letter", yaml: step("acti0ns/checkout@v5"), errors: [found("acti0ns", "actions", "checkout")] },
  ],
});
