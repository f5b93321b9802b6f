// Every `@example` in the JSDoc of src/dsl/*.ts is type-checked against the sources, with the
// project's compiler options and every public name of src/index.ts imported, so an example
// that stops compiling fails here with its text and TypeScript's error.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const dslDir = join(root, "src/dsl");
const indexFile = join(root, "src/index.ts");
// Examples are checked as if they were files here; they are never written.
const exampleDir = join(root, "test/dsl/jsdoc-example");

interface Example {
  /** e.g. `src/dsl/job.ts:64`, where the `@example` tag is. */
  readonly place: string;
  readonly code: string;
}

function examplesOf(path: string): Example[] {
  const source = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true);
  const found: Example[] = [];
  const seen = new Set<number>();
  const visit = (node: ts.Node): void => {
    for (const tag of ts.getJSDocTags(node)) {
      if (tag.tagName.text !== "example" || seen.has(tag.pos)) continue;
      seen.add(tag.pos);
      const line = source.getLineAndCharacterOfPosition(tag.pos).line + 1;
      found.push({ place: `${relative(root, path)}:${line}`, code: ts.getTextOfJSDocComment(tag.comment) ?? "" });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const examples = readdirSync(dslDir)
  .filter((name) => name.endsWith(".ts"))
  .sort()
  .flatMap((name) => examplesOf(join(dslDir, name)));

function compilerOptions(): ts.CompilerOptions {
  const config = ts.getParsedCommandLineOfConfigFile(join(root, "tsconfig.json"), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => { throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n")); },
  });
  if (!config) throw new Error("tsconfig.json could not be read");
  return { ...config.options, noEmit: true };
}

/** Import lines for every public name of src/index.ts, values and types apart (verbatimModuleSyntax). */
function publicImports(options: ts.CompilerOptions): string {
  const program = ts.createProgram([indexFile], options);
  const checker = program.getTypeChecker();
  const index = program.getSourceFile(indexFile)!;
  const isValue = (symbol: ts.Symbol) =>
    ((symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol).flags & ts.SymbolFlags.Value) !== 0;
  const values: string[] = [];
  const types: string[] = [];
  const exported = new Map(checker.getExportsOfModule(checker.getSymbolAtLocation(index)!).map((s) => [s.name, s]));
  // Whether a name is type-only (`export type *`, `type X` in braces) is syntax, not a symbol flag.
  for (const statement of index.statements) {
    if (!ts.isExportDeclaration(statement) || !statement.moduleSpecifier) continue;
    const names = statement.exportClause && ts.isNamedExports(statement.exportClause)
      ? statement.exportClause.elements.map((e) => ({ name: e.name.text, typeOnly: e.isTypeOnly }))
      : checker.getExportsOfModule(checker.getSymbolAtLocation(statement.moduleSpecifier)!).map((s) => ({ name: s.name, typeOnly: false }));
    for (const { name, typeOnly } of names) {
      (!statement.isTypeOnly && !typeOnly && isValue(exported.get(name)!) ? values : types).push(name);
    }
  }
  const from = JSON.stringify(relative(exampleDir, indexFile).replace(/\.ts$/, ".js"));
  return `import { ${values.sort().join(", ")} } from ${from};\nimport type { ${types.sort().join(", ")} } from ${from};\n`;
}

/** Type-checks snippets together, each as its own module; returns the errors of each. */
function typeCheck(snippets: readonly string[], options: ts.CompilerOptions, header: string): string[][] {
  const files = new Map(snippets.map((code, i) => [join(exampleDir, `example-${i}.ts`), header + code]));
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language, ...rest) => {
    const text = files.get(name);
    return text === undefined ? getSourceFile(name, language, ...rest) : ts.createSourceFile(name, text, language, true);
  };
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => files.has(name) || fileExists(name);
  const program = ts.createProgram([...files.keys()], options, host);
  const headerLines = header.split("\n").length - 1;
  return [...files.keys()].map((name) => {
    const file = program.getSourceFile(name)!;
    return [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)].map((d) => {
      const { line, character } = file.getLineAndCharacterOfPosition(d.start ?? 0);
      return `${line + 1 - headerLines}:${character + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
    });
  });
}

describe("JSDoc @example blocks of src/dsl", () => {
  // A wrong example and a right one, checked alongside: the harness must tell them apart.
  const controls = ['job("x", { "runs-on": "ubuntu-latest", stpes: [] });\nvoid github.evnt;', "void github.ref;"];
  let errors: string[][];

  beforeAll(() => {
    const options = compilerOptions();
    errors = typeCheck([...examples.map((e) => e.code), ...controls], options, publicImports(options));
  }, 120_000);

  it("are found in every file that documents a builder", () => {
    const files = new Set(examples.map((e) => e.place.replace(/:\d+$/, "")));
    expect([...files]).toEqual(expect.arrayContaining(["src/dsl/functions.ts", "src/dsl/job.ts", "src/dsl/step.ts", "src/dsl/workflow.ts"]));
    expect(examples.length).toBeGreaterThanOrEqual(11);
  });

  it("would report an example that does not compile", () => {
    const [wrong, right] = errors.slice(examples.length);
    expect(wrong).toEqual([
      expect.stringMatching(/^1:40: Object literal may only specify known properties, and 'stpes' does not exist/),
      expect.stringMatching(/^2:13: Property 'evnt' does not exist on type 'GitHubContext'/),
    ]);
    expect(right).toEqual([]);
  });

  it.each(examples.map((example, index) => ({ ...example, index })))("$place compiles", ({ code, index }) => {
    const found = errors[index]!;
    expect(found, `this example does not compile:\n\n${code}\n\n${found.join("\n")}`).toEqual([]);
  });
});
