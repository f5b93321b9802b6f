import { checkout, setupPython } from "../../src/actions/index.js";
import { job, run, uses, workflow } from "../../src/index.js";
import { ruleTester } from "./rule-tester.js";
import { yaml, yamlRuleTester } from "./yaml-rule-tester.js";

const CHECKOUT_SHA = "3d3c42e5aac5ba805825da76410c181273ba90b1";
const OTHER_SHA = "0123456789abcdef0123456789abcdef01234567";
const DIGEST = "sha256:4bcff63911fcb4448bd4fdacec207030997caf25e9bea4045fa6c8c44de311d1";
const ci = (...steps: unknown[]) => workflow("ci", { on: "push", jobs: [job("build", { "runs-on": "ubuntu-latest", steps: steps as never })] });
const generic = (repo: string, ref: string) => `pin the full 40-character commit SHA of the release, with the version in a comment: \`${repo}@<sha> # ${ref}\``;
const moved = (uses: string, kind: string, ref: string, repo: string) => `"${uses}" is pinned to a ${kind} ("${ref}"), which the owner of ${repo} can move to other code`;

ruleTester("unpinned-uses", {
  valid: [
    { name: "pipewright's action bindings", code: ci(checkout(), setupPython({ "python-version": "3.12" }), run("make")) },
    { name: "a full commit SHA", code: ci(uses(`octo-org/setup-tool@${OTHER_SHA}`), uses(`octo-org/monorepo/actions/lint@${OTHER_SHA}`)) },
    { name: "an action in this repository", code: ci(checkout(), uses("./.github/actions/setup")) },
    { name: "a Docker image by digest", code: ci(uses(`docker://alpine@${DIGEST}`, { with: { args: "echo hi" } })) },
    { name: "reusable workflows by SHA and in this repository", code: workflow("ci", { on: "push", jobs: [job("lint", { uses: `octo-org/ci/.github/workflows/lint.yml@${OTHER_SHA}` }), job("test", { uses: "./.github/workflows/test.yml" })] }) },
  ],
  invalid: [
    {
      name: "a tag of an action pipewright bundles, at the major it pins",
      code: ci(uses("actions/checkout@v7")),
      errors: [{
        severity: "warning", path: "jobs.build.steps[0].uses", message: moved("actions/checkout@v7", "tag", "v7", "actions/checkout"),
        hint: `pin the commit with the version in a comment: \`actions/checkout@${CHECKOUT_SHA} # v7.0.1\` (the release pipewright's binding uses)`,
      }],
    },
    {
      name: "an older major, a branch and a short SHA",
      code: ci(uses("actions/checkout@v4"), uses("octo-org/deploy-action@main"), uses("octo-org/deploy-action@0123456")),
      errors: [
        { severity: "warning", path: "jobs.build.steps[0].uses", message: moved("actions/checkout@v4", "tag", "v4", "actions/checkout"), hint: generic("actions/checkout", "v4") },
        { severity: "warning", path: "jobs.build.steps[1].uses", message: moved("octo-org/deploy-action@main", "tag or branch", "main", "octo-org/deploy-action"), hint: generic("octo-org/deploy-action", "main") },
        { severity: "warning", path: "jobs.build.steps[2].uses", message: moved("octo-org/deploy-action@0123456", "tag", "0123456", "octo-org/deploy-action"), hint: generic("octo-org/deploy-action", "0123456") },
      ],
    },
    {
      // Hand-recorded metadata names no release commit, so no pin is suggested.
      name: "branches that follow one major, of actions known without a release commit",
      code: ci(uses("pypa/gh-action-pypi-publish@release/v1"), uses("octokit/request-action@v2.x", { with: { route: "GET /zen" } })),
      errors: [
        { severity: "warning", path: "jobs.build.steps[0].uses", message: moved("pypa/gh-action-pypi-publish@release/v1", "tag or branch", "release/v1", "pypa/gh-action-pypi-publish"), hint: generic("pypa/gh-action-pypi-publish", "release/v1") },
        { severity: "warning", path: "jobs.build.steps[1].uses", message: moved("octokit/request-action@v2.x", "tag or branch", "v2.x", "octokit/request-action"), hint: generic("octokit/request-action", "v2.x") },
      ],
    },
    {
      name: "a Docker image by tag",
      code: ci(uses("docker://alpine:3.20", { with: { args: "echo hi" } })),
      errors: [{
        severity: "warning", path: "jobs.build.steps[0].uses", message: '"docker://alpine:3.20" names a Docker image by tag, which can be pushed over',
        hint: "pin the image digest: `docker://alpine:3.20@sha256:<digest>` (`docker buildx imagetools inspect` prints it)",
      }],
    },
    {
      name: "a reusable workflow by tag",
      code: workflow("ci", { on: "push", jobs: [job("lint", { uses: "octo-org/ci/.github/workflows/lint.yml@v2" })] }),
      errors: [{
        severity: "warning", path: "jobs.lint.uses", message: moved("octo-org/ci/.github/workflows/lint.yml@v2", "tag", "v2", "octo-org/ci"), hint: generic("octo-org/ci", "v2"),
      }],
    },
  ],
});

yamlRuleTester("unpinned-uses", {
  valid: [
    {
      name: "a SHA with its version comment",
      yaml: yaml("on: push", "jobs:", "  build:", "    runs-on: ubuntu-latest", "    steps:", `      - uses: actions/checkout@${CHECKOUT_SHA} # v7.0.1`, "        with:", "          persist-credentials: false"),
    },
  ],
  invalid: [
    {
      name: "a tag, at the `uses` value",
      yaml: yaml("on: push", "jobs:", "  build:", "    runs-on: ubuntu-latest", "    steps:", "      - name: Set up Python", "        uses: actions/setup-python@v7.0.0"),
      errors: [{
        severity: "warning", at: "7:9", path: "jobs.build.steps[0].uses", message: moved("actions/setup-python@v7.0.0", "tag", "v7.0.0", "actions/setup-python"),
        hint: "pin the commit with the version in a comment: `actions/setup-python@5fda3b95a4ea91299a34e894583c3862153e4b97 # v7.0.0` (the release pipewright's binding uses)",
      }],
    },
  ],
});
