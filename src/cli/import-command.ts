/**
 * `pipewright import [files or dirs...] [--out workflows.ts | --out-dir <dir>] [--force]
 * [--adopt] [--harden] [--json]`: exit 0 when every file was imported (and adopted, with
 * --adopt), 1 when any was not, 2 for usage errors.
 */
import { parseArgs } from "node:util";
import { formatDiagnostic } from "../lint/diagnostic.js";
import { PipewrightError } from "../project/errors.js";
import { runImport, type ImportRunResult } from "../runs/import-files.js";
import type { CliOutput } from "./main.js";

/** Runs `pipewright import` with the arguments after `import`. */
export async function importCommand(argv: readonly string[], cwd: string): Promise<CliOutput> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        cwd: { type: "string" }, out: { type: "string" }, "out-dir": { type: "string" }, force: { type: "boolean" },
        adopt: { type: "boolean" }, harden: { type: "boolean" }, json: { type: "boolean" },
      },
    });
  } catch (error) {
    return { code: 2, stdout: "", stderr: `pipewright: ${(error as Error).message}\nRun \`pipewright --help\` for usage.\n` };
  }
  const { values, positionals } = parsed;
  const root = values.cwd ? (values.cwd.startsWith("/") ? values.cwd : `${cwd}/${values.cwd}`) : cwd;
  let result: ImportRunResult;
  try {
    result = await runImport({
      cwd: root,
      targets: positionals,
      ...(values.out !== undefined ? { out: values.out } : {}),
      ...(values["out-dir"] !== undefined ? { outDir: values["out-dir"] } : {}),
      ...(values.force ? { force: true } : {}),
      ...(values.adopt ? { adopt: true } : {}),
      ...(values.harden ? { harden: true } : {}),
    });
  } catch (error) {
    if (error instanceof PipewrightError) return { code: error.code === "usage" ? 2 : 1, stdout: "", stderr: `pipewright: ${error.message}\n` };
    return { code: 2, stdout: "", stderr: `pipewright: internal error: ${(error as Error).stack ?? String(error)}\n` };
  }
  const code = result.ok ? 0 : 1;
  if (values.json) return { code, stdout: JSON.stringify(result, null, 2) + "\n", stderr: "" };
  return { code, stdout: report(result, values.adopt === true), stderr: result.diagnostics.map((d) => formatDiagnostic(d) + "\n").join("") };
}

function report(result: ImportRunResult, adopting: boolean): string {
  const lines: string[] = [];
  for (const file of result.imported) lines.push(`imported ${file}`);
  for (const path of result.written) lines.push(`wrote ${path}`);
  for (const { file, change } of result.changes) lines.push(`harden ${file}: ${change}`);
  for (const { original, generated } of result.adopted) {
    lines.push(original === generated ? `adopted ${original} (now generated from ${result.source})` : `adopted ${original} as ${generated} (now generated from ${result.source})`);
  }
  for (const { file, reason } of result.notAdopted) lines.push(`not adopted ${file}: ${reason}`);
  const n = result.files.length;
  lines.push(`${result.imported.length} of ${n} workflow file${n === 1 ? "" : "s"} imported` +
    (result.raw ? `; ${result.raw} expression${result.raw === 1 ? "" : "s"} kept as written (no typed form reads the same)` : ""));
  if (result.written.length > 0 && !adopting) {
    const source = result.source === "workflows.ts" ? "" : ` --source ${result.source}`;
    lines.push(`next: \`npx pipewright import --adopt\` proves the generated YAML means the same and replaces the originals; or \`npx pipewright generate${source} --force\``);
  }
  return lines.map((l) => `${l}\n`).join("");
}
