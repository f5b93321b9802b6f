// The package as users get it, made once for the whole test run: `npm pack` of this checkout
// (which builds dist/ through `prepack`) and one `npm install` of the tarball into a shared
// project. End-to-end tests link that install into their own temporary projects instead of
// packing and installing again, which keeps the suite within its time budget.
//
// Several test files (in several worker processes) may ask at once: the first one to create the
// lock folder does the work, the others wait for its `ready` marker. The folder is keyed by a
// hash of everything that goes into the package, so a later run reuses it only while nothing
// packed has changed.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rm, stat, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export interface Ran {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * The environment for nested npm, node and git runs. npm passes its settings to scripts as
 * npm_* variables; when the tests run under `npm test`, those would point a nested npm at this
 * repository instead of the temporary project.
 */
export const cleanEnv: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));

/** Runs a command; never rejects, the exit code is in the result. */
export function sh(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = cleanEnv, input?: string): Promise<Ran> {
  return new Promise((resolve) => {
    const child = execFile(command, [...args], { cwd, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : 127) : 0;
      resolve({ code, stdout, stderr });
    });
    if (input !== undefined) child.stdin?.end(input);
  });
}

/** What goes into the package: the files its build reads and the files it ships. */
const PACKED = ["package.json", "package-lock.json", "tsconfig.json", "tsconfig.build.json", "README.md", ".pre-commit-hooks.yaml", "src", "schemas", "scripts"];

async function packageHash(): Promise<string> {
  const hash = createHash("sha256");
  const visit = async (path: string): Promise<void> => {
    const full = join(ROOT, path);
    const info = await stat(full).catch(() => undefined);
    if (!info) return;
    if (info.isDirectory()) {
      for (const name of (await readdir(full)).sort()) await visit(join(path, name));
      return;
    }
    hash.update(`${relative(ROOT, full)}\0`).update(await readFile(full)).update("\0");
  };
  for (const path of PACKED) await visit(path);
  return hash.digest("hex").slice(0, 16);
}

export interface PackedPipewright {
  /** The tarball `npm pack` made. */
  readonly tarball: string;
  /** A project with only the tarball installed: link its node_modules, do not change it. */
  readonly app: string;
  readonly nodeModules: string;
  /** `node_modules/.bin/pipewright` of that project. */
  readonly bin: string;
}

let packed: Promise<PackedPipewright> | undefined;

/** Packs and installs pipewright once per test run (see the top of this file). */
export function packedPipewright(): Promise<PackedPipewright> {
  packed ??= make();
  return packed;
}

async function make(): Promise<PackedPipewright> {
  const dir = join(tmpdir(), `pipewright-packed-${await packageHash()}`);
  const result: PackedPipewright = {
    tarball: join(dir, "pipewright.tgz"),
    app: join(dir, "app"),
    nodeModules: join(dir, "app", "node_modules"),
    bin: join(dir, "app", "node_modules", ".bin", "pipewright"),
  };
  const ready = join(dir, "ready");
  const lock = join(dir, "lock");
  await mkdir(dir, { recursive: true });
  for (;;) {
    if (existsSync(ready)) return result;
    try {
      await mkdir(lock);
      break;
    } catch {
      // Another worker packs. A lock left by a killed run is taken over after ten minutes.
      const age = Date.now() - (await stat(lock).then((s) => s.mtimeMs, () => Date.now()));
      if (age > 600_000) await rm(lock, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    const packDir = join(dir, "pack");
    await rm(packDir, { recursive: true, force: true });
    await mkdir(packDir);
    const pack = await sh("npm", ["pack", "--pack-destination", packDir], ROOT);
    if (pack.code !== 0) throw new Error(`npm pack exited ${pack.code}:\n${pack.stdout}\n${pack.stderr}`);
    const tarballs = (await readdir(packDir)).filter((name) => name.endsWith(".tgz"));
    if (tarballs.length !== 1) throw new Error(`npm pack made ${tarballs.length} tarballs: ${tarballs.join(", ")}`);
    await rm(result.tarball, { force: true });
    await symlink(join(packDir, tarballs[0]!), result.tarball);
    await rm(result.app, { recursive: true, force: true });
    await mkdir(result.app);
    await writeFile(join(result.app, "package.json"), JSON.stringify({ name: "packed-app", private: true, type: "module" }, null, 2) + "\n");
    const install = await sh("npm", ["install", "--no-audit", "--no-fund", result.tarball], result.app);
    if (install.code !== 0) throw new Error(`npm install of the tarball exited ${install.code}:\n${install.stdout}\n${install.stderr}`);
    await writeFile(ready, new Date().toISOString());
    return result;
  } finally {
    // On failure the lock goes too: a waiting worker then tries itself and reports its own error.
    await rm(lock, { recursive: true, force: true });
  }
}

/**
 * Links the shared install into `project` (`node_modules` → the packed app's), so the project
 * runs pipewright exactly as a user who installed the tarball.
 */
export async function linkInstalled(project: string): Promise<PackedPipewright> {
  const installed = await packedPipewright();
  await symlink(installed.nodeModules, join(project, "node_modules"), "dir");
  return installed;
}
