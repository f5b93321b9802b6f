// The command a failed check tells people to run, and the header names: worked out from the
// project's own package.json, lockfile and install, never `npx`.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { withHeader } from "../../src/emit/header.js";
import { checkFix, fixInstructions, forceCommand, installedBin, regenerateCommand } from "../../src/project/fix-command.js";
import type { PlannedFile } from "../../src/project/plan.js";

const roots: string[] = [];
afterEach(async () => {
  for (const root of roots.splice(0)) await rm(root, { recursive: true, force: true });
});

/** A temporary repository (it holds `.git`) with the given files; returns its root. */
async function repo(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "pipewright-fix-"));
  roots.push(root);
  await mkdir(join(root, ".git"));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return root;
}

const pkg = (scripts: Record<string, string>, extra: Record<string, unknown> = {}) => JSON.stringify({ name: "app", ...extra, scripts }, null, 2);
const BIN = "node_modules/.bin/pipewright";

describe("regenerateCommand", () => {
  it.each<[string, Record<string, string>, string]>([
    ["the gen-workflows script, with npm", { "package.json": pkg({ "gen-workflows": "pipewright generate" }), "package-lock.json": "{}" }, "npm run gen-workflows"],
    ["the script under pnpm (lockfile)", { "package.json": pkg({ "gen-workflows": "pipewright generate" }), "pnpm-lock.yaml": "" }, "pnpm run gen-workflows"],
    ["the script under yarn (packageManager wins over a lockfile)", { "package.json": pkg({ "gen-workflows": "pipewright generate" }, { packageManager: "yarn@4.5.0" }), "package-lock.json": "{}" }, "yarn run gen-workflows"],
    ["a script of another name that runs generate", { "package.json": pkg({ verify: "pipewright generate --check", workflows: "tsc && pipewright generate" }) }, "npm run workflows"],
    ["the binary when no script generates", { "package.json": pkg({ verify: "pipewright check" }), [BIN]: "" }, `${BIN} generate`],
    ["the binary when there is no package.json", {}, `${BIN} generate`],
  ])("%s", async (_, files, expected) => {
    expect(regenerateCommand(await repo(files))).toBe(expected);
  });

  it("finds the binary a workspace hoisted to the repository root, relative to the package", async () => {
    const root = await repo({ "package.json": pkg({}), [BIN]: "", "packages/web/package.json": pkg({}) });
    expect(installedBin(join(root, "packages/web"))).toBe(`../../${BIN}`);
    expect(regenerateCommand(join(root, "packages/web"))).toBe(`../../${BIN} generate`);
    expect(forceCommand(join(root, "packages/web"))).toBe(`../../${BIN} generate --force`);
  });

  it("does not look above the repository root", async () => {
    const outer = await repo({ [BIN]: "" });
    const inner = join(outer, "inner");
    await mkdir(join(inner, ".git"), { recursive: true });
    expect(installedBin(inner)).toBeUndefined();
  });

  it("names the binary with the flags of the failed run, quoted for the shell, even when a script exists", async () => {
    const root = await repo({ "package.json": pkg({ "gen-workflows": "pipewright generate" }) });
    expect(regenerateCommand(root, ["--source", "ci/my workflows.ts"])).toBe(`${BIN} generate --source 'ci/my workflows.ts'`);
  });
});

const file = (path: string, status: PlannedFile["status"], source = "workflows.ts"): PlannedFile => ({
  path, status, expected: withHeader("name: CI\n", source, "x"), actual: "name: old\n",
});

describe("fixInstructions", () => {
  it("says nothing when every file is in sync", () => {
    expect(fixInstructions([file("a.yml", "unchanged")], "R", "F")).toEqual([]);
  });

  it("counts the files, names their source, gives the command and what to stage", () => {
    expect(fixInstructions([file(".github/workflows/ci.yml", "stale"), file(".github/workflows/cd.yml", "missing"), file(".github/rulesets/main.json", "orphan")], "npm run gen-workflows", "F")).toEqual([
      "3 files out of sync with workflows.ts.",
      "Fix: run `npm run gen-workflows`, then stage the result: `git add .github/rulesets .github/workflows`",
    ]);
  });

  it("names each file generate will not replace, with its way out", () => {
    expect(fixInstructions([file("w/ci.yml", "hand-edited", "ci.ts"), file("w/cd.yml", "hand-written", "ci.ts"), file("w/x.yml", "other-source", "ci.ts")], "R", "bin generate --force")).toEqual([
      "3 files out of sync with ci.ts.",
      "w/ci.yml was edited by hand, so generate leaves it alone: move the edit into ci.ts and run `bin generate --force` to replace it, or drop the edit: `git checkout HEAD -- w/ci.yml`.",
      "w/cd.yml was not written by pipewright, so generate leaves it alone: rename the workflow, move the file away, or run `bin generate --force` to replace it.",
      "w/x.yml was generated from another source file, so generate leaves it alone: rename the workflow, move the file away, or run `bin generate --force` to replace it.",
    ]);
  });

  it("checkFix repeats --cwd, --source and --out of the run", async () => {
    const root = await repo({ "package.json": pkg({ "gen-workflows": "pipewright generate" }) });
    expect(checkFix([file("ci/ci.yml", "stale")], root, { cwd: "app", source: "ci.ts", out: "ci" })).toEqual([
      "1 file out of sync with workflows.ts.",
      `Fix: run \`cd app && ${BIN} generate --source ci.ts --out ci\`, then stage the result: \`git add ci\``,
    ]);
    expect(checkFix([file("ci/ci.yml", "stale")], root, {})[1]).toBe("Fix: run `npm run gen-workflows`, then stage the result: `git add ci`");
  });
});
