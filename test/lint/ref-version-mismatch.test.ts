import { binding, checkout } from "../../src/actions/index.js";
import { job, run, uses, workflow } from "../../src/index.js";
import { ruleTester } from "./rule-tester.js";
import { yaml, yamlRuleTester } from "./yaml-rule-tester.js";

const CHECKOUT_SHA = "3d3c42e5aac5ba805825da76410c181273ba90b1";
const ci = (...steps: unknown[]) => workflow("ci", { on: "push", jobs: [job("build", { "runs-on": "ubuntu-latest", steps: steps as never })] });
const HINT = "correct the comment to `# v7.0.1`, or pin the commit of the release it names";
const says = (comment: string) => `the comment says ${comment}, but commit 3d3c42e5aac5 of actions/checkout is v7.0.1`;
const checkoutStep = (comment: string) => [`      - uses: actions/checkout@${CHECKOUT_SHA} # ${comment}`, "        with:", "          persist-credentials: false"];
const build = ["on: push", "permissions: {}", "jobs:", "  build:", "    runs-on: ubuntu-latest", "    steps:"];

ruleTester("ref-version-mismatch", {
  valid: [
    { name: "pipewright's binding", code: ci(checkout(), run("make")) },
    // With no comment there is nothing to contradict.
    { name: "a bundled commit without a comment", code: ci(uses(`actions/checkout@${CHECKOUT_SHA}`, { with: { "persist-credentials": false } })) },
  ],
  invalid: [
    {
      name: "a hand-made binding that names another release",
      code: ci(binding({ uses: "actions/checkout", version: "v4.2.2", commit: CHECKOUT_SHA, requiredInputs: [] })()),
      errors: [{ severity: "warning", path: "jobs.build.steps[0].uses", message: says("v4.2.2"), hint: HINT }],
    },
  ],
});

yamlRuleTester("ref-version-mismatch", {
  valid: [
    { name: "the exact release", yaml: yaml(...build, ...checkoutStep("v7.0.1")) },
    { name: "its major and minor", yaml: yaml(...build, ...checkoutStep("v7"), ...checkoutStep("v7.0")) },
    { name: "a tag= prefix", yaml: yaml(...build, ...checkoutStep("tag=v7.0.1")) },
    { name: "a comment without a version", yaml: yaml(...build, ...checkoutStep("pinned by renovate")) },
    // pipewright knows no other commit of this action: nothing to compare.
    { name: "a commit pipewright does not bundle", yaml: yaml(...build, "      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2", "        with:", "          persist-credentials: false") },
  ],
  invalid: [
    {
      name: "an older release and a later minor",
      yaml: yaml(...build, ...checkoutStep("v4.2.2"), ...checkoutStep("v7.1")),
      errors: [
        { severity: "warning", at: "7:9", path: "jobs.build.steps[0].uses", message: says("v4.2.2"), hint: HINT },
        { severity: "warning", at: "10:9", path: "jobs.build.steps[1].uses", message: says("v7.1"), hint: HINT },
      ],
    },
  ],
});
