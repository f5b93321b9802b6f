// The CLI's argument handling: flags, exit codes for misuse, --json, and the folders it uses.
import { readFile } from "node:fs/promises";
import { basename, dirname } from "node:path";
import { describe, expect, it } from "vitest";
import { HELP, main } from "../../src/cli/main.js";
import { IMPORT, sourceFile, tempProjects } from "./temp-project.js";

const project = tempProjects();
const CI = ".github/workflows/ci.yml";
const pkg = JSON.parse(await readFile(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };

describe("usage", () => {
  it("prints help and the package version", async () => {
    expect(await main(["--help"], "/")).toEqual({ code: 0, stdout: HELP, stderr: "" });
    expect(HELP).toContain("Usage:\n  pipewright generate [options]");
    expect(await main(["--version"], "/")).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: "" });
    expect(await main(["-v"], "/")).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: "" });
  });

  it("exits 2 without a command, or with an unknown command, flag or argument", async () => {
    expect(await main([], "/")).toEqual({ code: 2, stdout: "", stderr: HELP });
    const unknown = await main(["build"], "/");
    expect(unknown).toEqual({ code: 2, stdout: "", stderr: 'pipewright: unknown command "build"\nRun `pipewright --help` for usage.\n' });
    const flag = await main(["generate", "--frobnicate"], "/");
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain("--frobnicate");
    expect((await main(["generate", "extra"], "/")).stderr).toContain('unexpected argument "extra"');
    expect((await main(["check", "--force"], "/")).code).toBe(2);
  });
});

describe("--json", () => {
  it("reports the files written", async () => {
    const p = await project({ "workflows.ts": sourceFile({ stem: "ci" }) });
    const out = await p.cli("generate", "--json");
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout)).toEqual({ ok: true, diagnostics: [], files: [{ path: CI, status: "missing" }], written: [CI], deleted: [] });
    await p.expectValid(CI);
    expect(JSON.parse((await p.cli("check", "--json")).stdout)).toEqual({ ok: true, diagnostics: [], files: [{ path: CI, status: "unchanged" }], written: [], deleted: [] });
  });

  it("reports diagnostics with their place in the YAML and in the source", async () => {
    const p = await project({
      "workflows.ts": [
        IMPORT,
        `const build = job("build", { "runs-on": "ubuntu-latest", steps: [run("make")] });`,
        `const ship = job("ship", { needs: ["biuld"], "runs-on": "ubuntu-latest", steps: [run("make ship")] });`,
        `export default [workflow("ship", { on: { push: {} }, jobs: [build, ship] })];`,
      ].join("\n"),
    });
    const out = await p.cli("generate", "--json");
    expect(out.code).toBe(1);
    expect(JSON.parse(out.stdout)).toMatchObject({
      ok: false,
      files: [],
      written: [],
      diagnostics: [{
        rule: "needs-unknown",
        severity: "error",
        file: ".github/workflows/ship.yml",
        path: "jobs.ship.needs",
        message: 'job "ship" needs "biuld", which is not a job of this workflow',
        source: { file: "workflows.ts", line: 3, column: 14 },
      }],
    });
    expect(await p.exists(".github")).toBe(false);
  });

  it("reports a loader error as an error object", async () => {
    const p = await project();
    const out = await p.cli("check", "--json");
    expect(out.code).toBe(2);
    expect(JSON.parse(out.stdout)).toMatchObject({ ok: false, error: { code: "usage", message: expect.stringContaining("workflows.ts: no such file") } });
  });
});

describe("folders", () => {
  it("--cwd runs in another folder, absolute or relative to the caller's", async () => {
    const p = await project({ "workflows.ts": sourceFile({ stem: "ci" }) });
    expect(await main(["generate", "--cwd", p.root], "/")).toEqual({ code: 0, stdout: `wrote ${CI}\n`, stderr: "" });
    await p.expectValid(CI);
    expect(await main(["check", "--cwd", basename(p.root)], dirname(p.root))).toEqual({ code: 0, stdout: "1 generated file is up to date\n", stderr: "" });
  });

  it("--out writes to another folder inside the project, and nowhere else", async () => {
    const p = await project({ "workflows.ts": sourceFile({ stem: "ci" }) });
    expect(await p.cli("generate", "--out", "ci/workflows/")).toEqual({ code: 0, stdout: "wrote ci/workflows/ci.yml\n", stderr: "" });
    expect(await p.list()).toEqual(["ci/workflows/ci.yml", "workflows.ts"]);
    await p.expectValid("ci/workflows/ci.yml");
    expect((await p.cli("check", "--out", "ci/workflows")).code).toBe(0);
    expect((await p.cli("check")).code).toBe(1);
    const outside = await p.cli("generate", "--out", "../elsewhere");
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain("the output folder must be inside the project");
  });

  it("--source reads another file and names it in the header", async () => {
    const p = await project({ "pipelines/main.ts": sourceFile({ stem: "ci" }) });
    expect(await p.cli("generate", "--source", "pipelines/main.ts")).toEqual({ code: 0, stdout: `wrote ${CI}\n`, stderr: "" });
    expect((await p.read(CI)).split("\n").slice(0, 2)).toEqual([
      "# Generated by pipewright from pipelines/main.ts. Do not edit: changes here are overwritten.",
      "# To change it, edit pipelines/main.ts and run: node_modules/.bin/pipewright generate --source pipelines/main.ts",
    ]);
    await p.expectValid(CI);
    expect((await p.cli("check", "--source", "pipelines/main.ts")).code).toBe(0);
    const missing = await p.cli("check");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("workflows.ts: no such file");
  });

  it("generate --check behaves as check: reports, exits 1, writes nothing", async () => {
    const p = await project({ "workflows.ts": sourceFile({ stem: "ci" }) });
    const out = await p.cli("generate", "--check");
    expect(out.code).toBe(1);
    expect(out.stdout).toContain(`${CI}: not generated yet\n`);
    expect(await p.list()).toEqual(["workflows.ts"]);
    expect((await p.cli("generate")).code).toBe(0);
    expect(await p.cli("generate", "--check")).toEqual({ code: 0, stdout: "1 generated file is up to date\n", stderr: "" });
  });
});

describe("prettier configuration", () => {
  it("honours the project's prettier configuration, and needs none to print prettier's style", async () => {
    const plain = await project({ "workflows.ts": sourceFile({ stem: "ci", script: "echo \"it's\" done" }) });
    expect((await plain.cli("generate")).code).toBe(0);
    expect(await plain.read(".github/workflows/ci.yml")).toContain("      - run: echo \"it's\" done\n");
    expect(await plain.read(".github/workflows/ci.yml")).toContain("    runs-on: ubuntu-latest\n");

    const configured = await project({
      "workflows.ts": sourceFile({ stem: "ci", script: "echo \"it's\" done" }),
      ".prettierrc.json": JSON.stringify({ tabWidth: 4 }),
    });
    expect((await configured.cli("generate")).code).toBe(0);
    expect(await configured.read(".github/workflows/ci.yml")).toContain("        runs-on: ubuntu-latest\n");
    expect((await configured.cli("check")).code).toBe(0);
  });
});
