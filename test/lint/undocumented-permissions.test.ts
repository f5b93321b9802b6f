import { yaml, yamlRuleTester } from "./yaml-rule-tester.js";

const job = (...permissions: string[]) => yaml("on: push", "permissions: {}", "jobs:", "  release:", "    runs-on: ubuntu-latest", "    permissions:", ...permissions.map((p) => `      ${p}`), "    steps:", "      - run: ./release.sh");
const HINT = "add a comment after each scope naming the step that needs it (`issues: write # labels new issues`), or drop the grants nothing needs";

yamlRuleTester("undocumented-permissions", {
  valid: [
    { name: "every scope has its reason", yaml: job("contents: write # pushes the tag", "issues: write # comments on the released issues") },
    { name: "contents: read explains itself", yaml: job("contents: read") },
    { name: "contents: read beside documented scopes", yaml: job("contents: read", "pull-requests: write # posts the plan") },
    { name: "no permissions at all", yaml: yaml("on: push", "permissions: {}", "jobs:", "  build:", "    runs-on: ubuntu-latest", "    permissions: {}", "    steps:", "      - run: make") },
  ],
  invalid: [
    {
      name: "a job's scopes without comments",
      yaml: job("contents: write", "packages: write # pushes the image", "actions: read"),
      errors: [{ severity: "warning", at: "6:5", path: "jobs.release.permissions", message: "job \"release\" grants `contents: write`, `actions: read` without a comment saying why", hint: HINT }],
    },
    {
      name: "an empty comment is no reason",
      yaml: job("issues: write #"),
      errors: [{ severity: "warning", at: "6:5", path: "jobs.release.permissions", message: "job \"release\" grants `issues: write` without a comment saying why", hint: HINT }],
    },
    {
      name: "the workflow's block",
      yaml: yaml("on: push", "permissions:", "  contents: read", "  issues: write", "jobs:", "  build:", "    runs-on: ubuntu-latest", "    steps:", "      - run: make"),
      errors: [{ severity: "warning", at: "2:1", path: "permissions", message: "the workflow grants `issues: write` without a comment saying why", hint: HINT }],
    },
  ],
});
