import { describe, expect, it } from "vitest";
import { compile, github, inputs, job, run, uses, workflow, type Diagnostic } from "../../src/index.js";
import { expectValidWorkflow } from "../support/oracles.js";

const CHECKOUT = "actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1";
const body = (text: string) => text.replace(/^(#.*\n)+\n/, "");
// A dispatch input interpolated into a script: template-injection refuses it when not hoisted.
const risky = () => run(`echo "${inputs.name}"`);
const on = { workflow_dispatch: { inputs: { name: { type: "string" as const } } } };
const pick = (d: Diagnostic) => [d.rule, d.severity, d.path];

describe("workflow and job options", () => {
  it("harden: false writes the workflow as it is: no hoisting, no checkout or permission defaults", async () => {
    const ci = workflow("ci", { on: "push", jobs: [job("build", { "runs-on": "ubuntu-latest", steps: [uses(CHECKOUT), run(`echo ${github.ref}`)] })] }, { harden: false });
    const { files, diagnostics } = await compile([ci]);
    // The lint rules still speak: they only warn here.
    expect(diagnostics.map(pick)).toEqual([["missing-permissions", "warning", ""], ["artipacked", "warning", "jobs.build.steps[0].uses"]]);
    expect(body(files[0]!.contents)).toBe(`on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: ${CHECKOUT}
      - run: echo \${{ github.ref }}
`);
    await expectValidWorkflow("ci.yml", files[0]!.contents);
  });

  it("harden: false on one job leaves that job alone and hardens the others", async () => {
    const steps = [uses(CHECKOUT), run(`echo ${github.ref}`)];
    const ci = workflow("ci", { on: "push", jobs: [
      job("kept", { "runs-on": "ubuntu-latest", steps }, { harden: false }),
      job("hardened", { "runs-on": "ubuntu-latest", steps }),
    ] });
    const { files, diagnostics } = await compile([ci]);
    expect(diagnostics.map(pick)).toEqual([["artipacked", "warning", "jobs.kept.steps[0].uses"]]);
    expect(body(files[0]!.contents)).toBe(`on: push
permissions:
  contents: read
jobs:
  kept:
    runs-on: ubuntu-latest
    steps:
      - uses: ${CHECKOUT}
      - run: echo \${{ github.ref }}
  hardened:
    runs-on: ubuntu-latest
    steps:
      - uses: ${CHECKOUT}
        with:
          persist-credentials: false
      - env:
          REF: \${{ github.ref }}
        run: echo $REF
`);
    await expectValidWorkflow("ci.yml", files[0]!.contents);
  });

  it("a rule turned off on the workflow silences it there, and only there", async () => {
    const make = (stem: string, options?: { rules: { "template-injection": "off" } }) =>
      workflow(stem, { on, permissions: {}, jobs: [job("t", { "runs-on": "ubuntu-latest", steps: [risky()] })] }, { harden: false, ...options });
    const quiet = await compile([make("quiet", { rules: { "template-injection": "off" } })]);
    expect(quiet.diagnostics).toEqual([]);
    await expectValidWorkflow("quiet.yml", quiet.files[0]!.contents);
    const loud = await compile([make("loud")]);
    // A free-text dispatch input in a script: a warning (only people with write access dispatch).
    expect(loud.diagnostics.map(pick)).toEqual([["template-injection", "warning", "jobs.t.steps[0].run"]]);
    expect(loud.files.map((f) => f.path)).toEqual([".github/workflows/loud.yml"]);
  });

  it("a job's setting wins over the workflow's, which wins over the project's", async () => {
    const ci = workflow("ci", { on, permissions: {}, jobs: [
      job("a", { "runs-on": "ubuntu-latest", steps: [risky()] }, { rules: { "template-injection": "warning" } }),
      job("b", { "runs-on": "ubuntu-latest", steps: [risky()] }),
    ] }, { harden: false, rules: { "template-injection": "off" } });
    const { diagnostics, files } = await compile([ci], { rules: { "template-injection": "error" } });
    expect(diagnostics.map(pick)).toEqual([["template-injection", "warning", "jobs.a.steps[0].run"]]);
    await expectValidWorkflow("ci.yml", files[0]!.contents);
  });
});
