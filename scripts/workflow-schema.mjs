// Derives a JSON Schema (draft 2020-12) for workflow files from the template schema that
// GitHub's own parser ships (@actions/workflow-parser, workflow-v1.0), and turns it into
// TypeScript with json-schema-to-typescript. Run through `npm run gen-types`; the test suite
// calls the same functions and fails when the committed output is stale.
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { compile } from "json-schema-to-typescript";

const ROOT = "workflow-root-strict";
const EXPRESSION = "expression-string";

/** Reads the template schema shipped in @actions/workflow-parser. */
export async function readTemplateSchema() {
  // The package exports only its JS entry; the schema sits beside it in dist/.
  const entry = fileURLToPath(import.meta.resolve("@actions/workflow-parser"));
  const path = join(dirname(entry), "workflow-v1.0.min.json");
  return JSON.parse(await readFile(path, "utf8"));
}

// Corrections to the upstream schema, each a bug there: keep this list short and explained.
const CORRECTIONS = {
  // Upstream declares the `repository_dispatch` event string with the constant "branch_protection_rule".
  "repository-dispatch-string": { string: { constant: "repository_dispatch" } },
};

const pascal = (name) => name.replace(/(^|-)([a-z0-9])/g, (_, _dash, c) => c.toUpperCase());

/** Converts the template schema's definitions into one JSON Schema document. */
export function toJsonSchema(template) {
  const defs = template.definitions;
  const out = {};
  const expression = { $ref: `#/$defs/${EXPRESSION}` };
  // `evaluated`: the referencing definition is one where GitHub evaluates expressions, so a
  // built-in number, boolean, sequence or mapping may also be a whole `${{ ... }}`.
  const ref = (name, evaluated = false) => {
    const either = (schema) => (evaluated ? { anyOf: [schema, expression] } : schema);
    if (name === "string") return { type: "string" };
    if (name === "number") return either({ type: "number" });
    if (name === "boolean") return either({ type: "boolean" });
    if (name === "null") return { type: "null" };
    if (name === "sequence") return either({ type: "array", items: {} });
    if (name === "mapping") return either({ type: "object", additionalProperties: true });
    if (name === "any") return {};
    if (!(name in defs)) throw new Error(`workflow schema: unknown definition "${name}"`);
    return { $ref: `#/$defs/${name}` };
  };
  // GitHub evaluates expressions in a definition with `context` and in everything below it,
  // so every definition reachable from one may be written as a whole `${{ ... }}`.
  const below = new Set();
  const children = (def) => [
    ...Object.values(def.mapping?.properties ?? {}).map((v) => (typeof v === "string" ? v : v.type)),
    def.mapping?.["loose-value-type"], def.sequence?.["item-type"], ...(def["one-of"] ?? []),
  ].filter((name) => name in defs);
  const pending = Object.keys(defs).filter((name) => defs[name].context?.length);
  while (pending.length) {
    const name = pending.pop();
    if (below.has(name)) continue;
    below.add(name);
    pending.push(...children(defs[name]));
  }
  for (const [name, original] of Object.entries(defs)) {
    const def = CORRECTIONS[name] ? { ...original, ...CORRECTIONS[name] } : original;
    const acceptsExpressions = below.has(name);
    let schema;
    if (def.mapping) {
      const props = def.mapping.properties ?? {};
      const properties = {};
      const required = [];
      for (const [key, value] of Object.entries(props)) {
        const type = typeof value === "string" ? value : value.type;
        const entry = { ...ref(type, acceptsExpressions) };
        const description = typeof value === "string" ? undefined : value.description;
        properties[key] = description ? { ...entry, description } : entry;
        if (typeof value !== "string" && value.required) required.push(key);
      }
      schema = { type: "object", properties };
      if (required.length) schema.required = required;
      const loose = def.mapping["loose-value-type"];
      // GitHub reads a number or boolean where a mapping's loose values are strings
      // (`fetch-depth: 0`, `CI: true`), so the types accept them too.
      schema.additionalProperties = loose === undefined
        ? false
        : loose === "string"
          ? { type: ["string", "number", "boolean"] }
          : ref(loose, acceptsExpressions);
    } else if (def.sequence) {
      schema = { type: "array", items: ref(def.sequence["item-type"], acceptsExpressions) };
    } else if (def["one-of"]) {
      schema = { anyOf: def["one-of"].map((name) => ref(name, acceptsExpressions)) };
    } else if (def["allowed-values"]) {
      schema = { type: "string", enum: [...def["allowed-values"]] };
    } else if (def.string) {
      schema = def.string.constant !== undefined
        ? { type: "string", const: def.string.constant }
        : def.string["require-non-empty"]
          ? { type: "string", minLength: 1 }
          : { type: "string" };
    } else if (def.number) {
      schema = { type: "number" };
    } else if (def.boolean) {
      schema = { type: "boolean" };
    } else if (def.null) {
      schema = { type: "null" };
    } else {
      throw new Error(`workflow schema: definition "${name}" has no known kind`);
    }
    // Where GitHub evaluates expressions, a whole value may be one `${{ ... }}` (a number,
    // a boolean, and also a mapping or sequence: `matrix: ${{ fromJSON(...) }}`).
    if (acceptsExpressions && !def.string) {
      schema = { anyOf: [schema, { $ref: `#/$defs/${EXPRESSION}` }] };
    }
    schema.title = pascal(name);
    if (def.description) schema.description = def.description;
    if (def.context?.length) schema["x-contexts"] = [...def.context];
    out[name] = schema;
  }
  out[EXPRESSION] = {
    title: "ExpressionString",
    description: "A value computed by a GitHub Actions expression: `${{ ... }}`.",
    type: "string",
    pattern: "^\\$\\{\\{[\\s\\S]*\\}\\}$",
    tsType: "`${\"$\"}{{${string}}}`",
  };
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://pipewright.dev/schemas/workflow.schema.json",
    title: "Workflow",
    description:
      "A GitHub Actions workflow file. Derived from the workflow-v1.0 schema of @actions/workflow-parser by scripts/workflow-schema.mjs.",
    $ref: `#/$defs/${ROOT}`,
    $defs: out,
  };
}

export const GENERATED_HEADER = `/* eslint-disable */
// DO NOT EDIT. Generated from schemas/workflow.schema.json by scripts/workflow-schema.mjs.
// Regenerate with: npm run gen-types`;

/** Renders the TypeScript types for a JSON Schema produced by {@link toJsonSchema}. */
export async function toTypeScript(schema) {
  // json-schema-to-typescript reads `definitions`; give it a copy with the root inlined.
  const input = { ...schema, definitions: schema.$defs };
  delete input.$defs;
  const text = JSON.stringify(input).replaceAll("#/$defs/", "#/definitions/");
  return compile(JSON.parse(text), "Workflow", {
    bannerComment: GENERATED_HEADER,
    additionalProperties: false,
    unreachableDefinitions: false,
    strictIndexSignatures: false,
    format: true,
    style: { printWidth: 100 },
  });
}
