import { z } from "zod";
import { checkout, dockerBuildPush, dockerLogin, dockerMetadata, setupBuildx, setupQemu } from "../actions/index.js";
import { github, secrets } from "../dsl/contexts.js";
import { and, eq, or, startsWith } from "../dsl/functions.js";
import { job, relocateJob, type JobRef } from "../dsl/job.js";
import { isExpr, type Expr } from "../model/expression.js";
import { callSite } from "../model/source.js";
import { exprOnly, parseOptions, stringOrExpr } from "./options.js";

const GHCR = "ghcr.io";
/** A repository path as Docker accepts it: lowercase components joined by `/`. */
const IMAGE = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
const REGISTRY = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*(?::\d+)?$/;
const PLATFORM = /^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/;
const BRANCH = /^(?!\/)(?!.*\/$)(?!.*\.\.)[^\s~^:?*[\\]+$/;
/** zod reports a bad record key as "Invalid key in record"; say what a key must be instead. */
const keyMessage = (expected: string) => (issue: { code?: string }) => (issue.code === "invalid_key" ? expected : undefined);
const noNewline = (value: string | Expr) => isExpr(value) || !value.includes("\n");

const Options = z.object({
  image: z.string().regex(IMAGE, "a lowercase image name such as my-image or team/my-image"),
  registry: z.string().regex(REGISTRY, "a registry host such as ghcr.io or registry.example.com:5000 (lowercase, no scheme)").default(GHCR),
  /** Registry login for registries other than GHCR, which uses `github.actor` and `GITHUB_TOKEN`. */
  username: exprOnly.optional(),
  password: exprOnly.optional(),
  context: z.string().min(1).default("."),
  file: z.string().min(1).default("./Dockerfile"),
  platforms: z.array(z.string().regex(PLATFORM, "a platform such as linux/amd64 or linux/arm/v7")).min(1, "list at least one platform")
    .refine((list) => new Set(list).size === list.length, "each platform once").default(["linux/amd64", "linux/arm64"]),
  pushOn: z.object({
    branches: z.array(z.string().regex(BRANCH, "an exact branch name such as main (no patterns)")).default(["main"]),
    tags: z.boolean().default(true),
  }).strict().refine((on) => on.branches.length > 0 || on.tags, "nothing would ever be pushed: name a branch or set tags: true")
    .default({ branches: ["main"], tags: true }),
  buildArgs: z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/),
    stringOrExpr.refine(noNewline, "a single line").refine((v) => !isExpr(v) || !/(^|[^\w.])secrets\./.test(v.expression),
      "not a secret: build args are stored in the image's history; use build secrets instead"),
    { error: keyMessage("a build-arg name such as PYTHON_VERSION") }).optional(),
  labels: z.record(z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._/-]*$/),
    stringOrExpr.refine(noNewline, "a single line"),
    { error: keyMessage("a label key such as org.opencontainers.image.title") }).optional(),
  id: z.string().regex(/^[A-Za-z_][A-Za-z0-9_-]*$/, "a job id: letters, digits, - and _").default("build"),
  runsOn: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).default("ubuntu-latest"),
  timeoutMinutes: z.number().int().min(1).max(360).default(60),
}).strict().superRefine((options, ctx) => {
  const ghcr = options.registry === GHCR;
  for (const key of ["username", "password"] as const) {
    if (ghcr && options[key] !== undefined) {
      ctx.addIssue({ code: "custom", path: [key], message: "not used with ghcr.io, which logs in with github.actor and secrets.GITHUB_TOKEN" });
    } else if (!ghcr && options[key] === undefined) {
      ctx.addIssue({ code: "custom", path: [key], message: `required for registry ${options.registry}, e.g. ${key === "username" ? "vars.REGISTRY_USER" : "secrets.REGISTRY_TOKEN"}` });
    }
  }
});

export type BuildPushOptions = z.input<typeof Options>;

/**
 * The tags docker/metadata-action computes: the branch name on a branch push, `pr-<n>` on a pull
 * request, `sha-<short>` always, `latest` on the default branch only, and `1.2.3` and `1.2` on a
 * semver tag.
 * `flavor: latest=false` keeps a release tag from also moving `latest`, which the action's
 * default (`latest=auto`) would do.
 */
const TAGS = [
  "type=ref,event=branch",
  "type=ref,event=pr",
  "type=sha",
  "type=raw,value=latest,enable={{is_default_branch}}",
  "type=semver,pattern={{version}}",
  "type=semver,pattern={{major}}.{{minor}}",
].join("\n");

/** `push` to one of the branches, or of a tag: never a pull request, so no untrusted build is pushed. */
function pushCondition(on: { branches: readonly string[]; tags: boolean }): Expr {
  const refs = [
    ...on.branches.map((branch) => eq(github.ref, `refs/heads/${branch}`)),
    ...(on.tags ? [startsWith(github.ref, "refs/tags/")] : []),
  ];
  const [first, second, ...rest] = refs;
  return and(eq(github.event_name, "push"), second === undefined ? first! : or(first!, second, ...rest));
}

/** The platform a runner builds without emulation: arm64 for labels such as `ubuntu-24.04-arm`. */
function nativePlatform(runsOn: string | readonly string[]): string {
  const labels = typeof runsOn === "string" ? [runsOn] : runsOn;
  return labels.some((label) => /(^|[-_])arm(64)?$/i.test(label)) ? "linux/arm64" : "linux/amd64";
}

