// Typed action bindings.
//   node scripts/gen-actions.mjs --import <dir with facts/ and corpus/>
//     (and schemas/actions/metadata/popular-actions.json, the compact metadata lint reads);
//     reads each action's metadata (input and output names, which inputs are required or
//     deprecated, what it runs on) and its pinned release, and writes schemas/actions/*.json;
//   node scripts/gen-actions.mjs
//     turns schemas/actions/*.json into src/generated/actions.ts with json-schema-to-typescript.
// The test suite calls renderActions() and fails when the committed output is stale.
import { readdir, readFile } from "node:fs/promises";
import { compile } from "json-schema-to-typescript";
import { parse } from "yaml";

/** The function name each bundled action gets. */
export const BINDINGS = {
  "actions/checkout": "checkout",
  "actions/setup-python": "setupPython",
  "actions/setup-node": "setupNode",
  "actions/cache": "cache",
  "actions/upload-artifact": "uploadArtifact",
  "actions/download-artifact": "downloadArtifact",
  "actions/github-script": "githubScript",
  "docker/setup-qemu-action": "setupQemu",
  "docker/setup-buildx-action": "setupBuildx",
  "docker/login-action": "dockerLogin",
  "docker/metadata-action": "dockerMetadata",
  "docker/build-push-action": "dockerBuildPush",
  "Azure/setup-helm": "setupHelm",
  "helm/chart-testing-action": "chartTesting",
  "helm/kind-action": "kindCluster",
  "helm/chart-releaser-action": "chartReleaser",
  "hashicorp/setup-terraform": "setupTerraform",
  "aws-actions/configure-aws-credentials": "configureAwsCredentials",
  "google-github-actions/auth": "googleAuth",
  "astral-sh/setup-uv": "setupUv",
};

const pascal = (name) => name[0].toUpperCase() + name.slice(1);

/** Builds the JSON Schema of one action from its metadata and pinned release. */
export function actionSchema(uses, metadata, release) {
  const inputs = Object.entries(metadata.inputs ?? {});
  const properties = Object.fromEntries(inputs.map(([name, input]) => [name, {
    type: ["string", "number", "boolean"],
    ...(input.deprecationMessage ? { deprecated: true } : {}),
    ...(input.default !== undefined ? { default: String(input.default) } : {}),
  }]));
  const required = inputs.filter(([, input]) => input.required === true && input.default === undefined).map(([name]) => name);
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    title: `${pascal(BINDINGS[uses])}Action`,
    "x-action": { uses, version: release.tag, commit: release.commit, runs: String(metadata.runs?.using ?? "") },
    type: "object",
    properties: {
      with: { title: `${pascal(BINDINGS[uses])}Inputs`, type: "object", properties, ...(required.length ? { required } : {}), additionalProperties: false },
      outputs: { type: "array", items: { enum: Object.keys(metadata.outputs ?? {}) } },
    },
    additionalProperties: false,
  };
}

/** Reads the corpus and facts under `shared` and returns file name → schema. */
export async function importActions(shared) {
  const tsv = await readFile(`${shared}/facts/actions.tsv`, "utf8");
  const releases = new Map(tsv.trim().split("\n").slice(1).map((line) => {
    const [action, tag, commit] = line.split("\t");
    return [action.toLowerCase(), { tag, commit }];
  }));
  const out = {};
  for (const uses of Object.keys(BINDINGS)) {
    const dir = uses.replace("/", "__");
    const metadata = parse((await readFile(`${shared}/corpus/actions/${dir}/action.yml`, "utf8")).replaceAll("\r\n", "\n"));
    const release = releases.get(uses.toLowerCase());
    if (!release) throw new Error(`no release of ${uses} in facts/actions.tsv`);
    out[`${dir}.json`] = actionSchema(uses, metadata, release);
  }
  return out;
}

export const ACTIONS_HEADER = `/* eslint-disable */
// DO NOT EDIT. Generated from schemas/actions/*.json by scripts/actions.mjs.
// Regenerate with: npm run gen-types`;

