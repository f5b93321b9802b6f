/**
 * Reads of a context by their first key (`secrets.<name>`), for rules that check names without
 * types (secret-name). The contexts the workflow defines (`steps`, `needs`, `matrix`, `inputs`)
 * are checked by the expression type checker (type-check.ts). Built on the expression sites.
 */
import type { WorkflowModel, YamlPath } from "../model/workflow.js";
import { contextReads, expressionSites } from "./expression-sites.js";

/** One read: `steps.build.outputs.tag` is name `build`, keys `build, outputs, tag`. */
export interface NamedRead {
  /** The first key, as written. */
  readonly name: string;
  /** Every key after the context: a name, `*` for a filter, undefined for a computed index. */
  readonly keys: readonly (string | undefined)[];
  /** Where the string holding the expression is. */
  readonly path: YamlPath;
}

const cache = new WeakMap<WorkflowModel, Map<string, NamedRead[]>>();

/** Keys compared as GitHub compares them in expressions: without regard to case. */
export const sameKey = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** The reads of one context (lower case) whose first key is a name, in document order. */
export function namedReads(model: WorkflowModel, context: string): readonly NamedRead[] {
  let byContext = cache.get(model);
  if (!byContext) {
    byContext = new Map();
    for (const site of expressionSites(model)) {
      if (!site.tree) continue;
      for (const read of contextReads(site.tree)) {
        const name = read.keys[0];
        if (name === undefined || name === "*") continue;
        const key = read.context.toLowerCase();
        const list = byContext.get(key) ?? [];
        list.push({ name, keys: read.keys, path: site.path });
        byContext.set(key, list);
      }
    }
    cache.set(model, byContext);
  }
  return byContext.get(context) ?? [];
}
