// Regenerates schemas/workflow.schema.json, src/generated/workflow.ts and src/generated/workflow-validate.js.
import { writeFile } from "node:fs/promises";
import { readTemplateSchema, toJsonSchema, toTypeScript } from "./workflow-schema.mjs";
import { toValidator } from "./workflow-validator.mjs";

const schema = toJsonSchema(await readTemplateSchema());
await writeFile(new URL("../schemas/workflow.schema.json", import.meta.url), JSON.stringify(schema, null, 2) + "\n");
await writeFile(new URL("../src/generated/workflow.ts", import.meta.url), await toTypeScript(schema));
await writeFile(new URL("../src/generated/workflow-validate.js", import.meta.url), await toValidator(schema));
console.log("wrote schemas/workflow.schema.json, src/generated/workflow.ts and src/generated/workflow-validate.js");
