import { z } from "zod";
import { inputs } from "../dsl/contexts.js";
import { relocate } from "../dsl/meta.js";
import { workflow, type WorkflowValue } from "../dsl/workflow.js";
import { callSite } from "../model/source.js";
import { checkDbtOptions, dbtJob, dbtJobFields, inProject } from "./dbt.js";
import { parseOptions } from "./options.js";

const Options = z.object({
  ...dbtJobFields,
  /** Branches whose pull requests run the check. */
  branches: z.array(z.string().min(1)).min(1, "list at least one branch").default(["main"]),
  /** The workflow's `name:`; GitHub shows the file path when it is absent. */
  name: z.string().min(1).optional(),
  /**
   * The `paths` filter of `pull_request`. Default: the project's folder (and the requirements
   * or profiles when they live elsewhere). `false` runs on every pull request, which a
   * required status check needs: a filtered-out workflow never reports, and the pull request waits.
   */
  paths: z.union([z.array(z.string().min(1)).min(1, "list at least one path, or pass false"), z.literal(false)]).optional(),
}).strict().superRefine(checkDbtOptions);

export type DbtWorkflowOptions = z.input<typeof Options>;

/** Whether a repository path lies inside `dir` (every path lies inside the root). */
const inside = (dir: string, path: string) => dir === "." || path === dir || path.startsWith(`${dir}/`);

/**
 * The data platform's dbt CI as a whole workflow file: runs {@link validateDbt}'s job on pull
 * requests to `main` that touch the project, and by hand from the Actions tab, where the
 * `debug` checkbox runs dbt with `--debug` instead of `-q`.
 *
 * @example
 * export const ci = dbtWorkflow("ci", {
 *   projectDir: "analytics",
 *   profiles: { base64: vars.PROFILES_YML_BASE64 },
 * });
 * // on:
 * //   pull_request:
 * //     branches:
 * //       - main
 * //     paths:
 * //       - analytics/**
 * //   workflow_dispatch:
 * //     inputs:
 * //       debug:
 * //         description: Run dbt with --debug instead of -q
 * //         type: boolean
 * //         default: false
 * // permissions:
 * //   contents: read
 * // jobs:
 * //   validate_dbt_project:
 * //     ...
 * //     - name: Validate the dbt project
 * //       working-directory: analytics
 * //       env:
 * //         LOG_FLAG: ${{ (inputs.debug && '--debug') || '-q' }}
 * //       run: dbt "$LOG_FLAG" parse
 */
export function dbtWorkflow(fileStem: string, options: DbtWorkflowOptions = {}): WorkflowValue {
  const source = callSite(dbtWorkflow);
  const { branches, name, paths, ...rest } = parseOptions("dbtWorkflow", Options, options);
  const dir = rest.projectDir;
  const elsewhere = [rest.requirements ?? inProject(dir, "requirements.txt"), ...(rest.profiles && "path" in rest.profiles ? [`${rest.profiles.path}/**`] : [])]
    .filter((path) => !inside(dir, path));
  const filter = paths ?? (dir === "." ? false : [`${dir}/**`, ...elsewhere]);
  const value = workflow(fileStem, {
    ...(name === undefined ? {} : { name }),
    on: {
      pull_request: { branches, ...(filter === false ? {} : { paths: filter }) },
      workflow_dispatch: {
        inputs: { debug: { description: "Run dbt with --debug instead of -q", type: "boolean", default: false } },
      },
    },
    // `inputs.debug` is empty on pull requests, so they keep `-q`.
    jobs: [dbtJob({ ...rest, debug: inputs.debug }, source)],
  });
  // Problems at workflow level then point at the user's call, not at this file.
  return Object.freeze({ ...value, definition: relocate(value.definition, source) });
}
