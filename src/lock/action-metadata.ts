/**
 * An action's action.yml, read into the facts the lock keeps: its inputs (required, default,
 * deprecated), its outputs and what it runs on. Anything GitHub would not accept as action
 * metadata is an error naming the action and the file, never a half-typed binding.
 */
import { parse } from "yaml";
import { PipewrightError } from "../project/errors.js";
import type { ActionMetadata, InputMetadata } from "./lock-schema.js";

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** A scalar of YAML as the text GitHub passes on (`true` → "true"). */
const text = (value: unknown): string | undefined =>
  typeof value === "string" ? value : typeof value === "number" || typeof value === "boolean" ? String(value) : undefined;

/** One-line descriptions keep the generated JSDoc short; the action's README has the rest. */
const oneLine = (value: unknown): string | undefined => {
  const line = text(value)?.trim().split(/\n\s*\n/)[0]?.replace(/\s+/g, " ").trim();
  return line ? line : undefined;
};

/**
 * Reads action metadata; `label` names it in errors: `acme/hello-action@v1 (action.yml)`.
 * `commit` is where it was read (absent for a local action).
 */
export function parseActionMetadata(source: string, label: string, commit?: string): ActionMetadata {
  const fail = (what: string): never => {
    throw new PipewrightError("usage", `${label} is not valid action metadata: ${what}. An action.yml needs \`runs.using\`, and \`inputs\` and \`outputs\` (if any) as mappings of names; see https://docs.github.com/actions/sharing-automations/creating-actions/metadata-syntax-for-github-actions`);
  };
  let data: unknown;
  try {
    data = parse(source.replaceAll("\r\n", "\n"));
  } catch (error) {
    fail(`it is not YAML (${(error as Error).message.split("\n")[0]})`);
  }
  if (!isObject(data)) return fail("it is not a mapping");
  const runs = data.runs;
  if (!isObject(runs) || typeof runs.using !== "string" || runs.using.trim() === "") fail("`runs.using` is missing");
  const using = String((runs as Record<string, unknown>).using).trim();
  const inputs: Record<string, InputMetadata> = {};
  if (data.inputs !== undefined && data.inputs !== null) {
    if (!isObject(data.inputs)) fail("`inputs` is not a mapping");
    for (const [name, spec] of Object.entries(data.inputs as Record<string, unknown>)) {
      if (spec !== null && !isObject(spec)) fail(`input "${name}" is not a mapping`);
      const s = (spec ?? {}) as Record<string, unknown>;
      if (s.required !== undefined && typeof s.required !== "boolean" && text(s.required) === undefined) fail(`input "${name}" has a \`required\` that is not true or false`);
      const description = oneLine(s.description);
      const fallback = text(s.default);
      const deprecated = oneLine(s.deprecationMessage);
      // GitHub reads `required: "true"` (a string) as true too.
      const required = s.required === true || text(s.required)?.toLowerCase() === "true";
      inputs[name] = {
        ...(description !== undefined ? { description } : {}),
        ...(required ? { required: true } : {}),
        ...(fallback !== undefined ? { default: fallback } : {}),
        ...(deprecated !== undefined ? { deprecated } : {}),
      };
    }
  }
  const outputs: Record<string, { description?: string }> = {};
  if (data.outputs !== undefined && data.outputs !== null) {
    if (!isObject(data.outputs)) fail("`outputs` is not a mapping");
    for (const [name, spec] of Object.entries(data.outputs as Record<string, unknown>)) {
      const description = isObject(spec) ? oneLine(spec.description) : undefined;
      outputs[name] = description !== undefined ? { description } : {};
    }
  }
  const description = oneLine(data.description);
  return { ...(commit !== undefined ? { commit } : {}), runs: using, ...(description !== undefined ? { description } : {}), inputs, outputs };
}

/** Inputs a step must give: required and without a default (GitHub fills in defaults). */
export function requiredInputs(metadata: ActionMetadata): string[] {
  return Object.entries(metadata.inputs).filter(([, i]) => i.required === true && i.default === undefined).map(([name]) => name);
}
