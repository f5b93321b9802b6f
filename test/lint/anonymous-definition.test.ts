import { yaml, yamlRuleTester } from "./yaml-rule-tester.js";

yamlRuleTester("anonymous-definition", {
  valid: [{ name: "named workflow and job", yaml: yaml("name: CI", "on: push", "permissions: {}", "jobs:", "  test:", "    name: Unit tests", "    runs-on: ubuntu-latest", "    steps:", "      - run: make") }],
  invalid: [
    {
      name: "neither has a name",
      yaml: yaml("on: push", "permissions: {}", "jobs:", "  test:", "    runs-on: ubuntu-latest", "    steps:", "      - run: make"),
      errors: [
        { severity: "warning", at: "1:1", path: "", message: "the workflow has no name: runs and checks show its file path", hint: "add `name:` at the top, e.g. name: CI" },
        { severity: "warning", at: "4:3", path: "jobs.test", message: 'job "test" has no name: checks show its id', hint: "add `name:` to the job" },
      ],
    },
  ],
});
