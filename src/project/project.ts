/**
 * One run over a project: find the config and the sources, load and compile each source (or
 * take its result from the cache), compare with disk and, in generate mode, write. Returns what
 * happened; the CLI decides how to print it and which exit code to use.
 */
import { readFile } from "node:fs/promises";
import { isAbsolute, join, relative, resolve } from "node:path";
import pkg from "../../package.json" with { type: "json" };
import type { CompiledFile } from "../compile/compile.js";
import { readHeader } from "../emit/header.js";
import { findPrettierConfig, loadPrettier, prettierOptionsFor } from "../emit/format.js";
import { diagnostic, hasErrors, type Diagnostic } from "../lint/diagnostic.js";
import { projectLock } from "../lock/project-lock.js";
import { BuildCache } from "./cache.js";
import { findConfig } from "./find-config.js";
import { PipewrightError } from "./errors.js";
import { regenerateCommand } from "./fix-command.js";
import { loadModule, loadSource, stopLoader } from "./load.js";
import { planSources, readOutputDir, type PlannedFile } from "./plan.js";
import { findSources, type SourceFile } from "./sources.js";
import { applyPlan } from "./write.js";

export interface ProjectOptions {
  /** Working directory: the config is searched from here up to the repository root. */
  readonly cwd: string;
  /** Source files or globs, relative to cwd; replace the config's `sources`. */
  readonly sources?: readonly string[];
  /** One source file, relative to cwd (the single form of `sources`). */
  readonly source?: string;
  /** Output folder, relative to cwd. Default: the config's, else `.github/workflows` of the project root. */
  readonly out?: string;
  readonly mode: "generate" | "check";
  /** Overwrite hand-written or hand-edited files (generate only). */
  readonly force?: boolean;
  /** Report warnings as errors; default from the config. */
  readonly strict?: boolean;
  /** `false` (`--no-cache`): compile every source, and neither read nor write the cache. */
  readonly cache?: boolean;
}

export interface ProjectResult {
  readonly diagnostics: readonly Diagnostic[];
  readonly files: readonly PlannedFile[];
  readonly written: readonly string[];
  readonly deleted: readonly string[];
  /** True when the run found nothing to complain about. */
  readonly ok: boolean;
  /** The sources of the run, relative to the project root. */
  readonly sources: readonly string[];
  /** How many of them came from the cache. */
  readonly cached: number;
}

/** One source's compiled output, as the cache keeps it. */
interface SourceResult {
  readonly files: readonly CompiledFile[];
  readonly diagnostics: readonly Diagnostic[];
}

// Set by scripts/build.mjs to a hash of what went into the build: a cache entry is only ever
// read by the build that wrote it, even between two builds of the same version.
declare const PIPEWRIGHT_BUILD_ID: string | undefined;
const STAMP = `${pkg.version}+${typeof PIPEWRIGHT_BUILD_ID === "string" ? PIPEWRIGHT_BUILD_ID : "source"}`;

const posix = (path: string) => path.split("\\").join("/");

