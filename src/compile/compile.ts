/**
 * compile(): workflow values → checked file contents. It never writes; the caller decides
 * what to do with `files` and `diagnostics`. When any diagnostic is an error, `files` is
 * empty, so no caller can write part of a broken set.
 */
import type { Options } from "prettier";
import { isRulesetValue, type RulesetValue } from "../dsl/ruleset.js";
import { isWorkflowValue, type WorkflowValue } from "../dsl/workflow.js";
import { emitWorkflow } from "../emit/emit.js";
import { diagnostic, hasErrors, type Diagnostic, type Severity } from "../lint/diagnostic.js";
import type { ActionLookup } from "../lint/locked-actions.js";
import { runRules } from "../lint/run-rules.js";
import { formatPath, type WorkflowModel } from "../model/workflow.js";
import { githubParserProblems } from "./gate.js";
import { harden } from "./harden.js";
import { nearestOrigin } from "../model/source.js";
import { normalize } from "./normalize.js";
import { scopedSeverities } from "./scopes.js";
import { compileRuleset, rulesetStem, type JobHome } from "./rulesets.js";
import { scopeToPackage, type PackageScope } from "./scope.js";
import { checkShape } from "./shape.js";

export interface CompileOptions {
  /** Output folder as the header and paths show it. Default `.github/workflows`. */
  readonly outDir?: string;
  /** Folder for rulesets. Default: `rulesets` beside the output folder (`.github/rulesets`). */
  readonly rulesetsDir?: string;
  /** How the header names the source. Default `workflows.ts`. */
  readonly sourceLabel?: string;
  /** The command the header tells readers to run. Default `npx pipewright generate`. */
  readonly regenerate?: string;
  /** Prettier options for the output (the user's config). */
  readonly prettier?: Options;
  /**
   * Files whose exact bytes already passed the gate (they are on disk, written by an earlier
   * run): skipping GitHub's parser for them keeps `check` fast.
   */
  readonly alreadyGated?: (path: string, contents: string) => boolean;
  /** Severity per rule id (`off` drops the rule's findings), e.g. from pipewright.config.json. */
  readonly rules?: Readonly<Record<string, Severity | "off">>;
  /** Report warnings as errors (`--strict`). */
  readonly strict?: boolean;
  /** Run the pedantic rules too (`pedantic: true` in the config). */
  readonly pedantic?: boolean;
  /**
   * Scope every workflow (except those made with `{ scope: false }`) to a package of a
   * monorepo: path filters on unfiltered push/pull_request triggers, and `working-directory`.
   */
  readonly scope?: PackageScope;
  /** The project's locked actions (pipewright.lock.json), checked like bundled ones. */
  readonly actions?: ActionLookup;
}

export interface CompiledFile {
  /** Path relative to the project root, e.g. `.github/workflows/ci.yml`. */
  readonly path: string;
  readonly contents: string;
}

export interface CompileResult {
  readonly files: readonly CompiledFile[];
  readonly diagnostics: readonly Diagnostic[];
}

// A leading "_" is common for workflows only other workflows call (`_release-image.yaml`).
const FILE_STEM = /^[A-Za-z0-9_][A-Za-z0-9._-]*$/;

