/* eslint-disable */
// DO NOT EDIT. Generated from schemas/actions/*.json by scripts/actions.mjs.
// Regenerate with: npm run gen-types

import type { ActionPin } from "../actions/action-step.js";

export interface SetupHelmInputs {
  version?: string | number | boolean;
  /**
   * @deprecated
   */
  token?: string | number | boolean;
  downloadBaseURL?: string | number | boolean;
}

/** Outputs of Azure/setup-helm. */
export type SetupHelmOutputs = "helm-path";

/** Azure/setup-helm v5.0.1, pinned to its commit. */
export const setupHelmPin: ActionPin = {
  uses: "Azure/setup-helm",
  version: "v5.0.1",
  commit: "9bc31f4ebc9c6b171d7bfbaa5d006ae7abdb4310",
  requiredInputs: [],
};

export interface CacheInputs {
  path: string | number | boolean;
  key: string | number | boolean;
  "restore-keys"?: string | number | boolean;
  "upload-chunk-size"?: string | number | boolean;
  enableCrossOsArchive?: string | number | boolean;
  "fail-on-cache-miss"?: string | number | boolean;
  "lookup-only"?: string | number | boolean;
  /**
   * @deprecated
   */
  "save-always"?: string | number | boolean;
}

/** Outputs of actions/cache. */
export type CacheOutputs = "cache-hit";

/** actions/cache v5.0.5, pinned to its commit. */
export const cachePin: ActionPin = {
  uses: "actions/cache",
  version: "v5.0.5",
  commit: "27d5ce7f107fe9357f9df03efb73ab90386fccae",
  requiredInputs: ["path", "key"],
};

export interface CheckoutInputs {
  repository?: string | number | boolean;
  ref?: string | number | boolean;
  token?: string | number | boolean;
  "ssh-key"?: string | number | boolean;
  "ssh-known-hosts"?: string | number | boolean;
  "ssh-strict"?: string | number | boolean;
  "ssh-user"?: string | number | boolean;
  "persist-credentials"?: string | number | boolean;
  path?: string | number | boolean;
  clean?: string | number | boolean;
  filter?: string | number | boolean;
  "sparse-checkout"?: string | number | boolean;
  "sparse-checkout-cone-mode"?: string | number | boolean;
  "fetch-depth"?: string | number | boolean;
  "fetch-tags"?: string | number | boolean;
  "show-progress"?: string | number | boolean;
  lfs?: string | number | boolean;
  submodules?: string | number | boolean;
  "set-safe-directory"?: string | number | boolean;
  "github-server-url"?: string | number | boolean;
  "allow-unsafe-pr-checkout"?: string | number | boolean;
}

/** Outputs of actions/checkout. */
export type CheckoutOutputs = "ref" | "commit";

/** actions/checkout v7.0.1, pinned to its commit. */
export const checkoutPin: ActionPin = {
  uses: "actions/checkout",
  version: "v7.0.1",
  commit: "3d3c42e5aac5ba805825da76410c181273ba90b1",
  requiredInputs: [],
};

export interface DownloadArtifactInputs {
  name?: string | number | boolean;
  "artifact-ids"?: string | number | boolean;
  path?: string | number | boolean;
  pattern?: string | number | boolean;
  "merge-multiple"?: string | number | boolean;
  "github-token"?: string | number | boolean;
  repository?: string | number | boolean;
  "run-id"?: string | number | boolean;
  "skip-decompress"?: string | number | boolean;
  "digest-mismatch"?: string | number | boolean;
}

/** Outputs of actions/download-artifact. */
export type DownloadArtifactOutputs = "download-path";

/** actions/download-artifact v8.0.1, pinned to its commit. */
export const downloadArtifactPin: ActionPin = {
  uses: "actions/download-artifact",
  version: "v8.0.1",
  commit: "3e5f45b2cfb9172054b4087a40e8e0b5a5461e7c",
  requiredInputs: [],
};

export interface GithubScriptInputs {
  script: string | number | boolean;
  "github-token"?: string | number | boolean;
  debug?: string | number | boolean;
  "user-agent"?: string | number | boolean;
  previews?: string | number | boolean;
  "result-encoding"?: string | number | boolean;
  retries?: string | number | boolean;
  "retry-exempt-status-codes"?: string | number | boolean;
  "base-url"?: string | number | boolean;
}

