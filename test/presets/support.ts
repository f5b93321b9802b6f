// What preset tests share: compiling jobs through both oracles, reading the result, evaluating
// a job's `if:`, and running a step's script as GitHub does, with stand-ins for the tools it calls.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { data, Evaluator, Lexer, Parser } from "@actions/expressions";
import { expect } from "vitest";
import { parse } from "yaml";
import { compile, workflow, type AnyJobRef, type WorkflowDefinition } from "../../src/index.js";
import { expectValidWorkflow } from "../support/oracles.js";

export type Mapping = Record<string, any>;

export const on = { pull_request: { branches: ["main"] }, push: { branches: ["main", "release"] } };

/** Compiles the jobs into one workflow, which must have no diagnostic and pass both oracles. */
export async function compileJobs(
  stem: string,
  jobs: readonly AnyJobRef[],
  options: { readonly name?: string; readonly on?: WorkflowDefinition["on"] } = {},
): Promise<string> {
  const result = await compile([workflow(stem, { name: options.name ?? stem, on: options.on ?? on, jobs })]);
  expect(result.diagnostics).toEqual([]);
  const yaml = result.files[0]!.contents;
  await expectValidWorkflow(`${stem}.yml`, yaml);
  return yaml;
}

export const expectedFile = (preset: string, name: string) =>
  readFileSync(new URL(`./expected/${preset}/${name}.yml`, import.meta.url), "utf8");

export const jobOf = (yaml: string, id: string) => (parse(yaml) as Mapping).jobs[id] as Mapping;
export const stepNamed = (yaml: string, id: string, name: string) =>
  (jobOf(yaml, id).steps as Mapping[]).find((s) => s.name === name)!;

/** Evaluates a job's `if:` text as GitHub would for an event and ref. */
export function evaluate(text: string, event_name: string, ref: string): boolean {
  const source = text.replace(/^\$\{\{([\s\S]*)\}\}$/, "$1");
  const ast = new Parser(new Lexer(source).lex().tokens, ["github"], []).parse();
  const github = new data.Dictionary(
    { key: "event_name", value: new data.StringData(event_name) },
    { key: "ref", value: new data.StringData(ref) },
  );
  return new Evaluator(ast, new data.Dictionary({ key: "github", value: github })).evaluate().coerceString() === "true";
}

/** Events and refs, and whether a deploy bound to `main` may run for each. */
export const DEPLOY_CASES: readonly [string, string, boolean][] = [
  ["push", "refs/heads/main", true],
  ["push", "refs/heads/feature", false],
  ["push", "refs/tags/v1.0.0", false],
  ["pull_request", "refs/pull/7/merge", false],
  ["workflow_dispatch", "refs/heads/main", false],
];

/** Events and refs, and whether a deploy bound to the branch `release/v2` may run for each. */
export const RELEASE_BRANCH_CASES: readonly [string, string, boolean][] = [
  ["push", "refs/heads/release/v2", true],
  ["push", "refs/heads/main", false],
  ["push", "refs/heads/release/v2-hotfix", false],
  ["push", "refs/tags/release/v2", false],
  ["pull_request", "refs/heads/release/v2", false],
];

export const hasPython = spawnSync("python3", ["--version"]).status === 0;

export interface ScriptRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Each stand-in call as `name arg|arg|...`, in order. */
  readonly calls: string[];
}

/**
 * Runs a step's script with `bash -e -o pipefail` (GitHub's `shell: bash`) in `cwd`, with each
 * of `fakes` on the PATH as a stand-in that logs its arguments, then runs its body. `files` are
 * written under `cwd` first. `python` is the machine's python3.
 */
export function runScript(
  script: string,
  options: { fakes?: Record<string, string>; files?: Record<string, string>; env?: Record<string, string> } = {},
): ScriptRun {
  const root = mkdtempSync(join(tmpdir(), "pipewright-data-flow-"));
  const bin = join(root, "bin");
  const cwd = join(root, "work");
  mkdirSync(bin);
  mkdirSync(cwd);
  const log = join(root, "calls.log");
  writeFileSync(log, "");
  const python = spawnSync("python3", ["-c", "import sys; print(sys.executable)"], { encoding: "utf8" }).stdout.trim();
  const fakes = { ...(python ? { python: `exec ${python} "$@"` } : {}), ...options.fakes };
  for (const [name, body] of Object.entries(fakes)) {
    const logged = name === "python" ? "" : `(IFS='|'; echo "${name} $*") >> "$CALLS"\n`;
    writeFileSync(join(bin, name), `#!/usr/bin/env bash\n${logged}${body}\n`);
    chmodSync(join(bin, name), 0o755);
  }
  for (const [path, text] of Object.entries(options.files ?? {})) {
    mkdirSync(dirname(join(cwd, path)), { recursive: true });
    writeFileSync(join(cwd, path), text);
  }
  const result = spawnSync("bash", ["--noprofile", "--norc", "-e", "-o", "pipefail", "-c", script], {
    cwd, encoding: "utf8", env: { PATH: `${bin}:/usr/bin:/bin`, CALLS: log, HOME: root, ...options.env },
  });
  const calls = readFileSync(log, "utf8").split("\n").filter((line) => line !== "");
  rmSync(root, { recursive: true, force: true });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, calls };
}
