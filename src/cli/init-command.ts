/**
 * `pipewright init [--hook git|husky|lefthook|pre-commit] [--force] [--cwd dir]`: its own
 * arguments, the run, and what to print.
 */
import { parseArgs } from "node:util";
import { formatDiagnostic } from "../lint/diagnostic.js";
import { PipewrightError } from "../project/errors.js";
import { HOOKS, runInit, type HookKind, type InitResult } from "../project/init.js";
import type { CliOutput } from "./main.js";

export const INIT_HELP = `Usage: pipewright init [--hook git|husky|lefthook|pre-commit] [--force] [--cwd <dir>]

Sets up pipewright in this project: a starter workflows.ts, the "gen-workflows" script in
package.json, the pre-commit hook you choose, and the generated workflows. A file already
there is never replaced without --force; your own workflows.ts is always kept.
`;

/** Runs `init` with the arguments after the command name. */
export async function initCommand(argv: readonly string[], cwd: string): Promise<CliOutput> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { hook: { type: "string" }, force: { type: "boolean" }, cwd: { type: "string" }, help: { type: "boolean", short: "h" } },
    }));
  } catch (error) {
    return { code: 2, stdout: "", stderr: `pipewright init: ${(error as Error).message}\n${INIT_HELP}` };
  }
  if (values.help) return { code: 0, stdout: INIT_HELP, stderr: "" };
  if (values.hook !== undefined && !(HOOKS as readonly string[]).includes(values.hook)) {
    return { code: 2, stdout: "", stderr: `pipewright init: --hook ${values.hook}: expected one of ${HOOKS.join(", ")}\n` };
  }
  const project = values.cwd ? (values.cwd.startsWith("/") ? values.cwd : `${cwd}/${values.cwd}`) : cwd;
  let result: InitResult;
  try {
    result = await runInit({ cwd: project, hook: values.hook as HookKind | undefined, force: values.force });
  } catch (error) {
    if (error instanceof PipewrightError) return { code: error.code === "usage" ? 2 : 1, stdout: "", stderr: `pipewright init: ${error.message}\n` };
    return { code: 2, stdout: "", stderr: `pipewright: internal error: ${(error as Error).stack ?? String(error)}\n` };
  }
  return report(result);
}

function report({ plan, written, generated }: InitResult): CliOutput {
  const lines: string[] = [];
  for (const file of plan.files) {
    if (file.change === "unchanged") lines.push(`${file.path}: already set up`);
    else if (written.includes(file.path)) lines.push(`${file.change === "update" ? "updated" : file.change === "replace" ? "replaced" : "wrote"} ${file.path}`);
  }
  for (const path of generated.written) lines.push(`wrote ${path}`);
  for (const path of generated.deleted) lines.push(`deleted ${path} (its workflow no longer exists)`);
  const stderr = generated.diagnostics.map((d) => formatDiagnostic(d) + "\n").join("");
  if (!generated.ok) {
    lines.push("The files above were written, but generating the workflows failed (see the errors): fix them, then run `pipewright generate`.");
    return { code: 1, stdout: lines.map((l) => l + "\n").join(""), stderr };
  }
  for (const note of plan.notes) lines.push(`note: ${note}`);
  return { code: 0, stdout: lines.map((l) => l + "\n").join(""), stderr };
}
