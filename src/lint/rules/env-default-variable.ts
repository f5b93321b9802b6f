import type { YamlPath } from "../../model/workflow.js";
import type { Rule } from "../rule.js";
import { isObject, jobsOf, stepsOf } from "../walk.js";

/**
 * Variables the runner writes into every step's environment from its `github` context (the
 * allowlist in actions/runner's GitHubContext) and `runner` context, after the workflow's `env`:
 * a workflow cannot change them. GITHUB_TOKEN is not one of them; GITHUB_ACTIONS and CI come from
 * the runner's own environment and RUNNER_DEBUG only exists in debug runs, so `env` does set those.
 */
export const DEFAULT_VARIABLES: ReadonlySet<string> = new Set([
  "GITHUB_ACTION", "GITHUB_ACTION_PATH", "GITHUB_ACTION_REF", "GITHUB_ACTION_REPOSITORY", "GITHUB_ACTOR", "GITHUB_ACTOR_ID", "GITHUB_API_URL",
  "GITHUB_BASE_REF", "GITHUB_ENV", "GITHUB_EVENT_NAME", "GITHUB_EVENT_PATH", "GITHUB_GRAPHQL_URL", "GITHUB_HEAD_REF",
  "GITHUB_JOB", "GITHUB_OUTPUT", "GITHUB_PATH", "GITHUB_REF", "GITHUB_REF_NAME", "GITHUB_REF_PROTECTED", "GITHUB_REF_TYPE",
  "GITHUB_REPOSITORY", "GITHUB_REPOSITORY_ID", "GITHUB_REPOSITORY_OWNER", "GITHUB_REPOSITORY_OWNER_ID",
  "GITHUB_RETENTION_DAYS", "GITHUB_RUN_ATTEMPT", "GITHUB_RUN_ID", "GITHUB_RUN_NUMBER", "GITHUB_SERVER_URL", "GITHUB_SHA",
  "GITHUB_STATE", "GITHUB_STEP_SUMMARY", "GITHUB_TRIGGERING_ACTOR", "GITHUB_WORKFLOW", "GITHUB_WORKFLOW_REF",
  "GITHUB_WORKFLOW_SHA", "GITHUB_WORKSPACE", "RUNNER_ARCH", "RUNNER_ENVIRONMENT", "RUNNER_NAME", "RUNNER_OS",
  "RUNNER_TEMP", "RUNNER_TOOL_CACHE",
]);

/** `GITHUB_SHA: ${{ github.sha }}` restates what the runner sets anyway: redundant, not wrong. */
function restatesDefault(name: string, value: unknown): boolean {
  const match = typeof value === "string" ? /^\$\{\{\s*(github|runner)\.([A-Za-z_]+)\s*\}\}$/.exec(value.trim()) : null;
  return match !== null && `${match[1]}_${match[2]}`.toUpperCase() === name;
}

/**
 * `env` entries named like a default variable never reach the step: the runner sets its own
 * value after applying `env`, so a script reads GitHub's value, not the one written here.
 */
export const envDefaultVariable: Rule = {
  id: "env-default-variable",
  severity: "warning",
  severityReason: "The runner overwrites the value, so the entry does nothing, but the run is not broken by it.",
  description: "`env` entries for GitHub's default variables, which the runner overwrites",
  examples: {
    bad: "env:\n  GITHUB_SHA: ${{ inputs.sha }}",
    good: "env:\n  BUILD_SHA: ${{ inputs.sha }}",
  },
  check({ model, report }) {
    const check = (owner: unknown, path: YamlPath) => {
      const env = isObject(owner) ? owner.env : undefined;
      if (!isObject(env)) return;
      for (const [name, value] of Object.entries(env)) {
        if (!DEFAULT_VARIABLES.has(name) || restatesDefault(name, value)) continue;
        report([...path, "env", name], `"${name}" is a default variable: the runner sets it for every step after \`env\`, so this value is never seen`,
          `give your value another name, e.g. "BUILD_${name.replace(/^(GITHUB|RUNNER)_/, "")}"`);
      }
    };
    check(model.workflow, []);
    for (const job of jobsOf(model)) {
      check(job.job, job.path);
      for (const step of stepsOf(job)) check(step.step, step.path);
    }
  },
};
