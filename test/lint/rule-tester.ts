/**
 * Runs rule cases the way typescript-eslint's RuleTester does, but through `compile()`, so a
 * rule is tested on exactly what users feed it: DSL values, plain `jobs` maps and `as any` data.
 * A valid case must compile cleanly into files that GitHub's parser and actionlint accept; an
 * invalid case must yield exactly the listed diagnostics and no files.
 */
import { basename } from "node:path";
import { describe, expect, it } from "vitest";
import { compile, type CompileOptions, type Diagnostic } from "../../src/index.js";
import { expectValidWorkflow } from "../support/oracles.js";

export interface ValidCase {
  readonly name: string;
  /** One workflow value, or the whole list given to `compile()`. */
  readonly code: unknown;
}

export interface ExpectedDiagnostic {
  /** The rule under test unless named. */
  readonly rule?: string;
  readonly severity?: Diagnostic["severity"];
  /** The workflow file; `.github/workflows/<first workflow's stem>.yml` unless named. */
  readonly file?: string;
  readonly path: string;
  /** A string must match exactly; a pattern is for text quoted from GitHub's expression parser. */
  readonly message: string | RegExp;
  readonly hint: string | RegExp;
}

export interface InvalidCase extends ValidCase {
  /** Every diagnostic compile() reports, in order, including other rules' and stages'. */
  readonly errors: readonly ExpectedDiagnostic[];
}

export interface RuleCases {
  readonly valid: readonly ValidCase[];
  readonly invalid: readonly InvalidCase[];
}

const valuesOf = (code: unknown): unknown[] => (Array.isArray(code) ? code : [code]);

const text = (expected: string | RegExp) => (typeof expected === "string" ? expected : expect.stringMatching(expected));

/** Compiles a valid case and checks the output with both oracles; returns the files. */
export async function expectValid(rule: string, code: unknown, options: CompileOptions = {}) {
  const { files, diagnostics } = await compile(valuesOf(code), options);
  expect(diagnostics.filter((d) => d.rule === rule), `no ${rule} diagnostics`).toEqual([]);
  expect(diagnostics, "a valid case compiles with no diagnostics at all").toEqual([]);
  expect(files.length).toBeGreaterThan(0);
  for (const file of files) await expectValidWorkflow(basename(file.path), file.contents);
  return files;
}

/** Compiles an invalid case and compares every diagnostic with the expected ones. */
export async function expectInvalid(rule: string, code: unknown, errors: readonly ExpectedDiagnostic[], options: CompileOptions = {}) {
  const values = valuesOf(code);
  const stem = (values[0] as { fileStem?: unknown } | undefined)?.fileStem;
  const { files, diagnostics } = await compile(values, options);
  const actual = diagnostics.map(({ rule, severity, file, path, message, hint }) => ({ rule, severity, file, path, message, hint }));
  expect(actual).toEqual(
    errors.map((e) => ({
      rule: e.rule ?? rule,
      severity: e.severity ?? "error",
      file: e.file ?? `.github/workflows/${String(stem)}.yml`,
      path: e.path,
      message: text(e.message),
      hint: text(e.hint),
    })),
  );
  if (errors.some((e) => (e.severity ?? "error") === "error")) expect(files).toEqual([]);
  return diagnostics;
}

/**
 * Registers one test per case, grouped under the rule id. `options` go to compile(): a pedantic
 * rule is switched on as a user does it, by giving it a severity in `rules`.
 */
export function ruleTester(rule: string, cases: RuleCases, options: CompileOptions = {}): void {
  describe(rule, () => {
    describe("valid", () => {
      for (const c of cases.valid) it(c.name, () => expectValid(rule, c.code, options));
    });
    describe("invalid", () => {
      for (const c of cases.invalid) it(c.name, () => expectInvalid(rule, c.code, c.errors, options));
    });
  });
}
