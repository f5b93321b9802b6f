/**
 * The command that regenerates a project's workflows, as its people would type it: the
 * package.json script that runs `pipewright generate` when there is one (`npm run
 * gen-workflows`), otherwise the installed binary (`node_modules/.bin/pipewright generate`).
 * Never `npx`: it costs about half a second a call, and may run another version than the one
 * `workflows.ts` imports. The generated header names this command, and a failed `check` ends
 * with it, so the way out of a blocked commit is one copy and paste.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { readHeader } from "../emit/header.js";
import type { PlannedFile } from "./plan.js";

const BIN = "node_modules/.bin/pipewright";

/** The package manager a project uses: its `packageManager` field, else the lockfile found walking up. */
export function packageManagerOf(cwd: string): "npm" | "pnpm" | "yarn" {
  const declared = /^(npm|pnpm|yarn)@/.exec(String(readPackageJson(cwd)?.packageManager ?? ""));
  if (declared) return declared[1] as "npm" | "pnpm" | "yarn";
  for (const dir of upToRepositoryRoot(cwd)) {
    if (existsSync(join(dir, "pnpm-lock.yaml"))) return "pnpm";
    if (existsSync(join(dir, "yarn.lock"))) return "yarn";
    if (existsSync(join(dir, "package-lock.json"))) return "npm";
  }
  return "npm";
}

/**
 * The installed pipewright binary, relative to `cwd`: `node_modules/.bin/pipewright` here or
 * in a folder above (a workspace hoists it to the root). `undefined` when none is installed.
 */
export function installedBin(cwd: string): string | undefined {
  for (const dir of upToRepositoryRoot(cwd)) {
    if (existsSync(join(dir, BIN))) return relative(cwd, join(dir, BIN)).split("\\").join("/");
  }
  return undefined;
}

/** The name of the package.json script that runs `pipewright generate`, if any. */
export function generateScriptOf(cwd: string): string | undefined {
  const scripts = readPackageJson(cwd)?.scripts;
  if (typeof scripts !== "object" || scripts === null) return undefined;
  const entries = Object.entries(scripts as Record<string, unknown>).filter(([, value]) => typeof value === "string");
  const runsGenerate = ([, value]: [string, unknown]) => /\bpipewright(\.js)?\s+generate\b/.test(value as string) && !/--check\b/.test(value as string);
  const named = entries.find(([name]) => name === "gen-workflows");
  if (named) return named[0];
  return entries.find(runsGenerate)?.[0];
}

/**
 * The command that regenerates the project in `cwd`. With `flags` (such as `--source x`, given
 * to the run that failed) the binary is named with them, since a script may not pass them on.
 */
export function regenerateCommand(cwd: string, flags: readonly string[] = []): string {
  const script = flags.length === 0 ? generateScriptOf(cwd) : undefined;
  if (script !== undefined) return `${packageManagerOf(cwd)} run ${script}`;
  return [installedBin(cwd) ?? BIN, "generate", ...flags.map(shellWord)].join(" ");
}

/** The same with `--force`, for files `generate` will not replace on its own. */
export function forceCommand(cwd: string, flags: readonly string[] = []): string {
  return [installedBin(cwd) ?? BIN, "generate", ...flags.map(shellWord), "--force"].join(" ");
}

const REFUSED = new Set<PlannedFile["status"]>(["hand-edited", "hand-written", "other-source"]);

/**
 * The closing lines of a failed check: how many files are out of sync and the exact command
 * that brings them back, then what to stage. Files `generate` refuses to replace (edited or
 * written by hand, or another source's) are named with the way out for each.
 */
export function fixInstructions(files: readonly PlannedFile[], regenerate: string, force: string, absorb = `${BIN} actions absorb`): string[] {
  const out = files.filter((f) => f.status !== "unchanged");
  if (out.length === 0) return [];
  const bumped = out.filter((f) => f.status === "pins-bumped");
  const sources = [...new Set(out.map((f) => readHeader(f.expected ?? f.actual ?? "")?.source).filter((s) => s !== undefined))];
  const sourceLabel = sources.length === 1 ? sources[0]! : "its source";
  const refused = out.filter((f) => REFUSED.has(f.status));
  const dirs = [...new Set(out.map((f) => dirname(f.path)))].sort();
  const lines = [`${out.length} file${out.length === 1 ? "" : "s"} out of sync with ${sourceLabel}.`];
  if (refused.length + bumped.length < out.length) lines.push(`Fix: run \`${regenerate}\`, then stage the result: \`git add ${dirs.join(" ")}\``);
  // A Dependabot or Renovate bump of a generated file: taken into the lock, not undone.
  if (bumped.length > 0) lines.push(`${bumped.map((f) => f.path).join(", ")}: only action pins changed (a Dependabot or Renovate bump). Fix: run \`${absorb}\`: it verifies the new commits on GitHub, takes them into pipewright.lock.json and regenerates.`);
  for (const file of refused) {
    const why = file.status === "hand-written" ? "was not written by pipewright"
      : file.status === "other-source" ? "was generated from another source file"
      : "was edited by hand";
    const way = file.status === "hand-edited"
      ? `move the edit into ${sourceLabel} and run \`${force}\` to replace it, or drop the edit: \`git checkout HEAD -- ${file.path}\``
      : `rename the workflow, move the file away, or run \`${force}\` to replace it`;
    lines.push(`${file.path} ${why}, so generate leaves it alone: ${way}.`);
  }
  return lines;
}

/** Where the run was pointed with `--cwd` or `--source`/`--out`: the fix must say the same. */
export interface RunFlags {
  readonly cwd?: string | undefined;
  readonly source?: readonly string[] | string | undefined;
  readonly out?: string | undefined;
}

/** {@link fixInstructions} for a run over `project`, with the flags it was given. */
export function checkFix(files: readonly PlannedFile[], project: string, run: RunFlags): string[] {
  if (files.every((f) => f.status === "unchanged")) return [];
  const flags = [...[run.source ?? []].flat().flatMap((s) => ["--source", s]), ...(run.out ? ["--out", run.out] : [])];
  const cd = run.cwd ? `cd ${shellWord(run.cwd)} && ` : "";
  return fixInstructions(files, cd + regenerateCommand(project, flags), cd + forceCommand(project, flags), `${cd}${installedBin(project) ?? BIN} actions absorb`);
}

function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

function readPackageJson(cwd: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(readFileSync(join(cwd, "package.json"), "utf8"));
    return typeof parsed === "object" && parsed !== null ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** `cwd` and each folder above it, up to the one holding `.git` (or the file-system root). */
function* upToRepositoryRoot(cwd: string): Generator<string> {
  let dir = cwd;
  for (;;) {
    yield dir;
    if (existsSync(join(dir, ".git"))) return;
    const parent = dirname(dir);
    if (parent === dir) return;
    dir = parent;
  }
}
