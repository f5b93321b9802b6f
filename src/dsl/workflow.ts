import { callSite } from "../model/source.js";
import type { Workflow } from "../model/workflow.js";
import type { AnyJobRef, JobDefinition } from "./job.js";
import { withMeta } from "./meta.js";
import type { Value } from "./value.js";

const WORKFLOW: unique symbol = Symbol.for("pipewright.workflow") as never;

/** A workflow's definition: GitHub's keys, with jobs as a list of {@link job} values or a map. */
export type WorkflowDefinition = Value<Omit<Workflow, "jobs">> & {
  readonly jobs: readonly AnyJobRef[] | { readonly [id: string]: JobDefinition };
};

/** A workflow file to generate, as returned by {@link workflow}. */
export interface WorkflowValue {
  readonly [WORKFLOW]: true;
  readonly kind: "workflow";
  /** File name without extension: `ci` is written to `.github/workflows/ci.yml`. */
  readonly fileStem: string;
  readonly definition: WorkflowDefinition;
}

/** True for values made by {@link workflow}. */
export function isWorkflowValue(value: unknown): value is WorkflowValue {
  return typeof value === "object" && value !== null && (value as { [WORKFLOW]?: unknown })[WORKFLOW] === true;
}

/**
 * A workflow file. `fileStem` names the file: `workflow("ci", ...)` is written to
 * `.github/workflows/ci.yml`.
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
 */
export function workflow(fileStem: string, definition: WorkflowDefinition): WorkflowValue {
  const source = callSite(workflow);
  return Object.freeze({
    [WORKFLOW]: true as const,
    kind: "workflow" as const,
    fileStem,
    definition: withMeta(definition, { source }),
  });
}
