// requiredChecksGate: the whole workflow for each form of allowSkipped, compared with the files
// under expected/required-checks-gate/, every one through GitHub's parser and actionlint; and the
// failing step's condition evaluated over every combination of the needed jobs' results.
import { readFileSync } from "node:fs";
import { data, Evaluator, Lexer, Parser } from "@actions/expressions";
import { truthy } from "@actions/expressions/result";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { compile, job, run, workflow, type AnyJobRef } from "../../src/index.js";
import { requiredChecksGate, type RequiredChecksGateOptions } from "../../src/presets/required-checks-gate.js";
import { expectValidWorkflow } from "../support/oracles.js";

type Mapping = Record<string, any>;
type Result = "success" | "failure" | "cancelled" | "skipped";

const RESULTS: readonly Result[] = ["success", "failure", "cancelled", "skipped"];
const expected = (name: string) => readFileSync(new URL(`./expected/required-checks-gate/${name}.yml`, import.meta.url), "utf8");

const check = (id: string, script: string) =>
  job(id, { "runs-on": "ubuntu-latest", "timeout-minutes": 10, permissions: { contents: "read" }, steps: [run(script)] });
const lint = check("lint", "make lint");
const test = check("test", "make test");
// Hyphenated ids, as presets make them: `needs.helm-lint.result` must still parse.
const helmLint = check("helm-lint", "ct lint");
const helmInstall = check("helm-install", "ct install");

async function compileGate(jobs: readonly AnyJobRef[], gate: AnyJobRef): Promise<string> {
  const result = await compile([workflow("ci", { name: "CI", on: { pull_request: {}, push: { branches: ["main"] } }, jobs: [...jobs, gate] })]);
  expect(result.diagnostics).toEqual([]);
  const yaml = result.files[0]!.contents;
  await expectValidWorkflow("ci.yml", yaml);
  return yaml;
}

/** The failing step's `if:` of the gate in `yaml`. */
const failCondition = (yaml: string, id = "required-checks") => ((parse(yaml) as Mapping).jobs[id].steps as Mapping[])[0]!.if as string;

/** Evaluates a condition as GitHub would (truthiness included), with `needs.<id>.result` set for each job. */
function evaluate(text: string, results: Readonly<Record<string, Result>>): boolean {
  const source = text.replace(/^\$\{\{([\s\S]*)\}\}$/, "$1");
  const ast = new Parser(new Lexer(source).lex().tokens, ["needs"], []).parse();
  const needs = new data.Dictionary(...Object.entries(results).map(([id, result]) => ({
    key: id,
    value: new data.Dictionary({ key: "result", value: new data.StringData(result) }, { key: "outputs", value: new data.Dictionary() }),
  })));
  return truthy(new Evaluator(ast, new data.Dictionary({ key: "needs", value: needs })).evaluate());
}

/** Every assignment of the four results to the ids: 4^n of them. */
function combinations(ids: readonly string[]): Record<string, Result>[] {
  return ids.reduce<Record<string, Result>[]>((rows, id) => rows.flatMap((row) => RESULTS.map((r) => ({ ...row, [id]: r }))), [{}]);
}

describe("requiredChecksGate: exact YAML", () => {
  it.each<[string, () => [AnyJobRef[], AnyJobRef]]>([
    ["default", () => [[lint, test], requiredChecksGate({ jobs: [lint, test] })]],
    ["allow-skipped", () => [[lint, helmLint], requiredChecksGate({ jobs: [lint, helmLint], allowSkipped: true, id: "gate", name: "Gate" })]],
    ["allow-skipped-list", () => [
      [lint, helmLint, helmInstall],
      requiredChecksGate({ jobs: [lint, helmLint, helmInstall], allowSkipped: [helmLint, helmInstall] }),
    ]],
  ])("%s", async (name, make) => {
    const [jobs, gate] = make();
    expect(await compileGate(jobs, gate)).toBe(expected(name));
  });

  it("is exported from the presets entry point", async () => {
    const presets = await import("../../src/presets/index.js");
    expect(presets.requiredChecksGate).toBe(requiredChecksGate);
  });
});

describe("requiredChecksGate: the failing step's condition", () => {
  const ids = ["lint", "helm-lint", "helm-install"];
  const jobs = [lint, helmLint, helmInstall];

  // The reference: the gate passes when each job succeeded, or was skipped and may be.
  it.each<[string, boolean | AnyJobRef[], readonly string[]]>([
    ["false", false, []],
    ["true", true, ids],
    ["a list", [helmLint, helmInstall], ["helm-lint", "helm-install"]],
    ["a list of one", [helmInstall], ["helm-install"]],
    ["an empty list", [], []],
  ])("allowSkipped %s: fails exactly when a job neither succeeded nor was an allowed skip", async (_, allowSkipped, skippable) => {
    const condition = failCondition(await compileGate(jobs, requiredChecksGate({ jobs, allowSkipped })));
    const rows = combinations(ids);
    expect(rows).toHaveLength(64);
    const passes = (row: Record<string, Result>) => ids.every((id) => row[id] === "success" || (row[id] === "skipped" && skippable.includes(id)));
    expect(rows.map((row) => [row, evaluate(condition, row)])).toEqual(rows.map((row) => [row, !passes(row)]));
  });

  it("tests a single required job by its own result", async () => {
    const single = failCondition(await compileGate([helmInstall], requiredChecksGate({ jobs: [helmInstall], allowSkipped: [helmInstall] })));
    expect(single).toBe("${{ (needs.helm-install.result != 'success') && (needs.helm-install.result != 'skipped') }}");
    expect(RESULTS.map((r) => evaluate(single, { "helm-install": r }))).toEqual([false, true, true, false]);
  });

  it("matches allowSkipped to jobs by id, not by object (presets return relocated copies)", async () => {
    const sameId = check("lint", "make lint");
    const condition = failCondition(await compileGate([lint, test], requiredChecksGate({ jobs: [lint, test], allowSkipped: [sameId] })));
    expect(condition).toBe("${{ ((needs.lint.result != 'success') && (needs.lint.result != 'skipped')) || (needs.test.result != 'success') }}");
  });
});

describe("requiredChecksGate: bad options", () => {
  it.each<[string, unknown]>([
    ['option "jobs": list at least one job', { jobs: [] }],
    ['option "jobs": is required', {}],
    ['option "jobs.0": expected jobs made with job("id", {...})', { jobs: ["lint"] }],
    ['option "allowSkipped": true, false, or a list of jobs', { jobs: [lint], allowSkipped: "yes" }],
    ['option "allowSkipped": true, false, or a list of jobs', { jobs: [lint], allowSkipped: ["lint"] }],
    ['option "allowSkipped.0": job "test" is not in jobs: the gate can only accept the skip of a job it needs', { jobs: [lint], allowSkipped: [test] }],
    ['option "id": a job id', { jobs: [lint], id: "1st" }],
    ['options: Unrecognized key: "allowSkip"', { jobs: [lint], allowSkip: true }],
  ])("%s", (message, options) => {
    expect(() => requiredChecksGate(options as RequiredChecksGateOptions)).toThrow(`requiredChecksGate(): invalid options\n  - ${message}`);
  });
});
