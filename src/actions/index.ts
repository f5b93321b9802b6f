/**
 * Typed bindings of popular actions: inputs typed (unknown inputs do not compile, required
 * inputs are required), outputs typed, and each pinned to the full commit SHA of a release
 * with the version in a trailing comment.
 */
import type * as A from "../generated/actions.js";
import * as pins from "../generated/actions.js";
import { binding, type Binding } from "./action-step.js";

export { binding, type ActionOptions, type ActionPin, type Binding, type BindingArgs } from "./action-step.js";
export { localBinding, type LocalActionPin } from "./local-binding.js";

/**
 * `actions/cache` v5.0.5.
 * @example
 * cache({ path: "~/.cache/pip", key: `pip-${hashFiles("requirements*.txt")}` })
 * // - uses: actions/cache@<commit> # v5.0.5
 */
export const cache: Binding<A.CacheInputs, A.CacheOutputs> = binding(pins.cachePin);

/**
 * `helm/chart-releaser-action` v1.7.0.
 * @example
 * chartReleaser({ charts_dir: "charts" })
 * // - uses: helm/chart-releaser-action@<commit> # v1.7.0
 */
export const chartReleaser: Binding<A.ChartReleaserInputs, A.ChartReleaserOutputs> = binding(pins.chartReleaserPin);

/**
 * `helm/chart-testing-action` v2.8.0.
 * @example
 * chartTesting()
 * // - uses: helm/chart-testing-action@<commit> # v2.8.0
 */
export const chartTesting: Binding<A.ChartTestingInputs, A.ChartTestingOutputs> = binding(pins.chartTestingPin);

/**
 * `actions/checkout` v7.0.1.
 * @example
 * checkout({ "fetch-depth": 0 })
 * // - uses: actions/checkout@<commit> # v7.0.1
 */
export const checkout: Binding<A.CheckoutInputs, A.CheckoutOutputs> = binding(pins.checkoutPin);

/**
 * `aws-actions/configure-aws-credentials` v6.2.3.
 * @example
 * configureAwsCredentials({ "aws-region": "eu-west-1", "role-to-assume": vars.AWS_ROLE_ARN })
 * // - uses: aws-actions/configure-aws-credentials@<commit> # v6.2.3
 */
export const configureAwsCredentials: Binding<A.ConfigureAwsCredentialsInputs, A.ConfigureAwsCredentialsOutputs> = binding(pins.configureAwsCredentialsPin);

/**
 * `docker/build-push-action` v7.3.0.
 * @example
 * dockerBuildPush({ context: ".", push: false, tags: "ghcr.io/acme/app:dev" })
 * // - uses: docker/build-push-action@<commit> # v7.3.0
 */
export const dockerBuildPush: Binding<A.DockerBuildPushInputs, A.DockerBuildPushOutputs> = binding(pins.dockerBuildPushPin);

/**
 * `docker/login-action` v4.1.0.
 * @example
 * dockerLogin({ registry: "ghcr.io", username: github.actor, password: secrets.GITHUB_TOKEN })
 * // - uses: docker/login-action@<commit> # v4.1.0
 */
export const dockerLogin: Binding<A.DockerLoginInputs, A.DockerLoginOutputs> = binding(pins.dockerLoginPin);

/**
 * `docker/metadata-action` v6.2.0.
 * @example
 * dockerMetadata({ images: "ghcr.io/acme/app" }, { id: "meta" })
 * // - uses: docker/metadata-action@<commit> # v6.2.0
 */
export const dockerMetadata: Binding<A.DockerMetadataInputs, A.DockerMetadataOutputs> = binding(pins.dockerMetadataPin);

/**
 * `actions/download-artifact` v8.0.1.
 * @example
 * downloadArtifact({ name: "plan" })
 * // - uses: actions/download-artifact@<commit> # v8.0.1
 */
