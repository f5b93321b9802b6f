import type { YamlPath } from "../../model/workflow.js";
import type { Rule } from "../rule.js";
import { shellsOf } from "../walk.js";

/**
 * The runner calls `cmd` with no way to stop at the first failing command: a step fails only
 * when its last command does, so a failed build followed by an `echo` passes. Warning: a script
 * that checks `%ERRORLEVEL%` after every command is correct.
 */
export const cmdShell: Rule = {
  id: "cmd-shell",
  severity: "warning",
  actionSteps: true,
  severityReason: "Not wrong by itself (a script can check %ERRORLEVEL% after each command), but failures in the middle of a script pass unnoticed.",
  description: "`shell: cmd` for a script of several commands (a step's own, or the default of a workflow or job), where a step fails only when its last command does",
  examples: {
    bad: "steps:\n  - run: |\n      build.bat\n      echo done\n    shell: cmd",
    good: "steps:\n  - run: |\n      ./build.bat\n      echo done\n    shell: bash",
  },
  check({ model, report }) {
    const check = (shell: unknown, path: YamlPath) => {
      if (typeof shell !== "string" || shell.trim().toLowerCase() !== "cmd") return;
      report(path, "with shell cmd a step fails only when its last command fails: an error in the middle of the script passes", "use bash (GitHub runs it with -e, so it stops at the first failing command; Git Bash on Windows runners), or check %ERRORLEVEL% after each command");
    };
    for (const { shell, path, run, isDefault } of shellsOf(model)) {
      // A step of one command fails when that command does: only a longer script has a middle.
      const commands = typeof run === "string" ? run.split(/\r?\n/).filter((line) => line.trim() !== "" && !/^\s*(@?rem\b|::)/i.test(line)).length : 0;
      if (isDefault || commands > 1) check(shell, path);
    }
  },
};
