// The steps of a `parallel` group (GitHub's parser accepts them; actionlint 1.7 predates them)
// are steps like any other: every step rule sees them, a later step can read their outputs,
// a sibling cannot, and compile() hardens them.
import { describe, expect, it } from "vitest";
import { compile, github, job, run, workflow } from "../../src/index.js";
import { checkout } from "../../src/actions/index.js";
import { lintText } from "../../src/runs/lint-files.js";
import { githubParserErrors } from "../support/oracles.js";

const lines = (...text: string[]) => `${text.join("\n")}\n`;
const found = async (yaml: string) => {
  expect(await githubParserErrors("ci.yml", yaml)).toEqual([]);
  return (await lintText(yaml, ".github/workflows/ci.yml")).map((d) => `${d.source?.line}:${d.source?.column} ${d.severity} ${d.path}: ${d.message} [${d.rule}]`);
};
const head = ["on: pull_request", "permissions: {}", "jobs:", "  build:", "    runs-on: ubuntu-latest", "    steps:"];

describe("a parallel group's steps", () => {
  it("get the step rules, at their own paths", async () => {
    expect(await found(lines(...head,
      "      - parallel:",
      "          - run: echo \"${{ github.event.pull_request.title }}\"",
      "          - uses: actions/checkout@v5",
      "            with:",
      "              persist-credentials: false",
      "          - if: ${{ false }}",
      "            run: make",
    ))).toEqual([
      "8:13 error jobs.build.steps[0].parallel[0].run: untrusted `github.event.pull_request.title` is expanded into the shell script: a crafted value runs as code [template-injection]",
      "9:13 warning jobs.build.steps[0].parallel[1].uses: \"actions/checkout@v5\" is pinned to a tag (\"v5\"), which the owner of actions/checkout can move to other code [unpinned-uses]",
      "12:13 warning jobs.build.steps[0].parallel[2].if: condition `${{ false }}` is always false: the step never runs [if-constant]",
    ]);
  });

  it("are read by the steps after the group, not by their siblings", async () => {
    expect(await found(lines(...head,
      "      - parallel:",
      "          - id: version",
      "            run: echo \"value=1\" >> \"$GITHUB_OUTPUT\"",
      "          - run: echo \"${{ steps.version.outputs.value }}\"",
      "      - run: echo \"${{ steps.version.outputs.value }}\"",
    ))).toEqual([
      "10:13 error jobs.build.steps[0].parallel[1].run: `steps.version` is read in steps[0], the parallel group step \"version\" runs in: its outputs are set only when the whole group has finished [step-reference]",
    ]);
  });
});

it("compile() hardens the steps of a parallel group as it does any step", async () => {
  const result = await compile([workflow("ci", {
    on: { pull_request: {} },
    permissions: {},
    jobs: [job("build", { "runs-on": "ubuntu-latest", "timeout-minutes": 10, steps: [{ parallel: [checkout(), run(`echo "${github.event.pull_request.title}"`)] }] })],
  })]);
  expect(result.diagnostics).toEqual([]);
  const yaml = result.files[0]!.contents;
  expect(await githubParserErrors("ci.yml", yaml)).toEqual([]);
  expect(yaml.slice(yaml.indexOf("    steps:"))).toBe([
    "    steps:",
    "      - parallel:",
    "          - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1",
    "            with:",
    "              persist-credentials: false",
    "          - run: echo \"$EVENT_PULL_REQUEST_TITLE\"",
    "            env:",
    "              EVENT_PULL_REQUEST_TITLE: ${{ github.event.pull_request.title }}",
    "",
  ].join("\n"));
});
