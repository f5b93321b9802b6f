import type { Expr } from "../model/expression.js";
import { callSite } from "../model/source.js";
import type { RegularStep, RunStep } from "../model/workflow.js";
import { context, type NamedContext } from "./contexts.js";
import { withMeta } from "./meta.js";
import type { Value } from "./value.js";

/** What a step exposes to later expressions once it has an `id`. */
export interface StepOutputs<Outputs extends string = string> {
  /** `steps.<id>.outputs.<name>`. */
  readonly outputs: string extends Outputs ? NamedContext : { readonly [K in Outputs]: Expr };
  /** `steps.<id>.outcome`: success, failure, cancelled or skipped, before `continue-on-error`. */
  readonly outcome: Expr;
  /** `steps.<id>.conclusion`: the result after `continue-on-error` is applied. */
  readonly conclusion: Expr;
}

/** Options of a `run` step: every key GitHub accepts except `run`, plus pipewright's own. */
export type RunOptions = Value<Omit<RunStep, "run">> & {
  /**
   * `false` keeps `${{ }}` inside the script. By default pipewright moves each into the
   * step's `env` and references it as `$NAME`, so no expression result is parsed as shell.
   */
  readonly hoistExpressions?: boolean;
};

/** Options of a `uses` step: every key GitHub accepts except `uses`. */
export type UsesOptions = Value<Omit<RegularStep, "uses">>;

export type RunStepValue<Id extends string = string> = Value<RunStep> & StepOutputs & { readonly id?: Id };
export type UsesStepValue<Id extends string = string, Outputs extends string = string> = Value<RegularStep> &
  StepOutputs<Outputs> & { readonly id?: Id };

/** Adds the non-enumerable `outputs`/`outcome`/`conclusion` accessors of a step with an id. */
export function stepRefs<T extends object>(step: T, id: unknown): T {
  const base = typeof id === "string" && id !== "" ? `steps.${id}` : undefined;
  const refs = (name: string) => {
    if (base === undefined) {
      throw new Error(`step has no id: give it \`id: "..."\` to use its ${name} in an expression`);
    }
    return context(`${base}.${name}`);
  };
  for (const name of ["outputs", "outcome", "conclusion"]) {
    Object.defineProperty(step, name, { get: () => refs(name), enumerable: false });
  }
  return Object.freeze(step);
}

/**
 * A step that runs a shell script.
 *
 * @example
 * run("dbt -q parse", { name: "Validate the dbt project", "working-directory": "analytics" })
 * // - name: Validate the dbt project
 * //   working-directory: analytics
 * //   run: dbt -q parse
 */
export function run<const Id extends string = string>(
  script: string,
  options: RunOptions & { readonly id?: Id } = {},
): RunStepValue<Id> {
  const { hoistExpressions, ...rest } = options;
  const meta = hoistExpressions === undefined
    ? { source: callSite(run) }
    : { source: callSite(run), hoistExpressions };
  const step = withMeta({ ...rest, run: script }, meta);
  return stepRefs(step, rest.id) as unknown as RunStepValue<Id>;
}

/**
 * A step that runs an action or a Docker image.
 *
 * @example
 * uses("actions/setup-python@v5", { with: { "python-version": "3.12" } })
 * // - uses: actions/setup-python@v5
 * //   with:
 * //     python-version: "3.12"
 */
export function uses<const Id extends string = string>(
  action: string,
  options: UsesOptions & { readonly id?: Id } = {},
): UsesStepValue<Id> {
  const step = withMeta({ ...options, uses: action }, { source: callSite(uses) });
  return stepRefs(step, options.id) as unknown as UsesStepValue<Id>;
}
