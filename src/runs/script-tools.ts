/**
 * `pipewright lint --scripts`: the `run:` scripts of a workflow or composite action checked by
 * the tools made for their language, shellcheck for bash and sh and pyflakes for python, as the
 * runner would run them (the step's shell, else the job's and the workflow's defaults, else bash,
 * or pwsh on Windows runners). `${{ }}` is replaced by a word of the same length, so columns stay.
 * pipewright never downloads the tools. `lint` uses each one it finds on PATH ("auto", its
 * default, as actionlint does); `--scripts` requires them, so a missing one is a usage error.
 */
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { diagnostic, type Diagnostic } from "../lint/diagnostic.js";
import { nearestOrigin } from "../model/source.js";
import { formatPath, type WorkflowModel, type YamlPath } from "../model/workflow.js";
import { PipewrightError } from "../project/errors.js";
import { isObject, jobsOf, stepsOf } from "../lint/walk.js";

const run = promisify(execFile);

type Language = "bash" | "sh" | "python";
interface Script { readonly path: YamlPath; readonly text: string; readonly language: Language }

/** The language of a `shell:` value, when a tool here checks it. */
function languageOf(shell: string): Language | undefined {
  const program = shell.trim().split(/\s+/)[0]!.toLowerCase();
  return program === "bash" || program === "sh" || program === "python" ? program : undefined;
}

const shellOf = (owner: unknown): string | undefined => {
  const run = isObject(owner) && isObject(owner.defaults) ? owner.defaults.run : undefined;
  return isObject(run) && typeof run.shell === "string" ? run.shell : undefined;
};

/** The scripts of a model with the language each runs in. Steps are at `jobs.<id>.steps` (a composite action is read as one job). */
export function scriptsOf(model: WorkflowModel): Script[] {
  const scripts: Script[] = [];
  for (const job of jobsOf(model)) {
    const runsOn = JSON.stringify((job.job as { "runs-on"?: unknown })["runs-on"] ?? "");
    const fallback = shellOf(job.job) ?? shellOf(model.workflow) ?? (/windows/i.test(runsOn) ? "pwsh" : "bash");
    for (const { step, path } of stepsOf(job)) {
      const { run, shell: own } = step as { run?: unknown; shell?: unknown };
      if (typeof run !== "string") continue;
      const shell = typeof own === "string" ? own : fallback;
      if (shell.includes("${{")) continue;
      const language = languageOf(shell);
      if (language) scripts.push({ path: [...path, "run"], text: run.replace(/\$\{\{[\s\S]*?\}\}/g, (e) => "_".repeat(e.length)), language });
    }
  }
  return scripts;
}

/** `true`: the tools must be installed; "auto": a tool that is not installed is skipped. */
export type ScriptsMode = true | "auto";

/** A tool that is not installed: a usage error for `--scripts`, a language left unchecked for "auto". */
class MissingTool extends PipewrightError {
  constructor(message: string) {
    super("usage", message);
  }
}

/** Runs a tool; its findings come on stdout with exit 1. */
async function tool(command: string, args: readonly string[], install: string): Promise<string> {
  try {
    return (await run(command, args, { maxBuffer: 64 * 1024 * 1024 })).stdout;
  } catch (error) {
    const e = error as { code?: unknown; stdout?: string; stderr?: string };
    if (e.code === "ENOENT") throw new MissingTool(`--scripts needs ${command} on PATH: ${install}`);
    return `${e.stdout ?? ""}${e.stderr ?? ""}`;
  }
}

/** The tools found missing in this process, by name and PATH, so "auto" looks for each one once. */
const missing = new Set<string>();

/** The output of a tool, or undefined when it is missing and `mode` is "auto". */
async function optional(name: string, mode: ScriptsMode, call: () => Promise<string>): Promise<string | undefined> {
  const key = `${name}\0${process.env.PATH ?? ""}`;
  if (mode === "auto" && missing.has(key)) return undefined;
  try {
    return await call();
  } catch (error) {
    if (!(error instanceof MissingTool) || mode !== "auto") throw error;
    missing.add(key);
    return undefined;
  }
}