/** Outputs of actions/github-script. */
export type GithubScriptOutputs = "result";

/** actions/github-script v8.0.0, pinned to its commit. */
export const githubScriptPin: ActionPin = {
  uses: "actions/github-script",
  version: "v8.0.0",
  commit: "ed597411d8f924073f98dfc5c65a23a2325f34cd",
  requiredInputs: ["script"],
};

export interface SetupNodeInputs {
  "node-version"?: string | number | boolean;
  "node-version-file"?: string | number | boolean;
  architecture?: string | number | boolean;
  "check-latest"?: string | number | boolean;
  "registry-url"?: string | number | boolean;
  scope?: string | number | boolean;
  token?: string | number | boolean;
  cache?: string | number | boolean;
  "package-manager-cache"?: string | number | boolean;
  "cache-dependency-path"?: string | number | boolean;
  mirror?: string | number | boolean;
  "mirror-token"?: string | number | boolean;
}

/** Outputs of actions/setup-node. */
export type SetupNodeOutputs =
  "cache-hit" | "cache-primary-key" | "cache-matched-key" | "node-version";

/** actions/setup-node v7.0.0, pinned to its commit. */
export const setupNodePin: ActionPin = {
  uses: "actions/setup-node",
  version: "v7.0.0",
  commit: "820762786026740c76f36085b0efc47a31fe5020",
  requiredInputs: [],
};

export interface SetupPythonInputs {
  "python-version"?: string | number | boolean;
  "python-version-file"?: string | number | boolean;
  cache?: string | number | boolean;
  architecture?: string | number | boolean;
  "check-latest"?: string | number | boolean;
  token?: string | number | boolean;
  "cache-dependency-path"?: string | number | boolean;
  "update-environment"?: string | number | boolean;
  "allow-prereleases"?: string | number | boolean;
  freethreaded?: string | number | boolean;
  "pip-version"?: string | number | boolean;
}

/** Outputs of actions/setup-python. */
export type SetupPythonOutputs = "python-version" | "cache-hit" | "python-path";

/** actions/setup-python v7.0.0, pinned to its commit. */
export const setupPythonPin: ActionPin = {
  uses: "actions/setup-python",
  version: "v7.0.0",
  commit: "5fda3b95a4ea91299a34e894583c3862153e4b97",
  requiredInputs: [],
};

export interface UploadArtifactInputs {
  name?: string | number | boolean;
  path: string | number | boolean;
  "if-no-files-found"?: string | number | boolean;
  "retention-days"?: string | number | boolean;
  "compression-level"?: string | number | boolean;
  overwrite?: string | number | boolean;
  "include-hidden-files"?: string | number | boolean;
  archive?: string | number | boolean;
}

/** Outputs of actions/upload-artifact. */
export type UploadArtifactOutputs = "artifact-id" | "artifact-url" | "artifact-digest";

/** actions/upload-artifact v7.0.0, pinned to its commit. */
export const uploadArtifactPin: ActionPin = {
  uses: "actions/upload-artifact",
  version: "v7.0.0",
  commit: "bbbca2ddaa5d8feaa63e36b76fdaad77386f024f",
  requiredInputs: ["path"],
};

export interface SetupUvInputs {
  version?: string | number | boolean;
  "version-file"?: string | number | boolean;
  "python-version"?: string | number | boolean;
  "activate-environment"?: string | number | boolean;
  "venv-path"?: string | number | boolean;
  "no-project"?: string | number | boolean;
  "working-directory"?: string | number | boolean;
  checksum?: string | number | boolean;
  "github-token"?: string | number | boolean;
  "enable-cache"?: string | number | boolean;
  "cache-dependency-glob"?: string | number | boolean;
  "restore-cache"?: string | number | boolean;
  "save-cache"?: string | number | boolean;
  "cache-suffix"?: string | number | boolean;
  "cache-local-path"?: string | number | boolean;
  "prune-cache"?: string | number | boolean;
  "cache-python"?: string | number | boolean;
  "ignore-nothing-to-cache"?: string | number | boolean;
  "ignore-empty-workdir"?: string | number | boolean;
  "tool-dir"?: string | number | boolean;
  "tool-bin-dir"?: string | number | boolean;
  "manifest-file"?: string | number | boolean;
  "download-from-astral-mirror"?: string | number | boolean;
  "add-problem-matchers"?: string | number | boolean;
  quiet?: string | number | boolean;
  "resolution-strategy"?: string | number | boolean;
}

