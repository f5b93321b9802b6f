import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { importActions, importMetadata, renderActions } from "../../scripts/actions.mjs";

const root = new URL("../../", import.meta.url);
const shared = fileURLToPath(new URL("../shared", root));

describe("typed action bindings", () => {
  it("src/generated/actions.ts is what `npm run gen-types` would write from schemas/actions", async () => {
    const committed = await readFile(new URL("src/generated/actions.ts", root), "utf8");
    expect(await renderActions(fileURLToPath(new URL("schemas/actions", root)))).toBe(committed);
  });

  describe.skipIf(!existsSync(`${shared}/corpus/actions`))("against the action metadata in ../shared (skipped when absent)", () => {
    it("schemas/actions/*.json match the metadata and pinned releases", async () => {
      const schemas = await importActions(shared);
      for (const [name, schema] of Object.entries(schemas)) {
        const committed = JSON.parse(await readFile(new URL(`schemas/actions/${name}`, root), "utf8"));
        expect(committed, name).toEqual(schema);
      }
    });

    it("schemas/actions/metadata/popular-actions.json is what the metadata and facts give", async () => {
      const committed = JSON.parse(await readFile(new URL("schemas/actions/metadata/popular-actions.json", root), "utf8"));
      const derived = await importMetadata(shared);
      expect(Object.keys(derived.actions)).toHaveLength(61);
      expect(committed).toEqual(derived);
    });
  });
});
