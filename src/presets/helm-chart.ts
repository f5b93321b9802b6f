import { z } from "zod";
import { chartReleaser, chartTesting, checkout, kindCluster, setupHelm, setupPython } from "../actions/index.js";
import { github, secrets } from "../dsl/contexts.js";
import { and, eq } from "../dsl/functions.js";
import { job, relocateJob, type JobRef, type StepValue } from "../dsl/job.js";
import { run } from "../dsl/step.js";
import type { Expr } from "../model/expression.js";
import { callSite } from "../model/source.js";
import { exprOnly, parseOptions, stringOrExpr } from "./options.js";

// Values below are written into shell commands as they are, so they are limited to characters
// that need no quoting; anything else would be a path or branch no one should be using here.
const PATH = /^[A-Za-z0-9._][A-Za-z0-9._-]*(\/[A-Za-z0-9._][A-Za-z0-9._-]*)*$/;
const PATH_MESSAGE = "a relative path of letters, digits, '.', '-', '_' and '/'";
const OCI = /^oci:\/\/([A-Za-z0-9.-]+(?::[0-9]+)?)(\/[a-z0-9._-]+)+$/;

const Options = z.object({
  /** The folder whose sub-folders are charts; ct's `--chart-dirs`. */
  chartsDir: z.string().regex(PATH, PATH_MESSAGE).default("charts"),
  /** The branch pull requests target and releases are made from. */
  targetBranch: z.string().regex(PATH, "a branch name such as main").default("main"),
  registry: z.object({
    oci: z.string().regex(OCI, 'an OCI repository such as "oci://ghcr.io/<owner>/charts" (lower case path)').optional(),
    username: stringOrExpr.optional(),
    password: exprOnly.optional(),
    pages: z.literal(true).optional(),
  }).strict().superRefine((registry, ctx) => {
    if ((registry.oci === undefined) === (registry.pages === undefined)) {
      ctx.addIssue({ code: "custom", message: 'give either { oci: "oci://..." } or { pages: true }', path: [] });
      return;
    }
    const host = registry.oci === undefined ? undefined : OCI.exec(registry.oci)?.[1];
    if (registry.pages && (registry.username !== undefined || registry.password !== undefined)) {
      ctx.addIssue({ code: "custom", message: "credentials apply to an OCI registry only", path: ["username"] });
    } else if ((registry.username === undefined) !== (registry.password === undefined)) {
      ctx.addIssue({ code: "custom", message: "give both username and password, or neither", path: [registry.username === undefined ? "username" : "password"] });
    } else if (host !== undefined && host !== "ghcr.io" && registry.password === undefined) {
      ctx.addIssue({ code: "custom", message: `${host} needs credentials: username and password (e.g. secrets.REGISTRY_TOKEN)`, path: ["password"] });
    }
  }).optional(),
  /** A chart-testing config file (`ct.yaml`), passed to every ct command. */
  ctConfig: z.string().regex(PATH, PATH_MESSAGE).optional(),
  /**
   * The Helm release setup-helm installs, such as "v3.16.2". Required: Helm 3 and Helm 4 read
   * charts differently, and setup-helm's own default is whatever is newest ("latest" is accepted,
   * and lint's unpinned-tools warns about it).
   */
  helmVersion: z.string().regex(/^(latest|v\d+\.\d+\.\d+)$/, 'a Helm release such as "v3.16.2", or "latest"'),
  /** The Kubernetes of the kind cluster (a `kindest/node` tag); kind's default otherwise. */
  kubernetesVersion: z.string().regex(/^v?\d+\.\d+\.\d+$/, 'a Kubernetes release such as "v1.31.0" (a kindest/node tag)').optional(),
  /** Job ids are `<idPrefix>-lint`, `-install` and `-release`. */
  idPrefix: z.string().regex(/^[A-Za-z_][A-Za-z0-9_-]*$/, "a job id prefix: letters, digits, - and _").default("helm"),
}).strict();

/** Publish packaged charts to an OCI registry with `helm push`. */
export interface HelmOciRegistry {
  /** `oci://<host>/<path>`, e.g. `oci://ghcr.io/acme/charts`. */
  readonly oci: string;
  /** Default `github.actor` for ghcr.io; required for other hosts. */
  readonly username?: string | Expr;
  /** An expression such as `secrets.REGISTRY_TOKEN`. Default `secrets.GITHUB_TOKEN` for ghcr.io. */
  readonly password?: Expr;
}

/** Publish charts as GitHub releases indexed on GitHub Pages, with chart-releaser. */
export interface HelmPagesRegistry {
  readonly pages: true;
}

export type HelmChartOptions = Omit<z.input<typeof Options>, "registry"> & {
  /** Where charts are published from the target branch; without it there is no release job. */
  readonly registry?: HelmOciRegistry | HelmPagesRegistry;
};

