import { checkout } from "../../src/actions/index.js";
import { job, run, workflow } from "../../src/index.js";
import { ruleTester } from "./rule-tester.js";
import { yaml, yamlRuleTester } from "./yaml-rule-tester.js";

const HINT = "use `pull_request` unless the workflow needs secrets or write access; if it does, never check out or run the pull request's code, keep `permissions` to what it needs, and treat every event field as untrusted input";
const TARGET = "`pull_request_target` runs for pull requests from forks with this repository's secrets and a token that can write";
const RUN = "`workflow_run` runs with this repository's secrets and a token that can write after workflows that pull requests from forks can start";
const label = job("label", {
  "runs-on": "ubuntu-latest",
  permissions: { "pull-requests": "write" },
  steps: [run('gh pr edit "$PR" --add-label triage', { env: { PR: "${{ github.event.pull_request.number }}", GH_TOKEN: "${{ github.token }}" } })],
});

ruleTester("dangerous-triggers", {
  valid: [
    { name: "pull_request", code: workflow("pr", { on: { pull_request: { types: ["opened", "synchronize"] } }, jobs: [job("test", { "runs-on": "ubuntu-latest", steps: [checkout(), run("make test")] })] }) },
    { name: "push and workflow_dispatch", code: workflow("ci", { on: { push: { branches: ["main"] }, workflow_dispatch: {} }, jobs: [job("test", { "runs-on": "ubuntu-latest", steps: [run("make test")] })] }) },
  ],
  invalid: [
    {
      name: "pull_request_target, even without a checkout",
      code: workflow("label", { on: { pull_request_target: { types: ["opened"] } }, jobs: [label] }),
      errors: [{ severity: "warning", path: "on.pull_request_target", message: TARGET, hint: HINT }],
    },
    {
      name: "issue_comment, which anyone who can comment starts",
      code: workflow("chatops", { on: { issue_comment: { types: ["created"] } }, jobs: [job("reply", { "runs-on": "ubuntu-latest", steps: [run("echo thanks")] })] }),
      errors: [{ severity: "warning", path: "on.issue_comment", message: "`issue_comment` runs for a comment from anyone who can comment (on a public repository, anyone), with this repository's secrets and a token that can write", hint: HINT }],
    },
    {
      name: "workflow_run beside a safe trigger",
      code: workflow("report", { on: { push: { branches: ["main"] }, workflow_run: { workflows: ["CI"], types: ["completed"] } }, jobs: [job("report", { "runs-on": "ubuntu-latest", steps: [run("echo done")] })] }),
      errors: [{ severity: "warning", path: "on.workflow_run", message: RUN, hint: HINT }],
    },
  ],
});

yamlRuleTester("dangerous-triggers", {
  valid: [{ name: "a list of safe events", yaml: yaml("on: [push, pull_request]", "permissions: {}", "jobs:", "  test:", "    runs-on: ubuntu-latest", "    steps:", "      - run: make test") }],
  invalid: [
    {
      name: "an event in a list",
      yaml: yaml("on: [push, pull_request_target]", "jobs:", "  test:", "    runs-on: ubuntu-latest", "    steps:", "      - run: echo hi"),
      errors: [{ severity: "warning", at: "1:12", path: "on[1]", message: TARGET, hint: HINT }],
    },
    {
      name: "the only event, as a string",
      yaml: yaml("on: workflow_run", "jobs:", "  test:", "    runs-on: ubuntu-latest", "    steps:", "      - run: echo hi"),
      errors: [{ severity: "warning", at: "1:1", path: "on", message: RUN, hint: HINT }],
    },
  ],
});
