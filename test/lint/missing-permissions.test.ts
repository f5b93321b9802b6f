import { job, run, workflow } from "../../src/index.js";
import { describe, it } from "vitest";
import { expectValid } from "./rule-tester.js";
import { yaml, yamlRuleTester } from "./yaml-rule-tester.js";

const HINT = "add `permissions: { contents: read }` at the top and grant more to the jobs that need it; pipewright adds it to workflows it compiles";
const steps = ["    runs-on: ubuntu-latest", "    steps:", "      - run: make"];

// Workflows from workflows.ts cannot be reported: the compiler adds `permissions: { contents: read }`
// to every workflow without a top-level block, so there are only valid cases.
describe("missing-permissions", () => {
  it("a workflow written without permissions", () =>
    expectValid("missing-permissions", workflow("ci", { on: "push", jobs: [job("build", { "runs-on": "ubuntu-latest", steps: [run("make")] })] })));
  it("jobs with their own permissions", () =>
    expectValid("missing-permissions", workflow("ci", { on: "push", jobs: [job("build", { "runs-on": "ubuntu-latest", permissions: { contents: "write" }, steps: [run("make")] })] })));
});

yamlRuleTester("missing-permissions", {
  valid: [
    { name: "a top-level block", yaml: yaml("on: push", "permissions:", "  contents: read", "jobs:", "  build:", ...steps) },
    { name: "every job with its own", yaml: yaml("on: push", "jobs:", "  build:", "    permissions:", "      contents: read", ...steps) },
    // A called workflow's token is the caller's, which the caller limits.
    { name: "a reusable workflow", yaml: yaml("on:", "  workflow_call: {}", "jobs:", "  build:", ...steps) },
    { name: "a reusable workflow calling another with permissions", yaml: yaml("on:", "  workflow_call: {}", "jobs:", "  deploy:", "    permissions:", "      contents: read", "    uses: ./.github/workflows/deploy.yml") },
  ],
  invalid: [
    {
      // The caller limits this workflow's token; the call passes all of it on unless narrowed here.
      name: "a reusable workflow calling another without permissions",
      yaml: yaml("on:", "  workflow_call: {}", "jobs:", "  build:", ...steps, "  deploy:", "    uses: ./.github/workflows/deploy.yml"),
      errors: [{
        severity: "warning", at: "8:3", path: "jobs.deploy",
        message: "job \"deploy\" calls ./.github/workflows/deploy.yml without `permissions`: the called workflow gets every permission this workflow's caller granted",
        hint: "give the job the `permissions` the called workflow needs (`permissions: {}` when it needs none)",
      }],
    },
    {
      name: "no block, one job without its own",
      yaml: yaml("# CI", "on: push", "jobs:", "  lint:", "    permissions: {}", ...steps, "  test:", ...steps),
      errors: [{
        severity: "warning", at: "1:1", path: "",
        message: 'the workflow has no top-level `permissions`: job "test" runs with the repository\'s default token permissions, which may be write access to everything', hint: HINT,
      }],
    },
    {
      name: "several jobs",
      yaml: yaml("on: push", "jobs:", "  a:", ...steps, "  b:", ...steps),
      errors: [{
        severity: "warning", at: "1:1", path: "",
        message: 'the workflow has no top-level `permissions`: jobs "a", "b" run with the repository\'s default token permissions, which may be write access to everything', hint: HINT,
      }],
    },
  ],
});
