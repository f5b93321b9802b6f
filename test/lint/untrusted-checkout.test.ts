import { checkout } from "../../src/actions/index.js";
import { eq, github, job, run, workflow } from "../../src/index.js";
import { ruleTester } from "./rule-tester.js";
import { yaml, yamlRuleTester } from "./yaml-rule-tester.js";

const HINT = "build and test pull requests in a `pull_request` workflow; if this one needs files from the pull request, read them as data (never build, install or run them) or limit the job with `if:` to pull requests from this repository";
const TRIGGER_HINT = "use `pull_request` unless the workflow needs secrets or write access; if it does, never check out or run the pull request's code, keep `permissions` to what it needs, and treat every event field as untrusted input";
const TARGET = "`pull_request_target` runs for pull requests from forks with this repository's secrets and a token that can write";
const RUN = "`workflow_run` runs with this repository's secrets and a token that can write after workflows that pull requests from forks can start";
const inTarget = (what: string) => `in a \`pull_request_target\` workflow, ${what}: the fork's code then runs with this repository's secrets and a token that can write`;
const trigger = { rule: "dangerous-triggers", severity: "warning", path: "on.pull_request_target", message: TARGET, hint: TRIGGER_HINT } as const;

const target = (definition: Record<string, unknown>) =>
  workflow("pr-target", { on: { pull_request_target: { types: ["opened", "synchronize"] } }, jobs: [job("test", { "runs-on": "ubuntu-latest", ...definition } as never)] });

ruleTester("untrusted-checkout", {
  valid: [
    { name: "a pull_request workflow testing the head", code: workflow("pr", { on: "pull_request", jobs: [job("test", { "runs-on": "ubuntu-latest", steps: [checkout({ ref: github.event.pull_request.head.sha }), run("make test")] })] }) },
  ],
  invalid: [
    {
      // pull_request_target itself is only a warning: checking out the base is how it is meant to be used.
      name: "pull_request_target checking out the base branch",
      code: target({ steps: [checkout(), run("./scripts/label.sh")] }),
      errors: [trigger],
    },
    {
      name: "a job limited to pull requests from this repository",
      code: target({ if: eq(github.event.pull_request.head.repo.full_name, github.repository), steps: [checkout({ ref: github.event.pull_request.head.sha }), run("make test")] }),
      errors: [trigger],
    },
    {
      name: "actions/checkout of the head commit",
      code: target({ steps: [checkout({ ref: github.event.pull_request.head.sha }), run("make test")] }),
      errors: [trigger, { path: "jobs.test.steps[0].with.ref", message: inTarget("actions/checkout checks out the pull request's head"), hint: HINT }],
    },
    {
      name: "gh pr checkout, after run() moved the number into env",
      code: target({ steps: [checkout(), run(`gh pr checkout ${github.event.pull_request.number}\nmake test`)] }),
      errors: [trigger, { path: "jobs.test.steps[1].run", message: inTarget("`gh pr checkout $EVENT_PULL_REQUEST_NUMBER` fetches the pull request's head"), hint: HINT }],
    },
    {
      name: "git fetch of the triggering run's commit",
      code: workflow("after-ci", {
        on: { workflow_run: { workflows: ["CI"], types: ["completed"] } },
        jobs: [job("deploy", { "runs-on": "ubuntu-latest", steps: [checkout(), run(`git fetch origin ${github.event.workflow_run.head_sha}\ngit checkout FETCH_HEAD\n./deploy.sh`)] })],
      }),
      errors: [
        { rule: "dangerous-triggers", severity: "warning", path: "on.workflow_run", message: RUN, hint: TRIGGER_HINT },
        {
          path: "jobs.deploy.steps[1].run",
          message: "in a `workflow_run` workflow, `git fetch origin $EVENT_WORKFLOW_RUN_HEAD_SHA` fetches the triggering run's head commit: the fork's code then runs with this repository's secrets and a token that can write",
          hint: HINT,
        },
      ],
    },
  ],
});

yamlRuleTester("untrusted-checkout", {
  valid: [
    {
      // Without `repository`, a branch name names a branch of this repository, not the fork's.
      name: "the head branch name of this repository",
      yaml: yaml("on: pull_request_target", "permissions: {}", "jobs:", "  test:", "    runs-on: ubuntu-latest", "    steps:", "      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1", "        with:", "          ref: ${{ github.head_ref }}", "          persist-credentials: false"),
    },
  ],
  invalid: [
    {
      name: "the fork's repository and branch",
      yaml: yaml(
        "on: pull_request_target", "jobs:", "  update:", "    runs-on: ubuntu-latest", "    steps:", "      - uses: actions/checkout@v7", "        with:",
        "          ref: ${{ github.event.pull_request.head.ref }}", "          repository: ${{ github.event.pull_request.head.repo.full_name }}", "      - run: npm ci && npm run docs",
      ),
      errors: [{ at: "8:11", path: "jobs.update.steps[0].with.ref", message: inTarget("actions/checkout checks out the pull request's head"), hint: HINT }],
    },
    {
      name: "a pull request ref fetched in a script",
      yaml: yaml(
        "on: pull_request_target", "jobs:", "  test:", "    runs-on: ubuntu-latest", "    steps:", "      - run: |", "          git fetch origin \"pull/$PR/head:pr\"", "          git checkout pr", "        env:", "          PR: ${{ github.event.number }}",
      ),
      errors: [{ at: "6:9", path: "jobs.test.steps[0].run", message: inTarget("`git fetch origin \"pull/$PR/head:pr\"` fetches the pull request's head"), hint: HINT }],
    },
  ],
});