/** pyflakes by the names it is installed under: Debian's `pyflakes3`, pip's `pyflakes`, or the Python module. */
async function pyflakes(files: readonly string[]): Promise<string> {
  const install = "--scripts needs pyflakes for python scripts: install it (apt-get install pyflakes3, pip install pyflakes)";
  for (const command of ["pyflakes3", "pyflakes"]) {
    try {
      return await tool(command, files, "");
    } catch (error) {
      if (!(error instanceof MissingTool)) throw error;
    }
  }
  let out: string;
  try {
    out = await tool("python3", ["-m", "pyflakes", ...files], "");
  } catch (error) {
    throw error instanceof MissingTool ? new MissingTool(install) : error;
  }
  if (/No module named pyflakes/.test(out)) throw new MissingTool(install);
  return out;
}

/** Checks a model's scripts with shellcheck and pyflakes; findings are reported at each `run`. */
export async function checkScripts(model: WorkflowModel, file: string, mode: ScriptsMode, pathOf: (path: YamlPath) => YamlPath = (p) => p): Promise<Diagnostic[]> {
  const scripts = scriptsOf(model);
  if (scripts.length === 0) return [];
  const dir = await mkdtemp(join(tmpdir(), "pipewright-scripts-"));
  try {
    const names = scripts.map((s, i) => join(dir, `${i}.${s.language === "python" ? "py" : "sh"}`));
    await Promise.all(scripts.map((s, i) => writeFile(names[i]!, s.text.endsWith("\n") ? s.text : `${s.text}\n`)));
    const found: Diagnostic[] = [];
    const report = (i: number, rule: string, severity: "error" | "warning", line: number, column: number, message: string, hint: string) => {
      const { path, language } = scripts[i]!;
      const shown = pathOf(path);
      found.push(diagnostic({ rule, severity, file, path: formatPath(shown), source: nearestOrigin(model.origins, path),
        message: `${message} (line ${line}, column ${column} of the ${language} script)`, hint }));
    };
    // Sourced files and variables set in `env:` are outside the script; a `${{ }}` replaced by a word
    // makes comparisons look constant (SC2050, SC2157, SC2194), which they are not.
    for (const shell of ["bash", "sh"] as const) {
      const mine = scripts.flatMap((s, i) => (s.language === shell ? [i] : []));
      if (mine.length === 0) continue;
      const out = await optional("shellcheck", mode, () => tool("shellcheck", ["-f", "json1", "-s", shell, "-S", "info", "-e", "SC1091,SC2154,SC2050,SC2157,SC2194", ...mine.map((i) => names[i]!)], "install it (apt-get install shellcheck, brew install shellcheck)"));
      if (out === undefined) continue;
      const comments = (JSON.parse(out || "{\"comments\":[]}") as { comments: { file: string; line: number; column: number; level: string; code: number; message: string }[] }).comments;
      for (const c of comments) {
        const i = names.indexOf(c.file);
        if (i >= 0) report(i, "shellcheck", c.level === "error" ? "error" : "warning", c.line, c.column, `SC${c.code}: ${c.message}`, `see https://www.shellcheck.net/wiki/SC${c.code}`);
      }
    }
    const python = scripts.flatMap((s, i) => (s.language === "python" ? [i] : []));
    if (python.length > 0) {
      const out = (await optional("pyflakes", mode, () => pyflakes(python.map((i) => names[i]!)))) ?? "";
      for (const line of out.split("\n")) {
        const m = /^(.*?\.py):(\d+):(?:(\d+):?)?\s*(.*)$/.exec(line);
        if (!m) continue;
        const i = names.indexOf(m[1]!);
        if (i < 0) continue;
        // A name that is not defined fails at run time, as a syntax error does; the rest is advice.
        const certain = /undefined name|invalid syntax|was never closed|unexpected|expected|unterminated|SyntaxError/i.test(m[4]!);
        report(i, "pyflakes", certain ? "error" : "warning", Number(m[2]), Number(m[3] ?? 1), m[4]!, certain ? "the step fails when Python reaches it" : "see the pyflakes message");
      }
    }
    return found;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
