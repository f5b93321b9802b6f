// The seed document's CD workflow ("Build and Push Docker Image") rebuilt with buildPush must
// keep the seed's steps (same actions, same order, same inputs) and differ only as listed here,
// each difference on purpose and explained in docs/presets/build-push.md.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { isDeepStrictEqual } from "node:util";
import { data, Evaluator, Lexer, Parser } from "@actions/expressions";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { checkout, dockerBuildPush, dockerLogin, dockerMetadata, setupBuildx, setupQemu } from "../../src/actions/index.js";
import { compile, workflow } from "../../src/index.js";
import { buildPush } from "../../src/presets/build-push.js";
import { expectValidWorkflow } from "../support/oracles.js";

type Mapping = Record<string, any>;

interface Difference {
  readonly path: string;
  readonly seed: unknown;
  readonly pipewright: unknown;
}

const root = fileURLToPath(new URL("../..", import.meta.url));
const seedFile = resolve(root, "../shared/seed/cicd-data-platform.md");
const hasSeed = existsSync(seedFile);

const pinned = (binding: { pin: { uses: string; commit: string } }) => `${binding.pin.uses}@${binding.pin.commit}`;
const actionOf = (step: Mapping) => String(step.uses).replace(/@.*$/, "");
const at = (action: string, key?: string) => `jobs.build.steps.${action}${key ? `.${key}` : ""}`;

const PUSH_SEED = "${{ github.event_name == 'push' && github.ref == 'refs/heads/main' }}";
const PUSH_OURS = "${{ (github.event_name == 'push') && ((github.ref == 'refs/heads/main') || startsWith(github.ref, 'refs/tags/')) }}";

/** Every deliberate difference, by its reason (the list in docs/presets/build-push.md). */
const DELIBERATE: Record<string, Difference[]> = {
  "pinned: each action at a release's full commit SHA": [
    { path: at("actions/checkout", "uses"), seed: "actions/checkout@v4.2.0", pipewright: pinned(checkout) },
    { path: at("docker/setup-buildx-action", "uses"), seed: "docker/setup-buildx-action@v3.6.1", pipewright: pinned(setupBuildx) },
    { path: at("docker/login-action", "uses"), seed: "docker/login-action@v3.3.0", pipewright: pinned(dockerLogin) },
    { path: at("docker/build-push-action", "uses"), seed: "docker/build-push-action@v6.7.0", pipewright: pinned(dockerBuildPush) },
  ],
  "QEMU: linux/arm64 is emulated on an amd64 runner": [
    { path: at("docker/setup-qemu-action"), seed: undefined, pipewright: { name: "Set up QEMU", uses: pinned(setupQemu) } },
  ],
  "tags and labels from docker/metadata-action instead of a fixed `:tag`": [
    { path: at("docker/metadata-action"), seed: undefined, pipewright: {
      name: "Docker metadata", id: "meta", uses: pinned(dockerMetadata), with: {
        images: "ghcr.io/${{ github.repository }}/my-image",
        tags: "type=ref,event=branch\ntype=ref,event=pr\ntype=sha\ntype=raw,value=latest,enable={{is_default_branch}}\n"
          + "type=semver,pattern={{version}}\ntype=semver,pattern={{major}}.{{minor}}",
        flavor: "latest=false",
      },
    } },
    { path: at("docker/build-push-action", "with.tags"), seed: "ghcr.io/${{ github.repository }}/my-image:tag", pipewright: "${{ steps.meta.outputs.tags }}" },
    { path: at("docker/build-push-action", "with.labels"), seed: undefined, pipewright: "${{ steps.meta.outputs.labels }}" },
  ],
  "layer cache in the GitHub Actions cache": [
    { path: at("docker/build-push-action", "with.cache-from"), seed: undefined, pipewright: "type=gha,scope=my-image" },
    { path: at("docker/build-push-action", "with.cache-to"), seed: undefined, pipewright: "type=gha,scope=my-image,mode=max" },
  ],
  "login username: github.actor, since there is no secret GITHUB_ACTOR": [
    { path: at("docker/login-action", "with.username"), seed: "${{ secrets.GITHUB_ACTOR }}", pipewright: "${{ github.actor }}" },
  ],
  "login only when the image is pushed": [
    { path: at("docker/login-action", "if"), seed: undefined, pipewright: PUSH_OURS },
  ],
  "push: also on a tag push; and() parenthesizes its operands": [
    { path: at("docker/build-push-action", "with.push"), seed: PUSH_SEED, pipewright: PUSH_OURS },
  ],
  "permissions: a read-only token, plus packages: write for the job that pushes": [
    { path: "permissions", seed: undefined, pipewright: { contents: "read" } },
    { path: "jobs.build.permissions", seed: undefined, pipewright: { contents: "read", packages: "write" } },
  ],
  "persist-credentials: checkout does not leave the token in .git/config": [
    { path: at("actions/checkout", "with"), seed: undefined, pipewright: { "persist-credentials": false } },
  ],
  "a timeout, the digest and tags as job outputs, and the build step's id `build`": [
    { path: "jobs.build.timeout-minutes", seed: undefined, pipewright: 60 },
    { path: "jobs.build.outputs", seed: undefined, pipewright: { digest: "${{ steps.build.outputs.digest }}", tags: "${{ steps.meta.outputs.tags }}" } },
    { path: at("docker/build-push-action", "id"), seed: "docker_build", pipewright: "build" },
  ],
};

