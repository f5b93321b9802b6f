import type { Expr } from "../model/expression.js";
import { callSite, type SourceLocation } from "../model/source.js";
import type { JobFactory, ScopeOptions, StepsItem, WorkflowJob } from "../model/workflow.js";
import { context, type NamedContext } from "./contexts.js";
import { relocate, withMeta } from "./meta.js";
import type { Value } from "./value.js";

const JOB: unique symbol = Symbol.for("pipewright.job") as never;

/** A job with its id, as returned by {@link job}; list it in `jobs` and in other jobs' `needs`. */
export interface JobRef<Id extends string = string, Outputs extends string = string> {
  readonly [JOB]: true;
  readonly id: Id;
  /** The job's definition, GitHub's keys (needs still as references). */
  readonly definition: JobDefinition;
  /**
   * `needs.<id>.outputs.<name>`, for jobs that need this one. A mapped type (not a conditional
   * on `Outputs`) keeps a ref with more outputs assignable to one with fewer, so any ref fits
   * {@link AnyJobRef}; with `Outputs = string` every name reads as an open expression.
   */
  readonly outputs: { readonly [K in Outputs]: string extends K ? NamedContext[string] : Expr };
  /** `needs.<id>.result`: success, failure, cancelled or skipped. */
  readonly result: Expr;
}

/** Any job reference, whatever its outputs (a ref with fewer outputs is the wider type). */
export type AnyJobRef = JobRef<string, never>;

/** A job this job waits for: a reference from {@link job}, or its id. */
export type Need = AnyJobRef | string;

type Needs = { readonly needs?: Need | readonly Need[] };

/** A step in the DSL: a value from `run()`/`uses()`/an action binding, or a plain object. */
export type StepValue = Value<StepsItem>;

/** A job that runs steps on a runner. */
export type RunnerJobDefinition = Value<Omit<JobFactory, "needs" | "steps">> &
  Needs & { readonly steps?: readonly StepValue[] };

/** A job that calls a reusable workflow (`uses: ./.github/workflows/x.yml`). */
export type CallerJobDefinition = Value<Omit<WorkflowJob, "needs">> & Needs;

export type JobDefinition = RunnerJobDefinition | CallerJobDefinition;

/** The same job with every call site inside it moved to `source` (see `relocate`). */
export function relocateJob<R extends JobRef>(ref: R, source: SourceLocation | undefined): R {
  if (source === undefined) return ref;
  const copy = { [JOB]: true as const, id: ref.id, definition: relocate(ref.definition, source) };
  Object.defineProperty(copy, "outputs", { get: () => context(`needs.${ref.id}.outputs`), enumerable: false });
  Object.defineProperty(copy, "result", { get: () => context(`needs.${ref.id}.result`), enumerable: false });
  return Object.freeze(copy) as unknown as R;
}

/** True for values made by {@link job}. */
export function isJobRef(value: unknown): value is JobRef {
  return typeof value === "object" && value !== null && (value as { [JOB]?: unknown })[JOB] === true;
}

/**
 * A job, with the id it has under `jobs:`. Other jobs reference it in `needs` and read its
 * outputs through it, so renaming the id renames every use. The optional third argument holds
 * pipewright's options for this job alone, as for {@link workflow}:
 * `job("lint", {...}, { rules: { "template-injection": "off" } })`.
 *
 * @example
 * const build = job("build", {
 *   "runs-on": "ubuntu-latest",
 *   outputs: { digest: steps.push.outputs.digest },
 *   steps: [uses("docker/build-push-action@v6", { id: "push", with: { push: true } })],
 * });
 * const deploy = job("deploy", { needs: [build], "runs-on": "ubuntu-latest",
 *   steps: [run(`deploy ${build.outputs.digest}`)] });
 * // deploy:
 * //   needs:
 * //     - build
 * //   runs-on: ubuntu-latest
 * //   steps:
 * //     - env:
 * //         NEEDS_BUILD_OUTPUTS_DIGEST: ${{ needs.build.outputs.digest }}
 * //       run: deploy $NEEDS_BUILD_OUTPUTS_DIGEST
 */
export function job<const Id extends string, const Outputs extends string = never>(
  id: Id,
  // Not generic in the whole definition: that would switch off TypeScript's excess-property
  // check, and a misspelled key such as `stpes` would compile. Only the output names are inferred.
  definition: JobDefinition & { readonly outputs?: { readonly [K in Outputs]: Value<string> } },
  options?: ScopeOptions,
): JobRef<Id, Outputs> {
  const source = callSite(job);
  checkArguments(id, definition);
  const ref = {
    [JOB]: true as const,
    id,
    definition: withMeta(definition, options ? { source, options } : { source }),
  };
  Object.defineProperty(ref, "outputs", { get: () => context(`needs.${id}.outputs`), enumerable: false });
  Object.defineProperty(ref, "result", { get: () => context(`needs.${id}.result`), enumerable: false });
  return Object.freeze(ref) as never;
}

/**
 * Mistakes the types catch, caught again for plain JavaScript and for `as any`: without this,
 * a job called without its id is written as `[object Object]`.
 */
function checkArguments(id: unknown, definition: unknown): void {
  if (isJobRef(id)) {
    throw new TypeError(`job() got a job value (job "${id.id}") instead of an id. A job value is already a job: list it in \`jobs\` as it is, \`jobs: [value]\` or \`jobs: { "${id.id}": value }\`.`);
  }
  // An empty or malformed id is the job-id rule's to explain, with its place in the YAML.
  if (typeof id !== "string") {
    const given = typeof id === "object" && id !== null ? "a definition" : String(id);
    throw new TypeError(`job() needs an id first, got ${given}. Write job("test", { "runs-on": "ubuntu-latest", steps: [...] }): the id is the job's key under \`jobs:\`.`);
  }
  if (isJobRef(definition)) {
    throw new TypeError(`job("${id}", ...) got a job value (job "${definition.id}") where its definition belongs. A job value is already a job: list it in \`jobs\` as it is (\`jobs: { "${definition.id}": value }\`), or make it with the id "${id}" in the first place.`);
  }
  if (typeof definition !== "object" || definition === null || Array.isArray(definition)) {
    const given = Array.isArray(definition) ? "an array" : definition === null ? "null" : typeof definition;
    throw new TypeError(`job("${id}", ...) needs a definition object as its second argument, got ${given}. Write job("${id}", { "runs-on": "ubuntu-latest", steps: [...] }).`);
  }
}
