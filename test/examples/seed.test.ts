// examples/seed/workflows.ts restates the two workflows of the seed document. Its output must
// say what the seed's YAML says, apart from the differences listed here, each made on purpose
// and explained in docs/seed-differences.md. Any other difference fails the suite.
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { fileURLToPath } from "node:url";
import { data, Evaluator, Lexer, Parser } from "@actions/expressions";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { main } from "../../src/cli/main.js";
import { compile } from "../../src/compile/compile.js";
import { readConfig } from "../../src/project/find-config.js";
import { loadSource } from "../../src/project/load.js";
import { expectValidWorkflow } from "../support/oracles.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const example = join(root, "examples/seed");
const seedDir = resolve(root, "../shared/seed");
const hasSeed = existsSync(seedDir);

type Mapping = Record<string, unknown>;

interface Difference {
  readonly file: string;
  readonly path: string;
  readonly seed: unknown;
  readonly pipewright: unknown;
}

const PUSH_SEED = "${{ github.event_name == 'push' && github.ref == 'refs/heads/main' }}";
const PUSH_OURS = "${{ (github.event_name == 'push') && (github.ref == 'refs/heads/main') }}";

/** Every deliberate difference, by the reason for it (the headings of docs/seed-differences.md). */
const DELIBERATE: Record<string, Difference[]> = {
  "permissions: the GITHUB_TOKEN is read-only unless a workflow asks for more": [
    { file: "cd.yml", path: "permissions", seed: undefined, pipewright: { contents: "read" } },
    { file: "ci.yml", path: "permissions", seed: undefined, pipewright: { contents: "read" } },
  ],
  "packages: write: the job that pushes to ghcr.io asks for it, as the workflow's token is read-only": [
    { file: "cd.yml", path: "jobs.build.permissions", seed: undefined, pipewright: { contents: "read", packages: "write" } },
  ],
  "persist-credentials: checkout does not leave the token in .git/config": [
    { file: "cd.yml", path: "jobs.build.steps[0].with", seed: undefined, pipewright: { "persist-credentials": false } },
    { file: "ci.yml", path: "jobs.validate_dbt_project.steps[0].with", seed: undefined, pipewright: { "persist-credentials": false } },
  ],
  "login username: github.actor, since there is no secret GITHUB_ACTOR": [
    { file: "cd.yml", path: "jobs.build.steps[2].with.username", seed: "${{ secrets.GITHUB_ACTOR }}", pipewright: "${{ github.actor }}" },
  ],
  "push condition: and() puts each operand in parentheses": [
    { file: "cd.yml", path: "jobs.build.steps[3].with.push", seed: PUSH_SEED, pipewright: PUSH_OURS },
  ],
};

