import { afterEach, describe, expect, it } from "vitest";
import { clientOptionsFromEnv, createGitHubClient, DEFAULT_API_URL, GitHubError } from "../../src/github/client.js";
import { startStandIn, type StandInServer } from "../support/github-server.js";

let server: StandInServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function failureOf(promise: Promise<unknown>): Promise<GitHubError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(GitHubError);
  return error as GitHubError;
}

describe("GitHub client", () => {
  it("reads its settings from the environment as GitHub's tools do", () => {
    expect(clientOptionsFromEnv({})).toEqual({ baseUrl: DEFAULT_API_URL, token: undefined });
    expect(clientOptionsFromEnv({ GITHUB_API_URL: "https://ghe.example/api/v3", GH_TOKEN: "b" })).toEqual({ baseUrl: "https://ghe.example/api/v3", token: "b" });
    expect(clientOptionsFromEnv({ GITHUB_TOKEN: "a", GH_TOKEN: "b" }).token).toBe("a");
  });

  it("sends the token, GitHub's media type and a JSON body; parses the answer", async () => {
    server = await startStandIn({
      "GET /repos/:owner/:repo/contents/*path": (r) => ({ body: { path: r.params.path, ref: r.query.get("ref") } }),
      "POST /repos/:owner/:repo/rulesets": (r) => ({ status: 201, body: { id: 7, echo: r.body } }),
      "PUT /repos/:owner/:repo/rulesets/:id": () => ({ status: 204 }),
    });
    const client = createGitHubClient({ baseUrl: `${server.url}/`, token: "t0k" });
    expect(await client.get("/repos/acme/app/contents/a/b/action.yml?ref=abc")).toEqual({ path: "a/b/action.yml", ref: "abc" });
    expect(await client.request("POST", "/repos/acme/app/rulesets", { body: { name: "main" } })).toEqual({ id: 7, echo: { name: "main" } });
    expect(await client.request("PUT", "/repos/acme/app/rulesets/7", { body: {} })).toBeUndefined();
    expect(server.requests.map((r) => [r.method, r.path, r.headers.authorization, r.headers.accept])).toEqual([
      ["GET", "/repos/acme/app/contents/a/b/action.yml", "Bearer t0k", "application/vnd.github+json"],
      ["POST", "/repos/acme/app/rulesets", "Bearer t0k", "application/vnd.github+json"],
      ["PUT", "/repos/acme/app/rulesets/7", "Bearer t0k", "application/vnd.github+json"],
    ]);
  });

  it("says what a 401, 403, 404 and a used-up rate limit mean, and does not retry", async () => {
    server = await startStandIn({
      "GET /bad-token": () => ({ status: 401, body: { message: "Bad credentials" } }),
      "GET /forbidden": () => ({ status: 403, body: { message: "Resource not accessible by integration" } }),
      "GET /limited": () => ({ status: 403, body: { message: "API rate limit exceeded" }, headers: { "x-ratelimit-remaining": "0", "x-ratelimit-reset": "1700000000" } }),
    });
    const withToken = createGitHubClient({ baseUrl: server.url, token: "t" });
    const anonymous = createGitHubClient({ baseUrl: server.url });
    const unauthorized = await failureOf(withToken.get("/bad-token", { what: "the tags of acme/x" }));
    expect(unauthorized.status).toBe(401);
    expect(unauthorized.message).toBe("GitHub rejected the token while reading the tags of acme/x (GitHub says: Bad credentials). Set GITHUB_TOKEN (or GH_TOKEN) to a valid token.");
    const forbidden = await failureOf(withToken.get("/forbidden", { what: "the rulesets of acme/app", needs: 'a token with the "Administration: write" repository permission' }));
    expect(forbidden.message).toBe('GitHub refused access to the rulesets of acme/app (GitHub says: Resource not accessible by integration). This needs a token with the "Administration: write" repository permission; the token in GITHUB_TOKEN/GH_TOKEN lacks it.');
    const limited = await failureOf(anonymous.get("/limited", { what: "acme/x@v1" }));
    expect(limited.message).toBe("GitHub's rate limit is used up while reading acme/x@v1. It resets at 2023-11-14T22:13:20.000Z. Set GITHUB_TOKEN (or GH_TOKEN): authenticated requests have a far higher limit.");
    const missing = await failureOf(anonymous.get("/repos/acme/nope/commits/v1", { what: "the ref v1 of acme/nope" }));
    expect(missing.message).toBe("not found on GitHub: the ref v1 of acme/nope (GitHub says: Not Found). Check the name and the ref. If it is private, set GITHUB_TOKEN (or GH_TOKEN).");
    expect(server.requests.map((r) => r.path)).toEqual(["/bad-token", "/forbidden", "/limited", "/repos/acme/nope/commits/v1"]);
  });

  it("gives up after its timeout and names the URL", async () => {
    server = await startStandIn({ "GET /slow": () => new Promise((resolve) => setTimeout(() => resolve({ body: {} }), 2_000)) });
    const client = createGitHubClient({ baseUrl: server.url, timeoutMs: 100 });
    const error = await failureOf(client.get("/slow", { what: "the slow thing" }));
    expect(error.status).toBe(0);
    expect(error.message).toBe(`GitHub did not answer GET ${server.url}/slow within 0.1 s (reading the slow thing). Check the network or GITHUB_API_URL.`);
  });

  it("names the server it cannot reach", async () => {
    const client = createGitHubClient({ baseUrl: "http://127.0.0.1:9" });
    const error = await failureOf(client.get("/x", { what: "x" }));
    expect(error.message).toMatch(/^cannot reach GitHub at http:\/\/127\.0\.0\.1:9 \(.+\) while reading x\. Check the network or GITHUB_API_URL\.$/);
  });
});
