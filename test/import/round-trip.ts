// Shared by the import tests: type-check generated modules with one TypeScript program, load
// them (bundled with pipewright's sources for `pipewright`), and judge regenerated YAML.
import { mkdir, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { parse } from "yaml";
import { ROOT } from "../support/packed.js";
import { actionlintErrors } from "../support/oracles.js";

/** Writes modules under `dir` (a fresh folder inside the repository's ignored tmp/). */
export async function writeModules(dir: string, modules: readonly { path: string; code: string }[]): Promise<string[]> {
  const paths: string[] = [];
  for (const module of modules) {
    const full = join(dir, module.path);
    await mkdir(dirname(full), { recursive: true });
    await writeFile(full, module.code);
    paths.push(full);
  }
  return paths;
}

export async function freshDir(name: string): Promise<string> {
  const dir = join(ROOT, "tmp", name);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  return dir;
}

/** Type errors of all `files` together, under the project's strict tsconfig, as `file:line: message`. */
export function typeErrors(files: readonly string[]): string[] {
  const config = ts.readConfigFile(join(ROOT, "tsconfig.json"), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const program = ts.createProgram([...files], { ...parsed.options, noEmit: true });
  // Only the given files are checked; pipewright's own sources are read for their types alone.
  const found = files.flatMap((file) => {
    const source = program.getSourceFile(file.split("\\").join("/"));
    return source ? [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)] : [];
  });
  return [...program.getOptionsDiagnostics(), ...found].map((d) => {
    const where = d.file ? `${relative(ROOT, d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}` : "";
    return `${where}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
  });
}

let bundles = 0;

/** Imports each entry's default export, `pipewright` resolved to this repository's sources. */
export async function loadEntries(dir: string, entries: readonly string[]): Promise<unknown[][]> {
  const esbuild = await import("esbuild");
  const stdin = entries.map((entry, i) => `import m${i} from ${JSON.stringify(pathToFileURL(entry).pathname)};\n`).join("") +
    `export default [${entries.map((_, i) => `m${i}`).join(", ")}];\n`;
  const result = await esbuild.build({
    stdin: { contents: stdin, resolveDir: dir, loader: "ts" },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    write: false,
    logLevel: "silent",
    alias: { pipewright: join(ROOT, "src/index.ts"), "pipewright/actions": join(ROOT, "src/actions/index.ts") },
    external: ["yaml", "prettier", "zod", "esbuild", "@actions/*", "diff", "picocolors"],
  });
  // A fresh name each time: Node caches an imported module by its URL.
  const out = join(dir, `bundle-${++bundles}.mjs`);
  await writeFile(out, result.outputFiles[0]!.text);
  return ((await import(pathToFileURL(out).href)) as { default: unknown[][] }).default;
}

/** Parsed as GitHub's parser reads a workflow (YAML 1.2, aliases and merge keys resolved). */
export const parseWorkflowText = (text: string): unknown => parse(text, { merge: true, maxAliasCount: -1 });

/**
 * actionlint must find in a regenerated file exactly what it finds in the original (an import
 * keeps the original's meaning, findings included), line numbers aside as the header shifts
 * them. GitHub's parser is the compiler's own gate: compile() reports what it rejects.
 */
export async function actionlintAgainstOriginal(name: string, original: string, regenerated: string): Promise<{ added: string[]; missing: string[] }> {
  const strip = (list: string[]) => list.map((m) => m.replace(/^\d+:\d+: /, "")).sort();
  const [b, a] = (await Promise.all([actionlintErrors(name, original), actionlintErrors(name, regenerated)])).map(strip) as [string[], string[]];
  return { added: a.filter((m) => !b.includes(m)), missing: b.filter((m) => !a.includes(m)) };
}
