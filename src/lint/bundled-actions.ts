/**
 * What pipewright knows of popular actions: those it binds (schemas/actions/*.json) and the
 * others whose metadata it carries (schemas/actions/metadata/popular-actions.json, derived by
 * scripts/gen-actions.mjs, and more-actions.json, recorded by hand): their inputs, which are required or deprecated, their outputs, the
 * latest release and what each major version runs on. Rules read inputs only for the major
 * version the metadata describes: other majors had other inputs.
 */
import setupHelm from "../../schemas/actions/Azure__setup-helm.json" with { type: "json" };
import cache from "../../schemas/actions/actions__cache.json" with { type: "json" };
import checkout from "../../schemas/actions/actions__checkout.json" with { type: "json" };
import downloadArtifact from "../../schemas/actions/actions__download-artifact.json" with { type: "json" };
import githubScript from "../../schemas/actions/actions__github-script.json" with { type: "json" };
import setupNode from "../../schemas/actions/actions__setup-node.json" with { type: "json" };
import setupPython from "../../schemas/actions/actions__setup-python.json" with { type: "json" };
import uploadArtifact from "../../schemas/actions/actions__upload-artifact.json" with { type: "json" };
import setupUv from "../../schemas/actions/astral-sh__setup-uv.json" with { type: "json" };
import configureAwsCredentials from "../../schemas/actions/aws-actions__configure-aws-credentials.json" with { type: "json" };
import dockerBuildPush from "../../schemas/actions/docker__build-push-action.json" with { type: "json" };
import dockerLogin from "../../schemas/actions/docker__login-action.json" with { type: "json" };
import dockerMetadata from "../../schemas/actions/docker__metadata-action.json" with { type: "json" };
import setupBuildx from "../../schemas/actions/docker__setup-buildx-action.json" with { type: "json" };
import setupQemu from "../../schemas/actions/docker__setup-qemu-action.json" with { type: "json" };
import googleAuth from "../../schemas/actions/google-github-actions__auth.json" with { type: "json" };
import setupTerraform from "../../schemas/actions/hashicorp__setup-terraform.json" with { type: "json" };
import chartReleaser from "../../schemas/actions/helm__chart-releaser-action.json" with { type: "json" };
import chartTesting from "../../schemas/actions/helm__chart-testing-action.json" with { type: "json" };
import kindCluster from "../../schemas/actions/helm__kind-action.json" with { type: "json" };
import more from "../../schemas/actions/metadata/more-actions.json" with { type: "json" };
import popular from "../../schemas/actions/metadata/popular-actions.json" with { type: "json" };
import type { WorkflowModel, YamlPath } from "../model/workflow.js";
import { formatPath } from "../model/workflow.js";
import type { ActionLookup } from "./locked-actions.js";

interface ActionSchema {
  readonly "x-action": { readonly uses: string; readonly version: string; readonly commit: string };
  readonly properties: {
    readonly with: { readonly properties: Readonly<Record<string, { readonly type: unknown; readonly deprecated?: boolean; readonly default?: unknown }>>; readonly required?: readonly string[] };
    readonly outputs: { readonly items: { readonly enum: readonly string[] } };
  };
}

export interface BundledAction {
  /** `owner/repo` as the action's repository spells it. */
  readonly uses: string;
  /** The release pipewright pins, e.g. `v7.0.1`. */
  readonly version: string;
  readonly major: number;
  readonly commit: string;
  /** Input names as the action spells them. */
  readonly inputs: readonly string[];
  readonly required: readonly string[];
  readonly deprecated: readonly string[];
  /** Inputs whose default is `latest`: left out, the action installs a tool's newest release. */
  readonly latest: readonly string[];
  /** Output names as the action spells them. */
  readonly outputs: readonly string[];
  /** True when pipewright has a typed binding for it (src/actions/), which pins this release. */
  readonly bound: boolean;
  /** What the release runs on: `node24`, `docker`, `composite`. */
  readonly runs: string;
  /** What each major version ran on, by major number, where known. */
  readonly majors: Readonly<Record<string, string>>;
  /** True when the action reads inputs it does not declare: only its outputs are checked. */
  readonly openInputs?: boolean;
}

interface PopularAction {
  readonly version: string;
  readonly commit: string;
  readonly runs: string;
  readonly inputs: Readonly<Record<string, { readonly required?: boolean; readonly deprecated?: boolean; readonly latest?: boolean }>>;
  readonly outputs: readonly string[];
  readonly majors: Readonly<Record<string, string>>;
  readonly openInputs?: boolean;
}

/** Whether an input's default is `latest`: the action then installs a tool's newest release. */
export const isLatest = (value: unknown): boolean => typeof value === "string" && value.trim().toLowerCase() === "latest";

const POPULAR: Readonly<Record<string, PopularAction>> = {
  ...(more as unknown as { actions: Readonly<Record<string, PopularAction>> }).actions,
  ...(popular as unknown as { actions: Readonly<Record<string, PopularAction>> }).actions,
};

const SCHEMAS: readonly ActionSchema[] = [
  setupHelm, cache, checkout, downloadArtifact, githubScript, setupNode, setupPython, uploadArtifact, setupUv,
  configureAwsCredentials, dockerBuildPush, dockerLogin, dockerMetadata, setupBuildx, setupQemu, googleAuth,
  setupTerraform, chartReleaser, chartTesting, kindCluster,
];

