import type { Rule } from "../rule.js";
import { oldCommands, REPLACEMENTS } from "../workflow-commands.js";

/** `::set-output` and `::save-state` still work, with a deprecation warning on every run. */
export const workflowCommandDeprecated: Rule = {
  id: "workflow-command-deprecated",
  severity: "warning",
  actionSteps: true,
  severityReason: "GitHub still honours these commands and prints a deprecation notice.",
  description: "`::set-output` and `::save-state` workflow commands, which GitHub deprecated",
  examples: {
    bad: 'steps:\n  - id: version\n    run: echo "::set-output name=tag::v1"\n',
    good: 'steps:\n  - id: version\n    run: echo "tag=v1" >> "$GITHUB_OUTPUT"\n',
  },
  check({ model, report }) {
    for (const { command, path } of oldCommands(model)) {
      if (command !== "set-output" && command !== "save-state") continue;
      report(path, `the script uses \`::${command}\`, which GitHub deprecated`, `write to the environment file instead: ${REPLACEMENTS[command]}`);
    }
  },
};
