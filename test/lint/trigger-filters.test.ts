import { job, run, workflow } from "../../src/index.js";
import { ruleTester } from "./rule-tester.js";
import { MAKE_JOB, yaml, yamlRuleTester } from "./yaml-rule-tester.js";

const jobs = [job("build", { "runs-on": "ubuntu-latest", steps: [run("make")] })];
/** `on` as given, types bypassed: the rule exists for what the types cannot stop (YAML, `as any`). */
const ci = (on: unknown) => workflow("ci", { on: on as never, jobs });
const both = (event: string, filter: string) => ({
  path: `on.${event}.${filter}-ignore`,
  message: `\`${event}\` has both \`${filter}\` and \`${filter}-ignore\`; GitHub rejects a workflow that uses both for one event`,
  hint: `keep \`${filter}\` and write the exclusions in it with a leading "!" (e.g. "!docs/**"), after the patterns they exclude from`,
});
const TAKERS = {
  branches: "push, pull_request, pull_request_target, merge_group, workflow_run",
  tags: "push",
  paths: "push, pull_request, pull_request_target",
};
const untaken = (event: string, key: string, filter: keyof typeof TAKERS) => ({
  path: `on.${event}.${key}`,
  message: `\`${event}\` takes no \`${key}\` filter; ${filter} filters exist on ${TAKERS[filter]}`,
  hint: "remove it, or test the event's payload in the job's `if:` instead",
});

ruleTester("trigger-filters", {
  valid: [
    { name: "every filter push takes, one of each pair", code: ci({ push: { branches: ["main"], tags: ["v*"], "paths-ignore": ["docs/**"] } }) },
    { name: "pull_request with branches-ignore and paths", code: ci({ pull_request: { "branches-ignore": ["dependabot/**"], paths: ["src/**"] } }) },
    { name: "merge_group branches", code: ci({ merge_group: { branches: ["main"] } }) },
    { name: "exclusions written with ! in the same filter", code: ci({ push: { branches: ["main", "release/**", "!release/old"] } }) },
  ],
  invalid: [
    { name: "branches and branches-ignore on push", code: ci({ push: { branches: ["main"], "branches-ignore": ["dev"] } }), errors: [both("push", "branches")] },
    { name: "paths and paths-ignore on pull_request", code: ci({ pull_request: { paths: ["src/**"], "paths-ignore": ["docs/**"] } }), errors: [both("pull_request", "paths")] },
    {
      name: "all three pairs on push",
      code: ci({ push: { branches: ["main"], "branches-ignore": ["x"], tags: ["v*"], "tags-ignore": ["v0*"], paths: ["a/**"], "paths-ignore": ["b/**"] } }),
      errors: [both("push", "branches"), both("push", "tags"), both("push", "paths")],
    },
    // The shape check would call these unknown keys; the rule's message replaces that one.
    { name: "branches on issues", code: ci({ issues: { types: ["opened"], branches: ["main"] } }), errors: [untaken("issues", "branches", "branches")] },
    { name: "tags on pull_request", code: ci({ pull_request: { tags: ["v*"] } }), errors: [untaken("pull_request", "tags", "tags")] },
  ],
});

yamlRuleTester("trigger-filters", {
  valid: [
    {
      name: "workflow_run with workflows and branches",
      yaml: yaml(
        "on:",
        "  workflow_run:",
        "    workflows: [CI]",
        "    types: [completed]",
        "    branches: [main]",
        ...MAKE_JOB,
      ),
    },
    {
      name: "filters of push and pull_request",
      yaml: yaml(
        "on:",
        "  push:",
        "    branches: [main]",
        "    paths-ignore: [\"docs/**\"]",
        "  pull_request:",
        "    branches-ignore: [\"dependabot/**\"]",
        ...MAKE_JOB,
      ),
    },
  ],
  invalid: [
    {
      // workflow_run cases are YAML only: in compile() the dangerous-triggers warning joins them.
      name: "workflow_run: paths filters, and a second one without workflows",
      yaml: yaml(
        "on:",
        "  workflow_run:",
        "    workflows: [CI]",
        "    types: [completed]",
        "    paths: [\"src/**\"]",
        "    paths-ignore: [\"docs/**\"]",
        ...MAKE_JOB,
      ),
      errors: [{ at: "5:5", ...untaken("workflow_run", "paths", "paths") }, { at: "6:5", ...untaken("workflow_run", "paths-ignore", "paths") }],
    },
    {
      name: "workflow_run without workflows",
      yaml: yaml(
        "on:",
        "  workflow_run:",
        "    types: [completed]",
        ...MAKE_JOB,
      ),
      errors: [{ at: "2:3", path: "on.workflow_run", message: "`workflow_run` names no `workflows`, so it never triggers", hint: 'list the workflows whose runs trigger this one: `workflows: ["CI"]` (their `name:`)' }],
    },
    {
      name: "workflow_run named in a list of events",
      yaml: yaml(
        "on: [push, workflow_run]",
        ...MAKE_JOB,
      ),
      errors: [{ at: "1:12", path: "on[1]", message: "`workflow_run` names no `workflows`, so it never triggers", hint: 'list the workflows whose runs trigger this one: `workflows: ["CI"]` (their `name:`)' }],
    },
    {
      name: "a pair, and a filter on an event without filters, each reported once",
      yaml: yaml(
        "on:",
        "  push:",
        "    branches: [main]",
        "    branches-ignore: [dev]",
        "  release:",
        "    types: [published]",
        "    tags: [\"v*\"]",
        ...MAKE_JOB,
      ),
      errors: [
        { at: "4:5", ...both("push", "branches") },
        { at: "7:5", ...untaken("release", "tags", "tags") },
      ],
    },
    {
      // Not a filter name: the shape check's to report.
      name: "an unknown key on an event stays the shape check's",
      yaml: yaml(
        "on:",
        "  push:",
        "    branch: [main]",
        ...MAKE_JOB,
      ),
      errors: [{ rule: "shape", at: "3:5", path: "on.push.branch", message: 'unknown key "branch"; did you mean "branches"?', hint: "check the spelling against GitHub's workflow syntax; every key GitHub accepts is typed in pipewright" }],
    },
  ],
});

yamlRuleTester("trigger-filters", {
  valid: [{ name: "image_version with names", yaml: yaml("on:", "  image_version:", "    names: [runner-image]", ...MAKE_JOB), skipOracles: true }],
  invalid: [
    {
      name: "empty image_version lists never match",
      yaml: yaml("on:", "  image_version:", "    names: []", "    versions: []", ...MAKE_JOB),
      errors: [
        { at: "3:5", path: "on.image_version.names", message: "`image_version` with an empty `names` list matches nothing, so it never triggers", hint: "list at least one, or remove `names` to match every one" },
        { at: "4:5", path: "on.image_version.versions", message: "`image_version` with an empty `versions` list matches nothing, so it never triggers", hint: "list at least one, or remove `versions` to match every one" },
      ],
    },
  ],
});
