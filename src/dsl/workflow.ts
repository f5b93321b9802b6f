import { callSite } from "../model/source.js";
import type { ScopeOptions, Workflow } from "../model/workflow.js";
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
 *
 * The third argument holds pipewright's own options, never GitHub keys: `harden: false` writes
 * the workflow as it is (no `env:` hoisting, no checkout or permission defaults), and `rules`
 * sets the severity of lint rules inside it, e.g. `{ rules: { "template-injection": "off" } }`.
 */
export function workflow(fileStem: string, definition: WorkflowDefinition, options?: ScopeOptions): WorkflowValue {
  const source = callSite(workflow);
  return Object.freeze({
    [WORKFLOW]: true as const,
    kind: "workflow" as const,
    fileStem,
    definition: withMeta(definition, options ? { source, options } : { source }),
  });
}
