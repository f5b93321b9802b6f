import type { SourceLocation } from "../model/source.js";
import type { ScopeOptions } from "../model/workflow.js";

/**
 * Facts the builders attach to the values they return that are not GitHub keys (where the
 * call was, options of pipewright itself). A registered symbol keeps them out of the YAML and
 * lets two copies of pipewright read each other's values.
 */
export const META: unique symbol = Symbol.for("pipewright.meta") as never;

export interface BuilderMeta {
  readonly source?: SourceLocation | undefined;
  /** For a `run` step: `false` keeps `${{ }}` in the script instead of moving it to `env`. */
  readonly hoistExpressions?: boolean;
  /** Trailing YAML comments by key of this object, e.g. `{ uses: "v7.0.1" }`. */
  readonly comments?: Readonly<Record<string, string>>;
  /** For a workflow or a job: pipewright's options given as the builder's third argument. */
  readonly options?: ScopeOptions;
}

/** Returns a frozen copy of `value` carrying `meta` under the hidden key. */
export function withMeta<T extends object>(value: T, meta: BuilderMeta): T {
  const copy = { ...value };
  Object.defineProperty(copy, META, { value: meta, enumerable: false });
  return copy;
}

/** Reads what {@link withMeta} attached, if anything. */
export function metaOf(value: unknown): BuilderMeta | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  return (value as { [META]?: BuilderMeta })[META];
}

/**
 * Returns a copy of `value` in which every builder call site is replaced by `source`. Presets
 * use it so that a problem inside the job they build is reported at the user's call of the
 * preset, not at a line inside pipewright.
 */
export function relocate<T>(value: T, source: SourceLocation | undefined): T {
  if (source === undefined || typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) return value.map((item) => relocate(item, source)) as T;
  const meta = metaOf(value);
  if (!meta || Object.getPrototypeOf(value) !== Object.prototype) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[key] = relocate(item, source);
  // Non-enumerable accessors (a step's `outputs`) are carried over as they are.
  for (const key of Object.getOwnPropertyNames(value)) {
    if (!(key in copy)) Object.defineProperty(copy, key, Object.getOwnPropertyDescriptor(value, key)!);
  }
  return withMeta(copy, { ...meta, source }) as T;
}
