/**
 * The types the expression type checker infers: GitHub's value kinds (null, boolean, number,
 * string, array, object) and `any` for what only the run knows. An object lists the
 * properties it is known to have; `rest` is the type of any other key (a map such as
 * `secrets`), and an object without `rest` is closed: reading another key is a finding, which
 * the object's `missing` explains in words fitting the context it came from.
 */
import type { ContextType } from "../model/contexts.js";
import { closest } from "./spelling.js";

/** A finding about one read, made where the object's type was built. */
export interface TypeProblem {
  /** The rule the finding belongs to (`step-reference`, `expression-context`, ...). */
  readonly rule: string;
  readonly message: string;
  readonly hint: string;
}

/** Explains a missing key: `key` as written, `of` the object as written (`steps.build`). */
export type Missing = (key: string, of: string) => TypeProblem | undefined;

export interface Property {
  /** The name as GitHub spells it, for hints. */
  readonly name: string;
  readonly type: ExprType;
}

export type ExprType =
  | { readonly kind: "null" | "boolean" | "number" | "string" | "any" }
  /** `filtered`: made by a `*` filter, so a property read maps over the items (`needs.*.result`). */
  | { readonly kind: "array"; readonly item: ExprType; readonly filtered?: true }
  | {
      readonly kind: "object";
      /** By lower-case name: GitHub compares keys without regard to case. */
      readonly props: ReadonlyMap<string, Property>;
      readonly rest?: ExprType;
      readonly missing?: Missing;
    };

export type ObjectType = Extract<ExprType, { kind: "object" }>;

export const ANY: ExprType = { kind: "any" };
export const STRING: ExprType = { kind: "string" };
export const NUMBER: ExprType = { kind: "number" };
export const BOOLEAN: ExprType = { kind: "boolean" };
export const NULL: ExprType = { kind: "null" };

/** An object type from named properties; closed unless `rest` is given. */
export function objectType(props: Iterable<readonly [string, ExprType]>, options: { rest?: ExprType; missing?: Missing } = {}): ObjectType {
  const map = new Map<string, Property>();
  for (const [name, type] of props) map.set(name.toLowerCase(), { name, type });
  return { kind: "object", props: map, ...(options.rest ? { rest: options.rest } : {}), ...(options.missing ? { missing: options.missing } : {}) };
}

/** A map: any key, each of type `value`. */
export const mapOf = (value: ExprType): ObjectType => objectType([], { rest: value });

/** The type a context table entry (src/model/contexts.ts) describes. */
export function fromContextType(type: ContextType, missing: (names: readonly string[]) => Missing): ExprType {
  if (type === "any") return ANY;
  if (typeof type === "string") return { kind: type };
  if (Array.isArray(type)) return { kind: "array", item: fromContextType((type as readonly [ContextType])[0], missing) };
  const entries = Object.entries(type as Record<string, ContextType>);
  const props = entries.filter(([name]) => name !== "*").map(([name, value]) => [name, fromContextType(value, missing)] as const);
  const rest = entries.find(([name]) => name === "*");
  return rest
    ? objectType(props, { rest: fromContextType(rest[1], missing) })
    : objectType(props, { missing: missing(props.map(([name]) => name)) });
}

/** The type of a JSON value (a matrix row, a `fromJSON('...')` literal); objects are closed. */
export function typeOfValue(value: unknown, missing?: Missing): ExprType {
  if (value === null) return NULL;
  if (typeof value === "string") return value.includes("${{") ? ANY : STRING;
  if (typeof value === "number") return NUMBER;
  if (typeof value === "boolean") return BOOLEAN;
  if (Array.isArray(value)) return { kind: "array", item: value.map((v) => typeOfValue(v, missing)).reduce(union, undefined as ExprType | undefined) ?? ANY };
  if (typeof value === "object") {
    return objectType(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, typeOfValue(v, missing)] as const), missing ? { missing } : {});
  }
  return ANY;
}

/** The type of a value that is one of two: objects merge their properties, unlike kinds give `any`. */
export function union(a: ExprType | undefined, b: ExprType): ExprType {
  if (a === undefined) return b;
  if (a.kind === "any" || b.kind === "any") return ANY;
  if (a.kind === "object" && b.kind === "object") {
    const props = new Map(a.props);
    for (const [key, prop] of b.props) {
      const there = props.get(key);
      props.set(key, there ? { name: there.name, type: union(there.type, prop.type) } : prop);
    }
    const rest = a.rest && b.rest ? union(a.rest, b.rest) : a.rest ?? b.rest;
    return { kind: "object", props, ...(rest ? { rest } : {}), ...(a.missing ? { missing: a.missing } : {}) };
  }
  if (a.kind === "array" && b.kind === "array") return { kind: "array", item: union(a.item, b.item) };
  return a.kind === b.kind ? a : ANY;
}

/** `a string`, `an object`, ... for messages. */
export function describeType(type: ExprType): string {
  switch (type.kind) {
    case "array": return "an array";
    case "object": return "an object";
    case "any": return "a value";
    case "null": return "null";
    default: return `a ${type.kind}`;
  }
}

/** The hint for a misspelt property of a closed object: the nearest name, or all of them. */
export function nearHint(key: string, of: string, names: readonly string[]): string {
  const near = closest(key, [...names], key.length <= 4 ? 1 : 2);
  return near ? `did you mean \`${of}.${near}\`?` : `its properties are ${names.join(", ")}`;
}

/** What GitHub's functions return, by lower-case name; unknown functions give `any`. */
export const FUNCTION_RESULTS: Readonly<Record<string, ExprType>> = {
  contains: BOOLEAN, startswith: BOOLEAN, endswith: BOOLEAN, format: STRING, join: STRING, tojson: STRING,
  hashfiles: STRING, success: BOOLEAN, always: BOOLEAN, cancelled: BOOLEAN, failure: BOOLEAN,
};
