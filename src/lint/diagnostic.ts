import type { SourceLocation } from "../model/source.js";
import { formatLocation } from "../model/source.js";

export type Severity = "error" | "warning";

/** One problem, from any stage: shape check, lint rule, GitHub's parser, the loader. */
export interface Diagnostic {
  /** Rule id, e.g. `needs-unknown`; stages that are not rules use their own (`shape`, `github-parser`). */
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  /** The file the problem is in: the workflow file to be written, or the source file. */
  readonly file: string;
  /** Where in the YAML, as `jobs.build.steps[2].run`; empty for the whole file. */
  readonly path: string;
  /** Where in the user's TypeScript, when known. */
  readonly source?: SourceLocation;
  /** How to fix it. */
  readonly hint?: string;
}

/** Builds a diagnostic; the one place that decides which optional fields are present. */
export function diagnostic(
  fields: Omit<Diagnostic, "source" | "hint"> & { source?: SourceLocation | undefined; hint?: string | undefined },
): Diagnostic {
  const { source, hint, ...rest } = fields;
  // A call site whose frame could not be read (a builder called from Node's internals) has no file.
  const known = source?.file !== undefined;
  return { ...rest, ...(known ? { source: { file: source.file, line: source.line, column: source.column } } : {}), ...(hint ? { hint } : {}) };
}

/** Renders a diagnostic for a terminal: `workflows.ts:12:5: error: ... [rule]` then the hint. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.source ? formatLocation(d.source) : d.file;
  const at = d.path ? ` (${d.file} at ${d.path})` : d.source ? ` (${d.file})` : "";
  const head = `${where}: ${d.severity}: ${d.message}${at} [${d.rule}]`;
  return d.hint ? `${head}\n  hint: ${d.hint}` : head;
}

/** Applies per-rule severities (`off` drops a finding) and `strict` (warnings become errors). */
export function adjustSeverities(
  diagnostics: readonly Diagnostic[],
  options: { readonly rules?: Readonly<Record<string, Severity | "off">> | undefined; readonly strict?: boolean | undefined },
): Diagnostic[] {
  return diagnostics.flatMap((d) => {
    const chosen = options.rules?.[d.rule] ?? d.severity;
    if (chosen === "off") return [];
    const severity = options.strict ? "error" : chosen;
    return [severity === d.severity ? d : { ...d, severity }];
  });
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}
