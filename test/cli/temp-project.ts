// Throwaway projects for CLI tests: a folder under the OS temp dir with a workflows.ts that
// imports the DSL from this checkout's src/ (esbuild bundles it, as it would a local path).
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, expect } from "vitest";
import { main, type CliOutput } from "../../src/cli/main.js";
import { expectValidWorkflow } from "../support/oracles.js";

/** Absolute path of the DSL entry point, for `import ... from "<DSL>"` in fixtures. */
export const DSL = fileURLToPath(new URL("../../src/index.ts", import.meta.url));

/** The first line of a workflows.ts: every builder a fixture may use. */
export const IMPORT = `import { github, job, run, uses, workflow } from ${JSON.stringify(DSL)};`;

/** A one-job workflow as TypeScript, exported as `name`; `script` is the step's command. */
export function workflowSource(stem: string, script = "npm test", name = stem): string {
  return [
    `export const ${name} = workflow(${JSON.stringify(stem)}, {`,
    `  name: ${JSON.stringify(stem.toUpperCase())},`,
    `  on: { push: { branches: ["main"] } },`,
    `  jobs: [job("test", { "runs-on": "ubuntu-latest", steps: [run(${JSON.stringify(script)})] })],`,
    `});`,
  ].join("\n");
}

/** A whole workflows.ts exporting the given workflows (each `workflowSource` text). */
export function sourceFile(...workflows: { stem: string; script?: string }[]): string {
  const names = workflows.map((w) => w.stem.replace(/\W/g, "_"));
  const bodies = workflows.map((w, i) => workflowSource(w.stem, w.script, names[i]));
  return [IMPORT, "", ...bodies, "", `export default [${names.join(", ")}];`, ""].join("\n");
}

export interface FileState {
  readonly bytes: string;
  readonly mtimeMs: number;
}

export class TempProject {
  private constructor(readonly root: string) {}

  static async create(files: Record<string, string> = {}): Promise<TempProject> {
    const project = new TempProject(await mkdtemp(join(tmpdir(), "pipewright-cli-")));
    for (const [path, text] of Object.entries(files)) await project.write(path, text);
    return project;
  }

  async write(path: string, text: string): Promise<void> {
    await mkdir(dirname(join(this.root, path)), { recursive: true });
    await writeFile(join(this.root, path), text);
  }

  read(path: string): Promise<string> {
    return readFile(join(this.root, path), "utf8");
  }

  delete(path: string): Promise<void> {
    return rm(join(this.root, path));
  }

  async exists(path: string): Promise<boolean> {
    return stat(join(this.root, path)).then(() => true, () => false);
  }

  /** Every file under the root (relative paths, sorted), dot-folders included. */
  async list(): Promise<string[]> {
    const entries = await readdir(this.root, { recursive: true, withFileTypes: true });
    return entries
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name).slice(this.root.length + 1))
      .sort();
  }

  /** Bytes and mtime of every file, to prove a run changed nothing. */
  async snapshot(): Promise<Map<string, FileState>> {
    const state = new Map<string, FileState>();
    for (const path of await this.list()) {
      const full = join(this.root, path);
      state.set(path, { bytes: await readFile(full, "utf8"), mtimeMs: (await stat(full)).mtimeMs });
    }
    return state;
  }

  /** Runs the CLI with this project as the working directory. */
  cli(...argv: string[]): Promise<CliOutput> {
    return main(argv, this.root);
  }

  /** Puts files the CLI wrote through GitHub's parser and actionlint. */
  async expectValid(...paths: string[]): Promise<void> {
    for (const path of paths) await expectValidWorkflow(basename(path), await this.read(path));
  }

  /** Files a run must never leave behind: write temporaries and bundled sources. */
  async leftovers(): Promise<string[]> {
    return (await this.list()).filter((path) => /\.tmp$/.test(path) || /(^|\/)\.pipewright-[^/]*\.mjs$/.test(path));
  }

  remove(): Promise<void> {
    return rm(this.root, { recursive: true, force: true });
  }
}

/**
 * Registers cleanup for the current test file and returns a factory. After each test it
 * asserts no run left temporaries behind, then deletes the projects.
 */
export function tempProjects(): (files?: Record<string, string>) => Promise<TempProject> {
  const made: TempProject[] = [];
  afterEach(async () => {
    for (const project of made.splice(0)) {
      const left = await project.leftovers();
      await project.remove();
      expect(left, `left behind in ${project.root}`).toEqual([]);
    }
  });
  return async (files) => {
    const project = await TempProject.create(files);
    made.push(project);
    return project;
  };
}
