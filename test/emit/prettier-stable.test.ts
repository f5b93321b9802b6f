/**
 * Without a prettier configuration, pipewright writes the emitter's YAML as it is, without
 * loading prettier (a third of a `check` run's time). That is only right while the emitter
 * prints exactly what prettier would: this pins it, on arbitrary values and on real workflows.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { formatYaml } from "../../src/emit/format.js";
import { toYaml } from "../../src/emit/yaml.js";

const corpus = fileURLToPath(new URL("../../../shared/corpus/workflows", import.meta.url));

function* yamlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) yield* yamlFiles(path);
    else if (/\.ya?ml$/.test(entry.name)) yield path;
  }
}

async function expectStable(data: unknown): Promise<void> {
  const raw = toYaml(data);
  expect(await formatYaml(raw)).toBe(raw);
}

const text = fc.oneof(
  fc.string({ unit: fc.constantFrom("a", " ", '"', "'", ":", "#", "-", "{", "}", "[", "]", ",", "&", "*", "!", "|", ">", "%", "@", "`", "\\", "\t", "é", "0", "1", ".", "\n") }),
  fc.string(),
  fc.constantFrom("on", "yes", "No", "3.10", "0755", "1e3", "0o14", "~", "null", "", " x", "x ", "- x", "? x", "<<"),
);

describe("the emitter prints what prettier prints", () => {
  it("for arbitrary strings as keys, values, list items and scripts", async () => {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(text, text, { maxKeys: 4 }), fc.array(text, { maxLength: 3 }), text, async (env, list, script) => {
        await expectStable({ name: script, on: { push: { branches: list } }, jobs: { build: { "runs-on": "ubuntu-latest", env, steps: [{ run: script, with: env }] } } });
      }),
      { numRuns: 300 },
    );
  });

  it("for every expected workflow in the tests and examples", async () => {
    const root = fileURLToPath(new URL("../..", import.meta.url));
    let count = 0;
    for (const dir of ["test", "examples"]) {
      for (const file of yamlFiles(`${root}/${dir}`)) {
        const data = parse(readFileSync(file, "utf8"));
        if (data && typeof data === "object") { await expectStable(data); count++; }
      }
    }
    expect(count).toBeGreaterThan(40);
  });

  it.skipIf(!existsSync(corpus))(`for the real-world corpus (skipped when ${corpus} is absent)`, async () => {
    for (const file of yamlFiles(corpus)) {
      const data = parse(readFileSync(file, "utf8"), { merge: true });
      if (data && typeof data === "object") await expectStable(data);
    }
  });
});