/** Compiles workflows into YAML files, with every check pipewright has. */
export async function compile(values: readonly unknown[], options: CompileOptions = {}): Promise<CompileResult> {
  const outDir = options.outDir ?? ".github/workflows";
  const sourceLabel = options.sourceLabel ?? "workflows.ts";
  const diagnostics: Diagnostic[] = [];
  const files: CompiledFile[] = [];
  const stems = new Map<string, WorkflowValue>();
  const homes = new Map<object, JobHome>();
  const rulesets: RulesetValue[] = [];
  const readWorkflow = siblingWorkflows(values, outDir);

  for (const [index, value] of values.entries()) {
    if (isRulesetValue(value)) {
      rulesets.push(value);
      continue;
    }
    if (!isWorkflowValue(value)) {
      diagnostics.push(diagnostic({ rule: "source", severity: "error", file: sourceLabel, path: "",
        message: `entry ${index} of the default export is ${describe(value)}, not a workflow`,
        hint: 'export workflow("name", {...}) and branchProtection({...}) values: `export default [ci, release]`' }));
      continue;
    }
    const file = `${outDir}/${value.fileStem}.yml`;
    if (!FILE_STEM.test(value.fileStem) || /\.ya?ml$/i.test(value.fileStem)) {
      diagnostics.push(diagnostic({ rule: "source", severity: "error", file: sourceLabel, path: "",
        message: `workflow name "${value.fileStem}" cannot be a file name`,
        hint: 'use letters, digits, ".", "-" and "_", without the .yml extension: workflow("ci", ...)' }));
      continue;
    }
    const clash = stems.get(value.fileStem.toLowerCase());
    if (clash) {
      diagnostics.push(diagnostic({ rule: "source", severity: "error", file, path: "",
        message: `two workflows are named "${value.fileStem}" and would write the same file`,
        hint: "give each workflow its own name" }));
      continue;
    }
    stems.set(value.fileStem.toLowerCase(), value);

    const normalized = normalize(value, file);
    const scoped = options.scope && value.options?.scope !== false ? scopeToPackage(normalized.model, options.scope, file) : normalized.model;
    for (const [ref, jobId] of normalized.refs) homes.set(ref, { model: scoped, jobId, file });
    const hardened = harden(scoped, file);
    const model = hardened.model;
    const found = scopedSeverities([...normalized.diagnostics, ...hardened.diagnostics, ...runRules(model, file, undefined, { readWorkflow, actions: options.actions, pedantic: options.pedantic, severities: options.rules, compiled: true })], model.scopes, options);
    if (hasErrors(found)) {
      diagnostics.push(...found, ...(await shapeDiagnostics(model, file, found)));
      continue;
    }
    const contents = await emitWorkflow(model, {
      sourceLabel,
      regenerate: options.regenerate ?? "npx pipewright generate",
      ...(options.prettier ? { prettier: options.prettier } : {}),
    });
    // Output identical to a file that passed every check when it was written needs no
    // second look: the model maps one to one onto these bytes.
    if (!options.alreadyGated?.(file, contents)) {
      found.push(...(await shapeDiagnostics(model, file, found)));
      if (!hasErrors(found)) {
        for (const message of await githubParserProblems(file, contents)) {
          found.push(diagnostic({ rule: "github-parser", severity: "error", file, path: "", message: `GitHub's workflow parser rejects the output: ${message}`,
            hint: "this is a pipewright bug if the checks above passed; please report it with your workflows.ts", source: nearestOrigin(model.origins, []) }));
        }
      }
    }
    diagnostics.push(...found);
    files.push({ path: file, contents });
  }
  const rulesetsDir = options.rulesetsDir ?? `${outDir.replace(/\/?[^/]*$/, "") || "."}/rulesets`;
  const branches = new Set<string>();
  for (const value of rulesets) {
    const file = `${rulesetsDir}/${rulesetStem(value.definition.branch)}.json`;
    if (branches.has(file)) {
      diagnostics.push(diagnostic({ rule: "source", severity: "error", file, path: "", source: value.source,
        message: `two rulesets protect branch "${value.definition.branch}"`, hint: "merge them into one branchProtection()" }));
      continue;
    }
    branches.add(file);
    const compiled = compileRuleset(value, homes, file, sourceLabel);
    diagnostics.push(...compiled.diagnostics);
    if (compiled.contents !== undefined) files.push({ path: file, contents: compiled.contents });
  }
  return { files: hasErrors(diagnostics) ? [] : files, diagnostics };
}

/**
 * How rules see the other workflows of the same run by path (`.github/workflows/deploy.yml`),
 * so a job calling `./.github/workflows/deploy.yml` is checked against what deploy.yml declares.
 */
function siblingWorkflows(values: readonly unknown[], outDir: string): (path: string) => unknown {
  const byPath = new Map<string, WorkflowValue>();
  const dir = outDir.replace(/^\.\//, "");
  for (const value of values) if (isWorkflowValue(value)) byPath.set(`${dir}/${value.fileStem}.yml`, value);
  const seen = new Map<string, unknown>();
  return (path) => {
    const value = byPath.get(path);
    if (!value) return undefined;
    if (!seen.has(path)) seen.set(path, normalize(value, path).model.workflow);
    return seen.get(path);
  };
}

/**
 * The schema's findings, except where a rule already explained the same place: the rule's
 * message is the finer one.
 */
async function shapeDiagnostics(model: WorkflowModel, file: string, found: readonly Diagnostic[]): Promise<Diagnostic[]> {
  const explained = found.filter((d) => d.severity === "error").map((d) => d.path);
  const within = (a: string, b: string) => a === b || a.startsWith(`${b}.`) || a.startsWith(`${b}[`);
  return (await checkShape(model.workflow)).flatMap((problem) => {
    const path = formatPath(problem.path);
    if (explained.some((p) => within(path, p) || within(p, path))) return [];
    return [diagnostic({ rule: "shape", severity: "error", file, path, message: problem.message, hint: problem.hint, source: nearestOrigin(model.origins, problem.path) })];
  });
}

function describe(value: unknown): string {
  if (value === undefined) return "undefined";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}
