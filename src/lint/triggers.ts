/** The events of a workflow's `on`, in any of its three forms, for the trigger rules. */
import type { WorkflowModel, YamlPath } from "../model/workflow.js";
import { isObject } from "./walk.js";

export interface EventEntry {
  readonly name: string;
  /** The event's mapping; `undefined` when it is named without one (`on: push`, `push:`). */
  readonly config: Record<string, unknown> | undefined;
  readonly path: YamlPath;
}

/** Every event `on` names: `on: push`, `on: [push, pull_request]` or `on: { push: {...} }`. */
export function eventsOf(model: WorkflowModel): EventEntry[] {
  const on = (model.workflow as { on?: unknown }).on;
  if (typeof on === "string") return [{ name: on, config: undefined, path: ["on"] }];
  if (Array.isArray(on)) {
    return on.flatMap((name, i) => (typeof name === "string" ? [{ name, config: undefined, path: ["on", i] }] : []));
  }
  if (!isObject(on)) return [];
  return Object.entries(on).map(([name, config]) => ({ name, config: isObject(config) ? config : undefined, path: ["on", name] }));
}

/** The input declarations of `workflow_dispatch` and `workflow_call`, with their paths. */
export function declaredInputs(model: WorkflowModel): { event: string; name: string; input: unknown; path: YamlPath }[] {
  return eventsOf(model)
    .filter((e) => e.name === "workflow_dispatch" || e.name === "workflow_call")
    .flatMap(({ name: event, config, path }) => {
      const inputs = config?.inputs;
      if (!isObject(inputs)) return [];
      return Object.entries(inputs).map(([name, input]) => ({ event, name, input, path: [...path, "inputs", name] }));
    });
}
