import { yaml, yamlRuleTester } from "./yaml-rule-tester.js";

const step = (condition: string) => yaml("on: push", "permissions: {}", "jobs:", "  deploy:", "    runs-on: ubuntu-latest", "    steps:", "      - run: ./deploy.sh", `        if: ${condition}`);

yamlRuleTester("unsound-contains", {
  valid: [
    { name: "one of a list", yaml: step("contains(fromJSON('[\"main\", \"release\"]'), github.ref_name)") },
    { name: "a substring of a context value is what it means", yaml: step("contains(github.event.head_commit.message, '[deploy]')") },
    { name: "a one-word text", yaml: step("contains('main', github.ref_name)") },
  ],
  invalid: [
    {
      name: "names in a text, comma-separated",
      yaml: step("contains('main,release', github.ref_name)"),
      errors: [{ severity: "warning", at: "8:9", path: "jobs.deploy.steps[0].if", message: "contains('main,release', github.ref_name) tests for a substring: any github.ref_name that is part of the text passes, not only the names in it", hint: "test for one of the names: contains(fromJSON('[\"main\", \"release\"]'), github.ref_name)" }],
    },
    {
      name: "inside a larger condition, space-separated",
      yaml: step("${{ github.event_name == 'push' && contains('refs/heads/main refs/heads/dev', github.ref) }}"),
      errors: [{ severity: "warning", at: "8:9", path: "jobs.deploy.steps[0].if", message: "contains('refs/heads/main refs/heads/dev', github.ref) tests for a substring: any github.ref that is part of the text passes, not only the names in it", hint: "test for one of the names: contains(fromJSON('[\"refs/heads/main\", \"refs/heads/dev\"]'), github.ref)" }],
    },
  ],
});
