import type { Rule } from "../rule.js";
import { oldCommands, REPLACEMENTS } from "../workflow-commands.js";

/**
 * GitHub disabled `::set-env` and `::add-path` in 2020 (any log line could set variables):
 * the runner fails the step unless ACTIONS_ALLOW_UNSECURE_COMMANDS turns them back on.
 */
export const workflowCommandDisabled: Rule = {
  id: "workflow-command-disabled",
  severity: "error",
  actionSteps: true,
  severityReason: "GitHub ignores these commands, so the step does not do what it says.",
  description: "`::set-env` and `::add-path` workflow commands, which GitHub disabled",
  examples: {
    bad: 'steps:\n  - run: echo "::set-env name=STAGE::prod"\n',
    good: 'steps:\n  - run: echo "STAGE=prod" >> "$GITHUB_ENV"\n',
  },
  check({ model, report }) {
    for (const { command, path } of oldCommands(model)) {
      if (command !== "set-env" && command !== "add-path") continue;
      report(path, `the script uses \`::${command}\`, which GitHub disabled`, `write to the environment file instead: ${REPLACEMENTS[command]}`);
    }
  },
};
