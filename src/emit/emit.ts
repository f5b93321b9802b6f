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
  /** Prettier options (the user's config for the output file); absent: no configuration. */
  readonly prettier?: Options;
}

/** The bytes of one workflow file: header + YAML formatted by prettier. */
export async function emitWorkflow(model: WorkflowModel, options: EmitOptions): Promise<string> {
  const yaml = toYaml(model.workflow, model.comments);
  // Without a user configuration, prettier's defaults would print the same bytes (see format.ts).
  const body = options.prettier ? await formatYaml(yaml, options.prettier) : yaml;
  return withHeader(body, options.sourceLabel, options.regenerate);
}
