/**
 * Finding an action on GitHub: a ref to its commit and release tag, the newest release of a
 * major, and its action.yml at a commit. Only four REST endpoints are used (commits/{ref}, tags,
 * releases/latest, contents/{path}), so a stand-in server can serve them in tests.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { GitHubError, type GitHubClient } from "../github/client.js";
import { PipewrightError } from "../project/errors.js";
import { parseActionMetadata } from "./action-metadata.js";
import { isLocal } from "./lock-file.js";
import { ACTION_NAME } from "./lock-names.js";
import type { ActionMetadata } from "./lock-schema.js";

/** `owner/repo[/path]@ref` or `./path`, split. */
export interface ActionSpec {
  /** The lock's key: `owner/repo`, `owner/repo/path` or `./path`. */
  readonly name: string;
  readonly owner: string;
  readonly repo: string;
  /** Folder of action.yml inside the repository; empty for its root. */
  readonly path: string;
  readonly ref?: string;
}

const FORM = "write owner/repo@ref, owner/repo/path@ref (an action in a folder of its repository) or ./path (an action in this repository)";

/** Parses what a user typed after `pipewright actions add`. */
export function parseSpec(text: string): ActionSpec {
  if (isLocal(text)) {
    const name = text.replace(/\/+$/, "");
    if (!ACTION_NAME.test(name) || name.includes("@") || name.split("/").includes("..")) throw new PipewrightError("usage", `"${text}" is not a local action path: ${FORM}`);
    return { name, owner: "", repo: "", path: name.slice(2) };
  }
  const at = text.lastIndexOf("@");
  const name = at < 0 ? text : text.slice(0, at);
  const ref = at < 0 ? "" : text.slice(at + 1);
  if (!ACTION_NAME.test(name)) throw new PipewrightError("usage", `"${text}" does not name an action: ${FORM}`);
  if (ref === "") throw new PipewrightError("usage", `"${text}" has no ref: add the release to start from, e.g. ${name}@v1`);
  const [owner, repo, ...path] = name.split("/") as [string, string, ...string[]];
  return { name, owner, repo, path: path.join("/"), ref };
}

/** A version tag as numbers: `v1.2.3` → [1, 2, 3]; undefined for anything else (pre-releases too). */
export function versionParts(tag: string): number[] | undefined {
  const match = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(tag);
  return match ? match.slice(1).filter((p) => p !== undefined).map(Number) : undefined;
}

