/**
 * `pipewright lint`: the same rules the compiler runs, over workflow YAML files, so a team
 * can adopt pipewright's checks before writing any TypeScript.
 */
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { checkShape } from "../compile/shape.js";
import { readWorkflowYaml } from "../import/read-yaml.js";
import { adjustSeverities, diagnostic, type Diagnostic, type Severity } from "../lint/diagnostic.js";
import { runRules } from "../lint/run-rules.js";
import { nearestOrigin } from "../model/source.js";
import { formatPath } from "../model/workflow.js";
import type { ActionLookup } from "../lint/locked-actions.js";
import { findWorkflows } from "./find-workflows.js";
import { PipewrightError } from "../project/errors.js";
import { actionStandIn, compositeSteps, isActionMetadata, lintAction } from "./lint-action.js";
import { checkScripts } from "./script-tools.js";
import { dependabotRules, isDependabotConfig } from "../lint/dependabot/rules.js";

export interface LintOptions {
  readonly cwd: string;
  /** Only these rule ids (empty: all). */
  readonly rules?: readonly string[];
  /** Skip these rule ids. */
  readonly ignore?: readonly string[];
  /** Severity per rule id, overriding the rule's own. */
  readonly severities?: Readonly<Record<string, Severity | "off">>;
  /** Report warnings as errors. */
  readonly strict?: boolean;
  /** Run the pedantic rules too. */
  readonly pedantic?: boolean;
  /**
   * Check `run:` scripts with shellcheck (bash, sh) and pyflakes (python): `true` requires them
   * installed, "auto" uses those on PATH (the CLI's default), false or absent checks none.
   */
  readonly scripts?: boolean | "auto";
  /**
   * How rules read another workflow of the repository by its path from the repository root
   * (a local reusable workflow); lintFiles reads it from the disk.
   */
  readonly readWorkflow?: (path: string) => unknown;
  /** The project's locked actions (pipewright.lock.json), checked like bundled ones. */
  readonly actions?: ActionLookup | undefined;
}

export interface LintResult {
  readonly files: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
}

/** A key of a workflow (`on`, `jobs`), an action (`runs`) or Dependabot's configuration (`updates`), at any indentation (a document may be indented as a whole). */
const LINTABLE = /^[ \t]*["']?(?:on|jobs|runs|updates)["']?[ \t]*:/m;

/** Lints YAML workflow files; `targets` are files or folders (their *.yml and *.yaml). */
export async function lintFiles(targets: readonly string[], options: LintOptions): Promise<LintResult> {
  const files = await findWorkflows(options.cwd, targets, { actions: true });
  const diagnostics: Diagnostic[] = [];
  const parsed = new Map<string, unknown>();
  // Files named on the command line are linted whatever they hold; of those found in a folder,
  // only workflows, actions and Dependabot's configuration (a docker-compose.yml is none).
  const named = new Set(targets.map((target) => resolve(options.cwd, target)));
  const linted: string[] = [];
  for (const file of files) {
    // Read in turn: workflow files are small, and a synchronous read costs a fraction of an
    // asynchronous one's promise and thread-pool round trips.
    const text = readFileSync(join(options.cwd, file), "utf8");
    if (!named.has(resolve(options.cwd, file)) && !LINTABLE.test(text)) continue;
    linted.push(file);
    const readWorkflow = options.readWorkflow ?? ((path: string) => readBeside(join(options.cwd, file), path, parsed));
    diagnostics.push(...(await lintText(text, file, { ...options, readWorkflow })));
  }
  if (linted.length === 0) throw new PipewrightError("usage", `no workflow files (*.yml, *.yaml) found under ${targets.join(", ")}`);
  return { files: linted, diagnostics };
}

/**
 * A workflow of the linted file's repository: the repository root is the linted file's folder's
 * `../..` (its `.github/workflows`). Undefined when the file is absent or not a workflow mapping.
 */
function readBeside(linted: string, path: string, parsed: Map<string, unknown>): unknown {
  const full = resolve(dirname(linted), "../..", path);
  if (!parsed.has(full)) {
    let text: string | undefined;
    try {
      text = readFileSync(full, "utf8");
    } catch {
      text = undefined;
    }
    parsed.set(full, text === undefined ? undefined : readWorkflowYaml(text, path).model?.workflow);
  }
  return parsed.get(full);
}

/** Lints one file's text. */
export async function lintText(text: string, file: string, options: Omit<LintOptions, "cwd"> = {}): Promise<Diagnostic[]> {
  const read = readWorkflowYaml(text, file);
  const found = [...read.diagnostics];
  if (read.model && isDependabotConfig(file, read.model.workflow)) {
    found.push(...runRules(read.model, file, dependabotRules, { severities: options.severities }));
  } else if (read.model && isActionMetadata(file, read.model.workflow)) {
    found.push(...lintAction(read.model, file, { actions: options.actions, pedantic: options.pedantic, severities: options.severities }));
    const steps = compositeSteps(read.model);
    if (options.scripts && steps) found.push(...(await checkScripts(actionStandIn(read.model, steps), file, options.scripts, (path) => ["runs", ...path.slice(2)])));
  } else if (read.model) {
    const model = read.model;
    if (options.scripts) found.push(...(await checkScripts(model, file, options.scripts)));
    found.push(...runRules(model, file, undefined, { readWorkflow: options.readWorkflow, actions: options.actions, pedantic: options.pedantic, severities: options.severities }));
    const explained = found.filter((d) => d.severity === "error").map((d) => d.path);
    for (const problem of await checkShape(model.workflow)) {
      const path = formatPath(problem.path);
      if (explained.includes(path)) continue;
      found.push(diagnostic({ rule: "shape", severity: "error", file, path, message: problem.message, hint: problem.hint, source: nearestOrigin(model.origins, problem.path) }));
    }
  }
  const selected = options.rules?.length ? new Set(options.rules) : undefined;
  return found
    .filter((d) => (!selected || selected.has(d.rule)) && !options.ignore?.includes(d.rule))
    .filter((d) => !(d.source && read.suppressed.get(d.source.line)?.has(d.rule)))
    .flatMap((d) => adjustSeverities([d], { rules: options.severities, strict: options.strict }))
    .sort((a, b) => (a.source?.line ?? 0) - (b.source?.line ?? 0) || (a.source?.column ?? 0) - (b.source?.column ?? 0));
}

/** `file:line:col: severity: message [rule]`, one line per finding. */
export function formatLintText(d: Diagnostic): string {
  const where = d.source ? `${d.source.file}:${d.source.line}:${d.source.column}` : d.file;
  return `${where}: ${d.severity}: ${d.message} [${d.rule}]`;
}

/** A GitHub Actions workflow command, shown as an annotation on the file in a run. */
export function formatLintGithub(d: Diagnostic): string {
  const escape = (s: string) => s.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
  const prop = (s: string) => escape(s).replaceAll(":", "%3A").replaceAll(",", "%2C");
  const props = `file=${prop(d.source?.file ?? d.file)},line=${d.source?.line ?? 1},col=${d.source?.column ?? 1},title=${prop(d.rule)}`;
  return `::${d.severity === "error" ? "error" : "warning"} ${props}::${escape(d.hint ? `${d.message} (${d.hint})` : d.message)}`;
}
