/**
 * The sources of one run: the config's `sources` globs expanded against the project root, and
 * for each source inside a package folder, the package it is scoped to.
 */
import { access } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { PipewrightError } from "./errors.js";

export interface SourceFile {
  /** Absolute path. */
  readonly path: string;
  /** Relative to the project root, with `/`: how headers and messages name it. */
  readonly label: string;
  /** The package folder (relative to the root) for a source below the root; absent at the root. */
  readonly pkg?: string;
}

const posix = (path: string) => path.split("\\").join("/");
const exists = (path: string) => access(path).then(() => true, () => false);

/**
 * Expands `patterns` (relative to `root`). A plain path is kept even when the file is missing,
 * so loading it reports "no such file"; a glob that matches nothing adds nothing, but a run with
 * no source at all is an error naming `origin` (where the patterns came from).
 */
export async function findSources(root: string, patterns: readonly string[], origin: string): Promise<SourceFile[]> {
  const literal = patterns.filter((p) => !/[*?[\]{}()!]/.test(p));
  const globs = patterns.filter((p) => !literal.includes(p));
  const paths = literal.map((p) => resolve(root, p));
  if (globs.length > 0) {
    // Loaded only for a glob: most projects have one workflows.ts and should not pay for it.
    const { glob } = await import("tinyglobby");
    const found = await glob(globs, { cwd: root, absolute: true, ignore: ["**/node_modules/**", "**/.git/**"], onlyFiles: true, expandDirectories: false });
    paths.push(...found);
  }
  const unique = [...new Set(paths.map((p) => resolve(p)))];
  if (unique.length === 0) {
    throw new PipewrightError("usage", `${origin}: no file matches ${patterns.map((p) => JSON.stringify(p)).join(", ")}. Fix the globs (they are relative to ${root}) or create the sources.`);
  }
  const sources = await Promise.all(unique.map(async (path): Promise<SourceFile> => {
    const label = posix(relative(root, path));
    if (label.startsWith("../")) throw new PipewrightError("usage", `${origin}: source ${label} is outside the project root ${root}`);
    const pkg = await packageOf(root, dirname(path));
    return { path, label, ...(pkg === undefined ? {} : { pkg }) };
  }));
  return sources.sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}

/**
 * The package a source below the root belongs to: the nearest folder with a package.json
 * between the source and the root, or else the source's own folder.
 */
async function packageOf(root: string, dir: string): Promise<string | undefined> {
  if (relative(root, dir) === "") return undefined;
  for (let current = dir; relative(root, current) !== ""; current = dirname(current)) {
    if (await exists(join(current, "package.json"))) return posix(relative(root, current));
  }
  return posix(relative(root, dir));
}
