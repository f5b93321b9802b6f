import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { GENERATED_HEADER, readTemplateSchema, toJsonSchema, toTypeScript } from "../../scripts/workflow-schema.mjs";
import { VALIDATOR_HEADER, toValidator } from "../../scripts/workflow-validator.mjs";

const root = new URL("../../", import.meta.url);

describe("workflow types derived from GitHub's schema", () => {
  it("schemas/workflow.schema.json is what `npm run gen-types` would write", async () => {
    const schema = toJsonSchema(await readTemplateSchema());
    const committed = await readFile(new URL("schemas/workflow.schema.json", root), "utf8");
    expect(JSON.stringify(schema, null, 2) + "\n").toBe(committed);
  });

  it("src/generated/workflow.ts is what `npm run gen-types` would write", async () => {
    const schema = toJsonSchema(await readTemplateSchema());
    const committed = await readFile(new URL("src/generated/workflow.ts", root), "utf8");
    expect(committed.startsWith(GENERATED_HEADER)).toBe(true);
    expect(await toTypeScript(schema)).toBe(committed);
  });

  it("src/generated/workflow-validate.js is what `npm run gen-types` would write", async () => {
    const schema = toJsonSchema(await readTemplateSchema());
    const committed = await readFile(new URL("src/generated/workflow-validate.js", root), "utf8");
    expect(committed.startsWith(VALIDATOR_HEADER)).toBe(true);
    expect(await toValidator(schema)).toBe(committed);
  });

  it("closes every mapping GitHub closes, so a misspelled key is rejected", async () => {
    const schema = toJsonSchema(await readTemplateSchema()) as { $defs: Record<string, { additionalProperties?: unknown }> };
    expect(schema.$defs["job-factory"]?.additionalProperties).toBe(false);
    expect(schema.$defs["run-step"]?.additionalProperties).toBe(false);
    expect(schema.$defs["workflow-root-strict"]?.additionalProperties).toBe(false);
  });

  it("corrects the upstream constant of the repository_dispatch event", async () => {
    const schema = toJsonSchema(await readTemplateSchema()) as { $defs: Record<string, { const?: string }> };
    expect(schema.$defs["repository-dispatch-string"]?.const).toBe("repository_dispatch");
  });
});
