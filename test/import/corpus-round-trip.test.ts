// Every real workflow of the corpus: import → type-check the TypeScript (one program for all)
// → compile → parse → the same data as the original. Skips where the corpus is absent.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compile } from "../../src/compile/compile.js";
import { importModules } from "../../src/import/import-modules.js";
import { firstDifference } from "../../src/import/same-data.js";
import { ROOT } from "../support/packed.js";
import { actionlintAgainstOriginal, freshDir, loadEntries, parseWorkflowText, typeErrors, writeModules } from "./round-trip.js";

const CORPUS = join(ROOT, "../shared/corpus/workflows");
const present = existsSync(CORPUS);
if (!present) console.log(`corpus round trip skipped: ${CORPUS} is absent`);

/** Files that do not import, each with the reason (a part of the message the import gives). None today. */
const EXCEPTIONS: Record<string, string> = {};

/** Files where actionlint finds less in the regenerated YAML than in the original, and why. */
const ACTIONLINT_FINDS_LESS: Record<string, string> = {
  // `test-type: *python-test-types` in a matrix: actionlint reads the alias node itself and
  // reports the matrix as malformed; the regenerated file holds the expanded list it stands for.
  "PrefectHQ__prefect/python-tests": "\"matrix values\" section must be sequence node but got alias node",
};

describe.skipIf(!present)("import round trip over the corpus", () => {
  it("imports every workflow to TypeScript that type-checks and compiles back to the same data", { timeout: 300_000 }, async () => {
    const repos = readdirSync(CORPUS).filter((name) => statSync(join(CORPUS, name)).isDirectory()).sort();
    const dir = await freshDir("import-corpus");
    const entries: string[] = [];
    const modules: string[] = [];
    const originals = new Map<string, Map<string, string>>();
    const failed: Record<string, string> = {};
    let count = 0;
    for (const repo of repos) {
      const files = readdirSync(join(CORPUS, repo)).filter((f) => /\.ya?ml$/i.test(f)).sort();
      const inputs = files.map((f) => ({ file: `${repo}/${f}`, text: readFileSync(join(CORPUS, repo, f), "utf8") }));
      count += inputs.length;
      const imported = await importModules(inputs, { layout: { kind: "dir", path: repo } });
      for (const w of imported.workflows) if (!w.print) failed[w.file] = w.diagnostics.map((d) => d.message).join("; ");
      modules.push(...(await writeModules(dir, imported.modules)));
      if (imported.modules.length) entries.push(join(dir, repo, "index.ts"));
      originals.set(repo, new Map(imported.workflows.filter((w) => w.print).map((w) => [w.stem, inputs.find((i) => i.file === w.file)!.text])));
    }
    console.log(`corpus round trip: ${count} workflow files, ${count - Object.keys(failed).length} imported`);
    expect(Object.keys(failed).sort()).toEqual(Object.keys(EXCEPTIONS).sort());
    for (const [file, reason] of Object.entries(EXCEPTIONS)) expect(failed[file]).toContain(reason);

    expect(typeErrors(modules)).toEqual([]);

    const loaded = await loadEntries(dir, entries);
    const problems: string[] = [];
    for (const [index, values] of loaded.entries()) {
      const repo = entries[index]!.split("/").at(-2)!;
      const result = await compile(values);
      for (const d of result.diagnostics) if (d.severity === "error") problems.push(`${repo}: ${d.file} ${d.path}: ${d.message} [${d.rule}]`);
      for (const file of result.files) {
        const stem = file.path.replace(/^.*\//, "").replace(/\.yml$/, "");
        const original = originals.get(repo)!.get(stem)!;
        const difference = firstDifference(parseWorkflowText(original), parseWorkflowText(file.contents));
        if (difference) problems.push(`${repo}/${stem}: differs at ${difference.path}: ${JSON.stringify(difference.original)} became ${JSON.stringify(difference.regenerated)}`);
        const lint = await actionlintAgainstOriginal(`${stem}.yml`, original, file.contents);
        const lessExplained = ACTIONLINT_FINDS_LESS[`${repo}/${stem}`];
        if (lint.added.length || (lint.missing.length && !(lessExplained && lint.missing.some((m) => m.includes(lessExplained))))) {
          problems.push(`${repo}/${stem}: actionlint ${JSON.stringify(lint)}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
