/**
 * A project compiled without writing anything: the files `generate` would write, for the
 * commands that read them (`rulesets`, `graph`, `docs`). Errors stop them as they stop `generate`.
 */
import type { CompiledFile } from "../compile/compile.js";
import type { Diagnostic } from "../lint/diagnostic.js";
import { runProject } from "./project.js";

export interface CompiledProject {
  /** Every generated file, workflows and rulesets, as `generate` would write it. */
  readonly files: readonly CompiledFile[];
  readonly diagnostics: readonly Diagnostic[];
  /** False when an error stopped the compile: `files` is empty then. */
  readonly ok: boolean;
  /** The sources compiled, relative to the project root. */
  readonly sources: readonly string[];
}

export interface CompileProjectOptions {
  readonly cwd: string;
  /** Sources or globs relative to cwd, instead of the config's. */
  readonly sources?: readonly string[] | undefined;
  readonly out?: string | undefined;
}

/** Compiles the project at `cwd` as `check` does and returns what it would write. */
export async function compileProject(options: CompileProjectOptions): Promise<CompiledProject> {
  const result = await runProject({
    cwd: options.cwd,
    mode: "check",
    ...(options.sources?.length ? { sources: options.sources } : {}),
    ...(options.out ? { out: options.out } : {}),
  });
  // Workflows and rulesets only: a docs page the config names is drawn from them, not one of them.
  const files = result.files.flatMap((f) => (f.expected === undefined || f.path.endsWith(".md") ? [] : [{ path: f.path, contents: f.expected }]));
  const ok = !result.diagnostics.some((d) => d.severity === "error");
  return { files, diagnostics: result.diagnostics, ok, sources: result.sources };
}