export const downloadArtifact: Binding<A.DownloadArtifactInputs, A.DownloadArtifactOutputs> = binding(pins.downloadArtifactPin);

/**
 * `actions/github-script` v8.0.0.
 * @example
 * githubScript({ script: "core.summary.addRaw('done').write()" })
 * // - uses: actions/github-script@<commit> # v8.0.0
 */
export const githubScript: Binding<A.GithubScriptInputs, A.GithubScriptOutputs> = binding(pins.githubScriptPin);

/**
 * `google-github-actions/auth` v3.0.0.
 * @example
 * googleAuth({ workload_identity_provider: vars.GCP_WIF_PROVIDER, service_account: vars.GCP_SA })
 * // - uses: google-github-actions/auth@<commit> # v3.0.0
 */
export const googleAuth: Binding<A.GoogleAuthInputs, A.GoogleAuthOutputs> = binding(pins.googleAuthPin);

/**
 * `helm/kind-action` v1.14.0.
 * @example
 * kindCluster()
 * // - uses: helm/kind-action@<commit> # v1.14.0
 */
export const kindCluster: Binding<A.KindClusterInputs, A.KindClusterOutputs> = binding(pins.kindClusterPin);

/**
 * `docker/setup-buildx-action` v4.3.0.
 * @example
 * setupBuildx()
 * // - uses: docker/setup-buildx-action@<commit> # v4.3.0
 */
export const setupBuildx: Binding<A.SetupBuildxInputs, A.SetupBuildxOutputs> = binding(pins.setupBuildxPin);

/**
 * `Azure/setup-helm` v5.0.1.
 * @example
 * setupHelm({ version: "v3.16.0" })
 * // - uses: Azure/setup-helm@<commit> # v5.0.1
 */
export const setupHelm: Binding<A.SetupHelmInputs, A.SetupHelmOutputs> = binding(pins.setupHelmPin);

/**
 * `actions/setup-node` v7.0.0.
 * @example
 * setupNode({ "node-version": "20", cache: "npm" })
 * // - uses: actions/setup-node@<commit> # v7.0.0
 */
export const setupNode: Binding<A.SetupNodeInputs, A.SetupNodeOutputs> = binding(pins.setupNodePin);

/**
 * `actions/setup-python` v7.0.0.
 * @example
 * setupPython({ "python-version": "3.12", cache: "pip" })
 * // - uses: actions/setup-python@<commit> # v7.0.0
 */
export const setupPython: Binding<A.SetupPythonInputs, A.SetupPythonOutputs> = binding(pins.setupPythonPin);

/**
 * `docker/setup-qemu-action` v4.2.0.
 * @example
 * setupQemu()
 * // - uses: docker/setup-qemu-action@<commit> # v4.2.0
 */
export const setupQemu: Binding<A.SetupQemuInputs, A.SetupQemuOutputs> = binding(pins.setupQemuPin);

/**
 * `hashicorp/setup-terraform` v4.0.1.
 * @example
 * setupTerraform({ terraform_version: "1.9.8" })
 * // - uses: hashicorp/setup-terraform@<commit> # v4.0.1
 */
export const setupTerraform: Binding<A.SetupTerraformInputs, A.SetupTerraformOutputs> = binding(pins.setupTerraformPin);

/**
 * `astral-sh/setup-uv` v10.0.1.
 * @example
 * setupUv({ "enable-cache": true })
 * // - uses: astral-sh/setup-uv@<commit> # v10.0.1
 */
export const setupUv: Binding<A.SetupUvInputs, A.SetupUvOutputs> = binding(pins.setupUvPin);

/**
 * `actions/upload-artifact` v7.0.0.
 * @example
 * uploadArtifact({ name: "plan", path: "tfplan" })
 * // - uses: actions/upload-artifact@<commit> # v7.0.0
 */
export const uploadArtifact: Binding<A.UploadArtifactInputs, A.UploadArtifactOutputs> = binding(pins.uploadArtifactPin);
