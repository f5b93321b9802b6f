// Golden fixtures: every test/fixtures/<case>/workflows.ts is generated the way a user runs
// pipewright (loader, compiler, CLI), and each file written must equal
// test/fixtures/<case>/expected/<stem>.yml byte for byte.
//
// After an intended change to the output, rewrite the expected files with
//   UPDATE_FIXTURES=1 npx vitest run test/fixtures.test.ts
// then read every changed file in the diff before committing it: with the switch on, this test
// only proves the output is valid and stable, not that it is right.
import { existsSync, readdirSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { main } from "../src/cli/main.js";
import { runProject } from "../src/project/project.js";
import { expectValidWorkflow } from "./support/oracles.js";

const FIXTURES = fileURLToPath(new URL("./fixtures/", import.meta.url));
const UPDATE = process.env.UPDATE_FIXTURES === "1";
const OUT = ".github/workflows";
// Fixtures import the DSL relatively so they type-check in place; a temporary copy lives
// elsewhere, so its imports are pointed at this checkout's sources instead.
const RELATIVE_DSL = '"../../../src/index.js"';
const SRC = fileURLToPath(new URL("../src/", import.meta.url));

const cases = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(FIXTURES, entry.name, "workflows.ts")))
  .map((entry) => entry.name)
  .sort();

const temps: string[] = [];
afterEach(async () => {
  await Promise.all(temps.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A fresh project holding the fixture's workflows.ts, as a user's repository would. */
async function copyOf(name: string): Promise<string> {
  const source = await readFile(join(FIXTURES, name, "workflows.ts"), "utf8");
  expect(source, `${name}/workflows.ts must import the DSL from ${RELATIVE_DSL}`).toContain(RELATIVE_DSL);
  const dir = await mkdtemp(join(tmpdir(), `pipewright-fixture-${name}-`));
  temps.push(dir);
  await writeFile(join(dir, "workflows.ts"), source.replaceAll('"../../../src/', JSON.stringify(SRC).slice(0, -1)));
  return dir;
}

/** The YAML files of a folder: file name → text, sorted by name. */
async function yamlFiles(dir: string): Promise<Map<string, string>> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => /\.ya?ml$/.test(n)).sort();
  return new Map(await Promise.all(names.map(async (n) => [n, await readFile(join(dir, n), "utf8")] as const)));
}

async function rewriteExpected(name: string, files: ReadonlyMap<string, string>): Promise<void> {
  const dir = join(FIXTURES, name, "expected");
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const [file, text] of files) await writeFile(join(dir, file), text);
}

describe("golden fixtures", () => {
  it("cover at least five cases", () => {
    expect(cases).toEqual(expect.arrayContaining(["basic-ci", "matrix-services", "reusable-workflow", "dispatch-inputs", "job-outputs"]));
  });

  describe.each(cases)("%s", (name) => {
    it("generates exactly expected/, every file a valid workflow", async () => {
      const dir = await copyOf(name);
      const cli = await main(["generate", "--cwd", dir], process.cwd());
      // Warnings are the lint tests' business (a fixture may show a discouraged form on purpose).
      expect(cli.stderr).not.toMatch(/: error: /);
      expect(cli.code).toBe(0);
      const files = await yamlFiles(join(dir, OUT));
      expect(cli.stdout).toBe([...files.keys()].map((file) => `wrote ${OUT}/${file}\n`).join(""));
      if (UPDATE) await rewriteExpected(name, files);

      const expected = await yamlFiles(join(FIXTURES, name, "expected"));
      expect([...files.keys()]).toEqual([...expected.keys()]);
      for (const [file, text] of files) {
        expect(text, `${name}/expected/${file}`).toBe(expected.get(file));
        await expectValidWorkflow(file, text);
      }
    });

    it("generates the same bytes again, in place and in a fresh copy", async () => {
      const dir = await copyOf(name);
      const first = await runProject({ cwd: dir, mode: "generate" });
      expect(first.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      const files = await yamlFiles(join(dir, OUT));
      expect(files.size).toBeGreaterThan(0);

      const again = await runProject({ cwd: dir, mode: "generate" });
      expect({ ok: again.ok, written: again.written, deleted: again.deleted }).toEqual({ ok: true, written: [], deleted: [] });
      expect(await yamlFiles(join(dir, OUT))).toEqual(files);
      expect((await runProject({ cwd: dir, mode: "check" })).ok).toBe(true);

      const fresh = await copyOf(name);
      expect((await runProject({ cwd: fresh, mode: "generate" })).ok).toBe(true);
      expect(await yamlFiles(join(fresh, OUT))).toEqual(files);
    });
  });
});