/** Outputs of astral-sh/setup-uv. */
export type SetupUvOutputs =
  | "uv-version"
  | "uv-path"
  | "uvx-path"
  | "cache-hit"
  | "cache-key"
  | "venv"
  | "python-version"
  | "python-cache-hit";

/** astral-sh/setup-uv v10.0.1, pinned to its commit. */
export const setupUvPin: ActionPin = {
  uses: "astral-sh/setup-uv",
  version: "v10.0.1",
  commit: "20cfd1bf945f4377ade1205e4dbc17946fc9a30d",
  requiredInputs: [],
};

export interface ConfigureAwsCredentialsInputs {
  "aws-region": string | number | boolean;
  "aws-profile"?: string | number | boolean;
  "overwrite-aws-profile"?: string | number | boolean;
  "role-to-assume"?: string | number | boolean;
  "aws-access-key-id"?: string | number | boolean;
  "aws-secret-access-key"?: string | number | boolean;
  "aws-session-token"?: string | number | boolean;
  "web-identity-token-file"?: string | number | boolean;
  "role-chaining"?: string | number | boolean;
  audience?: string | number | boolean;
  "http-proxy"?: string | number | boolean;
  "no-proxy"?: string | number | boolean;
  "mask-aws-account-id"?: string | number | boolean;
  "role-duration-seconds"?: string | number | boolean;
  "role-external-id"?: string | number | boolean;
  "role-session-name"?: string | number | boolean;
  "role-skip-session-tagging"?: string | number | boolean;
  "transitive-tag-keys"?: string | number | boolean;
  "inline-session-policy"?: string | number | boolean;
  "managed-session-policies"?: string | number | boolean;
  "output-credentials"?: string | number | boolean;
  "output-env-credentials"?: string | number | boolean;
  "unset-current-credentials"?: string | number | boolean;
  "disable-retry"?: string | number | boolean;
  "retry-max-attempts"?: string | number | boolean;
  "special-characters-workaround"?: string | number | boolean;
  "use-existing-credentials"?: string | number | boolean;
  "allowed-account-ids"?: string | number | boolean;
  "force-skip-oidc"?: string | number | boolean;
  "action-timeout-s"?: string | number | boolean;
  "custom-tags"?: string | number | boolean;
  "sts-endpoint"?: string | number | boolean;
}

/** Outputs of aws-actions/configure-aws-credentials. */
export type ConfigureAwsCredentialsOutputs =
  | "aws-account-id"
  | "aws-access-key-id"
  | "aws-secret-access-key"
  | "aws-session-token"
  | "aws-expiration";

/** aws-actions/configure-aws-credentials v6.2.3, pinned to its commit. */
export const configureAwsCredentialsPin: ActionPin = {
  uses: "aws-actions/configure-aws-credentials",
  version: "v6.2.3",
  commit: "e6de054238d6b7531b4efff3b6587d9aade6a06c",
  requiredInputs: ["aws-region"],
};

export interface DockerBuildPushInputs {
  "add-hosts"?: string | number | boolean;
  allow?: string | number | boolean;
  annotations?: string | number | boolean;
  attests?: string | number | boolean;
  "build-args"?: string | number | boolean;
  "build-contexts"?: string | number | boolean;
  builder?: string | number | boolean;
  "cache-from"?: string | number | boolean;
  "cache-to"?: string | number | boolean;
  call?: string | number | boolean;
  "cgroup-parent"?: string | number | boolean;
  context?: string | number | boolean;
  file?: string | number | boolean;
  labels?: string | number | boolean;
  load?: string | number | boolean;
  network?: string | number | boolean;
  "no-cache"?: string | number | boolean;
  "no-cache-filters"?: string | number | boolean;
  outputs?: string | number | boolean;
  platforms?: string | number | boolean;
  provenance?: string | number | boolean;
  pull?: string | number | boolean;
  push?: string | number | boolean;
  sbom?: string | number | boolean;
  secrets?: string | number | boolean;
  "secret-envs"?: string | number | boolean;
  "secret-files"?: string | number | boolean;
  "shm-size"?: string | number | boolean;
  ssh?: string | number | boolean;
  tags?: string | number | boolean;
  target?: string | number | boolean;
  ulimit?: string | number | boolean;
  "github-token"?: string | number | boolean;
}