/** Runs generate or check over a project. */
export async function runProject(options: ProjectOptions): Promise<ProjectResult> {
  const cwd = resolve(options.cwd);
  let cache: BuildCache | undefined;
  try {
    const found = await findConfig(cwd, async (path, dir) => {
      // A TypeScript config is bundled like a source: cached the same way, by its inputs.
      cache ??= await BuildCache.open(dir, STAMP, options.cache !== false);
      const hit = await cache.get<unknown>(`config:${path}`);
      if (hit !== undefined) return { module: { default: hit }, inputs: (await cache.inputsOf(`config:${path}`)) ?? [path] };
      const loaded = await loadModule(path, dir);
      if (loaded.module.default !== undefined) await cache.set(`config:${path}`, loaded.inputs, loaded.module.default);
      return loaded;
    });
    const { config, root } = found;
    cache ??= await BuildCache.open(root, STAMP, options.cache !== false);
    const configLabel = found.file ? posix(relative(cwd, found.file)) : "the default sources";
    const fromCli = options.sources ?? (options.source ? [options.source] : undefined);
    const patterns = fromCli ? fromCli.map((p) => posix(relative(root, resolve(cwd, p)))) : (config.sources ?? (config.source ? [config.source] : ["workflows.ts"]));
    const outPath = options.out !== undefined ? resolve(cwd, options.out) : resolve(root, config.out ?? ".github/workflows");
    const out = posix(relative(root, outPath)).replace(/\/+$/, "") || ".";
    if (out === ".." || out.startsWith("../") || isAbsolute(out)) {
      throw new PipewrightError("usage", `--out ${options.out ?? config.out}: the output folder must be inside the project (${root})`);
    }
    // Rulesets go beside the workflows folder: .github/rulesets for .github/workflows.
    const rulesetsDir = posix(join(out, "..", "rulesets"));
    const [lock, sources, prettierFile, onDisk] = await Promise.all([
      projectLock(root),
      findSources(root, patterns, fromCli ? "--source" : configLabel),
      config.prettier === false ? undefined : findPrettierConfig(join(root, out)),
      readOutputDir(root, out).then((files) => readOutputDir(root, rulesetsDir, /\.json$/i, files)),
    ]);
    // A prettier configuration that is code (or names a shared config package) has inputs the
    // cache cannot see: such a project compiles every time.
    const cacheable = prettierFile === undefined || (!/\.[cm]?[jt]s$/.test(prettierFile) && !(await namesSharedConfig(prettierFile)));
    const strict = options.strict ?? config.strict ?? false;
    // The header names the project's own way to regenerate (its script, or the local binary,
    // with the flags a run without them would not use); part of the cache key, as it is of the bytes.
    const regenerate = regenerateCommand(root, [
      ...(fromCli ? fromCli.flatMap((p) => ["--source", p]) : []),
      ...(options.out !== undefined ? ["--out", out] : []),
    ]);
    const shared = { out, rulesetsDir, strict, pedantic: config.pedantic === true, rules: config.rules ?? {}, prettier: prettierFile ?? null, scope: config.scope !== false, regenerate };
    // The lock's metadata is what rules check locked actions against.
    const inputs = [...found.inputs, ...(prettierFile ? [prettierFile] : []), join(root, "pipewright.lock.json")];

    let cached = 0;
    let compiler: Promise<typeof import("../compile/compile.js")> | undefined;
    let prettier: Promise<import("prettier").Options | undefined> | undefined;
    const compileSource = async (source: SourceFile): Promise<SourceResult> => {
      // The root is part of the key: a node_modules shared by several projects (a symlink, a global
      // store) must never hand one project another's result.
      const key = JSON.stringify({ root, source: source.label, ...shared, pkg: source.pkg ?? null });
      if (cacheable) {
        const hit = await cache!.get<SourceResult>(key);
        if (hit) {
          cached++;
          return hit;
        }
      }
      // Started together: esbuild bundles in its own process while this one loads the compiler
      // and prettier (module loading is most of a `check` run's time).
      compiler ??= import("../compile/compile.js");
      prettier ??= prettierFile ? (void loadPrettier(), prettierOptionsFor(join(root, out, "workflow.yml"))) : Promise.resolve(undefined);
      const [loaded, { compile }, prettierOptions] = await Promise.all([loadSource(source.path, root), compiler, prettier]);
      const result = await compile(loaded.entries, {
        outDir: out,
        rulesetsDir,
        ...(config.rules ? { rules: config.rules } : {}),
        ...(strict ? { strict: true } : {}),
        ...(config.pedantic ? { pedantic: true } : {}),
        sourceLabel: source.label,
        regenerate,
        ...(prettierOptions ? { prettier: prettierOptions } : {}),
        ...(lock.actions ? { actions: lock.actions } : {}),
        ...(source.pkg !== undefined && config.scope !== false ? { scope: { directory: source.pkg } } : {}),
        // A file whose bytes are on disk under our intact header passed the gate when written.
        alreadyGated: (path, contents) => onDisk.get(path) === contents,
      });
      // Builders record call sites as absolute paths (from stack traces); show them relative to
      // the project, like every other path, so they read `workflows.ts:12:5`.
      const diagnostics = result.diagnostics.map((d) => (d.source && isAbsolute(d.source.file) ? { ...d, source: { ...d.source, file: posix(relative(root, d.source.file)) } } : d));
      const value: SourceResult = { files: result.files, diagnostics };
      if (cacheable) await cache!.set(key, [...inputs, ...loaded.inputs], value);
      return value;
    };
    let results: SourceResult[];
    try {
      results = await Promise.all(sources.map(compileSource));
    } finally {
      await stopLoader();
    }
    await cache.save();
    const labels = sources.map((s) => s.label);
    const summary = { sources: labels, cached };
    const diagnostics: Diagnostic[] = [...lock.diagnostics, ...results.flatMap((r) => r.diagnostics), ...collisions(sources, results)];
    if (hasErrors(diagnostics)) return { diagnostics, files: [], written: [], deleted: [], ok: false, ...summary };
    const planned = sources.map((s, i) => ({ label: s.label, files: results[i]!.files }));
    // The docs page, when the config names one, is planned and written like any generated file:
    // one page for the whole repository, attributed to the first source.
    if (config.docs && planned.length > 0) {
      const { docsFile } = await import("../draw/docs-file.js");
      const page = await docsFile(root, config.docs, planned.flatMap((p) => p.files), onDisk, planned[0]!.label);
      planned[0] = { ...planned[0]!, files: [...planned[0]!.files, page] };
    }
    const files = planSources(onDisk, planned);
    if (options.mode === "check") {
      const ok = files.every((f) => f.status === "unchanged");
      return { diagnostics, files, written: [], deleted: [], ok, ...summary };
    }
    const blocked = options.force ? [] : files.filter((f) => f.status === "hand-written" || f.status === "hand-edited" || f.status === "pins-bumped" || f.status === "other-source");
    for (const file of blocked) diagnostics.push(conflict(file, sourceOf(file, sources, results)));
    if (blocked.length > 0) return { diagnostics, files, written: [], deleted: [], ok: false, ...summary };
    const { written, deleted } = await applyPlan(root, files, options.force ?? false);
    return { diagnostics, files, written, deleted, ok: true, ...summary };
  } finally {
    await stopLoader();
  }
}

