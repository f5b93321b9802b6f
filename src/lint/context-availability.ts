/**
 * Which contexts and special functions GitHub allows at a place in a workflow, read from the
 * `context` lists of GitHub's own workflow schema (kept as `x-contexts` in
 * schemas/workflow.schema.json). GitHub's reader adds a definition's list to its parent's, so
 * the lists met on the way down from the root add up; where the schema offers several shapes
 * (a job that runs steps or calls a workflow), what any of them allows is allowed.
 */
import schema from "../../schemas/workflow.schema.json" with { type: "json" };
import type { YamlPath } from "../model/workflow.js";

/** The contexts and special functions (`hashFiles`, `success`, ...) usable at one place. */
export interface Availability {
  /** Context names, lower case. */
  readonly contexts: ReadonlySet<string>;
  /** Special functions by lower-case name, with their argument counts there. */
  readonly functions: ReadonlyMap<string, { readonly name: string; readonly minArgs: number; readonly maxArgs: number }>;
}

type SchemaNode = { readonly [key: string]: unknown };
interface State {
  readonly node: SchemaNode;
  readonly contexts: readonly string[];
}

const defs = (schema as unknown as { $defs: Record<string, SchemaNode> }).$defs;
const root = schema as unknown as SchemaNode;
const isNode = (value: unknown): value is SchemaNode => typeof value === "object" && value !== null && !Array.isArray(value);
const STRUCTURE = ["type", "properties", "additionalProperties", "patternProperties", "items", "prefixItems", "const", "enum", "pattern"];

/** Follows `$ref`s and alternatives down to the shapes a value may take, gathering contexts. */
function shapes(node: SchemaNode, contexts: readonly string[], out: State[] = []): State[] {
  const own = node["x-contexts"];
  const here = Array.isArray(own) ? [...contexts, ...(own as string[])] : contexts;
  const ref = node.$ref;
  if (typeof ref === "string") {
    const target = defs[ref.replace("#/$defs/", "")];
    if (target) shapes(target, here, out);
  }
  for (const key of ["anyOf", "oneOf", "allOf"]) {
    const branches = node[key];
    if (Array.isArray(branches)) for (const branch of branches) if (isNode(branch)) shapes(branch, here, out);
  }
  const alternatives = ["$ref", "anyOf", "oneOf", "allOf"].some((key) => key in node);
  if (!alternatives || STRUCTURE.some((key) => key in node)) out.push({ node, contexts: here });
  return out;
}

/** The schema for one key or index below a shape; an empty schema (`{}`) holds anything. */
function child(node: SchemaNode, segment: string | number): SchemaNode | undefined {
  if (!STRUCTURE.some((key) => key in node)) return node;
  if (typeof segment === "number") {
    const items = node.items;
    return isNode(items) ? items : undefined;
  }
  const properties = node.properties;
  if (isNode(properties) && isNode(properties[segment])) return properties[segment];
  const patterns = node.patternProperties;
  if (isNode(patterns)) {
    for (const [pattern, value] of Object.entries(patterns)) if (isNode(value) && new RegExp(pattern, "u").test(segment)) return value;
  }
  const additional = node.additionalProperties;
  return isNode(additional) ? additional : undefined;
}

const FUNCTION = /^([A-Za-z0-9_]+)\((\d+),(\d+|MAX)\)$/;
// Paths share long prefixes (`jobs.build.steps[3]`), so the shapes are kept per prefix and a
// new path costs one step from its parent. Paths that differ only in names the user chose
// (`jobs.build` and `jobs.test`) reach the same schema nodes: their shapes, and what those
// allow, are worked out once. A long-lived process starts over past a bound.
const shapesByPrefix = new Map<string, readonly State[]>();
const byPath = new Map<string, Availability | null>();
const nodeIds = new Map<SchemaNode, number>();
const shapesByNodes = new Map<string, readonly State[]>();
const summaries = new WeakMap<readonly State[], Availability>();

const idOf = (node: SchemaNode): number => {
  let id = nodeIds.get(node);
  if (id === undefined) nodeIds.set(node, (id = nodeIds.size));
  return id;
};

function shapesAt(path: YamlPath): readonly State[] {
  if (path.length === 0) return shapes(root, []);
  const key = path.map((part) => (typeof part === "number" ? "[]" : part)).join("\u0000");
  let found = shapesByPrefix.get(key);
  if (!found) {
    const segment = path[path.length - 1]!;
    const below: State[] = [];
    for (const { node, contexts } of shapesAt(path.slice(0, -1))) {
      const next = child(node, segment);
      if (next) below.push({ node: next, contexts });
    }
    const nodes = below.map(({ node, contexts }) => `${idOf(node)}:${contexts.join(",")}`).join("|");
    found = shapesByNodes.get(nodes);
    if (!found) {
      found = below.flatMap(({ node, contexts }) => shapes(node, contexts));
      shapesByNodes.set(nodes, found);
    }
    if (shapesByPrefix.size > 20_000) shapesByPrefix.clear();
    shapesByPrefix.set(key, found);
  }
  return found;
}

/**
 * What GitHub allows at `path`; undefined where the schema does not know the place (the shape
 * check reports that). An empty availability means GitHub evaluates no expressions there.
 */
export function availabilityAt(path: YamlPath): Availability | undefined {
  const key = path.map((part) => (typeof part === "number" ? "[]" : part)).join("\u0000");
  let found = byPath.get(key);
  if (found === undefined) {
    const states = shapesAt(path);
    found = null;
    if (states.length) {
      found = summaries.get(states) ?? summarize(states);
      summaries.set(states, found);
    }
    if (byPath.size > 20_000) byPath.clear();
    byPath.set(key, found);
  }
  return found ?? undefined;
}

/** The contexts and functions the shapes a value may take allow, together. */
function summarize(states: readonly State[]): Availability {
  const contexts = new Set<string>();
  const functions = new Map<string, { name: string; minArgs: number; maxArgs: number }>();
  for (const entry of new Set(states.flatMap((state) => state.contexts))) {
    const match = FUNCTION.exec(entry);
    if (!match) {
      contexts.add(entry.toLowerCase());
      continue;
    }
    const [, name, min, max] = match as unknown as [string, string, string, string];
    const maxArgs = max === "MAX" ? Number.MAX_SAFE_INTEGER : Number(max);
    const earlier = functions.get(name.toLowerCase());
    functions.set(name.toLowerCase(), {
      name,
      minArgs: Math.min(Number(min), earlier?.minArgs ?? Number.MAX_SAFE_INTEGER),
      maxArgs: Math.max(maxArgs, earlier?.maxArgs ?? 0),
    });
  }
  return { contexts, functions };
}

/**
 * A place as GitHub's docs name it: `jobs.<job_id>.steps[*].if`. Names the user chose for
 * jobs are generalised; the rest stays as written.
 */
export function describePlace(path: YamlPath): string {
  let out = "";
  for (const [i, part] of path.entries()) {
    if (typeof part === "number") out += "[*]";
    else if (i === 1 && path[0] === "jobs") out += ".<job_id>";
    else out += out === "" ? part : `.${part}`;
  }
  return out;
}
