import type { Expr } from "../model/expression.js";

/**
 * The DSL's view of a model type: wherever GitHub takes a scalar, an expression value
 * (`secrets.TOKEN`, `eq(github.ref, "refs/heads/main")`) is accepted too.
 */
export type Value<T> = T extends string | number | boolean
  ? T | Expr
  : T extends null | undefined
    ? T
    : T extends readonly (infer U)[]
      ? readonly Value<U>[]
      : T extends object
        ? { [K in keyof T]: Value<T[K]> }
        : T;
