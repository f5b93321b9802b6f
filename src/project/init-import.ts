/**
 * `pipewright init` in a repository that already has workflow YAML pipewright did not write:
 * instead of a starter, the source should come from those files, so nothing the team wrote
 * is thrown away. This is the one place init hands over to the importer.
 */
import { PipewrightError } from "./errors.js";

export interface ImportForInit {
  /** Project root. */
  readonly cwd: string;
  /** The workflow files found, relative to cwd. */
  readonly targets: readonly string[];
  /** The output folder, relative to cwd. */
  readonly out: string;
  readonly force: boolean;
}

/**
 * Turns the existing workflows into the project's `workflows.ts`. Until the importer is part
 * of init, it stops init before anything is written and says how to import first.
 */
export async function importExistingWorkflows(request: ImportForInit): Promise<void> {
  const listed = request.targets.join(", ");
  throw new PipewrightError(
    "conflict",
    `${request.out} already holds workflows that pipewright did not generate (${listed}). ` +
      `Import them first: \`pipewright import\` writes workflows.ts from them; then run \`pipewright init\` again to add the script and the hook (it keeps your workflows.ts).`,
  );
}
