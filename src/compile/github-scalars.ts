/**
 * The workflow schema as pipewright's runtime shape check reads it (the zod schema and the
 * precompiled validator in src/generated/workflow-validate.js are both made from it).
 */

/**
 * GitHub reads any scalar where the schema says string (`run: true`, `if: false`,
 * `name: 1.0`), and an empty value too (`container: null`, `name:`), which it treats as the key
 * left out; the TypeScript types stay strict, the runtime check accepts what GitHub does.
 * Constrained strings (`non-empty-string`, enums) and numbers still reject null, as GitHub does.
 */
export function readScalarsAsGitHubDoes(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(readScalarsAsGitHubDoes);
  if (typeof schema !== "object" || schema === null) return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) out[key] = readScalarsAsGitHubDoes(value);
  const plainString = out.type === "string" && !("const" in out) && !("enum" in out) && !("pattern" in out);
  if (plainString) {
    out.type = "minLength" in out ? ["string", "number", "boolean"] : ["string", "number", "boolean", "null"];
  }
  return out;
}