/** Renders src/generated/actions.ts from the schemas in `dir`. */
export async function renderActions(dir) {
  const names = (await readdir(dir)).filter((n) => n.endsWith(".json")).sort();
  const parts = [ACTIONS_HEADER, 'import type { ActionPin } from "../actions/action-step.js";'];
  for (const name of names) {
    const schema = JSON.parse(await readFile(`${dir}/${name}`, "utf8"));
    const meta = schema["x-action"];
    const fn = BINDINGS[meta.uses];
    const inputs = await compile(schema.properties.with, `${pascal(fn)}Inputs`, { bannerComment: "", additionalProperties: false, format: false });
    const outputs = schema.properties.outputs.items.enum;
    const required = schema.properties.with.required ?? [];
    parts.push(
      inputs.trim(),
      `/** Outputs of ${meta.uses}. */\nexport type ${pascal(fn)}Outputs = ${outputs.length ? outputs.map((o) => JSON.stringify(o)).join(" | ") : "never"};`,
      `/** ${meta.uses} ${meta.version}, pinned to its commit. */\nexport const ${fn}Pin: ActionPin = { uses: ${JSON.stringify(meta.uses)}, version: ${JSON.stringify(meta.version)}, commit: ${JSON.stringify(meta.commit)}, requiredInputs: ${JSON.stringify(required)} };`,
    );
  }
  const prettier = await import("prettier");
  return prettier.format(parts.join("\n\n") + "\n", { parser: "typescript", printWidth: 100 });
}

/**
 * The compact metadata lint reads for every action in the corpus (bound or not): input names
 * with `required` (and no default) and `deprecated` flags, output names, what the pinned release
 * runs on, and what each major version ran on. Names and flags only: no descriptions, and of the
 * defaults only whether one is `latest` (the input picks a tool's release, and installs the newest).
 */
export async function importMetadata(shared) {
  const isLatest = (value) => typeof value === "string" && value.trim().toLowerCase() === "latest";
  const rows = async (file) => (await readFile(`${shared}/facts/${file}`, "utf8")).trim().split("\n").slice(1).map((line) => line.split("\t"));
  const releases = new Map((await rows("actions.tsv")).map(([action, tag, commit]) => [action.toLowerCase(), { tag, commit }]));
  const majors = new Map();
  for (const [action, major, , , using] of await rows("action-runtimes.tsv")) {
    const key = action.toLowerCase();
    majors.set(key, { ...majors.get(key), [major.replace(/^v/, "")]: using });
  }
  const actions = {};
  for (const dir of (await readdir(`${shared}/corpus/actions`)).sort()) {
    const files = await readdir(`${shared}/corpus/actions/${dir}`);
    const file = files.find((name) => name === "action.yml") ?? files.find((name) => name === "action.yaml");
    if (!file) throw new Error(`no action.yml in corpus/actions/${dir}`);
    const metadata = parse((await readFile(`${shared}/corpus/actions/${dir}/${file}`, "utf8")).replaceAll("\r\n", "\n"));
    const uses = dir.split("__").join("/");
    const release = releases.get(uses.toLowerCase());
    if (!release) throw new Error(`no release of ${uses} in facts/actions.tsv`);
    const inputs = Object.fromEntries(Object.entries(metadata.inputs ?? {}).map(([name, input]) => [name, {
      ...(input?.required === true && input.default === undefined ? { required: true } : {}),
      ...(input?.deprecationMessage ? { deprecated: true } : {}),
      ...(isLatest(input?.default) ? { latest: true } : {}),
    }]));
    actions[uses] = {
      version: release.tag,
      commit: release.commit,
      runs: String(metadata.runs?.using ?? ""),
      inputs,
      outputs: Object.keys(metadata.outputs ?? {}),
      majors: majors.get(uses.toLowerCase()) ?? {},
    };
  }
  return { $comment: "Generated by `node scripts/gen-actions.mjs --import ..` from action metadata and release facts; do not edit.", actions };
}
