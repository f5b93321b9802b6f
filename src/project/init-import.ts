/**
 * `pipewright init` in a repository that already has workflow YAML pipewright did not write:
 * instead of a starter, the source comes from those files, so nothing the team wrote is thrown
 * away. The importer writes the source and adopts the files (replacing each with its generated
 * twin only once every one is proven to mean the same); init then adds its script and hook.
 */
import { PipewrightError } from "./errors.js";

export interface ImportForInit {
  /** Project root. */
  readonly cwd: string;
  /** The workflow files found, relative to cwd. */
  readonly targets: readonly string[];
  /** The source module to write, relative to cwd (`workflows.ts`). */
  readonly source: string;
  readonly force: boolean;
}

/** Imports and adopts the existing workflows; returns notes for the user. Throws when they cannot all be adopted. */
export async function importExistingWorkflows(request: ImportForInit): Promise<string[]> {
  const { runImport } = await import("../runs/import-files.js");
  const result = await runImport({ cwd: request.cwd, targets: request.targets, out: request.source, adopt: true, force: request.force });
  if (!result.ok) {
    const reasons = [
      ...result.diagnostics.filter((d) => d.severity === "error").map((d) => `  ${d.source ? `${d.source.file}:${d.source.line}:${d.source.column}` : d.file}: ${d.message}`),
      ...result.notAdopted.map((n) => `  ${n.file}: ${n.reason}`),
    ];
    const kept = result.written.length > 0 ? ` ${result.written.join(", ")} was written from them for you to look at;` : "";
    throw new PipewrightError("conflict",
      `init imports the existing workflows (${request.targets.join(", ")}), but they could not all be adopted:\n${reasons.join("\n")}\n` +
      `Nothing under them changed;${kept} fix what is named above and run \`pipewright import --adopt --force\`, then \`pipewright init\` again (it keeps your ${request.source}).`);
  }
  return [`imported ${result.imported.length} workflow file${result.imported.length === 1 ? "" : "s"} into ${request.source} and replaced ${result.imported.length === 1 ? "it" : "them"} with generated files that mean the same`];
}
