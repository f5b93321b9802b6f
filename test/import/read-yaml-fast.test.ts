// Lint reads most workflow files through js-yaml's event stream and falls back to `yaml`'s
// document model for anything unusual. Both readings must give the same model: the same data,
// the same place for every key and item, the same trailing comments and the same diagnostics.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readFast, readWorkflowYaml, readWorkflowYamlFully, type ReadYamlResult } from "../../src/import/read-yaml.js";
import { yaml } from "../lint/yaml-rule-tester.js";

const corpus = fileURLToPath(new URL("../../../shared/corpus/workflows", import.meta.url));

/** What a reading gives, as plain data to compare. */
const reading = (result: ReadYamlResult | undefined) => result && {
  workflow: result.model?.workflow,
  origins: Object.fromEntries(result.model?.origins ?? []),
  comments: Object.fromEntries(result.model?.comments ?? []),
  diagnostics: result.diagnostics,
  suppressed: Object.fromEntries([...result.suppressed].map(([line, ids]) => [line, [...ids]])),
};

const plain = yaml(
  "# CI",
  "---",
  "name: ci",
  "on:",
  "  push: { branches: [main] }",
  "  workflow_dispatch:",
  "permissions:",
  "  contents: read # to check out",
  "jobs:",
  "  test:",
  '    "runs-on": ubuntu-latest',
  "    timeout-minutes: 10",
  "    continue-on-error: false",
  "    env: { EMPTY: ~, RATE: 1.5, OCT: 0o14, HEX: 0x1f, WORD: 'yes' }",
  "    steps:",
  "      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0",
  "      - name: # none yet",
  "        run: |",
  "          make test",
  "      - run: >-",
  "          echo one",
  "          two",
);

describe("the fast reading of workflow files", () => {
  it("reads a plain workflow itself, exactly as the full reading does", () => {
    const fast = readFast(plain, "ci.yml");
    expect(fast).toBeDefined();
    expect(reading(fast)).toEqual(reading(readWorkflowYamlFully(plain, "ci.yml")));
    expect(fast?.model?.workflow).toMatchObject({
      on: { push: { branches: ["main"] }, workflow_dispatch: null },
      jobs: { test: { "runs-on": "ubuntu-latest", "timeout-minutes": 10, env: { EMPTY: null, RATE: 1.5, OCT: 12, HEX: 31, WORD: "yes" } } },
    });
    expect(fast?.model?.comments.get("jobs.test.steps[0].uses")).toBe("v5.0.0");
    expect(fast?.model?.comments.get("jobs.test.steps[1].name")).toBe("none yet");
    expect(fast?.model?.origins.get("jobs.test.runs-on")).toEqual({ file: "ci.yml", line: 11, column: 5 });
    expect(fast?.model?.origins.get("jobs.test.steps[2]")).toEqual({ file: "ci.yml", line: 20, column: 9 });
  });

  it("reads anchors and aliases, each alias as the anchor of that name written last before it", () => {
    const text = yaml(
      "on: push",
      "env: &env { A: 1 } # shared",
      "jobs:",
      "  a:",
      "    runs-on: &runner ubuntu-latest",
      "    env: *env",
      "    steps:",
      "      - &step",
      "        run: echo $R",
      "        env: { R: *runner }",
      "      - *step",
      "  b:",
      "    runs-on: &runner windows-latest",
      "    steps: [*step]",
    );
    const fast = readFast(text, "ci.yml");
    expect(reading(fast)).toEqual(reading(readWorkflowYamlFully(text, "ci.yml")));
    expect(fast?.model?.workflow).toMatchObject({ jobs: { a: { env: { A: 1 } }, b: { "runs-on": "windows-latest", steps: [{ env: { R: "ubuntu-latest" } }] } } });
    expect(fast?.model?.origins.get("jobs.a.steps[1]")).toEqual({ file: "ci.yml", line: 11, column: 9 });
    expect(fast?.model?.origins.get("jobs.a.steps[1].run")).toEqual({ file: "ci.yml", line: 9, column: 9 });
  });

  it.each([
    ["a syntax error", yaml("on: push", "jobs:", "  a: [1, 2", "  b: 1")],
    ["a repeated key", yaml("on: push", "on: pull_request", "jobs: {}")],
    ["an alias inside its own anchor", yaml("on: push", "jobs: &jobs { a: { needs: *jobs } }")],
    ["an alias without its anchor", yaml("on: push", "jobs: { a: *nowhere }")],
    ["a tag", yaml("on: push", "jobs: { a: { timeout-minutes: !!str 5 } }")],
    ["a key the schema reads as a number", yaml("on: push", "jobs: { a: { strategy: { matrix: { 3.10: [a] } } } }")],
    ["an indented document marker", yaml(" ---", "on: push", "jobs: {}")],
    ["a list that is not a mapping", yaml("- on: push")],
    ["two documents", yaml("on: push", "---", "on: pull_request")],
  ])("leaves %s to the full reading, which gives the same result through readWorkflowYaml", (_, text) => {
    expect(readFast(text, "ci.yml")).toBeUndefined();
    expect(reading(readWorkflowYaml(text, "ci.yml"))).toEqual(reading(readWorkflowYamlFully(text, "ci.yml")));
  });

  describe.skipIf(!existsSync(corpus))(`on the real-world corpus (${corpus}; skipped when it is absent)`, () => {
    it("reads nearly every file fast, each as the full reading does", () => {
      const files = readdirSync(corpus).flatMap((repo) => readdirSync(`${corpus}/${repo}`).filter((f) => /\.ya?ml$/.test(f)).map((f) => `${corpus}/${repo}/${f}`));
      let fast = 0;
      for (const file of files) {
        const text = readFileSync(file, "utf8");
        const result = readFast(text, file);
        if (!result) continue;
        fast++;
        expect(reading(result), file).toEqual(reading(readWorkflowYamlFully(text, file)));
      }
      expect(fast / files.length).toBeGreaterThan(0.95);
    });
  });
});
