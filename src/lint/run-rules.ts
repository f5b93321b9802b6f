import { nearestOrigin } from "../model/source.js";
import { formatPath, type WorkflowModel } from "../model/workflow.js";
import { diagnostic, type Diagnostic, type Severity } from "./diagnostic.js";
import type { ActionLookup } from "./locked-actions.js";
import type { Rule, RuleContext } from "./rule.js";
import { rules as allRules } from "./rules/index.js";

/** What rules may see beyond the model (see {@link RuleContext.readWorkflow}). */
export interface RunRulesOptions {
  readonly readWorkflow?: ((path: string) => unknown) | undefined;
  readonly actions?: ActionLookup | undefined;
  /** Run the pedantic rules too (see {@link Rule.tier}). */
  readonly pedantic?: boolean | undefined;
  /** The config's severities: a pedantic rule given one runs without `pedantic`. */
  readonly severities?: Readonly<Record<string, Severity | "off">> | undefined;
  /** The model stands in for a composite action (see {@link RuleContext.composite}). */
  readonly composite?: boolean | undefined;
  /** The model was compiled from workflows.ts: rules for YAML input only (`input: "yaml"`) stay off. */
  readonly compiled?: boolean | undefined;
}

/** Whether a rule runs under these options: every rule but the pedantic ones not asked for. */
export function ruleRuns(rule: Rule, options: Pick<RunRulesOptions, "pedantic" | "severities">): boolean {
  if (rule.tier !== "pedantic" || options.pedantic) return true;
  const chosen = options.severities?.[rule.id];
  return chosen !== undefined && chosen !== "off";
}

/** Runs rules over one workflow; `file` names the workflow file the findings are about. */
export function runRules(model: WorkflowModel, file: string, rules: readonly Rule[] = allRules, options: RunRulesOptions = {}): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const rule of rules) {
    if (!ruleRuns(rule, options) || (options.compiled && rule.input === "yaml")) continue;
    rule.check({
      model,
      ...(options.readWorkflow ? { readWorkflow: options.readWorkflow } : {}),
      ...(options.actions ? { actions: options.actions } : {}),
      ...(options.composite ? { composite: true as const } : {}),
      report(path, message, hint, severity = rule.severity) {
        found.push(diagnostic({ rule: rule.id, severity, message, file, path: formatPath(path), source: nearestOrigin(model.origins, path), hint }));
      },
    });
  }
  return found;
}
