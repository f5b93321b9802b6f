import type { YamlPath } from "../../model/workflow.js";
import type { Rule } from "../rule.js";
import { isObject, jobsOf, stepsOf } from "../walk.js";

const NAME = "ACTIONS_ALLOW_UNSECURE_COMMANDS";

/**
 * Error: the variable turns `::set-env` and `::add-path` back on, so any text a step prints (a
 * test name, a log line from a dependency) can set environment variables and PATH for the
 * steps after it. GitHub turned them off in 2020 for that reason.
 */
export const insecureCommands: Rule = {
  id: "insecure-commands",
  severity: "error",
  actionSteps: true,
  severityReason: "Any line a step prints can then set environment variables, which an outsider who controls any printed text can exploit.",
  description: "`ACTIONS_ALLOW_UNSECURE_COMMANDS` set to true, which lets any log line set environment variables (error)",
  examples: {
    bad: "env:\n  ACTIONS_ALLOW_UNSECURE_COMMANDS: true\n",
    good: "steps:\n  - run: echo \"STAGE=prod\" >> \"$GITHUB_ENV\"\n",
  },
  check({ model, report }) {
    const check = (scope: unknown, path: YamlPath) => {
      const env = isObject(scope) ? scope.env : undefined;
      if (!isObject(env) || !(NAME in env)) return;
      const value = env[NAME];
      // The runner reads the variable as a boolean: "true" in any case.
      if (value !== true && !(typeof value === "string" && value.trim().toLowerCase() === "true")) return;
      report([...path, "env", NAME], `${NAME} turns \`::set-env\` and \`::add-path\` back on: any line a step prints can set variables and PATH for later steps`,
        `remove ${NAME} and write to the environment files instead: echo "NAME=value" >> "$GITHUB_ENV", echo "/dir" >> "$GITHUB_PATH"`);
    };
    check(model.workflow, []);
    for (const job of jobsOf(model)) {
      check(job.job, job.path);
      for (const { step, path } of stepsOf(job)) check(step, path);
    }
  },
};
