/**
 * `pipewright init`: makes a repository ready in one step. It writes a starter `workflows.ts`
 * (or imports the workflows already there), adds the `gen-workflows` script to package.json,
 * installs the chosen pre-commit hook, and generates the workflows, so the repository is
 * consistent the moment init returns. It never replaces a file without `--force`: a file in
 * the way stops init before anything is written, with a message naming it.
 */
import { execFile } from "node:child_process";
import { readdir, readFile, realpath } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { readHeader } from "../emit/header.js";
import { readConfig } from "./find-config.js";
import { PipewrightError } from "./errors.js";
import { installedBin, packageManagerOf } from "./fix-command.js";
import { importExistingWorkflows } from "./init-import.js";
import { gitHook, huskyHook, lefthookConfig, preCommitConfig, preCommitHookEntry, starterWorkflows, type HookCommand, type PackageManager } from "./init-templates.js";
import { addScript } from "./package-json-script.js";
import { runProject, type ProjectResult } from "./project.js";
import { writeAtomically } from "./write.js";

export const HOOKS = ["git", "husky", "lefthook", "pre-commit"] as const;
export type HookKind = (typeof HOOKS)[number];

export interface InitOptions {
  readonly cwd: string;
  readonly hook?: HookKind | undefined;
  readonly force?: boolean | undefined;
}

/** What init found on disk: everything planning needs, so planning itself reads nothing. */
export interface InitState {
  readonly cwd: string;
  readonly packageJson: string | undefined;
  /** The installed binary, absolute; `undefined` when pipewright is not installed. */
  readonly bin: string | undefined;
  /** The repository: its root and the folder git runs hooks from (`core.hooksPath` honoured). */
  readonly git: { readonly toplevel: string; readonly hooksDir: string } | undefined;
  readonly branch: string;
  readonly packageManager: PackageManager;
  readonly nodeVersionFile: string | undefined;
  readonly source: string;
  readonly out: string;
  /** Workflow files in `out` without pipewright's header, relative to cwd. */
  readonly handWritten: readonly string[];
  /** The text of each file init may write (absolute path), when it exists. */
  readonly existing: ReadonlyMap<string, string>;
}

export interface InitFile {
  /** Relative to cwd. */
  readonly path: string;
  readonly contents: string;
  readonly mode?: number;
  /** `replace` is a file in the way: only with `--force`. */
  readonly change: "create" | "update" | "replace" | "unchanged";
  /** For `replace`: what to do instead of `--force`. */
  readonly instead?: string;
}

export interface InitPlan {
  readonly files: readonly InitFile[];
  /** Set when the source is imported from the workflows already there, not a starter. */
  readonly importTargets?: readonly string[];
  /** What the user still has to do, or what init left alone and why. */
  readonly notes: readonly string[];
}

export interface InitResult {
  readonly plan: InitPlan;
  readonly written: readonly string[];
  readonly generated: ProjectResult;
}

const INSTALL_DEV: Record<PackageManager, string> = { npm: "npm install --save-dev", pnpm: "pnpm add --save-dev", yarn: "yarn add --dev" };