/** By lower-case `owner/repo[/path]`: GitHub reads owner and repository names case-insensitively. */
const BUNDLED = new Map<string, BundledAction>(SCHEMAS.map((schema) => {
  const meta = schema["x-action"] as ActionSchema["x-action"] & { readonly runs?: string };
  const inputs = schema.properties.with.properties;
  const action: BundledAction = {
    uses: meta.uses,
    version: meta.version,
    major: majorOf(meta.version) ?? 0,
    commit: meta.commit,
    inputs: Object.keys(inputs),
    required: schema.properties.with.required ?? [],
    deprecated: Object.entries(inputs).filter(([, input]) => input.deprecated === true).map(([name]) => name),
    latest: Object.entries(inputs).filter(([, input]) => isLatest(input.default)).map(([name]) => name),
    outputs: schema.properties.outputs.items.enum,
    bound: true,
    runs: meta.runs ?? "",
    majors: POPULAR[meta.uses]?.majors ?? {},
  };
  return [meta.uses.toLowerCase(), action];
}));
for (const [uses, meta] of Object.entries(POPULAR)) {
  if (BUNDLED.has(uses.toLowerCase())) continue;
  const inputs = Object.entries(meta.inputs);
  BUNDLED.set(uses.toLowerCase(), {
    uses, version: meta.version, major: majorOf(meta.version) ?? 0, commit: meta.commit,
    inputs: inputs.map(([name]) => name),
    required: inputs.filter(([, input]) => input.required === true).map(([name]) => name),
    deprecated: inputs.filter(([, input]) => input.deprecated === true).map(([name]) => name),
    latest: inputs.filter(([, input]) => input.latest === true).map(([name]) => name),
    outputs: meta.outputs, bound: false, runs: meta.runs, majors: meta.majors,
    ...(meta.openInputs ? { openInputs: true } : {}),
  });
}

/** The bundled releases by commit SHA (lower-case), for a step pinned to one. */
const BY_COMMIT = new Map<string, BundledAction>();
for (const action of BUNDLED.values()) if (action.commit && !BY_COMMIT.has(action.commit.toLowerCase())) BY_COMMIT.set(action.commit.toLowerCase(), action);

/**
 * The one lookup of an action's metadata, by `owner/repo[/path]`: the project's lock
 * (pipewright.lock.json) when it has the action, else the bundled metadata.
 */
export function actionMetadata(uses: string, locked?: ActionLookup): BundledAction | undefined {
  return locked?.(uses) ?? BUNDLED.get(uses.toLowerCase());
}

/**
 * The major version of a tag such as `v4`, `v4.2.2` or `4.2`, or of a branch that follows one
 * major (`v2.x`, `release/v1`, as octokit's and pypa's actions are used); undefined for anything else.
 */
export function majorOf(ref: string): number | undefined {
  const match = /^(?:release\/)?v?(\d+)(?:\.\d+){0,2}(?:\.x)?$/.exec(ref.trim());
  return match ? Number(match[1]) : undefined;
}

export const isCommitSha = (ref: string): boolean => /^[0-9a-f]{40}$/i.test(ref);

/** A step's `uses: owner/repo[/path]@ref`, split; undefined for local and Docker actions. */
export interface ActionRef {
  readonly repo: string;
  readonly path: string;
  readonly ref: string;
}

export function parseActionRef(uses: string): ActionRef | undefined {
  const match = /^([^/@\s]+\/[^/@\s]+)((?:\/[^@\s]*)?)@([^@\s]+)$/.exec(uses.trim());
  if (!match) return undefined;
  // `actions/cache/./save`, `actions/checkout/` and `actions/cache/x/../save` name what their
  // plain path names (the obfuscation rule reports the disguise).
  const path: string[] = [];
  for (const part of match[2]!.split("/")) {
    if (part === "..") path.pop();
    else if (part !== "" && part !== ".") path.push(part);
  }
  return { repo: match[1]!, path: path.join("/"), ref: match[3]! };
}

/**
 * The major version a step runs: from a tag, or from a commit SHA's version comment
 * (`@<sha> # v4.2.2`, kept by the DSL's bindings and by the YAML reader where it keeps
 * comments); undefined for branches and uncommented SHAs.
 */
export function majorAt(model: WorkflowModel, usesPath: YamlPath, ref: string): number | undefined {
  if (!isCommitSha(ref)) return majorOf(ref);
  const bundled = BY_COMMIT.get(ref.toLowerCase());
  if (bundled) return bundled.major;
  const words = model.comments.get(formatPath(usesPath))?.split(/[\s=]+/) ?? [];
  return words.map(majorOf).find((major) => major !== undefined);
}

/**
 * The bundled action a step uses, at the major version its metadata describes. A project's
 * lock (`locked`) wins over the bundled metadata, and also knows actions in folders and local ones.
 */
export function bundledAt(model: WorkflowModel, usesPath: YamlPath, uses: string, locked?: ActionLookup): BundledAction | undefined {
  const local = uses.startsWith("./") ? locked?.(uses) : undefined;
  if (local) return local;
  const parsed = parseActionRef(uses);
  if (!parsed) return undefined;
  const name = parsed.path ? `${parsed.repo}/${parsed.path}` : parsed.repo;
  const action = actionMetadata(name, locked);
  if (!action) return undefined;
  // A locked action at exactly its locked commit is that release, whatever the comment says.
  if (locked?.(name) === action && parsed.ref.toLowerCase() === action.commit) return action;
  return majorAt(model, usesPath, parsed.ref) === action.major ? action : undefined;
}

/** The known (or, with `locked`, locked) action of a repository (or `owner/repo/path`), whatever version a step asks for. */
export function bundledAction(repo: string, locked?: ActionLookup): BundledAction | undefined {
  return actionMetadata(repo, locked);
}

/** The owners of the actions pipewright knows, lower-case (`actions`, `docker`, `aws-actions`, ...). */
export const knownOwners: ReadonlySet<string> = new Set([...BUNDLED.keys()].map((uses) => uses.split("/")[0]!));
