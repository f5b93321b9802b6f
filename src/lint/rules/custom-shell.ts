import type { YamlPath } from "../../model/workflow.js";
import type { Rule } from "../rule.js";
import { shellsOf } from "../walk.js";

const WELL_KNOWN = new Set(["bash", "sh", "pwsh", "powershell", "python", "cmd"]);

/**
 * A `shell` that names another program (`perl {0}`, `tcc -run {0}`) runs the script with
 * whatever that program does on an error, and only where the runner image has the program; a
 * reader must know both to know what the step does. Pedantic: sometimes that is the point.
 */
export const customShell: Rule = {
  id: "custom-shell",
  severity: "warning",
  actionSteps: true,
  tier: "pedantic",
  severityReason: "Pedantic, a warning: a valid and sometimes deliberate choice, but its error handling and availability are the program's, not the runner's.",
  description: "`shell` set to a program other than bash, sh, pwsh, powershell, python or cmd",
  examples: {
    bad: "steps:\n  - run: print \"hi\\n\"\n    shell: perl {0}",
    good: "steps:\n  - run: perl scripts/hi.pl\n    shell: bash",
  },
  check({ model, report }) {
    const check = (shell: unknown, path: YamlPath) => {
      if (typeof shell !== "string" || shell.includes("${{") || shell.trim() === "") return;
      const program = shell.trim().split(/\s+/)[0]!.toLowerCase();
      if (WELL_KNOWN.has(program)) return;
      report(path, `shell "${shell}" runs the script with ${program}, with its own error handling, and only where the runner image has it`, "use bash, sh, pwsh or python, and call the program from the script");
    };
    for (const { shell, path } of shellsOf(model)) check(shell, path);
  },
};
