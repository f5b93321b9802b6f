import type { Options } from "prettier";
import type { WorkflowModel } from "../model/workflow.js";
import { formatYaml } from "./format.js";
import { withHeader } from "./header.js";
import { toYaml } from "./yaml.js";

export interface EmitOptions {
  /** How the header names the source, e.g. `workflows.ts`. */
  readonly sourceLabel: string;
  /** The command the header tells readers to run. */
  readonly regenerate: string;
  /** Prettier options (the user's config for the output file). */
  readonly prettier?: Options;
}

/** The bytes of one workflow file: header + YAML formatted by prettier. */
export async function emitWorkflow(model: WorkflowModel, options: EmitOptions): Promise<string> {
  const body = await formatYaml(toYaml(model.workflow, model.comments), options.prettier);
  return withHeader(body, options.sourceLabel, options.regenerate);
}
