import type { YamlPath } from "../../model/workflow.js";
import type { Rule } from "../rule.js";
import { closest } from "../spelling.js";
import { shellsOf } from "../walk.js";

/** The shells the runner knows how to call on a script; it compares names case-insensitively. */
const BUILT_IN = ["bash", "sh", "pwsh", "powershell", "cmd", "python"];

/**
 * The runner splits `shell` at its first space: a lone word must be a built-in shell, and
 * anything after the word is an argument template that must place the script with `{0}`.
 */
function shellProblem(shell: string): { message: string; hint: string } | undefined {
  const space = shell.indexOf(" ");
  const command = space < 0 ? shell : shell.slice(0, space);
  const args = space < 0 ? "" : shell.slice(space + 1).trimStart();
  if (args === "") {
    if (BUILT_IN.includes(command.toLowerCase())) return undefined;
    // `zsh` is one edit from `sh` but meant as itself: only longer names are taken for slips.
    const near = command.length >= 4 ? closest(command, BUILT_IN, 1) : undefined;
    return {
      message: `shell "${shell}" is not a built-in shell`,
      hint: `${near ? `did you mean "${near}"? ` : ""}use bash, sh, pwsh, powershell, cmd or python, or another program with {0} where the script path goes: "${command} {0}"`,
    };
  }
  if (args.includes("{0}")) return undefined;
  return {
    message: `shell "${shell}" has arguments but no {0}, so the runner has nowhere to put the script`,
    hint: `add {0} where the script path goes: "${shell} {0}"`,
  };
}

/** `shell:` of a step, and `defaults.run.shell` of the workflow and of each job. */
export const shellName: Rule = {
  id: "shell-name",
  severity: "error",
  actionSteps: true,
  severityReason: "The runner refuses to run the step.",
  description: "`shell` values the runner cannot run a script with",
  examples: {
    bad: "steps:\n  - run: echo hi\n    shell: zsh\n  - run: ./build.sh\n    shell: bash -l",
    good: "steps:\n  - run: echo hi\n    shell: zsh {0}\n  - run: ./build.sh\n    shell: bash -l {0}",
  },
  check({ model, report }) {
    const check = (shell: unknown, path: YamlPath) => {
      // GitHub reads a number or boolean as its text; an expression is known only at run time.
      if (typeof shell !== "string" && typeof shell !== "number" && typeof shell !== "boolean") return;
      const text = String(shell);
      // The runner falls back to its default shell for an empty one.
      if (text.includes("${{") || text.trim() === "") return;
      const problem = shellProblem(text);
      if (problem) report(path, problem.message, problem.hint);
    };
    for (const { shell, path } of shellsOf(model)) check(shell, path);
  },
};
