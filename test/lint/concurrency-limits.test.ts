import { yaml, yamlRuleTester } from "./yaml-rule-tester.js";

const HINT = "add `cancel-in-progress: true` to cancel a run the next commit replaces, or `cancel-in-progress: false` to queue it";
const MISSING_HINT = "add to the workflow: concurrency: { group: ${{ github.workflow }}-${{ github.ref }}, cancel-in-progress: true }";
const JOBS = ["permissions: {}", "jobs:", "  test:", "    runs-on: ubuntu-latest", "    steps:", "      - run: make"];

yamlRuleTester("concurrency-limits", {
  valid: [
    { name: "workflow concurrency that cancels", yaml: yaml("on: push", "concurrency:", "  group: ci-${{ github.ref }}", "  cancel-in-progress: true", ...JOBS) },
    { name: "workflow concurrency that queues, said so", yaml: yaml("on: push", "concurrency:", "  group: deploy", "  cancel-in-progress: false", ...JOBS) },
    { name: "each job has its own", yaml: yaml("on: push", "permissions: {}", "jobs:", "  test:", "    runs-on: ubuntu-latest", "    concurrency:", "      group: test-${{ github.ref }}", "      cancel-in-progress: true", "    steps:", "      - run: make") },
    { name: "a workflow only called by others takes its callers' concurrency", yaml: yaml("on: workflow_call", ...JOBS) },
  ],
  invalid: [
    {
      name: "no concurrency anywhere",
      yaml: yaml("on: push", ...JOBS),
      errors: [{ severity: "warning", at: "4:3", path: "jobs.test", message: 'job "test" has no concurrency, nor has the workflow: every push starts another run beside the ones still going', hint: MISSING_HINT }],
    },
    {
      name: "a group given as text does not say what happens to the run in progress",
      yaml: yaml("on: push", "concurrency: ci", ...JOBS),
      errors: [{ severity: "warning", at: "2:1", path: "concurrency", message: "the workflow's concurrency does not say whether a new run cancels the one in progress", hint: HINT }],
    },
    {
      name: "one job without cancel-in-progress, one without concurrency",
      yaml: yaml("on: push", "permissions: {}", "jobs:", "  a:", "    runs-on: ubuntu-latest", "    concurrency: a", "    steps:", "      - run: make", "  b:", "    runs-on: ubuntu-latest", "    steps:", "      - run: make"),
      errors: [
        { severity: "warning", at: "6:5", path: "jobs.a.concurrency", message: 'job "a": concurrency does not say whether a new run cancels the one in progress', hint: HINT },
        { severity: "warning", at: "9:3", path: "jobs.b", message: 'job "b" has no concurrency, nor has the workflow: every push starts another run beside the ones still going', hint: MISSING_HINT },
      ],
    },
  ],
});