/** Plans what init writes; throws when the project cannot be set up or a file is in the way. */
export function planInit(state: InitState, options: InitOptions): InitPlan {
  const { cwd } = state;
  if (state.packageJson === undefined) {
    throw new PipewrightError("source", `no package.json in ${cwd}: pipewright init sets up an npm project; create one (\`npm init -y\`) and install pipewright (\`npm install --save-dev pipewright\`) first`);
  }
  if (state.bin === undefined) {
    throw new PipewrightError("source", `pipewright is not installed in ${cwd} (no node_modules/.bin/pipewright here or above): install it first with \`${INSTALL_DEV[state.packageManager]} pipewright\`, so workflows.ts and the hook use that version`);
  }
  if (options.hook && !state.git) {
    throw new PipewrightError("source", `--hook ${options.hook}: ${cwd} is not in a git repository; run \`git init\` first`);
  }
  const files: InitFile[] = [];
  const notes: string[] = [];
  const at = (path: string) => relative(cwd, path).split("\\").join("/");
  const file = (absolute: string, contents: string, extra: { mode?: number; instead?: string } = {}): void => {
    const existing = state.existing.get(absolute);
    const change = existing === undefined ? "create" : existing === contents ? "unchanged" : "replace";
    files.push({ path: at(absolute), contents, change, ...(extra.mode === undefined ? {} : { mode: extra.mode }), ...(change === "replace" && extra.instead ? { instead: extra.instead } : {}) });
  };

  // The source: the user's own when there is one (init never replaces it, not even with
  // --force), imported from existing workflows, or the starter.
  const sourcePath = resolve(cwd, state.source);
  let importTargets: readonly string[] | undefined;
  if (state.existing.has(sourcePath)) notes.push(`kept ${state.source}, which is already there`);
  else if (state.handWritten.length > 0) importTargets = state.handWritten;
  else {
    file(sourcePath, starterWorkflows({
      packageManager: state.packageManager,
      branch: state.branch,
      nodeVersionFile: state.nodeVersionFile,
      hasTests: hasTestScript(state.packageJson),
      directory: state.git ? at2(state.git.toplevel, cwd) : "",
    }));
  }

  let packageJson = state.packageJson;
  const script = addScript(packageJson, "gen-workflows", "pipewright generate", at(join(cwd, "package.json")));
  if (script.kind === "added") packageJson = script.text;
  if (script.kind === "different") notes.push(`kept your gen-workflows script (\`${script.existing}\`)`);

  if (options.hook && state.git) {
    const { toplevel, hooksDir } = state.git;
    const command: HookCommand = { bin: at2(toplevel, state.bin), project: at2(toplevel, cwd) };
    const check = `${command.bin} check${command.project ? ` --cwd ${command.project}` : ""}`;
    switch (options.hook) {
      case "git":
        file(join(hooksDir, "pre-commit"), gitHook(command), { mode: 0o755, instead: `add the line \`${check}\` to it` });
        break;
      case "husky": {
        file(join(toplevel, ".husky/pre-commit"), huskyHook(command), { mode: 0o755, instead: `add the line \`${check}\` to it` });
        // husky points git at .husky/ when its `prepare` script runs (on every install).
        const up = at2(cwd, toplevel);
        const prepare = addScript(packageJson, "prepare", up ? `cd ${up} && husky` : "husky");
        if (prepare.kind === "added") packageJson = prepare.text;
        if (prepare.kind === "different" && !/\bhusky\b/.test(prepare.existing)) notes.push(`add husky to your prepare script (\`${prepare.existing}\`), so installs enable the hook`);
        notes.push(`then \`${INSTALL_DEV[state.packageManager]} husky\` and \`${state.packageManager} run prepare\` enable the hook`);
        break;
      }
      case "lefthook":
        file(join(toplevel, "lefthook.yml"), lefthookConfig(command), { instead: `add under pre-commit.commands:\n    pipewright-check:\n      run: ${check}` });
        notes.push(`then \`${INSTALL_DEV[state.packageManager]} lefthook\` installs the hook (or \`node_modules/.bin/lefthook install\`)`);
        break;
      case "pre-commit":
        file(join(toplevel, ".pre-commit-config.yaml"), preCommitConfig(command), { instead: `add this entry under repos:\n  - repo: local\n    hooks:\n${preCommitHookEntry(command)}` });
        notes.push("then `pre-commit install` enables the hook");
        break;
    }
  }
  if (packageJson !== state.packageJson) files.push({ path: at(join(cwd, "package.json")), contents: packageJson, change: "update" });
  return { files, notes, ...(importTargets ? { importTargets } : {}) };
}

/** Reads the state, plans, and (unless a file is in the way) writes and generates. */
export async function runInit(options: InitOptions): Promise<InitResult> {
  // Real paths, as git prints them, so paths relative to the repository root come out right.
  const cwd = await realpath(resolve(options.cwd)).catch(() => {
    throw new PipewrightError("usage", `${options.cwd}: no such folder`);
  });
  const state = await readInitState(cwd, options.hook);
  const plan = planInit(state, { ...options, cwd });
  const blocked = plan.files.filter((f) => f.change === "replace");
  if (blocked.length > 0 && !options.force) {
    const lines = blocked.map((f) => `  ${f.path} already exists; pipewright init will not replace it. Instead, ${f.instead ?? "move it away"}, or run init again with --force to replace it.`);
    throw new PipewrightError("conflict", `nothing was written:\n${lines.join("\n")}`);
  }
  const notes = plan.importTargets
    ? await importExistingWorkflows({ cwd, targets: plan.importTargets, source: state.source, force: options.force ?? false })
    : [];
  const writes = plan.files.filter((f) => f.change !== "unchanged");
  await writeAtomically(cwd, writes.map((f) => ({ path: f.path, contents: f.contents, ...(f.mode === undefined ? {} : { mode: f.mode }) })));
  const generated = await runProject({ cwd, mode: "generate" });
  return { plan: { ...plan, notes: [...notes, ...plan.notes] }, written: writes.map((f) => f.path), generated };
}

