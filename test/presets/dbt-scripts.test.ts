// The shell scripts validateDbt writes, run with bash the way a runner runs them (`bash -e`),
// against stand-ins for dbt and gh that record how they were called.
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { compile, vars, workflow } from "../../src/index.js";
import { validateDbt, type ValidateDbtOptions } from "../../src/presets/index.js";

type Step = { name?: string; run?: string; env?: Record<string, string>; "working-directory"?: string };

let root: string;
let workspace: string;
let temp: string;
let bin: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "pipewright-dbt-"));
  for (const dir of ["workspace/analytics", "temp", "bin"]) mkdirSync(join(root, dir), { recursive: true });
  [workspace, temp, bin] = ["workspace", "temp", "bin"].map((dir) => join(root, dir)) as [string, string, string];
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A stand-in command that appends its arguments, one call a line, to `<name>.calls`, then runs `body`. */
function fake(name: string, body = "") {
  const file = join(bin, name);
  writeFileSync(file, `#!/usr/bin/env bash\necho "$*" >> "${join(root, `${name}.calls`)}"\n${body}\n`);
  chmodSync(file, 0o755);
}
const calls = (name: string) => (existsSync(join(root, `${name}.calls`)) ? readFileSync(join(root, `${name}.calls`), "utf8").trim().split("\n") : []);

async function stepsOf(options: ValidateDbtOptions): Promise<Step[]> {
  const { files, diagnostics } = await compile([workflow("dbt", { on: { pull_request: {} }, jobs: [validateDbt(options)] })]);
  expect(diagnostics).toEqual([]);
  return (parse(files[0]!.contents) as { jobs: Record<string, { steps: Step[] }> }).jobs.validate_dbt_project!.steps;
}

/** Runs a step's script as an Ubuntu runner would, with the step's literal env plus `env`. */
function runStep(step: Step, env: Record<string, string> = {}) {
  const literal = Object.fromEntries(Object.entries(step.env ?? {}).filter(([, value]) => !value.includes("${{")));
  return spawnSync("bash", ["-e", "-c", step.run!], {
    cwd: join(workspace, step["working-directory"] ?? "."),
    env: { PATH: `${bin}:${process.env.PATH}`, GITHUB_WORKSPACE: workspace, RUNNER_TEMP: temp, GITHUB_OUTPUT: join(root, "output"), ...literal, ...env },
    encoding: "utf8",
  });
}
const named = (steps: Step[], prefix: string) => steps.find((step) => step.name?.startsWith(prefix))!;

describe("validateDbt's scripts", () => {
  it("are valid bash, in every expected workflow", () => {
    const dir = new URL("./expected/dbt/", import.meta.url);
    const scripts = readdirSync(dir).flatMap((file) =>
      Object.values((parse(readFileSync(new URL(file, dir), "utf8")) as { jobs: Record<string, { steps: Step[] }> }).jobs)
        .flatMap((job) => job.steps.flatMap((step) => (step.run === undefined ? [] : [step.run]))));
    expect(scripts.length).toBeGreaterThan(30);
    for (const script of scripts) expect(() => execFileSync("bash", ["-n", "-c", script])).not.toThrow();
  });

  it("mount profiles.yml from base64 that `base64` wrapped at 76 columns, where the seed's unquoted echo fails", async () => {
    const profiles = "analytics:\n  target: ci\n  outputs:\n    ci:\n      type: postgres\n      host: warehouse.internal\n      user: ci\n";
    const wrapped = execFileSync("base64", { input: profiles, encoding: "utf8" });
    expect(wrapped.trim().split("\n").length).toBeGreaterThan(1);
    const mount = named(await stepsOf({ projectDir: "analytics", profiles: { base64: vars.PROFILES_YML_BASE64 } }), "Mount profiles.yml");
    expect(runStep(mount, { PROFILES_YML_BASE64: wrapped }).status).toBe(0);
    expect(readFileSync(join(workspace, "analytics/profiles.yml"), "utf8")).toBe(profiles);

    const seed = { run: "echo $PROFILES_YML_BASE64 | base64 --decode > analytics/profiles.yml" };
    expect(runStep(seed, { PROFILES_YML_BASE64: wrapped }).stderr).toContain("invalid input");
  });

  it("run dbt with the flag the debug expression chose", async () => {
    fake("dbt");
    const steps = await stepsOf({ projectDir: "analytics", debug: vars.DEBUG });
    expect(runStep(named(steps, "Install dbt"), { LOG_FLAG: "--debug" }).status).toBe(0);
    expect(runStep(named(steps, "Validate"), { LOG_FLAG: "-q" }).status).toBe(0);
    expect(calls("dbt")).toEqual(["--debug deps", "-q parse"]);
  });
});

