import type { YamlPath } from "../../model/workflow.js";
import type { Rule } from "../rule.js";
import { isObject, jobsOf, stepsOf } from "../walk.js";

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Names in the `env` of the workflow, a job or a step: a shell can only read a name made of
 * letters, digits and `_` that does not start with a digit. Container and service `env` go to
 * another program's environment and are left alone (`discovery.type` is how Elasticsearch is
 * configured). A name written as an expression (`${{ inputs.name }}: x`) is evaluated by
 * GitHub before the job runs, so only its value could be wrong, which lint cannot see.
 *
 * Error: the variable cannot be read by the script it is meant for, so the value is lost.
 */
export const envName: Rule = {
  id: "env-name",
  severity: "error",
  actionSteps: true,
  severityReason: "The variable cannot be read by the script it is meant for, so the value is lost.",
  description: "`env` names that a script cannot read",
  examples: {
    bad: "env:\n  NODE-ENV: production",
    good: "env:\n  NODE_ENV: production",
  },
  check({ model, report }) {
    const check = (owner: unknown, path: YamlPath) => {
      const env = isObject(owner) ? owner.env : undefined;
      if (!isObject(env)) return;
      for (const name of Object.keys(env)) {
        const at = [...path, "env", name];
        if (!NAME.test(name) && !name.includes("${{")) {
          report(at, `environment variable name "${name}" is not valid`, `use letters, digits and _, not starting with a digit: "${suggest(name)}"`);
        }
      }
    };
    check(model.workflow, []);
    for (const job of jobsOf(model)) {
      check(job.job, job.path);
      for (const step of stepsOf(job)) check(step.step, step.path);
    }
  },
};

function suggest(name: string): string {
  const cleaned = name.replace(/[^A-Za-z0-9_]/g, "_");
  return /^[0-9]/.test(cleaned) ? `_${cleaned}` : cleaned;
}
