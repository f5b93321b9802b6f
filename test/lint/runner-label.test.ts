import { describe, expect, it } from "vitest";
import { job, matrix, run, workflow } from "../../src/index.js";
import { GITHUB_HOSTED_LABELS, RETIRED_HOSTED_LABELS } from "../../src/lint/rules/runner-label.js";
import { ruleTester } from "./rule-tester.js";
import { yaml, yamlRuleTester } from "./yaml-rule-tester.js";

const on = (runsOn: unknown, extra: Record<string, unknown> = {}) =>
  workflow("ci", { on: "push", jobs: [job("test", { "runs-on": runsOn as never, ...extra, steps: [run("make test")] })] });
const CONFLICT_HINT = "to run the job on each, use a matrix: `strategy: { matrix: { os: [...] } }` and `runs-on: ${{ matrix.os }}`";

ruleTester("runner-label", {
  valid: [
    { name: "a hosted label", code: on("ubuntu-24.04") },
    { name: "a hosted label in another case", code: on("Ubuntu-Latest") },
    { name: "a larger runner named after a hosted label", code: on("ubuntu-latest-16-cores") },
    { name: "the runner labels every self-hosted runner has", code: on(["linux", "x64"]) },
    { name: "a label from the matrix", code: on(`${matrix.os}`, { strategy: { matrix: { os: ["ubuntu-latest", "windows-latest"] } } }) },
  ],
  invalid: [
    {
      name: "a hosted label beside a matrix label that takes another system",
      code: on(["ubuntu-latest", `${matrix.os}`], { strategy: { matrix: { os: ["ubuntu-24.04", "macos-latest"], include: [{ os: "windows-latest" }] } } }),
      errors: [{
        path: "jobs.test.runs-on[1]",
        message: 'runner labels "ubuntu-latest" and "macos-latest" (`matrix.os`) select different machines, so no runner has both and that job never starts',
        hint: "let `matrix.os` alone choose the machine: `runs-on: ${{ matrix.os }}`",
      }],
    },
    {
      name: "a misspelt hosted label",
      code: on("ubuntu-lates"),
      errors: [{ path: "jobs.test.runs-on", message: 'runner label "ubuntu-lates" is not a GitHub-hosted label; did you mean "ubuntu-latest"?', hint: 'use "ubuntu-latest"; a custom label of your own runners can stay with `# pipewright-ignore: runner-label`' }],
    },
    {
      name: "swapped letters in a list",
      code: on(["ubunut-24.04"]),
      errors: [{ path: "jobs.test.runs-on[0]", message: 'runner label "ubunut-24.04" is not a GitHub-hosted label; did you mean "ubuntu-24.04"?', hint: 'use "ubuntu-24.04"; a custom label of your own runners can stay with `# pipewright-ignore: runner-label`' }],
    },
    {
      name: "a retired image",
      code: on("ubuntu-20.04"),
      errors: [{ path: "jobs.test.runs-on", message: 'runner label "ubuntu-20.04" names a GitHub-hosted image that GitHub has retired, so the job never starts', hint: 'use "ubuntu-24.04"' }],
    },
    {
      name: "two operating systems in one runs-on",
      code: on(["ubuntu-latest", "windows-latest"]),
      errors: [{ path: "jobs.test.runs-on[1]", message: 'runner labels "ubuntu-latest" and "windows-latest" select different machines, so no runner has both and the job never starts', hint: CONFLICT_HINT }],
    },
    {
      name: "two versions of one operating system",
      code: on(["macos-14", "macos-15"]),
      errors: [{ path: "jobs.test.runs-on[1]", message: 'runner labels "macos-14" and "macos-15" select different machines, so no runner has both and the job never starts', hint: CONFLICT_HINT }],
    },
    {
      name: "an arm label beside an x64 -latest label",
      code: on(["ubuntu-latest", "ubuntu-24.04-arm"]),
      errors: [{ path: "jobs.test.runs-on[1]", message: 'runner labels "ubuntu-latest" and "ubuntu-24.04-arm" select different machines, so no runner has both and the job never starts', hint: CONFLICT_HINT }],
    },
  ],
});