describe("slim CI scripts", () => {
  it("find the latest successful run of the production workflow and output its id", async () => {
    fake("gh", 'echo "4242"');
    const find = named(await stepsOf({ command: "build", slimCi: { workflow: "deploy.yml" } }), "Find the latest production run");
    const result = runStep(find);
    expect(result.status).toBe(0);
    expect(calls("gh")).toEqual(["run list --workflow deploy.yml --branch main --status success --limit 1 --json databaseId --jq .[0].databaseId // empty"]);
    expect(readFileSync(join(root, "output"), "utf8")).toBe("run_id=4242\n");
    expect(result.stdout).toBe("");
  });

  it("output an empty id and warn when production has no successful run yet", async () => {
    fake("gh");
    const find = named(await stepsOf({ command: "build", slimCi: { workflow: "deploy.yml", branch: "prod" } }), "Find the latest production run");
    const result = runStep(find);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe("::warning::No successful run of deploy.yml on prod yet.\n");
    expect(readFileSync(join(root, "output"), "utf8")).toBe("run_id=\n");
  });

  it("fail when gh fails, e.g. on a misspelled workflow", async () => {
    fake("gh", 'echo "could not find any workflows named deploy.yaml" >&2; exit 1');
    const find = named(await stepsOf({ command: "build", slimCi: { workflow: "deploy.yaml" } }), "Find the latest production run");
    expect(runStep(find).status).not.toBe(0);
    expect(existsSync(join(root, "output"))).toBe(false);
  });

  it("build only what changed, deferring to production, when the manifest was downloaded", async () => {
    fake("dbt");
    mkdirSync(join(temp, "dbt-state"));
    writeFileSync(join(temp, "dbt-state/manifest.json"), "{}");
    const build = named(await stepsOf({ projectDir: "analytics", command: "build", slimCi: { workflow: "deploy.yml" } }), "Build and test");
    const result = runStep(build);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe("");
    expect(calls("dbt")).toEqual([`-q build --select state:modified+ --defer --state ${temp}/dbt-state`]);
  });

  it("build everything, with a warning, when there is no manifest", async () => {
    fake("dbt");
    const build = named(await stepsOf({ command: "build", slimCi: { workflow: "deploy.yml" } }), "Build and test");
    const result = runStep(build);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`::warning::No production manifest in ${temp}/dbt-state: dbt build runs on the whole project.\n`);
    expect(calls("dbt")).toEqual(["-q build"]);
  });

  it("read a checked-in state folder relative to the repository root, from inside the project", async () => {
    fake("dbt", "exit 3");
    mkdirSync(join(workspace, "state/prod"), { recursive: true });
    writeFileSync(join(workspace, "state/prod/manifest.json"), "{}");
    const compileStep = named(await stepsOf({ projectDir: "analytics", command: "compile", slimCi: { statePath: "state/prod" } }), "Compile");
    expect(compileStep["working-directory"]).toBe("analytics");
    // A failing dbt fails the step.
    expect(runStep(compileStep).status).toBe(3);
    expect(calls("dbt")).toEqual([`-q compile --select state:modified+ --defer --state ${workspace}/state/prod`]);
  });
});