/** Newer first; a more specific tag (`v1.2.0`) before a moving one (`v1`) of the same commit. */
function compareTags(a: string, b: string): number {
  const x = versionParts(a) ?? [];
  const y = versionParts(b) ?? [];
  for (let i = 0; i < 3; i++) {
    const d = (y[i] ?? -1) - (x[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

export interface Tag {
  readonly name: string;
  readonly commit: string;
}

const repoPath = (spec: ActionSpec) => `/repos/${encodeURIComponent(spec.owner)}/${encodeURIComponent(spec.repo)}`;
const repoName = (spec: ActionSpec) => `${spec.owner}/${spec.repo}`;

/** The tags of the action's repository (up to 1,000), as GitHub lists them. */
export async function listTags(client: GitHubClient, spec: ActionSpec): Promise<Tag[]> {
  const tags: Tag[] = [];
  for (let page = 1; page <= 10; page++) {
    const batch = await client.get<{ name: string; commit: { sha: string } }[]>(`${repoPath(spec)}/tags?per_page=100&page=${page}`, { what: `the tags of ${repoName(spec)}` });
    if (!Array.isArray(batch)) throw new GitHubError(200, `GitHub's list of tags of ${repoName(spec)} is not a list`);
    tags.push(...batch.map((t) => ({ name: String(t.name), commit: String(t.commit?.sha ?? "").toLowerCase() })));
    if (batch.length < 100) break;
  }
  return tags;
}

/** The full SHA a ref names; a clear error for an unknown repository or ref. */
export async function commitOf(client: GitHubClient, spec: ActionSpec, ref: string): Promise<string> {
  try {
    const commit = await client.get<{ sha?: unknown }>(`${repoPath(spec)}/commits/${encodeURIComponent(ref)}`, { what: `${spec.name}@${ref}` });
    if (typeof commit?.sha !== "string" || !/^[0-9a-f]{40}$/i.test(commit.sha)) throw new GitHubError(200, `GitHub's answer for the commit of ${spec.name}@${ref} has no SHA`);
    return commit.sha.toLowerCase();
  } catch (error) {
    // GitHub answers 422 for a ref it cannot find in a repository, 404 when the repository is unknown.
    if (!(error instanceof GitHubError) || (error.status !== 404 && error.status !== 422)) throw error;
    const tags = await listTags(client, spec).catch((e: unknown) => {
      if (e instanceof GitHubError && e.status === 404) {
        throw new PipewrightError("usage", `${spec.name}: GitHub has no repository ${repoName(spec)}. Check the owner and the name; for a private repository, set GITHUB_TOKEN (or GH_TOKEN) to a token that can read it.`);
      }
      throw e;
    });
    const known = tags.map((t) => t.name).filter((n) => versionParts(n)?.length === 3).sort(compareTags).slice(0, 5);
    throw new PipewrightError("usage", `${spec.name}@${ref}: ${repoName(spec)} has no ref "${ref}".${known.length ? ` Its newest tags: ${known.join(", ")}.` : ""} Use a tag, a branch or a full commit SHA of it.`);
  }
}

/** The release tag of a commit: the ref itself when it is a tag of it, else its most specific tag, else the ref. */
export function versionOf(tags: readonly Tag[], commit: string, ref: string): string {
  const at = tags.filter((t) => t.commit === commit).map((t) => t.name);
  if (at.includes(ref) && (versionParts(ref)?.length ?? 0) === 3) return ref;
  const versions = at.filter((n) => versionParts(n)).sort((a, b) => (versionParts(b)!.length - versionParts(a)!.length) || compareTags(a, b));
  return versions[0] ?? at[0] ?? ref;
}

/** The newest release: of `major` when given (from the tags), else GitHub's latest release. */
export async function newestRelease(client: GitHubClient, spec: ActionSpec, tags: readonly Tag[], major?: number): Promise<Tag | undefined> {
  const releases = tags.filter((t) => versionParts(t.name)?.length === 3).sort((a, b) => compareTags(a.name, b.name));
  if (major !== undefined) return releases.find((t) => versionParts(t.name)![0] === major);
  try {
    const latest = await client.get<{ tag_name?: unknown }>(`${repoPath(spec)}/releases/latest`, { what: `the latest release of ${repoName(spec)}` });
    const tag = tags.find((t) => t.name === latest?.tag_name);
    if (tag) return tag;
  } catch (error) {
    // A repository that only tags (no GitHub releases) answers 404: its newest tag is its newest release.
    if (!(error instanceof GitHubError) || error.status !== 404) throw error;
  }
  return releases[0];
}

/** The action's metadata at a commit: `action.yml`, else `action.yaml`, in the action's folder. */
export async function readRemoteMetadata(client: GitHubClient, spec: ActionSpec, commit: string, version: string): Promise<ActionMetadata> {
  const folder = spec.path ? `${spec.path}/` : "";
  for (const file of ["action.yml", "action.yaml"]) {
    const path = `${folder}${file}`;
    let answer: { content?: unknown; encoding?: unknown; type?: unknown };
    try {
      answer = await client.get(`${repoPath(spec)}/contents/${path.split("/").map(encodeURIComponent).join("/")}?ref=${commit}`, { what: `${path} of ${repoName(spec)} at ${version}` });
    } catch (error) {
      if (error instanceof GitHubError && error.status === 404) continue;
      throw error;
    }
    if (answer?.type !== undefined && answer.type !== "file") continue;
    if (typeof answer?.content !== "string" || answer.encoding !== "base64") throw new GitHubError(200, `GitHub's answer for ${path} of ${repoName(spec)} has no base64 content`);
    return parseActionMetadata(Buffer.from(answer.content, "base64").toString("utf8"), `${spec.name}@${version} (${path})`, commit);
  }
  throw new PipewrightError("usage", `${spec.name}@${version}: ${repoName(spec)} has no action.yml or action.yaml ${spec.path ? `in ${spec.path}/` : "at its root"} at commit ${commit.slice(0, 12)}. Check the path: an action in a folder is owner/repo/folder@ref.`);
}

/** A local action's metadata, from this repository's disk. */
export async function readLocalMetadata(cwd: string, spec: ActionSpec): Promise<ActionMetadata> {
  for (const file of ["action.yml", "action.yaml"]) {
    const path = join(cwd, spec.path, file);
    const text = await readFile(path, "utf8").catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT" || error.code === "ENOTDIR") return undefined;
      throw error;
    });
    if (text !== undefined) return parseActionMetadata(text, `${spec.name} (${spec.path}/${file})`);
  }
  throw new PipewrightError("usage", `${spec.name}: no action.yml or action.yaml in ${spec.path}/. A local action is a folder of this repository holding its action.yml.`);
}
