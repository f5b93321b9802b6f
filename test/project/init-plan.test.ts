// What `pipewright init` plans from what it found: which files it writes, edits, keeps or
// refuses to replace, and the starter workflows.ts, compiled here to exact, valid YAML.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { planInit, type InitState } from "../../src/project/init.js";
import { gitHook, lefthookConfig, starterWorkflows } from "../../src/project/init-templates.js";
import { runProject } from "../../src/project/project.js";
import { expectValidWorkflow } from "../support/oracles.js";

const REPO = "/work/repo";
const PACKAGE_JSON = '{\n  "name": "app",\n  "scripts": {\n    "test": "vitest run"\n  }\n}\n';
const WITH_SCRIPT = '{\n  "name": "app",\n  "scripts": {\n    "test": "vitest run",\n    "gen-workflows": "pipewright generate"\n  }\n}\n';

const state = (over: Partial<InitState> = {}): InitState => ({
  cwd: REPO,
  packageJson: PACKAGE_JSON,
  bin: `${REPO}/node_modules/.bin/pipewright`,
  git: { toplevel: REPO, hooksDir: `${REPO}/.git/hooks` },
  branch: "main",
  packageManager: "npm",
  nodeVersionFile: undefined,
  source: "workflows.ts",
  out: ".github/workflows",
  handWritten: [],
  existing: new Map(),
  ...over,
});

const summary = (plan: ReturnType<typeof planInit>) => plan.files.map((f) => [f.path, f.change]);

describe("planInit", () => {
  it("writes the starter and adds the script, leaving the rest of package.json as it was", () => {
    const plan = planInit(state(), { cwd: REPO });
    expect(summary(plan)).toEqual([["workflows.ts", "create"], ["package.json", "update"]]);
    expect(plan.files[0]!.contents).toBe(starterWorkflows({ packageManager: "npm", branch: "main", hasTests: true, directory: "" }));
    expect(plan.files[1]!.contents).toBe(WITH_SCRIPT);
    expect(plan.notes).toEqual([]);
  });

  it("keeps the user's workflows.ts and gen-workflows script, even with --force", () => {
    const plan = planInit(state({
      packageJson: '{ "scripts": { "gen-workflows": "tsx build.ts && pipewright generate" } }',
      existing: new Map([[`${REPO}/workflows.ts`, "export default [];\n"]]),
    }), { cwd: REPO, force: true });
    expect(plan.files).toEqual([]);
    expect(plan.notes).toEqual(["kept workflows.ts, which is already there", "kept your gen-workflows script (`tsx build.ts && pipewright generate`)"]);
  });

  it("imports instead of writing a starter when .github/workflows holds hand-written YAML", () => {
    const plan = planInit(state({ handWritten: [".github/workflows/ci.yml"] }), { cwd: REPO });
    expect(plan.importTargets).toEqual([".github/workflows/ci.yml"]);
    expect(summary(plan)).toEqual([["package.json", "update"]]);
  });

  it("writes an executable git hook into the hooks folder git reports", () => {
    const plan = planInit(state({ git: { toplevel: REPO, hooksDir: `${REPO}/.githooks` } }), { cwd: REPO, hook: "git" });
    expect(plan.files.find((f) => f.path === ".githooks/pre-commit")).toEqual({
      path: ".githooks/pre-commit", change: "create", mode: 0o755, contents: gitHook({ bin: "node_modules/.bin/pipewright", project: "" }),
    });
  });

  it("reaches a project in a sub-folder from the repository root, where hooks run", () => {
    const cwd = `${REPO}/packages/web`;
    const plan = planInit(state({ cwd, packageManager: "pnpm", nodeVersionFile: ".nvmrc" }), { cwd, hook: "husky" });
    expect(summary(plan)).toEqual([["workflows.ts", "create"], ["../../.husky/pre-commit", "create"], ["package.json", "update"]]);
    expect(plan.files[1]!.contents).toBe("node_modules/.bin/pipewright check --cwd packages/web\n");
    expect(JSON.parse(plan.files[2]!.contents).scripts).toEqual({ test: "vitest run", "gen-workflows": "pipewright generate", prepare: "cd ../.. && husky" });
    expect(plan.notes).toEqual(["then `pnpm add --save-dev husky` and `pnpm run prepare` enable the hook"]);
    expect(plan.files[0]!.contents).toContain('defaults: { run: { "working-directory": "packages/web" } },');
    expect(plan.files[0]!.contents).toContain('setupNode({ "node-version-file": "packages/web/.nvmrc", cache: "pnpm", "cache-dependency-path": "packages/web/pnpm-lock.yaml" }),');
  });

  it("marks a hook file already set up as unchanged, and one in the way as a replacement with the way out", () => {
    const command = { bin: "node_modules/.bin/pipewright", project: "" };
    const same = planInit(state({ existing: new Map([[`${REPO}/lefthook.yml`, lefthookConfig(command)]]) }), { cwd: REPO, hook: "lefthook" });
    expect(same.files.find((f) => f.path === "lefthook.yml")?.change).toBe("unchanged");
    const other = planInit(state({ existing: new Map([[`${REPO}/.pre-commit-config.yaml`, "repos: []\n"]]) }), { cwd: REPO, hook: "pre-commit" });
    const entry = other.files.find((f) => f.path === ".pre-commit-config.yaml")!;
    expect(entry.change).toBe("replace");
    expect(entry.instead).toContain("add this entry under repos:\n  - repo: local\n    hooks:\n      - id: pipewright-check\n        name: pipewright check\n        entry: node_modules/.bin/pipewright check\n");
  });

  it.each<[string, Partial<InitState>, string | undefined, string]>([
    ["no package.json", { packageJson: undefined }, undefined, "no package.json in /work/repo: pipewright init sets up an npm project; create one (`npm init -y`)"],
    ["pipewright not installed", { bin: undefined, packageManager: "pnpm" }, undefined, "pipewright is not installed in /work/repo (no node_modules/.bin/pipewright here or above): install it first with `pnpm add --save-dev pipewright`"],
    ["a hook outside git", { git: undefined }, "git", "--hook git: /work/repo is not in a git repository; run `git init` first"],
  ])("refuses: %s", (_, over, hook, message) => {
    expect(() => planInit(state(over), { cwd: REPO, ...(hook ? { hook: "git" as const } : {}) })).toThrow(message);
  });
});