const lines = (record: Readonly<Record<string, string | Expr>>) =>
  Object.entries(record).map(([key, value]) => `${key}=${String(value)}`).join("\n");

/**
 * Builds a container image for several platforms on every run and pushes it only on a push to
 * main or of a tag: QEMU when a platform is not the runner's own, Buildx, registry login,
 * docker/metadata-action tags and labels, build-push with the GitHub Actions layer cache.
 * Outputs `digest` and `tags` for later jobs.
 *
 * @example
 * const image = buildPush({ image: "my-image" });
 * // build:
 * //   runs-on: ubuntu-latest
 * //   permissions:
 * //     contents: read
 * //     packages: write
 * //   outputs:
 * //     digest: ${{ steps.build.outputs.digest }}
 * //     tags: ${{ steps.meta.outputs.tags }}
 * //   timeout-minutes: 60
 * //   steps:
 * //     - name: Checkout the code
 * //       uses: actions/checkout@<sha> # v7.0.1
 * //     - name: Set up QEMU
 * //       uses: docker/setup-qemu-action@<sha> # v4.2.0
 * //     - name: Set up Docker Buildx
 * //       uses: docker/setup-buildx-action@<sha> # v4.3.0
 * //     - name: Login to GitHub Container Registry
 * //       if: ${{ (github.event_name == 'push') && ((github.ref == 'refs/heads/main') || startsWith(github.ref, 'refs/tags/')) }}
 * //       uses: docker/login-action@<sha> # v4.1.0
 * //       with: { registry: ghcr.io, username: "${{ github.actor }}", password: "${{ secrets.GITHUB_TOKEN }}" }
 * //     - name: Docker metadata
 * //       id: meta
 * //       uses: docker/metadata-action@<sha> # v6.2.0
 * //       with: { images: "ghcr.io/${{ github.repository }}/my-image", tags: ..., flavor: latest=false }
 * //     - name: Build Docker Image
 * //       id: build
 * //       uses: docker/build-push-action@<sha> # v7.3.0
 * //       with:
 * //         context: "."
 * //         file: ./Dockerfile
 * //         platforms: linux/amd64,linux/arm64
 * //         tags: ${{ steps.meta.outputs.tags }}
 * //         labels: ${{ steps.meta.outputs.labels }}
 * //         cache-from: type=gha,scope=my-image
 * //         cache-to: type=gha,scope=my-image,mode=max
 * //         push: ${{ <the login step's condition> }}
 */
export function buildPush(options: BuildPushOptions): JobRef<string, "digest" | "tags"> {
  const source = callSite(buildPush);
  const o = parseOptions("buildPush", Options, options);
  const ghcr = o.registry === GHCR;
  // metadata-action lowercases image names, so an owner or repository with capitals still
  // gives a reference GHCR accepts; every tag the build uses comes from its output.
  const imageRef = ghcr ? `${GHCR}/${github.repository}/${o.image}` : `${o.registry}/${o.image}`;
  const pushed = pushCondition(o.pushOn);
  const emulated = o.platforms.some((platform) => platform !== nativePlatform(o.runsOn));
  // The gha cache is shared by the whole repository; a scope per image keeps two images from
  // evicting each other's layers.
  const cache = `type=gha,scope=${o.image}`;

  const meta = dockerMetadata({
    images: imageRef,
    tags: TAGS,
    flavor: "latest=false",
    ...(o.labels && Object.keys(o.labels).length > 0 ? { labels: lines(o.labels) } : {}),
  }, { id: "meta", name: "Docker metadata" });
  const build = dockerBuildPush({
    context: o.context,
    file: o.file,
    platforms: o.platforms.join(","),
    ...(o.buildArgs && Object.keys(o.buildArgs).length > 0 ? { "build-args": lines(o.buildArgs) } : {}),
    tags: meta.outputs.tags,
    labels: meta.outputs.labels,
    "cache-from": cache,
    "cache-to": `${cache},mode=max`,
    push: pushed,
  }, { id: "build", name: "Build Docker Image" });

  const ref = job(o.id, {
    "runs-on": o.runsOn,
    "timeout-minutes": o.timeoutMinutes,
    permissions: ghcr ? { contents: "read", packages: "write" } : { contents: "read" },
    outputs: { digest: build.outputs.digest, tags: meta.outputs.tags },
    steps: [
      checkout({}, { name: "Checkout the code" }),
      ...(emulated ? [setupQemu({}, { name: "Set up QEMU" })] : []),
      setupBuildx({}, { name: "Set up Docker Buildx" }),
      // Only a run that pushes logs in: pull requests, forks included, never hold registry
      // credentials, and a fork's pull request (which gets no secrets) does not fail here.
      dockerLogin(
        ghcr
          ? { registry: GHCR, username: github.actor, password: secrets.GITHUB_TOKEN }
          : { registry: o.registry, username: o.username!, password: o.password! },
        { name: ghcr ? "Login to GitHub Container Registry" : `Login to ${o.registry}`, if: pushed },
      ),
      meta,
      build,
    ],
  });
  return relocateJob(ref, source);
}
