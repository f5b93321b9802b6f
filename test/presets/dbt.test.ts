// validateDbt and dbtWorkflow: the whole workflow for the default and for each main option,
// compared with the files under expected/dbt/, every one through GitHub's parser and actionlint;
// bad options; diagnostics that point at the caller; the debug flag's expression evaluated.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { data, Evaluator, Lexer, Parser } from "@actions/expressions";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { compile, secrets, vars, workflow, type WorkflowValue } from "../../src/index.js";
import { dbtWorkflow, validateDbt, type DbtWorkflowOptions, type ValidateDbtOptions } from "../../src/presets/index.js";
import { expectValidWorkflow } from "../support/oracles.js";

const expected = (name: string) => readFileSync(new URL(`./expected/dbt/${name}.yml`, import.meta.url), "utf8");
const thisFile = fileURLToPath(import.meta.url);

/** Compiles one workflow, which must have no diagnostic and pass both oracles. */
async function compileOne(value: WorkflowValue): Promise<string> {
  const result = await compile([value]);
  expect(result.diagnostics).toEqual([]);
  const yaml = result.files[0]!.contents;
  await expectValidWorkflow(`${value.fileStem}.yml`, yaml);
  return yaml;
}

const inCi = (options?: ValidateDbtOptions) =>
  workflow("dbt", { on: { pull_request: { branches: ["main"] } }, jobs: [validateDbt(options)] });

describe("validateDbt: exact YAML", () => {
  it.each<[string, () => WorkflowValue]>([
    ["validate-default", () => inCi()],
    ["validate-python", () => inCi({ projectDir: "analytics/", requirements: "ci/requirements.txt", pythonVersion: "3.11", pipCache: true })],
    ["validate-profiles-base64", () => inCi({
      projectDir: "analytics",
      profiles: { base64: secrets.PROFILES_YML_BASE64 },
      env: { DBT_ENV_SECRET_GITHUB_TOKEN: secrets.SECRET_GH_TOKEN, DBT_TARGET: "ci" },
    })],
    ["validate-profiles-path", () => inCi({ projectDir: "./analytics", profiles: { path: "ci/profiles" } })],
    ["validate-command", () => inCi({ command: "build", debug: true, id: "dbt_build", runsOn: ["self-hosted", "linux"], timeoutMinutes: 90 })],
    ["validate-slim-artifact", () => inCi({ projectDir: "analytics", command: "build", slimCi: { workflow: "deploy.yml", artifact: "prod-manifest", branch: "production" } })],
    ["validate-slim-path", () => inCi({ command: "compile", slimCi: { statePath: "state/prod/" } })],
  ])("%s", async (name, make) => {
    expect(await compileOne(make())).toBe(expected(name));
  });
});

describe("dbtWorkflow: exact YAML", () => {
  it.each<[string, () => WorkflowValue]>([
    ["workflow-default", () => dbtWorkflow("ci")],
    ["workflow-options", () => dbtWorkflow("dbt", {
      name: "dbt",
      projectDir: "analytics",
      branches: ["main", "release/**"],
      requirements: "requirements.txt",
      profiles: { path: "ci/profiles" },
      command: "compile",
    })],
    ["workflow-no-paths", () => dbtWorkflow("ci", { projectDir: "analytics", paths: false, profiles: { base64: vars.PROFILES_YML_BASE64 } })],
  ])("%s", async (name, make) => {
    expect(await compileOne(make())).toBe(expected(name));
  });

  it("takes the paths filter as given", async () => {
    const yaml = await compileOne(dbtWorkflow("ci", { projectDir: "analytics", paths: ["analytics/models/**", "packages.yml"] }));
    expect(parse(yaml).on.pull_request).toEqual({ branches: ["main"], paths: ["analytics/models/**", "packages.yml"] });
  });
});

/** Evaluates `${{ }}` text with an `inputs` context. */
function evaluate(text: string, inputs: Record<string, boolean>): string {
  const source = text.replace(/^\$\{\{([\s\S]*)\}\}$/, "$1");
  const ast = new Parser(new Lexer(source).lex().tokens, ["inputs"], []).parse();
  const pairs = Object.entries(inputs).map(([key, value]) => ({ key, value: new data.BooleanData(value) }));
  return new Evaluator(ast, new data.Dictionary({ key: "inputs", value: new data.Dictionary(...pairs) })).evaluate().coerceString();
}

describe("dbtWorkflow: the debug input", () => {
  it("gives --debug when ticked, and -q when not and on pull requests, which have no inputs", async () => {
    const yaml = await compileOne(dbtWorkflow("ci"));
    const flags = (parse(yaml).jobs.validate_dbt_project.steps as { run?: string; env?: Record<string, string> }[])
      .filter((step) => step.run?.startsWith("dbt "))
      .map((step) => step.env!.LOG_FLAG!);
    expect(flags).toHaveLength(2);
    for (const flag of flags) {
      expect(evaluate(flag, { debug: true })).toBe("--debug");
      expect(evaluate(flag, { debug: false })).toBe("-q");
      expect(evaluate(flag, {})).toBe("-q");
    }
  });
});

