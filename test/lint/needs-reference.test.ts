import { eq, job, needs, run, steps, workflow, type AnyJobRef } from "../../src/index.js";
import { ruleTester } from "./rule-tester.js";
import { describe, expect, it } from "vitest";
import { lintText } from "../../src/runs/lint-files.js";
import { yaml, yamlRuleTester } from "./yaml-rule-tester.js";

const runner = "ubuntu-latest";
const ci = (jobs: readonly AnyJobRef[]) => workflow("ci", { on: "push", jobs });
const build = job("build", {
  "runs-on": runner,
  outputs: { tag: steps.meta!.outputs.tag },
  steps: [run('echo "tag=v1" >> "$GITHUB_OUTPUT"', { id: "meta" })],
});
const test = job("test", { needs: [build], "runs-on": runner, steps: [run("make test")] });
const lint = job("lint", { "runs-on": runner, steps: [run("make lint")] });
const deploy = (definition: { needs?: AnyJobRef[]; script: string; if?: string }) =>
  job("deploy", { ...(definition.needs ? { needs: definition.needs } : {}), ...(definition.if ? { if: definition.if } : {}), "runs-on": runner, steps: [run(definition.script)] });
// A called workflow declares its outputs in its own file, which the rule cannot see.
const called = job("called", { uses: "octo-org/pipelines/.github/workflows/build.yml@3d3c42e5aac5ba805825da76410c181273ba90b1" });

ruleTester("needs-reference", {
  valid: [
    { name: "a declared output of a listed job", code: ci([build, deploy({ needs: [build], script: `./deploy.sh ${build.outputs.tag}` })]) },
    { name: "the result of a listed job, in the job's `if`", code: ci([build, deploy({ needs: [build], if: String(eq(build.result, "success")), script: "./deploy.sh" })]) },
    { name: "names in another case, as GitHub compares them", code: ci([build, deploy({ needs: [build], script: `./deploy.sh ${needs.BUILD!.outputs.TAG}` })]) },
    { name: "any output of a reusable-workflow job", code: ci([called, deploy({ needs: [called], script: `./deploy.sh ${needs.called!.outputs.digest}` })]) },
  ],
  invalid: [
    {
      name: "an output read without listing the job in `needs`",
      code: ci([build, deploy({ script: `./deploy.sh ${build.outputs.tag}` })]),
      errors: [{ path: "jobs.deploy.steps[0].env.NEEDS_BUILD_OUTPUTS_TAG", message: 'job "deploy" reads `needs.build` but does not list "build" in `needs` (it has no `needs`)', hint: 'add "build" to the job\'s `needs`; GitHub fills `needs` with direct dependencies only' }],
    },
    {
      name: "a job needed only through another job",
      code: ci([build, test, deploy({ needs: [test], script: `./deploy.sh ${build.outputs.tag}` })]),
      errors: [{ path: "jobs.deploy.steps[0].env.NEEDS_BUILD_OUTPUTS_TAG", message: 'job "deploy" reads `needs.build` but does not list "build" in `needs` (it needs: test)', hint: 'add "build" to the job\'s `needs`; GitHub fills `needs` with direct dependencies only' }],
    },
    {
      name: "a job that does not exist",
      code: ci([build, deploy({ needs: [build], script: `./deploy.sh ${needs.biuld!.outputs.tag}` })]),
      errors: [{ path: "jobs.deploy.steps[0].env.NEEDS_BIULD_OUTPUTS_TAG", message: 'job "deploy" reads `needs.biuld` but does not list "biuld" in `needs` (it needs: build)', hint: 'no job "biuld" exists; fix the name, or add the job and list it in `needs`' }],
    },
    {
      name: "an output the job does not declare",
      code: ci([build, deploy({ needs: [build], script: `./deploy.sh ${needs.build!.outputs.digest}` })]),
      errors: [{ path: "jobs.deploy.steps[0].env.NEEDS_BUILD_OUTPUTS_DIGEST", message: 'job "build" has no output "digest" (`needs.build.outputs.digest`)', hint: "its outputs are: tag" }],
    },
    {
      name: "an output of a job without outputs",
      code: ci([lint, deploy({ needs: [lint], script: `./deploy.sh ${needs.lint!.outputs.report}` })]),
      errors: [{ path: "jobs.deploy.steps[0].env.NEEDS_LINT_OUTPUTS_REPORT", message: 'job "lint" has no output "report" (`needs.lint.outputs.report`)', hint: 'declare it in job "lint": `outputs: { report: ${{ steps.<id>.outputs.report }} }`' }],
    },
    {
      name: "a property a needed job does not have",
      code: ci([build, deploy({ needs: [build], if: String(eq(needs.build!.status, "success")), script: "./deploy.sh" })]),
      errors: [{ path: "jobs.deploy.if", message: "`needs.build.status` does not exist: a needed job has outputs and result", hint: "write `needs.build.outputs.status` for an output, or `needs.build.result`" }],
    },
  ],
});