/** Reads what planning needs from disk and from git. */
export async function readInitState(cwd: string, hook: HookKind | undefined): Promise<InitState> {
  const config = await readConfig(cwd);
  const source = config.source ?? "workflows.ts";
  const out = (config.out ?? ".github/workflows").replace(/\/+$/, "");
  const git = await gitInfo(cwd);
  const bin = installedBin(cwd);
  const candidates = [resolve(cwd, source)];
  if (git && hook === "git") candidates.push(join(git.hooksDir, "pre-commit"));
  if (git && hook === "husky") candidates.push(join(git.toplevel, ".husky/pre-commit"));
  if (git && hook === "lefthook") candidates.push(join(git.toplevel, "lefthook.yml"));
  if (git && hook === "pre-commit") candidates.push(join(git.toplevel, ".pre-commit-config.yaml"));
  const existing = new Map<string, string>();
  for (const path of candidates) {
    const text = await readText(path);
    if (text !== undefined) existing.set(path, text);
  }
  const names = await readdir(join(cwd, out)).catch(() => [] as string[]);
  const handWritten: string[] = [];
  for (const name of names.sort()) {
    if (!/\.ya?ml$/i.test(name)) continue;
    const text = await readText(join(cwd, out, name));
    if (text !== undefined && readHeader(text) === undefined) handWritten.push(`${out}/${name}`);
  }
  const versionFiles = await Promise.all([".nvmrc", ".node-version"].map(async (name) => ((await readText(join(cwd, name))) === undefined ? undefined : name)));
  return {
    cwd,
    packageJson: await readText(join(cwd, "package.json")),
    bin: bin === undefined ? undefined : resolve(cwd, bin),
    git,
    branch: git ? await defaultBranch(cwd) : "main",
    packageManager: packageManagerOf(cwd),
    nodeVersionFile: versionFiles.find((name) => name !== undefined),
    source,
    out,
    handWritten,
    existing,
  };
}

/** A `test` script other than the placeholder `npm init` writes. */
function hasTestScript(packageJson: string): boolean {
  const test = (JSON.parse(packageJson) as { scripts?: Record<string, unknown> }).scripts?.test;
  return typeof test === "string" && !/no test specified/.test(test);
}

/** `to` relative to `from`, with forward slashes; `""` when they are the same folder. */
function at2(from: string, to: string): string {
  return relative(from, to).split("\\").join("/");
}

function readText(path: string): Promise<string | undefined> {
  return readFile(path, "utf8").catch(() => undefined);
}

function git(cwd: string, args: readonly string[]): Promise<string | undefined> {
  return new Promise((done) => {
    execFile("git", [...args], { cwd }, (error, stdout) => done(error ? undefined : stdout.trim()));
  });
}

async function gitInfo(cwd: string): Promise<InitState["git"]> {
  const out = await git(cwd, ["rev-parse", "--show-toplevel", "--git-path", "hooks"]);
  const [toplevel, hooks] = out?.split("\n") ?? [];
  if (!toplevel || !hooks) return undefined;
  // `--git-path` answers relative to cwd; core.hooksPath, when set, is honoured by it.
  return { toplevel: resolve(toplevel), hooksDir: resolve(cwd, hooks) };
}

/** The remote's default branch when known, else the branch checked out, else `main`. */
async function defaultBranch(cwd: string): Promise<string> {
  const remote = await git(cwd, ["symbolic-ref", "--short", "refs/remotes/origin/HEAD"]);
  if (remote) return remote.replace(/^origin\//, "");
  return (await git(cwd, ["symbolic-ref", "--short", "HEAD"])) || "main";
}
