/**
 * Which repository a command talks to: `--repo owner/name`, else GITHUB_REPOSITORY (set in every
 * workflow run), else the `origin` remote of the checkout, as git itself reports it.
 */
import { execFile } from "node:child_process";
import { PipewrightError } from "../project/errors.js";

export interface Repository {
  readonly owner: string;
  readonly name: string;
  /** Where it came from, for messages: `--repo`, `GITHUB_REPOSITORY` or `the origin remote`. */
  readonly from: string;
}

const PART = /^[A-Za-z0-9_.-]+$/;

/** Reads `owner/name`; undefined when the text is not one. */
export function parseRepository(text: string): { owner: string; name: string } | undefined {
  const [owner, name, ...rest] = text.trim().split("/");
  if (rest.length > 0 || !owner || !name || !PART.test(owner) || !PART.test(name)) return undefined;
  return { owner, name: name.replace(/\.git$/, "") };
}

/**
 * The repository of a remote URL, for the forms git accepts: `https://host/owner/name(.git)`,
 * `ssh://git@host(:port)/owner/name.git` and scp-like `git@host:owner/name.git`. On GitHub
 * Enterprise Server the path is the same, so the host is not checked.
 */
export function parseRemoteUrl(url: string): { owner: string; name: string } | undefined {
  const text = url.trim();
  let path: string | undefined;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    try {
      path = new URL(text).pathname;
    } catch {
      return undefined;
    }
  } else {
    // scp-like syntax: [user@]host:path, with no slash before the colon.
    path = /^(?:[^@/]+@)?[^:/]+:(.+)$/.exec(text)?.[1];
  }
  if (path === undefined) return undefined;
  return parseRepository(path.replace(/^\/+/, "").replace(/\/+$/, ""));
}

export interface RepositorySources {
  /** The value of `--repo`, if given. */
  readonly flag?: string | undefined;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The checkout whose `origin` remote is asked last. */
  readonly cwd: string;
}

/** Resolves the repository, or throws an error saying how to name one. */
export async function resolveRepository(sources: RepositorySources): Promise<Repository> {
  if (sources.flag !== undefined) {
    const repo = parseRepository(sources.flag);
    if (!repo) throw new PipewrightError("usage", `--repo ${sources.flag}: expected owner/name, e.g. --repo acme/data-platform`);
    return { ...repo, from: "--repo" };
  }
  const fromEnv = sources.env.GITHUB_REPOSITORY;
  if (fromEnv) {
    const repo = parseRepository(fromEnv);
    if (!repo) throw new PipewrightError("usage", `GITHUB_REPOSITORY=${fromEnv}: expected owner/name. Unset it or pass --repo owner/name.`);
    return { ...repo, from: "GITHUB_REPOSITORY" };
  }
  const url = await originUrl(sources.cwd);
  if (url === undefined) {
    throw new PipewrightError("usage", `no repository given: pass --repo owner/name, set GITHUB_REPOSITORY, or run inside a git checkout with an origin remote (${sources.cwd} has none)`);
  }
  const repo = parseRemoteUrl(url);
  if (!repo) throw new PipewrightError("usage", `the origin remote ${url} does not name a GitHub repository (owner/name); pass --repo owner/name`);
  return { ...repo, from: "the origin remote" };
}

/** `git remote get-url origin`, which also follows `insteadOf` rewrites; undefined without one. */
function originUrl(cwd: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile("git", ["remote", "get-url", "origin"], { cwd }, (error, stdout) => resolve(error ? undefined : stdout.trim() || undefined));
  });
}
