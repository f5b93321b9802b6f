/**
 * One workflow file → what the printer needs, or the reasons it cannot be imported faithfully.
 * The import keeps the file's meaning: hardening is off unless asked for, and each lint error
 * the original would raise is acknowledged by a scoped rule override instead of a change.
 */
import { githubParserProblems } from "../compile/gate.js";
import { harden } from "../compile/harden.js";
import { checkShape } from "../compile/shape.js";
import { adjustSeverities, diagnostic, type Diagnostic, type Severity } from "../lint/diagnostic.js";
import { runRules } from "../lint/run-rules.js";
import { nearestOrigin } from "../model/source.js";
import { formatPath, type Workflow, type WorkflowModel, type YamlPath } from "../model/workflow.js";
import { hardeningChanges } from "./harden-changes.js";
import type { Acknowledged, WorkflowToPrint } from "./print-module.js";
import { readYamlSource } from "./yaml-source.js";

export interface ImportWorkflowOptions {
  /** Apply pipewright's secure defaults instead of keeping the file as it is. */
  readonly harden?: boolean | undefined;
  /** The project's rule severities (pipewright.config.json). */
  readonly rules?: Readonly<Record<string, Severity | "off">> | undefined;
  /** Other workflows of the same import by path (`.github/workflows/x.yml`), for reusable-workflow rules. */
  readonly readWorkflow?: ((path: string) => unknown) | undefined;
}

export interface ImportedWorkflow {
  readonly file: string;
  readonly stem: string;
  /** Undefined when the file cannot be imported; `diagnostics` say why. */
  readonly print?: WorkflowToPrint;
  readonly diagnostics: readonly Diagnostic[];
  /** With `harden`: each change the compiler will make, in words. */
  readonly changes: readonly string[];
}

const FILE_STEM = /^[A-Za-z0-9_][A-Za-z0-9._-]*$/;

/** Reads and checks one workflow file for import. `file` is how messages name it. */
export async function importWorkflow(text: string, file: string, options: ImportWorkflowOptions = {}): Promise<ImportedWorkflow> {
  const stem = file.replace(/^.*\//, "").replace(/\.ya?ml$/i, "");
  const fail = (problems: Diagnostic[]): ImportedWorkflow => ({ file, stem, diagnostics: problems, changes: [] });
  const problem = (message: string, hint: string, path: YamlPath = [], line?: { file: string; line: number; column: number }) =>
    diagnostic({ rule: "import", severity: "error", file, path: formatPath(path), message, hint, source: line ?? nearestOrigin(source.origins, path) });
  const source = readYamlSource(text, file);
  if (source.errors.length > 0) {
    return fail(source.errors.map((e) => problem(`not valid YAML: ${e.message}`, "fix the YAML syntax; GitHub would reject the file too", [], e.at)));
  }
  if (!FILE_STEM.test(stem)) return fail([problem(`the file name "${stem}" cannot name a generated workflow`, 'rename the file to letters, digits, ".", "-" and "_"')]);
  const data = source.data;
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return fail([problem("a workflow file must be a YAML mapping", "start with `name:`, `on:` and `jobs:`")]);
  }
  const odd = unrepresentable(data, []);
  if (odd) return fail([problem(`${odd.what} cannot be written back as the same YAML`, odd.hint, odd.path)]);
  const rejected = await githubParserProblems(file, text);
  if (rejected.length > 0) {
    return fail(rejected.map((message) => {
      // The parser names the place as `file (Line: 4, Col: 3): message`.
      const place = /\(Line: (\d+), Col: (\d+)\): /.exec(message);
      const at = place ? { file, line: Number(place[1]), column: Number(place[2]) } : undefined;
      return problem(`GitHub's workflow parser rejects the file: ${place ? message.slice(place.index + place[0].length) : message}`, "fix the workflow first; GitHub would not run it either", [], at);
    }));
  }
  let model: WorkflowModel = { fileStem: stem, workflow: data as Workflow, origins: source.origins, inlineExpressions: new Set(), comments: source.comments.trailing, sourceFile: file };
  const shape = await checkShape(model.workflow);
  if (shape.length > 0) {
    return fail(shape.map((s) => problem(`pipewright cannot represent this: ${s.message}`, s.hint ?? "see GitHub's workflow syntax", s.path)));
  }
  let changes: string[] = [];
  let inline = new Set<string>();
  if (options.harden) {
    // Scripts whose expressions cannot be moved keep them inline, visibly (`hoistExpressions: false`).
    const first = harden(model, file);
    inline = new Set(first.diagnostics.filter((d) => d.rule === "run-expression").map((d) => d.path.replace(/\.run$/, "")));
    const hardened = harden({ ...model, inlineExpressions: inline }, file).model;
    changes = hardeningChanges(model.workflow, hardened.workflow, inline, first.diagnostics);
    model = hardened;
  }
  const found = adjustSeverities(runRules(model, file, undefined, { readWorkflow: options.readWorkflow }), { rules: options.rules });
  const overrides = new Map<string, Acknowledged[]>();
  const jobs = (data as { jobs?: unknown }).jobs;
  for (const d of found) {
    if (d.severity !== "error") continue;
    const job = /^jobs\.([^.[]+)/.exec(d.path)?.[1];
    const scope = job !== undefined && typeof jobs === "object" && jobs !== null && Object.hasOwn(jobs, job) ? `jobs.${job}` : "";
    overrides.set(scope, [...(overrides.get(scope) ?? []), { rule: d.rule, message: d.message, path: d.path, line: source.origins.get(d.path)?.line ?? d.source?.line }]);
  }
  const print: WorkflowToPrint = { stem, file, data: data as Record<string, unknown>, source, harden: options.harden === true, overrides, inline };
  return { file, stem, print, diagnostics: [], changes };
}

/**
 * The first value YAML holds that the model cannot carry unchanged (`.inf`, `.nan`, tags), or
 * an alias inside its own anchor (a value that never ends). `within`: the values around it.
 */
function unrepresentable(value: unknown, path: YamlPath, within = new Set<object>()): { what: string; hint: string; path: YamlPath } | undefined {
  if (typeof value === "number" && !Number.isFinite(value)) return { what: `the number ${value}`, hint: "quote it if a string is meant", path };
  if (typeof value !== "object" || value === null) return undefined;
  if (within.has(value)) return { what: "an alias inside its own anchor (a value that never ends)", hint: "write the value out, or anchor a part that does not contain the alias", path };
  if (value instanceof Map || value instanceof Set || value instanceof Date || value instanceof Uint8Array) return { what: "a YAML tag (!!set, !!timestamp, !!binary)", hint: "write the value as a plain string, number or mapping", path };
  within.add(value);
  try {
    const entries: [string | number, unknown][] = Array.isArray(value) ? [...value.entries()] : Object.entries(value);
    for (const [key, item] of entries) {
      const found = unrepresentable(item, [...path, key], within);
      if (found) return found;
    }
  } finally {
    within.delete(value);
  }
  return undefined;
}
