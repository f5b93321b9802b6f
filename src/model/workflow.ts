/**
 * The workflow model: plain data under GitHub's own key names, exactly what a workflow file
 * holds, plus where each part came from. The compiler's stages pass this along.
 */
import type {
  Job,
  JobFactory,
  RegularStep,
  RunStep,
  StepsItem,
  Workflow,
  WorkflowJob,
} from "../generated/workflow.js";
import type { SourceLocation } from "./source.js";

export type { Job, JobFactory, RegularStep, RunStep, StepsItem, Workflow, WorkflowJob };
export type Step = StepsItem;

/** A place in a workflow file: keys and sequence indexes from the root. */
export type YamlPath = readonly (string | number)[];

/** Formats a path the way GitHub's docs do: `jobs.build.steps[2].run`. */
export function formatPath(path: YamlPath): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? part : `.${part}`;
  }
  return out;
}

/** One workflow file ready for checks and emission. */
export interface WorkflowModel {
  /** File name without extension: `ci` is written to `ci.yml`. */
  readonly fileStem: string;
  /** The workflow, as plain data; expressions are `${{ }}` strings. */
  readonly workflow: Workflow;
  /** The user's source file the workflow came from, when known. */
  readonly sourceFile?: string;
  /** Where the builder that made the part at a path (`formatPath`) was called. */
  readonly origins: ReadonlyMap<string, SourceLocation>;
  /** Paths of `run` steps whose `${{ }}` must stay inline (hoisting turned off). */
  readonly inlineExpressions: ReadonlySet<string>;
  /** Trailing comments for scalars, by path (`jobs.build.steps[0].uses` → `v7.0.1`). */
  readonly comments: ReadonlyMap<string, string>;
  /**
   * pipewright's own options of a workflow (path `""`) or a job (`jobs.<id>`), set by the third
   * argument of `workflow()` / `job()`; absent means the defaults.
   */
  readonly scopes?: ReadonlyMap<string, ScopeOptions>;
}

/** How a rule's findings count: its own severity replaced, or dropped (`off`). */
export type RuleSetting = "error" | "warning" | "off";

/** Options of pipewright itself (never GitHub keys) for a workflow or a job. */
export interface ScopeOptions {
  /** `false`: leave the YAML exactly as written (no hoisting, checkout or permission defaults). */
  readonly harden?: boolean;
  /** Severity per rule id for findings inside this workflow or job. */
  readonly rules?: Readonly<Record<string, RuleSetting>>;
}