const isMapping = (value: unknown): value is Mapping => typeof value === "object" && value !== null && !Array.isArray(value);

/** Leaf-level differences; an absent key reads as `undefined`. */
function differences(seed: unknown, ours: unknown, path = ""): Difference[] {
  if (isMapping(seed) && isMapping(ours)) {
    const keys = [...new Set([...Object.keys(seed), ...Object.keys(ours)])];
    return keys.flatMap((key) => differences(seed[key], ours[key], path ? `${path}.${key}` : key));
  }
  return isDeepStrictEqual(seed, ours) ? [] : [{ path, seed, pipewright: ours }];
}

/** The workflow with the build job's steps keyed by action, so a step is compared with its counterpart. */
const keyedByAction = (workflow: Mapping): Mapping => ({
  ...workflow,
  jobs: { build: { ...workflow.jobs.build, steps: Object.fromEntries(workflow.jobs.build.steps.map((s: Mapping) => [actionOf(s), s])) } },
});

/** Evaluates `${{ }}` text for an event and ref. */
function evaluate(text: string, event_name: string, ref: string): string {
  const ast = new Parser(new Lexer(text.replace(/^\$\{\{([\s\S]*)\}\}$/, "$1")).lex().tokens, ["github"], []).parse();
  const github = new data.Dictionary(
    { key: "event_name", value: new data.StringData(event_name) },
    { key: "ref", value: new data.StringData(ref) },
  );
  return new Evaluator(ast, new data.Dictionary({ key: "github", value: github })).evaluate().coerceString();
}

const byPath = (a: Difference, b: Difference) => a.path.localeCompare(b.path);

describe.skipIf(!hasSeed)(`buildPush rebuilds the seed's CD workflow${hasSeed ? "" : ` (skipped: ${seedFile} not found)`}`, () => {
  let seed: Mapping;
  let ours: Mapping;
  let found: Difference[];

  beforeAll(async () => {
    const blocks = [...readFileSync(seedFile, "utf8").matchAll(/^```[^\n]*\n([\s\S]*?)^```/gm)].map((m) => parse(m[1]!) as unknown);
    const cd = blocks.filter((b): b is Mapping => isMapping(b) && b.name === "Build and Push Docker Image");
    expect(cd, "the seed's CD workflow block").toHaveLength(1);
    seed = cd[0]!;
    const result = await compile([workflow("cd", {
      name: "Build and Push Docker Image",
      on: { pull_request: { branches: ["main"] }, push: { branches: ["main"] } },
      jobs: [buildPush({ image: "my-image" })],
    })]);
    expect(result.diagnostics).toEqual([]);
    await expectValidWorkflow("cd.yml", result.files[0]!.contents);
    ours = parse(result.files[0]!.contents) as Mapping;
    found = differences(keyedByAction(seed), keyedByAction(ours)).sort(byPath);
  });

  it("keeps the seed's actions in the seed's order, with QEMU and metadata added", () => {
    const seedActions = (seed.jobs.build.steps as Mapping[]).map(actionOf);
    const ourActions = (ours.jobs.build.steps as Mapping[]).map(actionOf);
    expect(seedActions).toEqual(["actions/checkout", "docker/setup-buildx-action", "docker/login-action", "docker/build-push-action"]);
    expect(ourActions.filter((a) => seedActions.includes(a))).toEqual(seedActions);
    expect(ourActions).toEqual([
      "actions/checkout", "docker/setup-qemu-action", "docker/setup-buildx-action",
      "docker/login-action", "docker/metadata-action", "docker/build-push-action",
    ]);
  });

  it("builds with the seed's context, file and platforms, and logs in to ghcr.io with GITHUB_TOKEN", () => {
    const pick = (w: Mapping, action: string, keys: string[]) => {
      const inputs = (w.jobs.build.steps as Mapping[]).find((s) => actionOf(s) === action)!.with as Mapping;
      return Object.fromEntries(keys.map((k) => [k, inputs[k]]));
    };
    const build = ["context", "file", "platforms"];
    expect(pick(ours, "docker/build-push-action", build)).toEqual(pick(seed, "docker/build-push-action", build));
    expect(pick(ours, "docker/build-push-action", build)).toEqual({ context: ".", file: "./Dockerfile", platforms: "linux/amd64,linux/arm64" });
    expect(pick(ours, "docker/login-action", ["registry", "password"])).toEqual(pick(seed, "docker/login-action", ["registry", "password"]));
  });

  it.each(Object.entries(DELIBERATE))("differs on purpose: %s", (_reason, expected) => {
    expect(found).toEqual(expect.arrayContaining(expected));
  });

  it("differs in nothing else", () => {
    expect(found).toEqual(Object.values(DELIBERATE).flat().sort(byPath));
  });

  it("pushes when the seed pushes, and also on a tag push", () => {
    const runs = ["push", "pull_request", "workflow_dispatch"].flatMap((event) =>
      ["refs/heads/main", "refs/heads/feature", "refs/pull/7/merge"].map((ref) => [event, ref] as const));
    expect(runs.map(([event, ref]) => evaluate(PUSH_OURS, event, ref))).toEqual(runs.map(([event, ref]) => evaluate(PUSH_SEED, event, ref)));
    expect(evaluate(PUSH_OURS, "push", "refs/heads/main")).toBe("true");
    expect([evaluate(PUSH_SEED, "push", "refs/tags/v1.2.3"), evaluate(PUSH_OURS, "push", "refs/tags/v1.2.3")]).toEqual(["false", "true"]);
  });
});
