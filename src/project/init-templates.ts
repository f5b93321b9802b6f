/**
 * The files `pipewright init` writes: a starter `workflows.ts` and the pre-commit hook in each
 * of the forms people use. Every hook runs the project's installed binary, not `npx`, so it
 * costs no download check, works offline and runs the version `workflows.ts` imports.
 */

export type PackageManager = "npm" | "pnpm" | "yarn";

export interface StarterOptions {
  readonly packageManager: PackageManager;
  /** The branch pushes to which run CI. */
  readonly branch: string;
  /** `.nvmrc` or `.node-version` when the project has one; otherwise Node.js 20. */
  readonly nodeVersionFile?: string | undefined;
  /** Whether package.json has a `test` script worth running. */
  readonly hasTests: boolean;
  /** The project folder relative to the repository root; `""` when it is the root. */
  readonly directory: string;
}

const LOCKFILE: Record<PackageManager, string> = { npm: "package-lock.json", pnpm: "pnpm-lock.yaml", yarn: "yarn.lock" };
const INSTALL: Record<PackageManager, string> = { npm: "npm ci", pnpm: "pnpm install --frozen-lockfile", yarn: "yarn install --frozen-lockfile" };
const TEST: Record<PackageManager, string> = { npm: "npm test", pnpm: "pnpm test", yarn: "yarn test" };
const CHECK: Record<PackageManager, string> = { npm: "node_modules/.bin/pipewright check", pnpm: "pnpm exec pipewright check", yarn: "yarn pipewright check" };

/** A starter `workflows.ts`: one CI workflow that installs, tests and checks the generated files. */
export function starterWorkflows(o: StarterOptions): string {
  const versionFile = o.nodeVersionFile && o.directory ? `${o.directory}/${o.nodeVersionFile}` : o.nodeVersionFile;
  const node = versionFile ? `"node-version-file": ${JSON.stringify(versionFile)}` : `"node-version": "20"`;
  const test = o.hasTests
    ? `    run(${JSON.stringify(TEST[o.packageManager])}, { name: "Test" }),`
    : `    // run(${JSON.stringify(TEST[o.packageManager])}, { name: "Test" }), // once package.json has a test script`;
  return `// This repository's CI, written with pipewright. After editing, regenerate .github/workflows/
// with \`${o.packageManager} run gen-workflows\`; \`pipewright check\` (in CI below and in the pre-commit
// hook) fails while the YAML and this file disagree.
import { job, run, workflow } from "pipewright";
import { checkout, setupNode } from "pipewright/actions";

const test = job("test", {
  name: "Install, test, check generated workflows",
  "runs-on": "ubuntu-latest",
  "timeout-minutes": 15,
  permissions: { contents: "read" },
${o.directory ? `  defaults: { run: { "working-directory": ${JSON.stringify(o.directory)} } },\n` : ""}  steps: [
    checkout(),
${o.packageManager === "npm" ? "" : `    run("corepack enable", { name: "Enable corepack" }),\n`}    setupNode({ ${node}, cache: ${JSON.stringify(o.packageManager)}${o.directory ? `, "cache-dependency-path": ${JSON.stringify(`${o.directory}/${LOCKFILE[o.packageManager]}`)}` : ""} }),
    run(${JSON.stringify(INSTALL[o.packageManager])}, { name: "Install dependencies" }),
${test}
    run(${JSON.stringify(CHECK[o.packageManager])}, { name: "Generated workflows are up to date" }),
  ],
});

export const ci = workflow("ci", {
  name: "CI",
  on: { push: { branches: [${JSON.stringify(o.branch)}] }, pull_request: {}, workflow_dispatch: {} },
  jobs: [test],
});

export default [ci];
`;
}

/**
 * How a hook reaches the project from the repository root, where git and the hook managers run
 * hooks: the binary's path from there and, for a project in a sub-folder, `--cwd`.
 */
export interface HookCommand {
  /** The installed binary, relative to the repository root. */
  readonly bin: string;
  /** The project folder relative to the repository root; `""` when it is the root. */
  readonly project: string;
}

const checkCommand = (c: HookCommand) => `${c.bin} check${c.project ? ` --cwd ${c.project}` : ""}`;

/**
 * The files whose changes can change what `check` says: sources, configuration, the
 * lockfiles (a new pipewright version) and the generated files themselves. A source that
 * imports local modules elsewhere needs a wider pattern (the README says how).
 */
export const HOOK_FILES = String.raw`(^|/)(workflows\.[cm]?[jt]s|pipewright\.config\.(json|[cm]?[jt]s)|package\.json|package-lock\.json|pnpm-lock\.yaml|yarn\.lock)$|(^|/)\.github/(workflows|rulesets)/`;

/** `.git/hooks/pre-commit` (or in `core.hooksPath`): a plain shell script. */
export function gitHook(c: HookCommand): string {
  return `#!/bin/sh
# Written by \`pipewright init\`: stops a commit while .github/workflows is out of sync with its
# source. pipewright check prints the diff and the command that fixes it.
if [ ! -x ${c.bin} ]; then
  echo "pre-commit: ${c.bin} not found: install the project's dependencies first" >&2
  exit 1
fi
exec ${checkCommand(c)}
`;
}

/** `.husky/pre-commit` (husky 9 runs it with sh). */
export function huskyHook(c: HookCommand): string {
  return `${checkCommand(c)}\n`;
}

/** `lefthook.yml`. */
export function lefthookConfig(c: HookCommand): string {
  return `# Written by \`pipewright init\`. Install the hooks with \`npx lefthook install\` (lefthook's
# npm package does it when installed).
pre-commit:
  commands:
    pipewright-check:
      run: ${checkCommand(c)}
`;
}

/** `.pre-commit-config.yaml`: a local hook, so pre-commit needs no network and no clone. */
export function preCommitConfig(c: HookCommand): string {
  return `# Written by \`pipewright init\`. Install the hook with \`pre-commit install\`.
repos:
  - repo: local
    hooks:
${preCommitHookEntry(c)}`;
}

/** The `repo: local` hook entry, indented for `.pre-commit-config.yaml`. */
export function preCommitHookEntry(c: HookCommand): string {
  return `      - id: pipewright-check
        name: pipewright check
        entry: ${checkCommand(c)}
        language: system
        pass_filenames: false
        files: '${HOOK_FILES}'
`;
}