/** Every output path written by two sources: an error naming both and the file. */
function collisions(sources: readonly SourceFile[], results: readonly SourceResult[]): Diagnostic[] {
  const writers = new Map<string, string[]>();
  results.forEach((result, i) => {
    for (const file of result.files) writers.set(file.path, [...(writers.get(file.path) ?? []), sources[i]!.label]);
  });
  return [...writers].filter(([, by]) => by.length > 1).map(([path, by]) => diagnostic({
    rule: "file-conflict", severity: "error", file: path, path: "",
    message: `${path} would be written by ${by.length} sources: ${by.join(" and ")}`,
    hint: `all sources write to ${path.slice(0, path.lastIndexOf("/"))}: give the workflow another name in all but one of them, e.g. workflow("<package>-ci", ...)`,
  }));
}

/** The source whose output `file` is (or was, for an orphan), for messages. */
function sourceOf(file: PlannedFile, sources: readonly SourceFile[], results: readonly SourceResult[]): string {
  const index = results.findIndex((r) => r.files.some((f) => f.path === file.path));
  const header = file.actual === undefined ? undefined : readHeader(file.actual);
  return sources[index]?.label ?? header?.source ?? sources[0]?.label ?? "workflows.ts";
}

/** A package.json "prettier" key or a .prettierrc that is only a string names a shared config package. */
async function namesSharedConfig(file: string): Promise<boolean> {
  const text = await readFile(file, "utf8").catch(() => "");
  try {
    const data = JSON.parse(text) as unknown;
    return typeof (file.endsWith("package.json") ? (data as { prettier?: unknown }).prettier : data) === "string";
  } catch {
    return !text.includes(":");
  }
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
