// Which repository `rulesets` talks to: --repo, else GITHUB_REPOSITORY, else the origin remote
// of a real git checkout, in each URL form git accepts.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parseRemoteUrl, resolveRepository } from "../../src/github/repository.js";
import { sh } from "../support/packed.js";

const dirs: string[] = [];
afterEach(async () => Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true }))));

async function checkout(origin?: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "pipewright-repo-"));
  dirs.push(dir);
  expect((await sh("git", ["init", "-q"], dir)).code).toBe(0);
  if (origin) expect((await sh("git", ["remote", "add", "origin", origin], dir)).code).toBe(0);
  return dir;
}

describe("parseRemoteUrl", () => {
  it.each([
    ["https://github.com/acme/data-platform.git", "acme/data-platform"],
    ["https://github.com/acme/data-platform", "acme/data-platform"],
    ["https://x-access-token:abc@github.com/acme/app.git/", "acme/app"],
    ["git@github.com:acme/data-platform.git", "acme/data-platform"],
    ["ssh://git@github.com/acme/app.git", "acme/app"],
    ["ssh://git@ghe.example.com:2222/acme/app", "acme/app"],
    ["github.com:acme/app", "acme/app"],
  ])("%s → %s", (url, slug) => {
    const repo = parseRemoteUrl(url);
    expect(repo && `${repo.owner}/${repo.name}`).toBe(slug);
  });

  it.each(["https://gitlab.com/group/sub/project.git", "/srv/git/app.git", "file:///srv/git/app.git", "not a url"])("%s is not owner/name", (url) => {
    expect(parseRemoteUrl(url)).toBeUndefined();
  });
});

describe("resolveRepository", () => {
  it("prefers --repo, then GITHUB_REPOSITORY, then the origin remote", async () => {
    const dir = await checkout("git@github.com:acme/from-origin.git");
    expect(await resolveRepository({ flag: "acme/flag", env: { GITHUB_REPOSITORY: "acme/env" }, cwd: dir })).toEqual({ owner: "acme", name: "flag", from: "--repo" });
    expect(await resolveRepository({ env: { GITHUB_REPOSITORY: "acme/env" }, cwd: dir })).toEqual({ owner: "acme", name: "env", from: "GITHUB_REPOSITORY" });
    expect(await resolveRepository({ env: {}, cwd: dir })).toEqual({ owner: "acme", name: "from-origin", from: "the origin remote" });
  });

  it("says how to name a repository when there is none, or a bad one", async () => {
    const dir = await checkout();
    await expect(resolveRepository({ env: {}, cwd: dir })).rejects.toThrow(/no repository given: pass --repo owner\/name, set GITHUB_REPOSITORY, or run inside a git checkout with an origin remote/);
    await expect(resolveRepository({ flag: "acme", env: {}, cwd: dir })).rejects.toThrow("--repo acme: expected owner/name, e.g. --repo acme/data-platform");
    await expect(resolveRepository({ env: { GITHUB_REPOSITORY: "a/b/c" }, cwd: dir })).rejects.toThrow("GITHUB_REPOSITORY=a/b/c: expected owner/name");
    const gitlab = await checkout("https://gitlab.com/group/sub/project.git");
    await expect(resolveRepository({ env: {}, cwd: gitlab })).rejects.toThrow("the origin remote https://gitlab.com/group/sub/project.git does not name a GitHub repository");
  });
});
