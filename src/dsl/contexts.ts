/**
 * Typed expression contexts: `github.ref`, `secrets.TOKEN`, `matrix.os`, `steps.meta.outputs.tags`.
 * Each property access builds the expression text; nothing is evaluated here.
 */
import { GITHUB_CONTEXT, JOB_CONTEXT, RUNNER_CONTEXT, STRATEGY_CONTEXT } from "../model/contexts.js";
import { EXPR, type Expr } from "../model/expression.js";

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** Appends a property to an expression path, with index syntax where a dot would not parse. */
export function member(base: string, name: string): string {
  return IDENTIFIER.test(name) ? `${base}.${name}` : `${base}['${name.replaceAll("'", "''")}']`;
}

/**
 * What reading a name TypeScript cannot know gives (`secrets.MY_TOKEN`, `matrix.os`,
 * `github.event.pull_request.title`): an expression at run time. It is `any` because under
 * `noUncheckedIndexedAccess` a read through an index signature of any other type is
 * `T | undefined`, which no builder accepts and which breaks chains such as
 * `steps.meta.outputs.tags`. Known properties (`github.ref`, `runner.os`) stay `Expr`, so a
 * misspelling of them still does not compile.
 */
type OpenRead = any;

/** An expression whose every property is a deeper expression: `github.event.pull_request.title`. */
export type DeepExpr = Expr & { readonly [key: string]: OpenRead };

/** Builds a context value whose properties are expressions below `path`. */
export function context(path: string): DeepExpr {
  const text = `\${{ ${path} }}`;
  const own: Record<PropertyKey, unknown> = {
    [EXPR]: true,
    expression: path,
    toString: () => text,
    toJSON: () => text,
    [Symbol.toPrimitive]: () => text,
  };
  return new Proxy(own, {
    get(target, key) {
      if (key in target) return target[key];
      // Not a thenable, not inspectable as anything but the expression.
      if (typeof key === "symbol" || key === "then") return undefined;
      return context(member(path, key));
    },
    has: (target, key) => key in target,
    set: () => false,
    ownKeys: () => [],
    getOwnPropertyDescriptor: () => undefined,
  }) as unknown as DeepExpr;
}

/** A context whose names are chosen by the user (`secrets`, `vars`, `env`, `inputs`). */
export type NamedContext = { readonly [name: string]: OpenRead };

/**
 * A context whose properties GitHub defines, typed from the table the lint type checker reads
 * (src/model/contexts.ts): a scalar property is an `Expr`, an object or array one reads deeper.
 */
type TypedContext<T> = { readonly [K in keyof T]: T[K] extends "any" ? DeepExpr : T[K] extends string ? Expr : DeepExpr };

/**
 * The `github` context. Known properties are typed so `github.evnt` does not compile;
 * `github.event` is open, as every webhook payload differs.
 */
export interface GitHubContext extends TypedContext<typeof GITHUB_CONTEXT> {}

/** The `runner` context. */
export interface RunnerContext extends TypedContext<typeof RUNNER_CONTEXT> {}

/** The `job` context. */
export interface JobContext extends TypedContext<typeof JOB_CONTEXT> {}

/** The `strategy` context. */
export interface StrategyContext extends TypedContext<typeof STRATEGY_CONTEXT> {}

/**
 * The step outputs and results of a job: `steps.<id>.outputs.<name>`, `steps.<id>.outcome`,
 * `steps.<id>.conclusion` (read through `OpenRead`, for the reason given there).
 */
export type StepsContext = { readonly [id: string]: OpenRead };

/** Outputs and results of the jobs this job needs: `needs.<job>.outputs.<name>`, `needs.<job>.result`. */
export type NeedsContext = { readonly [id: string]: OpenRead };

/** `github.*`: information about the run and the event that triggered it. */
export const github = context("github") as unknown as GitHubContext;
/** `secrets.NAME`: repository, organisation and environment secrets, and `GITHUB_TOKEN`. */
export const secrets = context("secrets") as unknown as NamedContext;
/** `vars.NAME`: configuration variables. */
export const vars = context("vars") as unknown as NamedContext;
/** `env.NAME`: variables set in `env` of the workflow, job or step. */
export const env = context("env") as unknown as NamedContext;
/** `inputs.NAME`: inputs of `workflow_dispatch` or `workflow_call`. */
export const inputs = context("inputs") as unknown as NamedContext;
/** `matrix.NAME`: the current matrix combination; nested values are reachable too. */
export const matrix = context("matrix") as unknown as { readonly [key: string]: OpenRead };
/** `steps.<id>...`: outputs and results of earlier steps in the job. */
export const steps = context("steps") as unknown as StepsContext;
/** `needs.<job>...`: outputs and results of jobs this job needs. */
export const needs = context("needs") as unknown as NeedsContext;
/** `runner.*`: the machine running the job. */
export const runner = context("runner") as unknown as RunnerContext;
/** `job.*`: the running job. */
export const jobContext = context("job") as unknown as JobContext;
/** `strategy.*`: the matrix strategy of the running job. */
export const strategy = context("strategy") as unknown as StrategyContext;
