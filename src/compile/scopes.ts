/**
 * Rule severities set on a workflow or a job (`workflow(..., { rules })`, `job(..., { rules })`)
 * apply to the findings inside it: the job's setting wins over the workflow's, which wins over
 * the project's configuration.
 */
import { adjustSeverities, type Diagnostic, type Severity } from "../lint/diagnostic.js";
import type { ScopeOptions } from "../model/workflow.js";

export interface SeverityOptions {
  readonly rules?: Readonly<Record<string, Severity | "off">> | undefined;
  readonly strict?: boolean | undefined;
}

/** Applies the project's, the workflow's and the job's rule settings to one workflow's findings. */
export function scopedSeverities(
  diagnostics: readonly Diagnostic[],
  scopes: ReadonlyMap<string, ScopeOptions> | undefined,
  options: SeverityOptions,
): Diagnostic[] {
  if (!scopes || scopes.size === 0) return adjustSeverities(diagnostics, options);
  const workflowRules = scopes.get("")?.rules;
  return diagnostics.flatMap((d) => {
    const jobRules = scopes.get(jobScope(d.path))?.rules;
    if (!workflowRules && !jobRules) return adjustSeverities([d], options);
    return adjustSeverities([d], { ...options, rules: { ...options.rules, ...workflowRules, ...jobRules } });
  });
}

/** `jobs.build.steps[0].run` → `jobs.build`; anything outside a job → "" (no job scope). */
function jobScope(path: string): string {
  const match = /^jobs\.([^.[]+)/.exec(path);
  return match ? `jobs.${match[1]}` : "";
}

/** Whether hardening applies to the workflow (`jobId` undefined) or to one of its jobs. */
export function hardens(scopes: ReadonlyMap<string, ScopeOptions> | undefined, jobId?: string): boolean {
  if (scopes?.get("")?.harden === false) return false;
  return jobId === undefined || scopes?.get(`jobs.${jobId}`)?.harden !== false;
}
