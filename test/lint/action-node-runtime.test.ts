import { checkout } from "../../src/actions/index.js";
import { job, uses, workflow } from "../../src/index.js";
import { oldRuntimeOf } from "../../src/lint/action-versions.js";
import { describe, expect, it } from "vitest";
import { ruleTester } from "./rule-tester.js";
import { yaml, yamlRuleTester } from "./yaml-rule-tester.js";

const ci = (steps: readonly unknown[]) => workflow("ci", { on: "push", jobs: [job("build", { "runs-on": "ubuntu-latest", steps: steps as never })] });
const steps = (...lines: string[]) => yaml("on: push", "jobs:", "  build:", "    runs-on: ubuntu-latest", "    steps:", ...lines);
const CHECKOUT_HINT = "upgrade to actions/checkout@v7 (pipewright pins v7.0.1; its binding does this for you) and check the release notes for changed inputs";

ruleTester("action-node-runtime", {
  valid: [
    { name: "the binding", code: ci([checkout()]) },
    { name: "an action the table does not know", code: ci([uses("octo-org/notify@0123456789abcdef0123456789abcdef01234567")]) },
  ],
  invalid: [
    {
      // A tag is the only way to name an old major in the DSL, so unpinned-uses speaks too.
      name: "an old major by tag",
      code: ci([uses("docker/login-action@v2", { with: { registry: "ghcr.io" } })]),
      errors: [
        {
          path: "jobs.build.steps[0].uses",
          message: "docker/login-action@v2 is built for Node 16, which GitHub's runners no longer have; v3 is the first major that runs on a current Node",
          hint: "upgrade to docker/login-action@v4 (pipewright pins v4.1.0; its binding does this for you) and check the release notes for changed inputs",
        },
        {
          rule: "unpinned-uses",
          severity: "warning",
          path: "jobs.build.steps[0].uses",
          message: '"docker/login-action@v2" is pinned to a tag ("v2"), which the owner of docker/login-action can move to other code',
          hint: "pin the full 40-character commit SHA of the release, with the version in a comment: `docker/login-action@<sha> # v2`",
        },
      ],
    },
  ],
});

yamlRuleTester("action-node-runtime", {
  valid: [
    // Node 20 is deprecated but still shipped; its majors are not flagged yet.
    { name: "a Node 20 major", yaml: steps("      - uses: actions/checkout@v4") },
    { name: "a branch, which could be any version", yaml: steps("      - uses: actions/checkout@main") },
    { name: "a commit without a version comment", yaml: steps("      - uses: actions/checkout@f43a0e5ff2bd294095638e18286ca9a3d1956744") },
  ],
  invalid: [
    {
      name: "a Node 16 major by tag",
      yaml: steps("      - uses: actions/checkout@v3"),
      errors: [{ at: "6:9", path: "jobs.build.steps[0].uses", message: "actions/checkout@v3 is built for Node 16, which GitHub's runners no longer have; v4 is the first major that runs on a current Node", hint: CHECKOUT_HINT }],
    },
    {
      name: "a Node 12 release by commit and version comment",
      yaml: steps("      - uses: actions/checkout@ec3a7ce113134d7a93b817d10a8272cb61118579 # v2.4.0"),
      errors: [{
        at: "6:9",
        path: "jobs.build.steps[0].uses",
        message: "actions/checkout@ec3a7ce113134d7a93b817d10a8272cb61118579 (v2) is built for Node 12, which GitHub's runners no longer have; v4 is the first major that runs on a current Node",
        hint: CHECKOUT_HINT,
      }],
    },
    {
      // Its metadata is carried without a binding: v4 also ran on Node 16.
      name: "an action pipewright knows without binding it",
      yaml: steps("      - uses: actions/setup-go@v3.5.0"),
      errors: [{
        at: "6:9", path: "jobs.build.steps[0].uses",
        message: "actions/setup-go@v3.5.0 is built for Node 16, which GitHub's runners no longer have; v5 is the first major that runs on a current Node",
        hint: "upgrade to actions/setup-go@v7 (latest: v7.0.0) and check the release notes for changed inputs",
      }],
    },
    {
      name: "a Node 12 major of a bound action",
      yaml: steps("      - uses: docker/metadata-action@v3"),
      errors: [{ at: "6:9", path: "jobs.build.steps[0].uses", message: "docker/metadata-action@v3 is built for Node 12, which GitHub's runners no longer have; v5 is the first major that runs on a current Node", hint: "upgrade to docker/metadata-action@v6 (pipewright pins v6.2.0; its binding does this for you) and check the release notes for changed inputs" }],
    },
  ],
});

describe("action-node-runtime table", () => {
  it("matches owner and repository in any case", () => {
    expect(oldRuntimeOf("Docker/Login-Action", 2)).toBe("node16");
    expect(oldRuntimeOf("docker/login-action", 4)).toBeUndefined();
  });
});