/** Outputs of docker/build-push-action. */
export type DockerBuildPushOutputs = "imageid" | "digest" | "metadata";

/** docker/build-push-action v7.3.0, pinned to its commit. */
export const dockerBuildPushPin: ActionPin = {
  uses: "docker/build-push-action",
  version: "v7.3.0",
  commit: "53b7df96c91f9c12dcc8a07bcb9ccacbed38856a",
  requiredInputs: [],
};

export interface DockerLoginInputs {
  registry?: string | number | boolean;
  username?: string | number | boolean;
  password?: string | number | boolean;
  ecr?: string | number | boolean;
  scope?: string | number | boolean;
  logout?: string | number | boolean;
  "registry-auth"?: string | number | boolean;
}

/** Outputs of docker/login-action. */
export type DockerLoginOutputs = never;

/** docker/login-action v4.1.0, pinned to its commit. */
export const dockerLoginPin: ActionPin = {
  uses: "docker/login-action",
  version: "v4.1.0",
  commit: "4907a6ddec9925e35a0a9e82d7399ccc52663121",
  requiredInputs: [],
};

export interface DockerMetadataInputs {
  context?: string | number | boolean;
  images?: string | number | boolean;
  tags?: string | number | boolean;
  flavor?: string | number | boolean;
  labels?: string | number | boolean;
  annotations?: string | number | boolean;
  "sep-tags"?: string | number | boolean;
  "sep-labels"?: string | number | boolean;
  "sep-annotations"?: string | number | boolean;
  "bake-target"?: string | number | boolean;
  "github-token"?: string | number | boolean;
}

/** Outputs of docker/metadata-action. */
export type DockerMetadataOutputs =
  | "version"
  | "tags"
  | "tag-names"
  | "labels"
  | "annotations"
  | "json"
  | "bake-file-tags"
  | "bake-file-labels"
  | "bake-file-annotations"
  | "bake-file";

/** docker/metadata-action v6.2.0, pinned to its commit. */
export const dockerMetadataPin: ActionPin = {
  uses: "docker/metadata-action",
  version: "v6.2.0",
  commit: "dc802804100637a589fabce1cb79ff13a1411302",
  requiredInputs: [],
};

export interface SetupBuildxInputs {
  version?: string | number | boolean;
  driver?: string | number | boolean;
  "driver-opts"?: string | number | boolean;
  "buildkitd-flags"?: string | number | boolean;
  "buildkitd-config"?: string | number | boolean;
  "buildkitd-config-inline"?: string | number | boolean;
  use?: string | number | boolean;
  name?: string | number | boolean;
  endpoint?: string | number | boolean;
  platforms?: string | number | boolean;
  append?: string | number | boolean;
  "keep-state"?: string | number | boolean;
  "cache-binary"?: string | number | boolean;
  cleanup?: string | number | boolean;
}

/** Outputs of docker/setup-buildx-action. */
export type SetupBuildxOutputs =
  "name" | "driver" | "platforms" | "nodes" | "endpoint" | "status" | "flags";

/** docker/setup-buildx-action v4.3.0, pinned to its commit. */
export const setupBuildxPin: ActionPin = {
  uses: "docker/setup-buildx-action",
  version: "v4.3.0",
  commit: "37fe631027851001ddb9b187196cc803df7f5f0e",
  requiredInputs: [],
};

export interface SetupQemuInputs {
  image?: string | number | boolean;
  platforms?: string | number | boolean;
  reset?: string | number | boolean;
  "cache-image"?: string | number | boolean;
}

/** Outputs of docker/setup-qemu-action. */
export type SetupQemuOutputs = "platforms";

/** docker/setup-qemu-action v4.2.0, pinned to its commit. */
export const setupQemuPin: ActionPin = {
  uses: "docker/setup-qemu-action",
  version: "v4.2.0",
  commit: "96fe6ef7f33517b61c61be40b68a1882f3264fb8",
  requiredInputs: [],
};

