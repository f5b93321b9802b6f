import type { WorkflowModel, YamlPath } from "../model/workflow.js";
import type { Severity } from "./diagnostic.js";
import type { ActionLookup } from "./locked-actions.js";

/** What a rule sees: the model and a way to report at a path. */
export interface RuleContext {
  readonly model: WorkflowModel;
  /**
   * Reports one finding, at the rule's severity unless `severity` says otherwise: a rule whose
   * findings differ in certainty (an outsider's text or a maintainer's input) says so per
   * finding, and documents when in {@link Rule.severityReason}.
   */
  report(path: YamlPath, message: string, hint?: string, severity?: Severity): void;
  /**
   * Another workflow of the same repository, by its path from the repository root
   * (`.github/workflows/deploy.yml`), as data; undefined when it cannot be seen. `pipewright lint`
   * reads it from the disk, compile() finds it among the workflows compiled in the same run.
   * Absent where neither applies: a rule treats undefined as "unknown", never as a finding.
   */
  readonly readWorkflow?: (path: string) => unknown;
  /** The project's locked actions (pipewright.lock.json); absent when it has none. */
  readonly actions?: ActionLookup;
  /**
   * The model stands in for a composite action's steps (see lint-action.ts): the action runs
   * in workflows it does not know, with whatever data their callers give it.
   */
  readonly composite?: true;
}

/** One lint rule, one file under `rules/`. */
export interface Rule {
  readonly id: string;
  readonly severity: Severity;
  /**
   * Why the rule has its severity, for docs/rules.md: an error is what GitHub rejects, what is
   * certainly wrong, or what someone outside the repository can exploit; the rest is a warning.
   */
  readonly severityReason: string;
  /** One line: what the rule catches. */
  readonly description: string;
  /**
   * For docs/rules.md: a YAML fragment the rule reports and the fixed version. Rules added
   * after the structural ones carry it; the docs test fails for a rule without it.
   */
  readonly examples?: { readonly bad: string; readonly good: string };
  /**
   * Where the rule applies: `all` (default) runs on compiled DSL and on YAML input;
   * `yaml` only on YAML input (what hardening already fixes for the DSL).
   */
  readonly input?: "all" | "yaml";
  /**
   * `pedantic`: advice that is sound but too noisy for every repository (a job without a
   * timeout, a workflow without concurrency). Such a rule runs only when asked: `--pedantic`,
   * `pedantic: true` in the config, or a severity given to its id in the config's `rules`.
   */
  readonly tier?: "pedantic";
  /**
   * True when the rule also runs on the steps of composite actions (`action.yml`), which lint
   * reads as one job of steps (src/runs/lint-action.ts); rules about jobs, triggers and the
   * workflow as a whole leave it out.
   */
  readonly actionSteps?: boolean;
  check(context: RuleContext): void;
}
