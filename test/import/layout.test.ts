// The import's own layout of TypeScript (emit/typescript-layout.ts) must be byte for byte what
// prettier prints with its defaults, since a user's `prettier --check` judges the files it
// writes: on every real-world workflow and on generated values with comments everywhere.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { printModuleCode } from "../../src/emit/typescript-layout.js";
import { moduleText, type Code, type Entry, type Item, type ModuleLine } from "../../src/import/code.js";
import { importWorkflow } from "../../src/import/import-workflow.js";
import { printModule } from "../../src/import/print-module.js";
import { ROOT } from "../support/packed.js";

const CORPUS = join(ROOT, "../shared/corpus/workflows");
const prettierOf = (lines: readonly ModuleLine[]) => prettier.format(moduleText(lines), { parser: "meriyah" });

describe("the import's TypeScript layout", () => {
  it.skipIf(!existsSync(CORPUS))("is prettier's on every corpus workflow", async () => {
    const files = readdirSync(CORPUS).flatMap((repo) => readdirSync(join(CORPUS, repo)).filter((f) => /\.ya?ml$/.test(f)).map((f) => join(CORPUS, repo, f)));
    const differing: string[] = [];
    for (const file of files) {
      const imported = await importWorkflow(readFileSync(file, "utf8"), file.slice(CORPUS.length + 1));
      if (!imported.print) continue;
      const { lines } = printModule([imported.print]);
      const expected = await prettierOf(lines);
      const actual = printModuleCode(lines);
      if (actual !== expected) differing.push(`${file}\n${firstDiff(actual, expected)}`);
    }
    console.log(`layout compared with prettier on ${files.length} corpus workflows; ${differing.length} differ`);
    expect(differing.slice(0, 5)).toEqual([]);
  }, 120_000);

  it("is prettier's on generated modules: every kind of value, odd keys and strings, comments everywhere", async () => {
    await fc.assert(fc.asyncProperty(moduleArb, async (lines) => {
      expect(printModuleCode(lines)).toBe(await prettierOf(lines));
    }), { numRuns: 2000 });
  }, 120_000);
});

// Text with what makes layout hard: quotes, backslashes, wide characters, digits, spaces.
const text = (max: number) => fc.string({ unit: fc.constantFrom("a", "b", "Z", "_", "1", "0", "-", ".", " ", "'", '"', "\\", "`", "$", "{", "é", "中", "😀", "\n"), maxLength: max });
const commentArb = fc.string({ unit: fc.constantFrom("a", " ", "x", "中", "#", "/"), maxLength: 50 }).map((t) => (t.trim() ? `// ${t.trim()}` : "//"));
const comments = fc.array(commentArb, { maxLength: 2 });
const escape = (t: string) => t.replaceAll("\\", "\\\\").replaceAll("`", "\\`").replaceAll("${", "\\${");
const word = fc.constantFrom("a", "ci", "build", "matrix", "steps", "runsOn", "aVeryLongIdentifierNameThatTakesRoom", "x1");
const memberArb: fc.Arbitrary<Code> = fc.record({
  object: fc.constantFrom("github", "steps", "needs", "matrix"),
  keys: fc.array(fc.oneof(word.map((key) => ({ key, computed: false })), text(30).map((key) => ({ key, computed: true }))), { minLength: 1, maxLength: 5 }),
}).map((m) => ({ kind: "member", ...m }));
const leaf: fc.Arbitrary<Code> = fc.oneof(
  word.map((t): Code => ({ kind: "atom", text: t, of: "identifier" })),
  fc.oneof(fc.integer({ min: -5000, max: 1e9 }), fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e25, max: 1e25 })).map((n): Code => ({ kind: "atom", text: String(n), of: "number" })),
  fc.constantFrom("true", "false", "null").map((t): Code => ({ kind: "atom", text: t, of: "literal" })),
  text(90).map((value): Code => ({ kind: "string", value })),
  memberArb,
);
const { value: valueArb } = fc.letrec<{ value: Code }>((tie) => ({
  value: fc.oneof({ depthSize: "small", withCrossShrink: true },
    leaf,
    fc.array(fc.tuple(text(40), memberArb), { maxLength: 3 }).chain(([...pairs]) => text(40).map((tail): Code => ({
      kind: "template", quasis: [...pairs.map(([q]) => escape(q)), escape(tail)], parts: pairs.map(([, p]) => p) }))),
    fc.record({ callee: fc.constantFrom("run", "uses", "eq", "and", "job", "literal", "expr", "hashFiles", "success"), args: fc.array(itemArb(tie("value"), fc.constant([])), { maxLength: 3 }) })
      .map((c): Code => ({ kind: "call", ...c })),
    fc.record({ entries: fc.array(entryArb(tie("value")), { maxLength: 4 }), end: comments, broken: fc.boolean() }).map((o): Code => ({ kind: "object", ...o })),
    fc.record({ items: fc.array(itemArb(tie("value")), { maxLength: 4 }), end: comments }).map((a): Code => ({ kind: "array", ...a })),
  ),
}));
// Call arguments have no comment lines above them in what the import prints.
function itemArb(value: fc.Arbitrary<Code>, leading = comments): fc.Arbitrary<Item> {
  return fc.record({ value, leading, trailing: fc.option(commentArb, { nil: undefined }) });
}
function entryArb(value: fc.Arbitrary<Code>): fc.Arbitrary<Entry> {
  return fc.record({ key: fc.oneof(word, text(12), fc.constantFrom("__proto__", "10", "1.5", "01", "runs-on", "if")), value, leading: comments, trailing: fc.option(commentArb, { nil: undefined }) });
}
const importArb = fc.array(word, { minLength: 1, maxLength: 12 }).map((names): ModuleLine => ({ kind: "statement", statement: { kind: "import", names, from: "pipewright" } }));
// Modules as the import writes them: imports first.
const moduleArb: fc.Arbitrary<ModuleLine[]> = fc.tuple(importArb, fc.array(fc.oneof(
  commentArb.map((t): ModuleLine => ({ kind: "comment", text: t })),
  fc.constant<ModuleLine>({ kind: "blank" }),
  fc.record({ name: word, value: valueArb, exported: fc.boolean(), trailing: fc.option(commentArb, { nil: undefined }) })
    .map(({ trailing, ...s }): ModuleLine => ({ kind: "statement", statement: { kind: "const", ...s }, trailing })),
), { minLength: 1, maxLength: 5 })).map(([first, rest]) => [first, ...rest]);

function firstDiff(a: string, b: string): string {
  const x = a.split("\n");
  const y = b.split("\n");
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if (x[i] !== y[i]) return `line ${i + 1}\n  ours:     ${JSON.stringify(x.slice(Math.max(0, i - 2), i + 3))}\n  prettier: ${JSON.stringify(y.slice(Math.max(0, i - 2), i + 3))}`;
  }
  return "";
}
