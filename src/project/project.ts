/**
 * One run over a project: load the source, compile, compare with disk and, in generate mode,
 * write. Returns what happened; the CLI decides how to print it and which exit code to use.
 */
import { isAbsolute, join, relative, resolve } from "node:path";
import { hasPrettierConfig, loadPrettier, prettierOptionsFor } from "../emit/format.js";
import { diagnostic, hasErrors, type Diagnostic } from "../lint/diagnostic.js";
import { projectLock } from "../lock/project-lock.js";
import { readConfig } from "./config.js";
import { PipewrightError } from "./errors.js";
import { loadSource } from "./load.js";
import { planFiles, readOutputDir, type PlannedFile } from "./plan.js";
import { applyPlan } from "./write.js";

export interface ProjectOptions {
  /** Project root; paths are shown relative to it. */
  readonly cwd: string;
  /** Source file, relative to cwd. Default `workflows.ts`. */
  readonly source?: string;
  /** Output folder, relative to cwd. Default `.github/workflows`. */
  readonly out?: string;
  readonly mode: "generate" | "check";
  /** Overwrite hand-written or hand-edited files (generate only). */
  readonly force?: boolean;
  /** Report warnings as errors; default from pipewright.config.json. */
  readonly strict?: boolean;
}

export interface ProjectResult {
  readonly diagnostics: readonly Diagnostic[];
  readonly files: readonly PlannedFile[];
  readonly written: readonly string[];
  readonly deleted: readonly string[];
  /** True when the run found nothing to complain about. */
  readonly ok: boolean;
}

const REGENERATE = "npx pipewright generate";

/** Runs generate or check over a project. */
export async function runProject(options: ProjectOptions): Promise<ProjectResult> {
  const cwd = resolve(options.cwd);
  const config = await readConfig(cwd);
  const sourcePath = resolve(cwd, options.source ?? config.source ?? "workflows.ts");
  const out = (options.out ?? config.out ?? ".github/workflows").replace(/\/+$/, "");
  if (isAbsolute(out) || relative(cwd, join(cwd, out)).startsWith("..")) {
    throw new PipewrightError("usage", `--out ${out}: the output folder must be inside the project (${cwd})`);
  }
  const sourceLabel = relative(cwd, sourcePath).split("\\").join("/");
  // Rulesets go beside the workflows folder: .github/rulesets for .github/workflows.
  const rulesetsDir = join(out, "..", "rulesets").split("\\").join("/");
  // Start everything at once: esbuild bundles in its own process while this one loads the
  // compiler and prettier (module loading is most of a `check` run's time).
  const compiler = import("../compile/compile.js");
  const prettierOptions = hasPrettierConfig(join(cwd, out)).then((configured) =>
    configured ? (void loadPrettier(), prettierOptionsFor(join(cwd, out, "workflow.yml"))) : undefined);
  const [lock, loaded, prettier, onDisk, { compile }] = await Promise.all([
    projectLock(cwd),
    loadSource(sourcePath, cwd),
    prettierOptions,
    readOutputDir(cwd, out).then((found) => readOutputDir(cwd, rulesetsDir, /\.json$/i, found)),
    compiler,
  ]);
  const result = await compile(loaded.entries, {
    outDir: out,
    rulesetsDir,
    ...(config.rules ? { rules: config.rules } : {}),
    ...(options.strict ?? config.strict ? { strict: true } : {}),
    ...(lock.actions ? { actions: lock.actions } : {}),
    sourceLabel,
    regenerate: REGENERATE,
    ...(prettier ? { prettier } : {}),
    // A file whose bytes are on disk under our intact header passed the gate when written.
    alreadyGated: (path, contents) => onDisk.get(path) === contents,
  });
  // Builders record call sites as absolute paths (from stack traces); show them relative to
  // the project, like every other path, so they read `workflows.ts:12:5`.
  const diagnostics: Diagnostic[] = [...lock.diagnostics, ...result.diagnostics].map((d) => (d.source && isAbsolute(d.source.file) ? { ...d, source: { ...d.source, file: relative(cwd, d.source.file).split("\\").join("/") } } : d));
  if (hasErrors(diagnostics)) {
    return { diagnostics, files: [], written: [], deleted: [], ok: false };
  }
  const files = planFiles(onDisk, sourceLabel, result.files);
  if (options.mode === "check") {
    const ok = files.every((f) => f.status === "unchanged");
    return { diagnostics, files, written: [], deleted: [], ok };
  }
  const blocked = options.force ? [] : files.filter((f) => f.status === "hand-written" || f.status === "hand-edited" || f.status === "pins-bumped" || f.status === "other-source");
  for (const file of blocked) diagnostics.push(conflict(file, sourceLabel));
  if (blocked.length > 0) return { diagnostics, files, written: [], deleted: [], ok: false };
  const { written, deleted } = await applyPlan(cwd, files, options.force ?? false);
  return { diagnostics, files, written, deleted, ok: true };
}

function conflict(file: PlannedFile, sourceLabel: string): Diagnostic {
  if (file.status === "other-source") {
    return diagnostic({ rule: "file-conflict", severity: "error", file: file.path, path: "",
      message: `${file.path} is generated from another source file; refusing to overwrite it from ${sourceLabel}`,
      hint: `rename one of the two workflows so each source writes its own files; --force overwrites it` });
  }
  if (file.status === "pins-bumped") {
    return diagnostic({ rule: "file-conflict", severity: "error", file: file.path, path: "",
      message: `${file.path} differs from ${sourceLabel} only in action pins (a Dependabot or Renovate bump); refusing to overwrite it`,
      hint: "run `npx pipewright actions absorb` to verify the new commits and take them into pipewright.lock.json; --force drops the bump" });
  }
  const handWritten = file.status === "hand-written";
  return diagnostic({
    rule: "file-conflict",
    severity: "error",
    file: file.path,
    path: "",
    message: handWritten
      ? `${file.path} exists and was not generated by pipewright; refusing to overwrite it`
      : `${file.path} was generated by pipewright but has been edited by hand since; refusing to ${file.expected === undefined ? "delete" : "overwrite"} it`,
    hint: handWritten
      ? `rename the workflow in ${sourceLabel}, or move/delete the file, or import it into ${sourceLabel}; --force overwrites it`
      : `move the edit into ${sourceLabel}, or run \`git checkout -- ${file.path}\` to drop it; --force overwrites it`,
  });
}
