import type { WorkflowModel, YamlPath } from "../model/workflow.js";
import type { Severity } from "./diagnostic.js";

/** What a rule sees: the model and a way to report at a path. */
export interface RuleContext {
  readonly model: WorkflowModel;
  report(path: YamlPath, message: string, hint?: string): void;
}

/** One lint rule, one file under `rules/`. */
export interface Rule {
  readonly id: string;
  readonly severity: Severity;
  /** One line: what the rule catches. */
  readonly description: string;
  check(context: RuleContext): void;
}
