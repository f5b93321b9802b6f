/**
 * Workflow files → TypeScript modules, in memory: one `workflows.ts` holding every workflow, or
 * one module per workflow plus an `index.ts` that default-exports them all. A file that cannot
 * be imported is reported and left out; the others are still printed.
 */
import { parse } from "yaml";
import { diagnostic, type Diagnostic, type Severity } from "../lint/diagnostic.js";
import { formatTypeScript } from "../emit/typescript.js";
import { identifier, item, type ModuleLine } from "./code.js";
import { importWorkflow, type ImportedWorkflow } from "./import-workflow.js";
import { printModule } from "./print-module.js";

export interface ImportInput {
  /** How messages and the printed module name the file, e.g. `.github/workflows/ci.yml`. */
  readonly file: string;
  readonly text: string;
}

export interface ImportModulesOptions {
  /** `file`: every workflow in one module at `path`; `dir`: one module per workflow in `path`, and index.ts. */
  readonly layout: { readonly kind: "file" | "dir"; readonly path: string };
  readonly harden?: boolean | undefined;
  readonly rules?: Readonly<Record<string, Severity | "off">> | undefined;
  /** Where the modules will be written, absolute, for the prettier configuration that applies there. */
  readonly formatAt?: ((path: string) => string) | undefined;
  /** Folder the generated YAML goes to (reusable workflows are called by this path). */
  readonly workflowsDir?: string | undefined;
}

export interface ImportedModules {
  readonly workflows: readonly ImportedWorkflow[];
  /** Modules to write: path (as in `layout`) and formatted code. Empty when no workflow imported. */
  readonly modules: readonly { readonly path: string; readonly code: string }[];
  readonly diagnostics: readonly Diagnostic[];
  /** Interpolations kept as their text because no typed form reads the same. */
  readonly raw: number;
}

/** Imports workflow files into TypeScript modules. */
export async function importModules(inputs: readonly ImportInput[], options: ImportModulesOptions): Promise<ImportedModules> {
  const dir = (options.workflowsDir ?? ".github/workflows").replace(/^\.\//, "");
  const stemOf = (file: string) => file.replace(/^.*\//, "").replace(/\.ya?ml$/i, "");
  const byPath = new Map<string, string>();
  for (const input of inputs) if (!byPath.has(`${dir}/${stemOf(input.file)}.yml`)) byPath.set(`${dir}/${stemOf(input.file)}.yml`, input.text);
  const parsed = new Map<string, unknown>();
  const readWorkflow = (path: string): unknown => {
    const text = byPath.get(path);
    if (text === undefined) return undefined;
    if (!parsed.has(path)) {
      try {
        parsed.set(path, parse(text, { merge: true, maxAliasCount: -1 }));
      } catch {
        parsed.set(path, undefined);
      }
    }
    return parsed.get(path);
  };
  const workflows: ImportedWorkflow[] = [];
  const stems = new Map<string, string>();
  for (const input of inputs) {
    const stem = stemOf(input.file).toLowerCase();
    const clash = stems.get(stem);
    if (clash !== undefined) {
      workflows.push({ file: input.file, stem, changes: [], diagnostics: [diagnostic({ rule: "import", severity: "error", file: input.file, path: "",
        message: `${input.file} and ${clash} would both be generated as ${dir}/${stemOf(input.file)}.yml`, hint: "rename one of them, or import them separately" })] });
      continue;
    }
    stems.set(stem, input.file);
    workflows.push(await importWorkflow(input.text, input.file, { harden: options.harden, rules: options.rules, readWorkflow }));
  }
  const ok = workflows.flatMap((w) => (w.print ? [w.print] : []));
  const diagnostics = workflows.flatMap((w) => w.diagnostics);
  const modules: { path: string; code: string }[] = [];
  let raw = 0;
  const configs = new Map<string, Promise<string | undefined>>();
  const format = (lines: readonly ModuleLine[], path: string) => formatTypeScript(lines, options.formatAt?.(path), configs);
  const exportAll = (names: readonly string[]): ModuleLine[] => [
    { kind: "blank" },
    { kind: "statement", statement: { kind: "export-default", value: { kind: "array", items: names.map((n) => item(identifier(n))), end: [] } } },
  ];
  if (ok.length > 0 && options.layout.kind === "file") {
    const printed = printModule(ok);
    raw += printed.raw;
    modules.push({ path: options.layout.path, code: await format([...printed.lines, ...exportAll(printed.exports)], options.layout.path) });
  } else if (ok.length > 0) {
    const base = options.layout.path.replace(/\/+$/, "");
    const index: ModuleLine[] = [];
    const names: string[] = [];
    for (const wf of ok) {
      const printed = printModule([wf]);
      raw += printed.raw;
      const path = `${base}/${wf.stem}.ts`;
      modules.push({ path, code: await format(printed.lines, path) });
      index.push({ kind: "statement", statement: { kind: "import", names: [printed.exports[0]!], from: `./${wf.stem}.js` } });
      names.push(printed.exports[0]!);
    }
    const path = `${base}/index.ts`;
    modules.push({ path, code: await format([...index, ...exportAll(names)], path) });
  }
  return { workflows, modules, diagnostics, raw };
}
