import type { Expr } from "../model/expression.js";
import { callSite } from "../model/source.js";
import type { JobFactory, StepsItem, WorkflowJob } from "../model/workflow.js";
import { context, type NamedContext } from "./contexts.js";
import { withMeta } from "./meta.js";
import type { Value } from "./value.js";

const JOB: unique symbol = Symbol.for("pipewright.job") as never;

/** A job with its id, as returned by {@link job}; list it in `jobs` and in other jobs' `needs`. */
export interface JobRef<Id extends string = string, Outputs extends string = string> {
  readonly [JOB]: true;
  readonly id: Id;
  /** The job's definition, GitHub's keys (needs still as references). */
  readonly definition: JobDefinition;
  /** `needs.<id>.outputs.<name>`, for jobs that need this one. */
  readonly outputs: string extends Outputs ? NamedContext : { readonly [K in Outputs]: Expr };
  /** `needs.<id>.result`: success, failure, cancelled or skipped. */
  readonly result: Expr;
}

/** Any job reference, whatever its outputs (outputs are covariant, so this is the widest). */
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

/** True for values made by {@link job}. */
export function isJobRef(value: unknown): value is JobRef {
  return typeof value === "object" && value !== null && (value as { [JOB]?: unknown })[JOB] === true;
}

/**
 * A job, with the id it has under `jobs:`. Other jobs reference it in `needs` and read its
 * outputs through it, so renaming the id renames every use.
 *
 * @example
 * const build = job("build", {
 *   "runs-on": "ubuntu-latest",
 *   outputs: { digest: steps.push.outputs.digest },
 *   steps: [run("make")],
 * });
 * const deploy = job("deploy", { needs: [build], "runs-on": "ubuntu-latest",
 *   steps: [run(`deploy ${build.outputs.digest}`)] });
 * // deploy:
 * //   needs: [build]
 * //   ...
 */
export function job<const Id extends string, const Def extends JobDefinition>(
  id: Id,
  definition: Def & JobDefinition,
): JobRef<Id, Def extends { outputs?: infer O } ? (O extends object ? Extract<keyof O, string> : never) : never> {
  const source = callSite(job);
  const ref = {
    [JOB]: true as const,
    id,
    definition: withMeta(definition, { source }),
  };
  Object.defineProperty(ref, "outputs", { get: () => context(`needs.${id}.outputs`), enumerable: false });
  Object.defineProperty(ref, "result", { get: () => context(`needs.${id}.result`), enumerable: false });
  return Object.freeze(ref) as never;
}