export interface GoogleAuthInputs {
  project_id?: string | number | boolean;
  workload_identity_provider?: string | number | boolean;
  service_account?: string | number | boolean;
  audience?: string | number | boolean;
  credentials_json?: string | number | boolean;
  create_credentials_file?: string | number | boolean;
  export_environment_variables?: string | number | boolean;
  token_format?: string | number | boolean;
  delegates?: string | number | boolean;
  universe?: string | number | boolean;
  request_reason?: string | number | boolean;
  cleanup_credentials?: string | number | boolean;
  access_token_lifetime?: string | number | boolean;
  access_token_scopes?: string | number | boolean;
  access_token_subject?: string | number | boolean;
  id_token_audience?: string | number | boolean;
  id_token_include_email?: string | number | boolean;
}

/** Outputs of google-github-actions/auth. */
export type GoogleAuthOutputs =
  "project_id" | "credentials_file_path" | "auth_token" | "access_token" | "id_token";

/** google-github-actions/auth v3.0.0, pinned to its commit. */
export const googleAuthPin: ActionPin = {
  uses: "google-github-actions/auth",
  version: "v3.0.0",
  commit: "7c6bc770dae815cd3e89ee6cdf493a5fab2cc093",
  requiredInputs: [],
};

export interface SetupTerraformInputs {
  cli_config_credentials_hostname?: string | number | boolean;
  cli_config_credentials_token?: string | number | boolean;
  terraform_version?: string | number | boolean;
  terraform_wrapper?: string | number | boolean;
}

/** Outputs of hashicorp/setup-terraform. */
export type SetupTerraformOutputs = never;

/** hashicorp/setup-terraform v4.0.1, pinned to its commit. */
export const setupTerraformPin: ActionPin = {
  uses: "hashicorp/setup-terraform",
  version: "v4.0.1",
  commit: "dfe3c3f87815947d99a8997f908cb6525fc44e9e",
  requiredInputs: [],
};

export interface ChartReleaserInputs {
  version?: string | number | boolean;
  config?: string | number | boolean;
  charts_dir?: string | number | boolean;
  install_dir?: string | number | boolean;
  install_only?: string | number | boolean;
  skip_packaging?: string | number | boolean;
  skip_existing?: string | number | boolean;
  skip_upload?: string | number | boolean;
  mark_as_latest?: string | number | boolean;
  packages_with_index?: string | number | boolean;
  pages_branch?: string | number | boolean;
}

/** Outputs of helm/chart-releaser-action. */
export type ChartReleaserOutputs = "changed_charts" | "chart_version";

/** helm/chart-releaser-action v1.7.0, pinned to its commit. */
export const chartReleaserPin: ActionPin = {
  uses: "helm/chart-releaser-action",
  version: "v1.7.0",
  commit: "cae68fefc6b5f367a0275617c9f83181ba54714f",
  requiredInputs: [],
};

export interface ChartTestingInputs {
  version?: string | number | boolean;
  yamllint_version?: string | number | boolean;
  yamale_version?: string | number | boolean;
}

/** Outputs of helm/chart-testing-action. */
export type ChartTestingOutputs = never;

/** helm/chart-testing-action v2.8.0, pinned to its commit. */
export const chartTestingPin: ActionPin = {
  uses: "helm/chart-testing-action",
  version: "v2.8.0",
  commit: "6ec842c01de15ebb84c8627d2744a0c2f2755c9f",
  requiredInputs: [],
};

export interface KindClusterInputs {
  version?: string | number | boolean;
  config?: string | number | boolean;
  kubeconfig?: string | number | boolean;
  node_image?: string | number | boolean;
  cluster_name?: string | number | boolean;
  wait?: string | number | boolean;
  verbosity?: string | number | boolean;
  kubectl_version?: string | number | boolean;
  registry?: string | number | boolean;
  registry_image?: string | number | boolean;
  registry_name?: string | number | boolean;
  registry_port?: string | number | boolean;
  registry_enable_delete?: string | number | boolean;
  install_only?: string | number | boolean;
  ignore_failed_clean?: string | number | boolean;
  cloud_provider?: string | number | boolean;
}

/** Outputs of helm/kind-action. */
export type KindClusterOutputs = never;

/** helm/kind-action v1.14.0, pinned to its commit. */
export const kindClusterPin: ActionPin = {
  uses: "helm/kind-action",
  version: "v1.14.0",
  commit: "ef37e7f390d99f746eb8b610417061a60e82a6cc",
  requiredInputs: [],
};