/**
 * The jobs of {@link helmChart}. `release` is there exactly when a registry is given, so
 * `Object.values(helm)` is the jobs to list in a workflow. `HelmChartJobs<true>` (a registry)
 * has `release`, `HelmChartJobs<false>` has none, and plain `HelmChartJobs` (not known at the
 * call) has it optional. (Type aliases, not interfaces: only an alias lets `Object.values`
 * infer the job type.)
 */
export type HelmChartJobs<Release extends boolean = boolean> = [Release] extends [true]
  ? { readonly lint: JobRef<string, "changed">; readonly install: JobRef<string, never>; readonly release: JobRef<string, never> }
  : [Release] extends [false]
    ? { readonly lint: JobRef<string, "changed">; readonly install: JobRef<string, never> }
    : { readonly lint: JobRef<string, "changed">; readonly install: JobRef<string, never>; readonly release?: JobRef<string, never> };

/**
 * Helm chart CI/CD: chart-testing lints the changed charts on pull requests and installs them
 * into a kind cluster; on a push to the target branch, charts are packaged and pushed to an
 * OCI registry (`registry: { oci }`) or released to GitHub Pages (`registry: { pages: true }`).
 * With a registry the result has `release` (a job reference, to name in another job's `needs`);
 * without one it has no `release` at all.
 *
 * @example
 * const helm = helmChart({ registry: { oci: "oci://ghcr.io/acme/charts" } });
 * workflow("charts", {
 *   on: { pull_request: { branches: ["main"] }, push: { branches: ["main"] } },
 *   jobs: Object.values(helm),
 * });
 * // helm-lint:
 * //   if: ${{ github.event_name == 'pull_request' }}
 * //   outputs: { changed: ${{ steps.list-changed.outputs.changed }} }
 * //   steps: checkout (fetch-depth: 0), setup-helm, setup-python, chart-testing,
 * //     ct list-changed --target-branch main --chart-dirs charts, ct lint ...
 * // helm-install:
 * //   needs: [helm-lint]
 * //   if: ${{ needs.helm-lint.outputs.changed == 'true' }}
 * //   steps: ..., kind-action, ct install --target-branch main --chart-dirs charts
 * // helm-release:
 * //   if: ${{ (github.event_name == 'push') && (github.ref == 'refs/heads/main') }}
 * //   permissions: { contents: read, packages: write }
 * //   steps: checkout, setup-helm, helm registry login ghcr.io, helm package + helm push
 */
export function helmChart(options: HelmChartOptions & { readonly registry: HelmOciRegistry | HelmPagesRegistry }): HelmChartJobs<true>;
/** {@link helmChart} without a registry: `lint` and `install`, no `release`. */
export function helmChart(options: HelmChartOptions & { readonly registry?: never }): HelmChartJobs<false>;
/** {@link helmChart} with options whose registry is not known where it is called: `release` is optional. */
export function helmChart(options: HelmChartOptions): HelmChartJobs;
export function helmChart(options: HelmChartOptions): HelmChartJobs {
  const source = callSite(helmChart);
  const o = parseOptions("helmChart", Options, options);
  const ct = (command: string) =>
    `ct ${command} --target-branch ${o.targetBranch} --chart-dirs ${o.chartsDir}${o.ctConfig === undefined ? "" : ` --config ${o.ctConfig}`}`;
  const helm = setupHelm({ version: o.helmVersion }, { name: "Set up Helm" });
  // chart-testing compares the pull request with the target branch, so it needs the history.
  const ctSetup: StepValue[] = [checkout({ "fetch-depth": 0 }), helm];

  const listChanged = run(listChangedScript(ct("list-changed")), { id: "list-changed", name: "List changed charts" });
  const changed = eq(listChanged.outputs.changed, "true");
  const lint = job(`${o.idPrefix}-lint`, {
    if: eq(github.event_name, "pull_request"),
    "runs-on": "ubuntu-latest",
    "timeout-minutes": 15,
    permissions: { contents: "read" },
    outputs: { changed: listChanged.outputs.changed },
    steps: [
      ...ctSetup,
      // ct lint runs yamllint and yamale, which are Python tools.
      setupPython({ "python-version": "3.12" }, { name: "Set up Python" }),
      chartTesting(undefined, { name: "Set up chart-testing" }),
      listChanged,
      run(ct("lint"), { name: "Lint changed charts", if: changed }),
    ],
  });

  const install = job(`${o.idPrefix}-install`, {
    needs: [lint],
    if: eq(lint.outputs.changed, "true"),
    "runs-on": "ubuntu-latest",
    "timeout-minutes": 30,
    permissions: { contents: "read" },
    steps: [
      ...ctSetup,
      chartTesting(undefined, { name: "Set up chart-testing" }),
      kindCluster(o.kubernetesVersion === undefined ? {} : { node_image: `kindest/node:v${o.kubernetesVersion.replace(/^v/, "")}` }, { name: "Create kind cluster" }),
      run(ct("install"), { name: "Install changed charts" }),
    ],
  });

  const jobs: HelmChartJobs = { lint: relocateJob(lint, source), install: relocateJob(install, source) as JobRef<string, never> };
  if (o.registry === undefined) return Object.freeze(jobs);
  const id = `${o.idPrefix}-release`;
  const onTarget = and(eq(github.event_name, "push"), eq(github.ref, `refs/heads/${o.targetBranch}`));
  const release = o.registry.oci === undefined
    ? pagesRelease(id, onTarget, helm, o.chartsDir)
    : ociRelease(id, onTarget, helm, o.chartsDir, o.registry.oci, o.registry.username, o.registry.password);
  return Object.freeze({ ...jobs, release: relocateJob(release, source) as JobRef<string, never> });
}

