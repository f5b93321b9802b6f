import { describe, expect, it } from "vitest";
import { compile, job, run, workflow } from "../../src/index.js";
import { branchProtection, requiredChecksGate } from "../../src/presets/index.js";
import { expectValidWorkflow } from "../support/oracles.js";

const lint = job("lint", { "runs-on": "ubuntu-latest", steps: [run("make lint")] });
const test = job("test", {
  name: "Unit tests",
  "runs-on": "${{ matrix.os }}",
  strategy: { matrix: { os: ["ubuntu-latest", "windows-latest"], python: ["3.11", "3.12"], exclude: [{ os: "windows-latest", python: "3.11" }], include: [{ os: "macos-latest", python: "3.12" }] } },
  steps: [run("pytest")],
});

async function rulesetOf(values: unknown[]) {
  const result = await compile(values);
  expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  for (const file of result.files.filter((f) => f.path.endsWith(".yml"))) await expectValidWorkflow(file.path, file.contents);
  const file = result.files.find((f) => f.path.endsWith(".json"));
  return { path: file?.path, json: JSON.parse(file!.contents) };
}

describe("branchProtection", () => {
  it("writes a ruleset whose required checks are derived from the jobs, matrix rows included", async () => {
    const ci = workflow("ci", { on: { pull_request: {}, push: { branches: ["main"] } }, jobs: [lint, test] });
    const { path, json } = await rulesetOf([ci, branchProtection({ branch: "main", requiredApprovals: 2, requiredChecks: [lint, test] })]);
    expect(path).toBe(".github/rulesets/main.json");
    expect(json).toEqual({
      name: "main (pipewright: workflows.ts)",
      target: "branch",
      enforcement: "active",
      conditions: { ref_name: { include: ["refs/heads/main"], exclude: [] } },
      rules: [
        { type: "deletion" },
        { type: "non_fast_forward" },
        { type: "pull_request", parameters: { required_approving_review_count: 2, dismiss_stale_reviews_on_push: true, require_code_owner_review: false, require_last_push_approval: false, required_review_thread_resolution: false } },
        {
          type: "required_status_checks",
          parameters: {
            strict_required_status_checks_policy: true,
            required_status_checks: [
              "lint",
              "Unit tests (ubuntu-latest, 3.11)",
              "Unit tests (ubuntu-latest, 3.12)",
              "Unit tests (windows-latest, 3.12)",
              "Unit tests (macos-latest, 3.12)",
            ].map((context) => ({ context, integration_id: 15368 })),
          },
        },
      ],
    });
  });

  it("resolves matrix values in a job name", async () => {
    const named = job("build", { name: "build on ${{ matrix.os }}", "runs-on": "${{ matrix.os }}", strategy: { matrix: { os: ["ubuntu-latest", "macos-latest"] } }, steps: [run("make")] });
    const { json } = await rulesetOf([workflow("ci", { on: { pull_request: {} }, jobs: [named] }), branchProtection({ requiredChecks: [named] })]);
    expect(json.rules[3].parameters.required_status_checks.map((c: { context: string }) => c.context)).toEqual(["build on ubuntu-latest", "build on macos-latest"]);
  });

  it("reports the required-check trap: a paths filter leaves pull requests waiting", async () => {
    const ci = workflow("ci", { on: { pull_request: { branches: ["main"], paths: ["dbt/**"] } }, jobs: [lint] });
    const result = await compile([ci, branchProtection({ branch: "main", requiredChecks: [lint] })]);
    expect(result.files).toEqual([]);
    expect(result.diagnostics).toMatchObject([{
      rule: "required-check",
      severity: "error",
      file: ".github/rulesets/main.json",
      message: 'required check "lint" (.github/workflows/ci.yml) is in a workflow with a `paths` filter: a pull request that does not run it waits for it forever',
      hint: "require a requiredChecksGate() job in a workflow that runs on every pull request, or drop the filter",
    }]);
    expect(result.diagnostics[0]?.source?.file).toMatch(/branch-protection\.test\.ts$/);
  });

  it.each([
    [{ pull_request: { branches: ["release/*"] } }, "`branches` filter leaves out main"],
    [{ pull_request: { "branches-ignore": ["ma*"] } }, "`branches-ignore` filter leaves out main"],
    [{ pull_request: { "paths-ignore": ["docs/**"] } }, "`paths-ignore` filter"],
    [{ push: { branches: ["main"] } }, "does not run on pull_request"],
    [{ pull_request: { types: ["labeled"] } }, "`types` leave out opened or synchronize"],
  ])("reports other traps: %j", async (on, message) => {
    const result = await compile([workflow("ci", { on: on as never, jobs: [lint] }), branchProtection({ requiredChecks: [lint] })]);
    expect(result.diagnostics.map((d) => d.message).join("\n")).toContain(message);
  });

  it("is fixed by a gate job in an always-run workflow that needs the filtered jobs' workflow... or the jobs themselves", async () => {
    const gate = requiredChecksGate({ jobs: [lint, test] });
    const ci = workflow("ci", { on: { pull_request: { branches: ["main", "!legacy"] } }, jobs: [lint, test, gate] });
    const { json } = await rulesetOf([ci, branchProtection({ requiredChecks: [gate] })]);
    expect(json.rules[3].parameters.required_status_checks).toEqual([{ context: "Required checks", integration_id: 15368 }]);
  });

  it("rejects a required job that is in no workflow, and a dynamic matrix", async () => {
    const stray = job("stray", { "runs-on": "ubuntu-latest", steps: [run("true")] });
    const dynamic = job("dyn", { "runs-on": "ubuntu-latest", strategy: { matrix: "${{ fromJSON(vars.MATRIX) }}" as never }, steps: [run("true")] });
    const result = await compile([workflow("ci", { on: { pull_request: {} }, jobs: [dynamic] }), branchProtection({ requiredChecks: [stray, dynamic] })]);
    expect(result.diagnostics.map((d) => d.message)).toEqual([
      'required job "stray" is not in any workflow of the default export',
      'cannot name the check of job "dyn" (.github/workflows/ci.yml): its matrix is computed when the workflow runs',
    ]);
  });

  it("validates its options with a message naming the option", () => {
    expect(() => branchProtection({ branch: "main", requiredApprovals: -1 })).toThrow(/branchProtection\(\): invalid options\n  - option "requiredApprovals"/);
    expect(() => branchProtection({ requiredChecks: ["lint" as never] })).toThrow(/option "requiredChecks.0": expected jobs made with job/);
  });
});
