// See scripts/actions.mjs.
import { writeFile } from "node:fs/promises";
import { mkdir } from "node:fs/promises";
import { importActions, importMetadata, renderActions } from "./actions.mjs";

const at = process.argv.indexOf("--import");
if (at > 0) {
  const schemas = await importActions(process.argv[at + 1]);
  for (const [name, schema] of Object.entries(schemas)) {
    await writeFile(new URL(`../schemas/actions/${name}`, import.meta.url), JSON.stringify(schema, null, 2) + "\n");
  }
  console.log(`wrote ${Object.keys(schemas).length} schemas to schemas/actions/`);
  const metadata = await importMetadata(process.argv[at + 1]);
  await mkdir(new URL("../schemas/actions/metadata/", import.meta.url), { recursive: true });
  await writeFile(new URL("../schemas/actions/metadata/popular-actions.json", import.meta.url), JSON.stringify(metadata, null, 1) + "\n");
  console.log(`wrote metadata of ${Object.keys(metadata.actions).length} actions to schemas/actions/metadata/popular-actions.json`);
}
await writeFile(new URL("../src/generated/actions.ts", import.meta.url), await renderActions(new URL("../schemas/actions", import.meta.url).pathname));
console.log("wrote src/generated/actions.ts");