type ReleaseCondition = ReturnType<typeof and>;

function pagesRelease(id: string, when: ReleaseCondition, helm: StepValue, chartsDir: string) {
  return job(id, {
    if: when,
    "runs-on": "ubuntu-latest",
    "timeout-minutes": 15,
    // chart-releaser creates a GitHub release per chart and pushes the index to gh-pages.
    permissions: { contents: "write" },
    steps: [
      // chart-releaser finds the charts changed since the last release tag in the history.
      checkout({ "fetch-depth": 0 }),
      run(`set -euo pipefail\ngit config user.name "$GITHUB_ACTOR"\ngit config user.email "$GITHUB_ACTOR@users.noreply.github.com"`, { name: "Configure Git" }),
      helm,
      chartReleaser({ charts_dir: chartsDir, skip_existing: true }, {
        name: "Release charts to GitHub Pages",
        env: { CR_TOKEN: secrets.GITHUB_TOKEN },
      }),
    ],
  });
}

function ociRelease(id: string, when: ReleaseCondition, helm: StepValue, chartsDir: string, oci: string, username?: string | Expr, password?: Expr) {
  return job(id, {
    if: when,
    "runs-on": "ubuntu-latest",
    "timeout-minutes": 15,
    // GHCR accepts the workflow's own token for the owner's packages; other credentials need no
    // more than reading the repository.
    permissions: password === undefined ? { contents: "read", packages: "write" } : { contents: "read" },
    steps: [
      checkout(),
      helm,
      run(`printf '%s' "$REGISTRY_PASSWORD" | helm registry login ${OCI.exec(oci)?.[1]} --username "$REGISTRY_USERNAME" --password-stdin`, {
        name: "Log in to the chart registry",
        env: { REGISTRY_USERNAME: username ?? github.actor, REGISTRY_PASSWORD: password ?? secrets.GITHUB_TOKEN },
      }),
      run(PUSH_CHARTS, { name: "Package and push charts", env: { CHARTS_DIR: chartsDir, REGISTRY: oci } }),
    ],
  });
}

const listChangedScript = (command: string) => `set -euo pipefail
changed="$(${command})"
if [[ -n "$changed" ]]; then
  printf 'Changed charts:\\n%s\\n' "$changed"
  echo "changed=true" >> "$GITHUB_OUTPUT"
else
  echo "No chart changed."
  echo "changed=false" >> "$GITHUB_OUTPUT"
fi`;

// A version already in the registry is skipped rather than overwritten: OCI tags are mutable,
// and a rebuilt package of the same version would change the digest users pinned.
// yq is on GitHub's Ubuntu runners; Chart.yaml is read with it rather than with grep so
// quoted or reordered keys still parse.
const PUSH_CHARTS = `set -euo pipefail
packages="$RUNNER_TEMP/helm-packages"
mkdir -p "$packages"
found=0
for chart in "$CHARTS_DIR"/*/; do
  [[ -f "\${chart}Chart.yaml" ]] || continue
  found=$((found + 1))
  name="$(yq -r '.name' "\${chart}Chart.yaml")"
  version="$(yq -r '.version' "\${chart}Chart.yaml")"
  if helm show chart "$REGISTRY/$name" --version "$version" > /dev/null 2>&1; then
    echo "$name $version is already in $REGISTRY, skipped."
    continue
  fi
  helm package "$chart" --dependency-update --destination "$packages"
  helm push "$packages/$name-$version.tgz" "$REGISTRY"
done
if [[ "$found" -eq 0 ]]; then
  echo "::error::no chart (a folder with Chart.yaml) in $CHARTS_DIR"
  exit 1
fi`;