yamlRuleTester("needs-reference", {
  valid: [
    {
      name: "outputs and result of a listed job",
      yaml: yaml(
        "on: push",
        "permissions: {}",
        "jobs:",
        "  build:",
        "    runs-on: ubuntu-latest",
        "    outputs:",
        "      tag: ${{ steps.meta.outputs.tag }}",
        "    steps:",
        "      - id: meta",
        "        run: echo \"tag=v1\" >> \"$GITHUB_OUTPUT\"",
        "  deploy:",
        "    needs: build",
        "    if: needs.build.result == 'success'",
        "    runs-on: ubuntu-latest",
        "    steps:",
        "      - run: ./deploy.sh \"${{ needs.build.outputs.tag }}\"",
      ),
    },
  ],
  invalid: [
    {
      name: "an unlisted job and an undeclared output, in runs-on and env",
      yaml: yaml(
        "on: push",
        "permissions: {}",
        "jobs:",
        "  build:",
        "    runs-on: ubuntu-latest",
        "    outputs:",
        "      tag: ${{ steps.meta.outputs.tag }}",
        "    steps:",
        "      - id: meta",
        "        run: echo \"tag=v1\" >> \"$GITHUB_OUTPUT\"",
        "  test:",
        "    runs-on: ${{ needs.build.outputs.runner }}",
        "    steps:",
        "      - run: make test",
        "  deploy:",
        "    needs: [build]",
        "    runs-on: ubuntu-latest",
        "    env:",
        "      DIGEST: ${{ needs.build.outputs.digest }}",
        "    steps:",
        "      - run: ./deploy.sh",
      ),
      errors: [
        { at: "12:5", path: "jobs.test.runs-on", message: 'job "test" reads `needs.build` but does not list "build" in `needs` (it has no `needs`)', hint: 'add "build" to the job\'s `needs`; GitHub fills `needs` with direct dependencies only' },
        { at: "19:7", path: "jobs.deploy.env.DIGEST", message: 'job "build" has no output "digest" (`needs.build.outputs.digest`)', hint: "its outputs are: tag" },
      ],
    },
  ],
});

describe("needs-reference of a job that calls a reusable workflow", () => {
  const caller = (output: string) => yaml(
    "on: push",
    "permissions: {}",
    "jobs:",
    "  build:",
    "    uses: ./.github/workflows/build.yml",
    "  deploy:",
    "    needs: build",
    "    runs-on: ubuntu-latest",
    "    steps:",
    `      - run: ./deploy.sh "\${{ needs.build.outputs.${output} }}"`,
  );
  const called = { on: { workflow_call: { outputs: { digest: { value: "${{ jobs.push.outputs.digest }}" }, tag: { value: "${{ jobs.push.outputs.tag }}" } } } } };
  const readWorkflow = (path: string) => (path === ".github/workflows/build.yml" ? called : undefined);
  const found = async (text: string, read?: (path: string) => unknown) =>
    (await lintText(text, "ci.yml", read ? { readWorkflow: read } : {})).filter((d) => d.rule === "needs-reference").map((d) => ({ at: `${d.source?.line}:${d.source?.column}`, message: d.message, hint: d.hint }));

  it("knows the called workflow's outputs", async () => {
    expect(await found(caller("digest"), readWorkflow)).toEqual([]);
    expect(await found(caller("sha"), readWorkflow)).toEqual([
      { at: "10:9", message: 'job "build" has no output "sha" (`needs.build.outputs.sha`)', hint: "its outputs are: digest, tag" },
    ]);
  });

  it("takes any output where the called file cannot be read, or is another repository's", async () => {
    expect(await found(caller("sha"))).toEqual([]);
    expect(await found(caller("sha").replace("./.github/workflows/build.yml", "octo-org/ci/.github/workflows/build.yml@v1"), readWorkflow)).toEqual([]);
  });
});