describe("bad options", () => {
  it.each<[string, string, () => unknown, string, string]>([
    ["a path outside the repository", "validateDbt", () => validateDbt({ projectDir: "../elsewhere" }), "projectDir", "without .."],
    ["an absolute path", "validateDbt", () => validateDbt({ requirements: "/etc/requirements.txt" }), "requirements", "relative to the repository root"],
    ["a path with shell characters", "validateDbt", () => validateDbt({ projectDir: "a;rm -rf ~" }), "projectDir", "relative to the repository root"],
    ["a Python version as a number (3.10 would be 3.1)", "validateDbt", () => validateDbt({ pythonVersion: 3.1 as never }), "pythonVersion", 'such as "3.12"'],
    ["profiles pasted as text", "validateDbt", () => validateDbt({ profiles: { base64: "cHJvZmlsZXM=" as never } }), "profiles", "{ base64: vars.NAME }"],
    ["both kinds of profiles", "validateDbt", () => validateDbt({ profiles: { base64: vars.P, path: "ci" } as never }), "profiles", "{ path:"],
    ["an env name with a dash", "validateDbt", () => validateDbt({ env: { "DBT-TOKEN": "x" } }), "env.DBT-TOKEN", "not an environment variable name"],
    ["an env name the preset sets", "validateDbt", () => validateDbt({ env: { LOG_FLAG: "-q" } }), "env.LOG_FLAG", "set by the preset"],
    ["DBT_PROFILES_DIR beside profiles.path", "validateDbt", () => validateDbt({ profiles: { path: "ci" }, env: { DBT_PROFILES_DIR: "x" } }), "env.DBT_PROFILES_DIR", "set by the preset"],
    ["a command it does not run", "validateDbt", () => validateDbt({ command: "run" as never }), "command", '"parse"'],
    ["slim CI with dbt parse", "validateDbt", () => validateDbt({ slimCi: { statePath: "state" } }), "slimCi", 'command "compile" or "build"'],
    ["slim CI of both kinds", "validateDbt", () => validateDbt({ command: "build", slimCi: { statePath: "s", workflow: "d.yml" } as never }), "slimCi", "statePath"],
    ["a bad job id", "validateDbt", () => validateDbt({ id: "validate dbt" }), "id", "a job id"],
    ["no timeout", "validateDbt", () => validateDbt({ timeoutMinutes: 0 }), "timeoutMinutes", ">="],
    ["a misspelled option", "validateDbt", () => validateDbt({ projectdir: "x" } as never), "options", "projectdir"],
    ["no branch", "dbtWorkflow", () => dbtWorkflow("ci", { branches: [] }), "branches", "at least one branch"],
    ["an empty paths filter", "dbtWorkflow", () => dbtWorkflow("ci", { paths: [] }), "paths", "or pass false"],
    ["debug, which the workflow's input decides", "dbtWorkflow", () => dbtWorkflow("ci", { debug: true } as DbtWorkflowOptions), "options", "debug"],
  ])("%s", (_case, preset, call, option, fragment) => {
    const where = option === "options" ? "options:" : `option "${option}":`;
    expect(call).toThrowError(`${preset}(): invalid options`);
    expect(call).toThrowError(where);
    expect(call).toThrowError(fragment);
  });
});

describe("diagnostics point at the caller", () => {
  it("reports a duplicate validateDbt job at the line that added it", async () => {
    const line = Number(new Error().stack!.split("\n")[1]!.match(/:(\d+):\d+\)?$/)![1]) + 1;
    const twice = workflow("dbt", { on: { pull_request: {} }, jobs: [validateDbt(), validateDbt()] });
    const { diagnostics } = await compile([twice]);
    expect(diagnostics.map((d) => [d.rule, d.source?.file, d.source?.line])).toEqual([["job-id-duplicate", thisFile, line]]);
  });

  it("reports a problem in dbtWorkflow's triggers and job at the dbtWorkflow call", async () => {
    const line = Number(new Error().stack!.split("\n")[1]!.match(/:(\d+):\d+\)?$/)![1]) + 1;
    const broken = dbtWorkflow("ci", { branches: ["${{ github.ref"], runsOn: "${{ matrix.os" });
    const { diagnostics } = await compile([broken]);
    const places = diagnostics.map((d) => [d.path, d.source?.file, d.source?.line]);
    expect(places).toContainEqual(["on.pull_request.branches[0]", thisFile, line]);
    expect(places).toContainEqual(["jobs.validate_dbt_project.runs-on", thisFile, line]);
  });
});