function isMapping(value: unknown): value is Mapping {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Leaf-level differences between two parsed workflows; an absent key reads as `undefined`. */
function differences(file: string, seed: unknown, ours: unknown, path = ""): Difference[] {
  if (isMapping(seed) && isMapping(ours)) {
    const keys = [...new Set([...Object.keys(seed), ...Object.keys(ours)])];
    return keys.flatMap((key) => differences(file, seed[key], ours[key], path ? `${path}.${key}` : key));
  }
  if (Array.isArray(seed) && Array.isArray(ours) && seed.length === ours.length) {
    return seed.flatMap((item, i) => differences(file, item, ours[i], `${path}[${i}]`));
  }
  return isDeepStrictEqual(seed, ours) ? [] : [{ file, path, seed, pipewright: ours }];
}

const byPlace = (a: Difference, b: Difference) => `${a.file} ${a.path}`.localeCompare(`${b.file} ${b.path}`);

/** The seed's workflows by the file each would be saved as. */
function seedWorkflows(markdown: string): Record<string, Mapping> {
  const blocks = [...markdown.matchAll(/^```[^\n]*\n([\s\S]*?)^```/gm)].map((m) => parse(m[1]!) as Mapping);
  expect(blocks, "code blocks in the seed document").toHaveLength(3);
  const trigger = blocks.find((b) => "on" in b && !("jobs" in b));
  const dbtJobs = blocks.find((b) => "validate_dbt_project" in b);
  const cd = blocks.find((b) => b.name === "Build and Push Docker Image");
  if (!trigger || !dbtJobs || !cd) throw new Error("the seed's `on:`, dbt job or CD workflow block was not found");
  // The seed shows the dbt job as a fragment of `jobs:`, to be saved in ci.yml under the
  // `on:` clause it gives just before.
  return { "ci.yml": { ...trigger, jobs: dbtJobs }, "cd.yml": cd };
}

/** Evaluates an expression (`${{ }}` text) with a `github` context. */
function evaluate(text: string, github: Record<string, string>): string {
  const source = text.replace(/^\$\{\{([\s\S]*)\}\}$/, "$1");
  const ast = new Parser(new Lexer(source).lex().tokens, ["github"], []).parse();
  const pairs = Object.entries(github).map(([key, value]) => ({ key, value: new data.StringData(value) }));
  const context = new data.Dictionary({ key: "github", value: new data.Dictionary(...pairs) });
  return new Evaluator(ast, context).evaluate().coerceString();
}

describe.skipIf(!hasSeed)(`seed example against ${seedDir}${hasSeed ? "" : " (skipped: folder not found)"}`, () => {
  let seed: Record<string, Mapping>;
  let ours: Record<string, Mapping>;
  let found: Difference[];

  beforeAll(async () => {
    seed = seedWorkflows(readFileSync(join(seedDir, "cicd-data-platform.md"), "utf8"));
    const loaded = await loadSource(join(example, "workflows.ts"), example);
    // The example keeps the seed's version tags on purpose; its pipewright.config.json turns
    // off the one rule that reports them (unpinned-uses), as the CLI does.
    const { rules } = await readConfig(example);
    expect(rules).toEqual({ "unpinned-uses": "off" });
    const compiled = await compile(loaded.entries, { ...(rules ? { rules } : {}) });
    expect(compiled.diagnostics).toEqual([]);
    ours = Object.fromEntries(compiled.files.map((f) => [f.path.replace(/^.*\//, ""), parse(f.contents) as Mapping]));
    found = Object.keys(seed).flatMap((file) => differences(file, seed[file], ours[file])).sort(byPlace);
  });

  it("compiles to the seed's two files", () => {
    expect(Object.keys(ours).sort()).toEqual(["cd.yml", "ci.yml"]);
  });

  it.each(Object.entries(DELIBERATE))("differs on purpose: %s", (_reason, expected) => {
    expect(found).toEqual(expect.arrayContaining(expected));
  });

  it("differs in nothing else", () => {
    expect(found).toEqual(Object.values(DELIBERATE).flat().sort(byPlace));
  });

  it("moves no expression out of a run script: the seed already passes every value through env", () => {
    const scripts = (workflow: Mapping) =>
      Object.values(workflow.jobs as Record<string, { steps: Mapping[] }>).flatMap((job) =>
        job.steps.filter((step) => typeof step.run === "string").map((step) => step.run as string));
    const seedScripts = [...scripts(seed["ci.yml"]!), ...scripts(seed["cd.yml"]!)];
    expect(seedScripts).toHaveLength(4);
    expect(seedScripts.filter((script) => script.includes("${{"))).toEqual([]);
    expect([...scripts(ours["ci.yml"]!), ...scripts(ours["cd.yml"]!)]).toEqual(seedScripts);
  });

  it("keeps the push condition's meaning: the parentheses only restate precedence", () => {
    for (const event_name of ["push", "pull_request", "workflow_dispatch"]) {
      for (const ref of ["refs/heads/main", "refs/heads/feature", "refs/pull/7/merge"]) {
        const github = { event_name, ref };
        expect(evaluate(PUSH_OURS, github), `${event_name} ${ref}`).toBe(evaluate(PUSH_SEED, github));
      }
    }
    expect(evaluate(PUSH_OURS, { event_name: "push", ref: "refs/heads/main" })).toBe("true");
  });
});

describe("examples/seed/.github/workflows", () => {
  it("is in sync with examples/seed/workflows.ts", async () => {
    const result = await main(["check", "--cwd", example], root);
    expect(result).toEqual({ code: 0, stdout: "2 generated files are up to date\n", stderr: "" });
  });

  it.each(["ci.yml", "cd.yml"])("%s passes GitHub's parser and actionlint", async (name) => {
    await expectValidWorkflow(name, readFileSync(join(example, ".github/workflows", name), "utf8"));
  });
});
