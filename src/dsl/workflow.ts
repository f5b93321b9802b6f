import { callSite } from "../model/source.js";
import type { Workflow } from "../model/workflow.js";
import type { AnyJobRef, JobDefinition } from "./job.js";
import { withMeta } from "./meta.js";
import type { Value } from "./value.js";

const WORKFLOW: unique symbol = Symbol.for("pipewright.workflow") as never;

/**
 * A workflow's definition: GitHub's keys, with jobs as a list of {@link job} values, or a map
 * from id to a job definition or to a job value whose id is that key.
 */
export type WorkflowDefinition = Value<Omit<Workflow, "jobs">> & {
  readonly jobs: readonly AnyJobRef[] | { readonly [id: string]: JobDefinition | AnyJobRef };
};

/** pipewright's own options for one workflow (never written to the YAML). */
export interface WorkflowOptions {
  /**
   * `false`: do not scope this workflow to the package its source is in (no added `paths`
   * filter, no `working-directory`). Default: scoped, unless the config says `scope: false`.
   */
  readonly scope?: boolean;
}

/** A workflow file to generate, as returned by {@link workflow}. */
export interface WorkflowValue {
  readonly [WORKFLOW]: true;
  readonly kind: "workflow";
  /** File name without extension: `ci` is written to `.github/workflows/ci.yml`. */
  readonly fileStem: string;
  readonly definition: WorkflowDefinition;
  /** pipewright's own options, from the third argument of {@link workflow}. */
  readonly options: WorkflowOptions;
}

/** True for values made by {@link workflow}. */
export function isWorkflowValue(value: unknown): value is WorkflowValue {
  return typeof value === "object" && value !== null && (value as { [WORKFLOW]?: unknown })[WORKFLOW] === true;
}

/**
 * A workflow file. `fileStem` names the file: `workflow("ci", ...)` is written to
 * `.github/workflows/ci.yml`. The third argument holds pipewright's own options: `{ scope: false }`
 * keeps a workflow of a package's workflows.ts from being scoped to that package (see the
 * README's monorepo recipe).
 *
 * @example
 * export const ci = workflow("ci", {
 *   name: "CI",
 *   on: { pull_request: { branches: ["main"] } },
 *   jobs: [job("test", { "runs-on": "ubuntu-latest", steps: [run("npm test")] })],
 * });
 * // name: CI
 * // on:
 * //   pull_request:
 * //     branches:
 * //       - main
 * // permissions:
 * //   contents: read
 * // jobs:
 * //   test:
 * //     runs-on: ubuntu-latest
 * //     steps:
 * //       - run: npm test
 *
 * @example
 * const lint = job("lint", { "runs-on": "ubuntu-latest", steps: [run("npm run lint")] });
 * export const all = workflow("all", { on: "push", jobs: { lint } }, { scope: false });
 * // on: push
 * // permissions:
 * //   contents: read
 * // jobs:
 * //   lint:
 * //     runs-on: ubuntu-latest
 * //     steps:
 * //       - run: npm run lint
 */
export function workflow(fileStem: string, definition: WorkflowDefinition, options: WorkflowOptions = {}): WorkflowValue {
  const source = callSite(workflow);
  return Object.freeze({
    [WORKFLOW]: true as const,
    kind: "workflow" as const,
    fileStem,
    definition: withMeta(definition, { source }),
    options: Object.freeze({ ...options }),
  });
}
