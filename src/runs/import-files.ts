/**
 * `pipewright import`: workflow YAML files → `workflows.ts` (or one module per workflow and an
 * index), written atomically and never over an existing file without `force`; with `adopt`,
 * the originals are then replaced by generated files proven to mean the same.
 */
import { access, readFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { importModules } from "../import/import-modules.js";
import { diagnostic, type Diagnostic } from "../lint/diagnostic.js";
import { readConfig } from "../project/find-config.js";
import { PipewrightError } from "../project/errors.js";
import { writeAtomically } from "../project/write.js";
import { adopt } from "./adopt.js";
import { findWorkflows } from "./find-workflows.js";

export interface ImportOptions {
  /** Project root; every path is relative to it. */
  readonly cwd: string;
  /** Files or folders (searched recursively for *.yml / *.yaml). Default `.github/workflows`. */
  readonly targets?: readonly string[];
  /** One module holding every workflow. Default `workflows.ts` (unless `outDir`). */
  readonly out?: string;
  /** One module per workflow plus `index.ts` default-exporting them all, in this folder. */
  readonly outDir?: string;
  /** Overwrite existing output modules. */
  readonly force?: boolean;
  /** Then replace the imported YAML with generated files, once proven to mean the same. */
  readonly adopt?: boolean;
  /** Apply pipewright's secure defaults instead of keeping each workflow as it is. */
  readonly harden?: boolean;
}

export interface ImportRunResult {
  /** Workflow files found (relative paths). */
  readonly files: readonly string[];
  /** Of those, the ones imported. */
  readonly imported: readonly string[];
  /** TypeScript modules written. */
  readonly written: readonly string[];
  /** The module `generate` reads (`--source`): the output file, or the index of `outDir`. */
  readonly source?: string;
  /** Why files were not imported, and what else went wrong. */
  readonly diagnostics: readonly Diagnostic[];
  /** With `harden`: each change the compiler will make, by file. */
  readonly changes: readonly { readonly file: string; readonly change: string }[];
  readonly adopted: readonly { readonly original: string; readonly generated: string }[];
  readonly notAdopted: readonly { readonly file: string; readonly reason: string }[];
  /** `${{ }}` interpolations kept as their text because no typed form reads the same. */
  readonly raw: number;
  /** Every file imported, written, and (with adopt) adopted. */
  readonly ok: boolean;
}

/** Runs an import over a project. Throws {@link PipewrightError} for usage errors. */
export async function runImport(options: ImportOptions): Promise<ImportRunResult> {
  const cwd = resolve(options.cwd);
  if (options.out !== undefined && options.outDir !== undefined) throw new PipewrightError("usage", "give --out or --out-dir, not both");
  const files = await findWorkflows(cwd, options.targets?.length ? options.targets : [".github/workflows"]);
  const config = await readConfig(cwd);
  const layout = options.outDir !== undefined
    ? { kind: "dir" as const, path: clean(cwd, options.outDir, "--out-dir") }
    : { kind: "file" as const, path: clean(cwd, options.out ?? "workflows.ts", "--out") };
  const inputs = await Promise.all(files.map(async (file) => ({ file, text: await readFile(join(cwd, file), "utf8") })));
  const result = await importModules(inputs, {
    layout, harden: options.harden, rules: config.rules, workflowsDir: config.out, formatAt: (path) => join(cwd, path),
  });
  const diagnostics: Diagnostic[] = [...result.diagnostics];
  const imported = result.workflows.filter((w) => w.print).map((w) => w.file);
  const changes = result.workflows.flatMap((w) => w.changes.map((change) => ({ file: w.file, change })));
  const source = layout.kind === "file" ? layout.path : `${layout.path}/index.ts`;
  const base = { files, imported, diagnostics, changes, raw: result.raw, adopted: [], notAdopted: [] };
  const existing = options.force ? [] : (await Promise.all(result.modules.map(async (m) => ((await exists(join(cwd, m.path))) ? m.path : undefined)))).filter((p) => p !== undefined);
  for (const path of existing) {
    diagnostics.push(diagnostic({ rule: "file-conflict", severity: "error", file: path, path: "",
      message: `${path} exists; refusing to overwrite it`, hint: "choose another --out / --out-dir, or pass --force to replace it" }));
  }
  if (existing.length > 0 || result.modules.length === 0) return { ...base, written: [], ok: false };
  await writeAtomically(cwd, result.modules.map((m) => ({ path: m.path, contents: m.code })));
  const written = result.modules.map((m) => m.path);
  const importedAll = imported.length === files.length;
  if (!options.adopt) return { ...base, written, source, ok: importedAll };
  if (!importedAll) {
    const failed = files.filter((f) => !imported.includes(f)).join(", ");
    return { ...base, written, source, ok: false, notAdopted: imported.map((file) => ({ file, reason: `not adopted because ${failed} could not be imported (adoption is all or nothing)` })) };
  }
  const adopted = await adopt(cwd, source, imported, config);
  return { ...base, written, source, adopted: adopted.adopted, notAdopted: adopted.notAdopted, ok: adopted.notAdopted.length === 0 };
}

function clean(cwd: string, path: string, flag: string): string {
  const full = resolve(cwd, path);
  const shown = relative(cwd, full).split("\\").join("/");
  if (shown.startsWith("..") || shown === "") throw new PipewrightError("usage", `${flag} ${path}: the output must be inside the project (${cwd})`);
  return shown;
}

const exists = (path: string) => access(path).then(() => true, () => false);
