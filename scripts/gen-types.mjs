// Regenerates schemas/workflow.schema.json and src/generated/workflow.ts.
import { writeFile } from "node:fs/promises";
import { readTemplateSchema, toJsonSchema, toTypeScript } from "./workflow-schema.mjs";

const schema = toJsonSchema(await readTemplateSchema());
await writeFile(new URL("../schemas/workflow.schema.json", import.meta.url), JSON.stringify(schema, null, 2) + "\n");
await writeFile(new URL("../src/generated/workflow.ts", import.meta.url), await toTypeScript(schema));
console.log("wrote schemas/workflow.schema.json and src/generated/workflow.ts");
