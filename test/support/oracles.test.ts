import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { actionlintErrors, expectValidWorkflow, githubParserErrors } from "./oracles.js";

const workflow = (jobBody: string, on = "on: push\n") =>
  `${on}jobs:\n  build:\n${jobBody}`;
const steps = "    steps:\n      - uses: actions/checkout@v4\n      - run: echo hi\n";
const valid = workflow(`    runs-on: ubuntu-latest\n${steps}`);

describe("oracles", () => {
  it("accept a small valid workflow", async () => {
    expect(await githubParserErrors("valid.yml", valid)).toEqual([]);
    expect(await actionlintErrors("valid.yml", valid)).toEqual([]);
    await expectValidWorkflow("valid.yml", valid);
  });

  it("GitHub parser rejects an unknown job key", async () => {
    const errors = await githubParserErrors("typo.yml", workflow(`    runs-onn: ubuntu-latest\n${steps}`));
    expect(errors).toContain("typo.yml (Line: 4, Col: 5): Unexpected value 'runs-onn'");
  });

  it("actionlint reports needs on an unknown job", async () => {
    const errors = await actionlintErrors("needs.yml", workflow(`    runs-on: ubuntu-latest\n    needs: nope\n${steps}`));
    expect(errors).toEqual(['3:3: job "build" needs job "nope" which does not exist in this workflow [job-needs]']);
  });

  it("both catch a bad cron", async () => {
    const yaml = workflow(`    runs-on: ubuntu-latest\n${steps}`, "on:\n  schedule:\n    - cron: '61 * * * *'\n");
    expect(await githubParserErrors("cron.yml", yaml)).toEqual([expect.stringContaining("Invalid cron expression")]);
    expect(await actionlintErrors("cron.yml", yaml)).toEqual([expect.stringMatching(/^3:13: invalid CRON format .*\[events\]$/)]);
  });

  it("both catch a malformed expression", async () => {
    const yaml = workflow("    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.sha ) }}\n");
    expect(await githubParserErrors("expr.yml", yaml)).toEqual([expect.stringContaining("Unexpected symbol: ')'")]);
    expect(await actionlintErrors("expr.yml", yaml)).toEqual([expect.stringMatching(/\[expression\]$/)]);
  });

  it("expectValidWorkflow fails with file name, errors and YAML", async () => {
    const yaml = workflow(`    runs-on: ubuntu-latest\n    needs: nope\n${steps}`);
    const failure = expectValidWorkflow("bad.yml", yaml);
    await expect(failure).rejects.toThrow(/bad\.yml is not a valid workflow/);
    await expect(failure).rejects.toThrow(/needs job "nope"/);
    await expect(failure).rejects.toThrow(/ 5 \| +needs: nope/);
  });
});

// Real-world workflows live outside the project; they are read in place, never copied.
const corpusDir = resolve(fileURLToPath(new URL("../..", import.meta.url)), "../shared/corpus/workflows");
const hasCorpus = existsSync(corpusDir);

describe.skipIf(!hasCorpus)(`GitHub parser over ${corpusDir}${hasCorpus ? "" : " (skipped: folder not found)"}`, () => {
  it("parses every corpus workflow without throwing", async () => {
    const files = readdirSync(corpusDir, { recursive: true, encoding: "utf8" }).filter((f) => /\.ya?ml$/.test(f)).sort();
    expect(files.length).toBeGreaterThan(0);
    const thrown: string[] = [];
    const withErrors: string[] = [];
    for (const file of files) {
      try {
        const errors = await githubParserErrors(file, readFileSync(join(corpusDir, file), "utf8"));
        if (errors.length > 0) withErrors.push(`${file}: ${errors[0]}`);
      } catch (err) {
        thrown.push(`${file}: ${String(err)}`);
      }
    }
    // Real files may legitimately use features the parser lags behind on, so errors are only reported.
    console.log(`GitHub parser: ${withErrors.length}/${files.length} corpus workflows have errors\n${withErrors.join("\n")}`);
    expect(thrown).toEqual([]);
  });
});
