import { z } from "zod";
import { checkout, setupNode } from "../actions/index.js";
import { github } from "../dsl/contexts.js";
import { eq, ne } from "../dsl/functions.js";
import { job } from "../dsl/job.js";
import { relocate } from "../dsl/meta.js";
import { run } from "../dsl/step.js";
import { workflow, type WorkflowValue } from "../dsl/workflow.js";
import { callSite } from "../model/source.js";
import { exprOnly, parseOptions } from "./options.js";

const Options = z.object({
  /** The token, from a secret: it needs the "Administration" repository permission (write). */
  token: exprOnly,
  /** The default branch: a push to it applies the rulesets. */
  branch: z.string().min(1).regex(/^[^\s~^:?*[\\]+$/, "a branch name (no spaces or ~^:?*[\\)").default("main"),
  /** When `rulesets diff` looks for hand changes on GitHub (cron, UTC). */
  schedule: z.string().regex(/^\S+( \S+){4}$/, "a cron expression of five fields, e.g. \"17 6 * * *\"").default("17 6 * * *"),
  /** Node.js for `npx pipewright`. */
  nodeVersion: z.string().min(1).default("20"),
  /** The command that installs the project's dependencies, pipewright among them. */
  install: z.string().min(1).default("npm ci"),
  /** The workflow's `name:`. */
  name: z.string().min(1).default("Rulesets"),
}).strict();

export type RulesetsSyncOptions = z.input<typeof Options>;

/**
 * Branch protection kept in step with workflows.ts: a workflow that runs
 * `pipewright rulesets apply` on every push to the default branch, and `pipewright rulesets diff`
 * on a schedule (and by hand), so a setting changed on GitHub by hand turns a run red. The token
 * comes from a secret you name: GitHub's own `GITHUB_TOKEN` cannot change rulesets.
 *
 * @example
 * export const rulesets = rulesetsSync("rulesets", { token: secrets.RULESETS_TOKEN });
 * // on:
 * //   push:
 * //     branches:
 * //       - main
 * //   schedule:
 * //     - cron: 17 6 * * *
 * //   workflow_dispatch:
 * // jobs:
 * //   rulesets-apply:
 * //     if: ${{ github.event_name == 'push' }}
 * //     ...
 * //       - name: Apply the rulesets
 * //         env:
 * //           GH_TOKEN: ${{ secrets.RULESETS_TOKEN }}
 * //         run: npx pipewright rulesets apply
 * //   rulesets-diff:
 * //     if: ${{ github.event_name != 'push' }}
 * //     ...
 * //         run: npx pipewright rulesets diff
 */
export function rulesetsSync(fileStem: string, options: RulesetsSyncOptions): WorkflowValue {
  const source = callSite(rulesetsSync);
  const { token, branch, schedule, nodeVersion, install, name } = parseOptions("rulesetsSync", Options, options);
  const pipewrightJob = (action: "apply" | "diff", title: string, onPush: boolean) =>
    job(`rulesets-${action}`, {
      name: title,
      if: onPush ? eq(github.event_name, "push") : ne(github.event_name, "push"),
      "runs-on": "ubuntu-latest",
      // Reading the checkout is all the job token does; GitHub is changed with the named token.
      permissions: { contents: "read" },
      "timeout-minutes": 10,
      steps: [
        checkout({}, { name: "Check out" }),
        setupNode({ "node-version": nodeVersion }, { name: "Set up Node.js" }),
        run(install, { name: "Install dependencies" }),
        run(`npx pipewright rulesets ${action}`, { name: action === "apply" ? "Apply the rulesets" : "Compare the rulesets with GitHub", env: { GH_TOKEN: token } }),
      ],
    });
  const value = workflow(fileStem, {
    name,
    on: { push: { branches: [branch] }, schedule: [{ cron: schedule }], workflow_dispatch: {} },
    // Two applies at once would race on the same rulesets; a diff may wait behind an apply.
    concurrency: { group: "pipewright-rulesets", "cancel-in-progress": false },
    jobs: [pipewrightJob("apply", "Apply the rulesets", true), pipewrightJob("diff", "Rulesets match GitHub", false)],
  });
  return Object.freeze({ ...value, definition: relocate(value.definition, source) });
}
