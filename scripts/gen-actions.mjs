// See scripts/actions.mjs.
import { writeFile } from "node:fs/promises";
import { importActions, renderActions } from "./actions.mjs";

const at = process.argv.indexOf("--import");
if (at > 0) {
  const schemas = await importActions(process.argv[at + 1]);
  for (const [name, schema] of Object.entries(schemas)) {
    await writeFile(new URL(`../schemas/actions/${name}`, import.meta.url), JSON.stringify(schema, null, 2) + "\n");
  }
  console.log(`wrote ${Object.keys(schemas).length} schemas to schemas/actions/`);
}
await writeFile(new URL("../src/generated/actions.ts", import.meta.url), await renderActions(new URL("../schemas/actions", import.meta.url).pathname));
console.log("wrote src/generated/actions.ts");