const DSL = fileURLToPath(new URL("../../src/index.ts", import.meta.url));
const ACTIONS = fileURLToPath(new URL("../../src/actions/index.ts", import.meta.url));

const PNPM_CI = `name: CI
on:
  push:
    branches:
      - trunk
  pull_request:
  workflow_dispatch:
permissions:
  contents: read
jobs:
  test:
    name: Install, test, check generated workflows
    runs-on: ubuntu-latest
    permissions:
      contents: read
    defaults:
      run:
        working-directory: tools/ci
    timeout-minutes: 15
    steps:
      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1
        with:
          persist-credentials: false
      - name: Enable corepack
        run: corepack enable
      - uses: actions/setup-node@820762786026740c76f36085b0efc47a31fe5020 # v7.0.0
        with:
          node-version-file: tools/ci/.node-version
          cache: pnpm
          cache-dependency-path: tools/ci/pnpm-lock.yaml
      - name: Install dependencies
        run: pnpm install --frozen-lockfile
      - name: Generated workflows are up to date
        run: pnpm exec pipewright check
`;

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

describe("the starter workflows.ts", () => {
  it("compiles, for pnpm in a sub-folder without tests, to exactly this valid workflow", async () => {
    const dir = await mkdtemp(join(tmpdir(), "pipewright-starter-"));
    dirs.push(dir);
    const text = starterWorkflows({ packageManager: "pnpm", branch: "trunk", nodeVersionFile: ".node-version", hasTests: false, directory: "tools/ci" });
    expect(text).toContain('    // run("pnpm test", { name: "Test" }), // once package.json has a test script\n');
    await writeFile(join(dir, "workflows.ts"), text.replace('from "pipewright"', `from ${JSON.stringify(DSL)}`).replace('from "pipewright/actions"', `from ${JSON.stringify(ACTIONS)}`));
    const result = await runProject({ cwd: dir, mode: "generate", strict: true });
    expect(result.diagnostics).toEqual([]);
    const yaml = await readFile(join(dir, ".github/workflows/ci.yml"), "utf8");
    expect(yaml.replace(/^(#.*\n)+\n/, "")).toBe(PNPM_CI);
    await expectValidWorkflow("ci.yml", yaml);
  });
});
