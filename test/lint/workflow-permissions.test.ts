import { yaml, yamlRuleTester } from "./yaml-rule-tester.js";

const JOB = ["jobs:", "  release:", "    runs-on: ubuntu-latest", "    steps:", "      - run: ./release.sh"];

yamlRuleTester("workflow-permissions", {
  valid: [
    { name: "read scopes on the workflow", yaml: yaml("on: push", "permissions:", "  contents: read", ...JOB) },
    { name: "write on the job", yaml: yaml("on: push", "permissions: {}", "jobs:", "  release:", "    runs-on: ubuntu-latest", "    permissions:", "      contents: write", "    steps:", "      - run: ./release.sh") },
    { name: "every job sets its own, so the workflow's reaches none", yaml: yaml("on: push", "permissions:", "  contents: write", "jobs:", "  release:", "    runs-on: ubuntu-latest", "    permissions:", "      contents: read", "    steps:", "      - run: ./release.sh") },
  ],
  invalid: [
    {
      name: "write on the workflow",
      yaml: yaml("on: push", "permissions:", "  contents: write", "  issues: read", ...JOB),
      errors: [{ severity: "warning", at: "3:3", path: "permissions.contents", message: "`contents: write` on the workflow gives it to every job, also ones that only build or test", hint: "grant `contents: write` on the job that needs it, and `permissions: {}` or read scopes on the workflow" }],
    },
  ],
});
