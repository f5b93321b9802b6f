/** The `::command` workflow commands GitHub replaced with environment files, found in `run:` scripts. */
import type { WorkflowModel, YamlPath } from "../model/workflow.js";
import { jobsOf, stepsOf } from "./walk.js";

export type OldCommand = "set-env" | "add-path" | "set-output" | "save-state";

/** The environment file that replaces each command, and how to write to it. */
export const REPLACEMENTS: Readonly<Record<OldCommand, string>> = {
  "set-env": 'echo "NAME=value" >> "$GITHUB_ENV"',
  "add-path": 'echo "/the/dir" >> "$GITHUB_PATH"',
  "set-output": 'echo "name=value" >> "$GITHUB_OUTPUT"',
  "save-state": 'echo "name=value" >> "$GITHUB_STATE"',
};

const COMMAND = /::(set-env|add-path|set-output|save-state)[\s:]/g;

/** Each old command a step's `run:` script prints, once per command and step. */
export function* oldCommands(model: WorkflowModel): Generator<{ command: OldCommand; path: YamlPath }> {
  for (const job of jobsOf(model)) {
    for (const { step, path } of stepsOf(job)) {
      const script = (step as { run?: unknown }).run;
      if (typeof script !== "string") continue;
      const found = new Set([...script.matchAll(COMMAND)].map((m) => m[1] as OldCommand));
      for (const command of found) yield { command, path: [...path, "run"] };
    }
  }
}