yamlRuleTester("runner-label", {
  valid: [
    // actionlint 1.7.7 does not know the newer labels: GitHub's parser is the oracle here.
    { name: "every hosted label pipewright knows", yaml: yaml("on: push", "jobs:", ...Object.keys(GITHUB_HOSTED_LABELS).flatMap((label, i) => [`  j${i}:`, `    runs-on: ${label}`, "    steps:", "      - run: make"])), skipOracles: true },
    { name: "an expression in a list", yaml: yaml("on: push", "jobs:", "  test:", "    runs-on: [self-hosted, \"${{ github.event_name }}\"]", "    steps:", "      - run: make") },
    // actionlint rejects custom labels unless its own config lists them, so these skip it.
    { name: "a self-hosted runner with custom labels", yaml: yaml("on: push", "jobs:", "  test:", "    runs-on: [self-hosted, linux, gpu, ubuntu-lates]", "    steps:", "      - run: make"), skipOracles: true },
    // Larger runners and runner scale sets are addressed by names their owners choose.
    { name: "a custom label far from every hosted one", yaml: yaml("on: push", "jobs:", "  test:", "    runs-on: arc-runner-set", "    steps:", "      - run: make"), skipOracles: true },
    {
      name: "a runner group picks among its own labels",
      yaml: yaml("on: push", "jobs:", "  test:", "    runs-on:", "      group: large-runners", "      labels: [ubuntu-lates]", "    steps:", "      - run: make"),
      skipOracles: true,
    },
    // actionlint 1.7.7 still takes ubuntu-latest for 22.04.
    { name: "a -latest label beside the numbered label it stands for", yaml: yaml("on: push", "jobs:", "  test:", "    runs-on: [ubuntu-latest, ubuntu-24.04]", "    steps:", "      - run: make"), skipOracles: true },
    {
      name: "a suppressed custom label",
      yaml: yaml("on: push", "jobs:", "  test:", "    runs-on: ubuntu-2404 # pipewright-ignore: runner-label", "    steps:", "      - run: make"),
      skipOracles: true,
    },
  ],
  invalid: [
    {
      name: "a misspelt label, at its line",
      yaml: yaml("on: push", "jobs:", "  test:", "    runs-on: windows-lastest", "    steps:", "      - run: make"),
      errors: [{ at: "4:5", path: "jobs.test.runs-on", message: 'runner label "windows-lastest" is not a GitHub-hosted label; did you mean "windows-latest"?', hint: 'use "windows-latest"; a custom label of your own runners can stay with `# pipewright-ignore: runner-label`' }],
    },
    {
      name: "a conflict in a flow sequence",
      yaml: yaml("on: push", "jobs:", "  test:", "    runs-on: [ubuntu-latest, macos-latest, windows-latest]", "    steps:", "      - run: make"),
      errors: [
        { at: "4:30", path: "jobs.test.runs-on[1]", message: 'runner labels "ubuntu-latest" and "macos-latest" select different machines, so no runner has both and the job never starts', hint: CONFLICT_HINT },
        { at: "4:44", path: "jobs.test.runs-on[2]", message: 'runner labels "ubuntu-latest" and "windows-latest" select different machines, so no runner has both and the job never starts', hint: CONFLICT_HINT },
      ],
    },
    {
      name: "macOS 13, retired",
      yaml: yaml("on: push", "jobs:", "  test:", "    runs-on:", "      - macos-13", "    steps:", "      - run: make"),
      errors: [{ at: "5:9", path: "jobs.test.runs-on[0]", message: 'runner label "macos-13" names a GitHub-hosted image that GitHub has retired, so the job never starts', hint: 'use "macos-15-intel"' }],
    },
  ],
});

describe("runner-label lists", () => {
  it("no label is both current and retired", () => {
    expect(Object.keys(GITHUB_HOSTED_LABELS).filter((label) => label in RETIRED_HOSTED_LABELS)).toEqual([]);
  });
  it("every retired label points at a current one", () => {
    expect(Object.values(RETIRED_HOSTED_LABELS).filter((label) => !(label in GITHUB_HOSTED_LABELS))).toEqual([]);
  });
});
