// The shape check asks a precompiled validator (src/generated/workflow-validate.js) whether a
// workflow is valid and loads zod only to explain one that is not, so the two must agree on
// every workflow: the real ones of the corpus (where ../shared is present), every workflow
// file in this repository, and thousands of mutations of them — a key removed, a value of
// another type, an unknown key — that make them invalid in every place the schema checks.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { workflowSchema } from "../../src/compile/shape.js";
import { validate } from "../../src/generated/workflow-validate.js";
import { readWorkflowYaml } from "../../src/import/read-yaml.js";
import { isDependabotConfig } from "../../src/lint/dependabot/rules.js";
import { isActionMetadata } from "../../src/runs/lint-action.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const corpus = join(root, "../shared/corpus/workflows");

const yamlFiles = (dir: string): string[] => readdirSync(dir, { recursive: true }).map(String)
  .filter((f) => /\.ya?ml$/.test(f) && !f.includes("node_modules")).map((f) => join(dir, f));

/** Every workflow (not action metadata or Dependabot configuration) read from these files. */
function workflows(files: readonly string[]): { file: string; workflow: unknown }[] {
  return files.flatMap((file) => {
    const { model } = readWorkflowYaml(readFileSync(file, "utf8"), file);
    if (!model || isActionMetadata(file, model.workflow) || isDependabotConfig(file, model.workflow)) return [];
    return [{ file, workflow: model.workflow }];
  });
}

const REPLACEMENTS: unknown[] = [null, "", "x", "${{ x }}", 0, 1.5, true, [], ["x"], [{}], {}, { x: 1 }];

/**
 * Copies of `value` with one change each: at every place, `per` of the replacements (taken in
 * turn, so that across places each is tried), the removal of a key or item, an unknown key.
 */
function* mutations(value: unknown, per: number, turn = { next: 0 }): Generator<unknown> {
  for (let k = 0; k < per; k++) yield REPLACEMENTS[turn.next++ % REPLACEMENTS.length];
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      for (const changed of mutations(value[i], per, turn)) yield value.map((item, j) => (j === i ? changed : item));
      yield value.filter((_, j) => j !== i);
    }
  } else if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value);
    yield { ...value, "unknown-key": "x" };
    for (const [key, item] of entries) {
      for (const changed of mutations(item, per, turn)) yield { ...value, [key]: changed };
      yield Object.fromEntries(entries.filter(([k]) => k !== key));
    }
  }
}

async function disagreements(cases: Iterable<{ file: string; workflow: unknown }>): Promise<{ count: number; invalid: number; differ: string[] }> {
  const zod = await workflowSchema();
  let count = 0;
  let invalid = 0;
  const differ: string[] = [];
  for (const { file, workflow } of cases) {
    count++;
    const fast = validate(workflow);
    if (!fast) invalid++;
    if (fast !== zod.safeParse(workflow).success && differ.length < 5) differ.push(`${file}: validator says ${fast ? "valid" : "invalid"}, zod the opposite: ${JSON.stringify(workflow).slice(0, 400)}`);
  }
  return { count, invalid, differ };
}

const own = () => workflows([...yamlFiles(join(root, ".github/workflows")), ...yamlFiles(join(root, "test")), ...yamlFiles(join(root, "examples"))]);

describe("the precompiled shape validator agrees with zod", () => {
  it("on every workflow file in this repository, and on every one-place mutation of them", async () => {
    const files = own();
    expect(files.length).toBeGreaterThan(50);
    const mutated = function* () {
      for (const { file, workflow } of files) for (const changed of mutations(workflow, 3)) yield { file: `${file} (mutated)`, workflow: changed };
    };
    const plain = await disagreements(files);
    expect(plain.differ).toEqual([]);
    const result = await disagreements(mutated());
    expect(result.differ).toEqual([]);
    // The mutations reach both verdicts often: this is no comparison of two "valid"s.
    expect(result.count).toBeGreaterThan(10_000);
    expect(result.invalid / result.count).toBeGreaterThan(0.3);
    expect(result.invalid / result.count).toBeLessThan(0.95);
  }, 120_000);

  it.skipIf(!existsSync(corpus))("on the real workflows of the corpus, and on every one-place mutation of them", async () => {
    const files = workflows(yamlFiles(corpus));
    expect(files.length).toBeGreaterThan(150);
    expect((await disagreements(files)).differ).toEqual([]);
    const mutated = function* () {
      for (const { file, workflow } of files) for (const changed of mutations(workflow, 1)) yield { file: `${file} (mutated)`, workflow: changed };
    };
    const result = await disagreements(mutated());
    expect(result.differ).toEqual([]);
    expect(result.invalid).toBeGreaterThan(10_000);
  }, 240_000);
});
