/**
 * The one GitHub REST client, used only by the commands that talk to GitHub (`actions`,
 * `rulesets`), never by generate, check or lint. It is a thin layer over `fetch`: the base URL
 * (GitHub Enterprise Server's `https://HOST/api/v3`, or a stand-in server in tests), a token sent
 * as `Authorization: Bearer`, a timeout, and errors that say what went wrong and what to do.
 * It never retries: a retry that hides a failure would make a rate limit look like a hang.
 */
import { PipewrightError } from "../project/errors.js";

export const DEFAULT_API_URL = "https://api.github.com";

export interface GitHubClientOptions {
  /** API root, e.g. `https://api.github.com` (default) or `https://ghe.example.com/api/v3`. */
  readonly baseUrl?: string | undefined;
  /** Sent as `Authorization: Bearer <token>` when set. */
  readonly token?: string | undefined;
  /** Milliseconds before a request is given up. Default 30 s. */
  readonly timeoutMs?: number;
  /** The fetch to use (default: the global one). */
  readonly fetch?: typeof fetch;
}

/** Settings from the environment as GitHub's own tools read them: GITHUB_API_URL, GITHUB_TOKEN, GH_TOKEN. */
export function clientOptionsFromEnv(env: Readonly<Record<string, string | undefined>>): GitHubClientOptions {
  return {
    baseUrl: env.GITHUB_API_URL || DEFAULT_API_URL,
    token: env.GITHUB_TOKEN || env.GH_TOKEN || undefined,
  };
}

export interface RequestOptions {
  /** What the request is for, as the error message names it: `the ruleset "main"`. */
  readonly what?: string;
  /** What a 403 means for this call: `a token with the "Administration: write" permission`. */
  readonly needs?: string;
  readonly body?: unknown;
}

/** A request GitHub refused or did not answer; `status` is 0 when no answer came. */
export class GitHubError extends PipewrightError {
  constructor(readonly status: number, message: string) {
    super("usage", message);
    this.name = "GitHubError";
  }
}

export interface GitHubClient {
  readonly baseUrl: string;
  /** Sends a request and returns the parsed JSON body (undefined for 204). */
  request<T = unknown>(method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE", path: string, options?: RequestOptions): Promise<T>;
  get<T = unknown>(path: string, options?: RequestOptions): Promise<T>;
}

/** Makes a client; `path`s are relative to the API root: `/repos/acme/app/rulesets`. */
export function createGitHubClient(options: GitHubClientOptions = {}): GitHubClient {
  const baseUrl = (options.baseUrl || DEFAULT_API_URL).replace(/\/+$/, "");
  const timeoutMs = options.timeoutMs ?? 30_000;
  const doFetch = options.fetch ?? fetch;

  const request = async <T>(method: string, path: string, req: RequestOptions = {}): Promise<T> => {
    const url = `${baseUrl}${path.startsWith("/") ? "" : "/"}${path}`;
    const what = req.what ?? `${method} ${path}`;
    const headers: Record<string, string> = {
      accept: "application/vnd.github+json",
      "x-github-api-version": "2022-11-28",
      "user-agent": "pipewright",
    };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (req.body !== undefined) headers["content-type"] = "application/json";
    let response: Response;
    try {
      response = await doFetch(url, {
        method,
        headers,
        ...(req.body === undefined ? {} : { body: JSON.stringify(req.body) }),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      const name = (error as Error).name;
      if (name === "TimeoutError" || name === "AbortError") {
        throw new GitHubError(0, `GitHub did not answer ${method} ${url} within ${timeoutMs / 1000} s (reading ${what}). Check the network or GITHUB_API_URL.`);
      }
      const cause = (error as { cause?: { message?: string } }).cause?.message ?? (error as Error).message;
      throw new GitHubError(0, `cannot reach GitHub at ${baseUrl} (${cause}) while reading ${what}. Check the network or GITHUB_API_URL.`);
    }
    const text = await response.text();
    if (!response.ok) throw failure(response, text, what, req.needs, Boolean(options.token));
    if (response.status === 204 || text === "") return undefined as T;
    try {
      return JSON.parse(text) as T;
    } catch {
      throw new GitHubError(response.status, `GitHub's answer to ${method} ${url} is not JSON: ${text.slice(0, 200)}`);
    }
  };

  return {
    baseUrl,
    request: (method, path, req) => request(method, path, req),
    get: (path, req) => request("GET", path, req),
  };
}

function failure(response: Response, text: string, what: string, needs: string | undefined, hasToken: boolean): GitHubError {
  let message = "";
  try {
    message = String((JSON.parse(text) as { message?: unknown }).message ?? "");
  } catch {
    message = text.slice(0, 200);
  }
  const said = message ? ` (GitHub says: ${message})` : "";
  const status = response.status;
  const remaining = response.headers.get("x-ratelimit-remaining");
  if ((status === 403 || status === 429) && (remaining === "0" || /rate limit/i.test(message))) {
    const reset = Number(response.headers.get("x-ratelimit-reset"));
    const when = Number.isFinite(reset) && reset > 0 ? ` It resets at ${new Date(reset * 1000).toISOString()}.` : "";
    const tip = hasToken ? "" : " Set GITHUB_TOKEN (or GH_TOKEN): authenticated requests have a far higher limit.";
    return new GitHubError(status, `GitHub's rate limit is used up while reading ${what}.${when}${tip}`);
  }
  if (status === 401) {
    return new GitHubError(status, `GitHub rejected the token while reading ${what}${said}. Set GITHUB_TOKEN (or GH_TOKEN) to a valid token.`);
  }
  if (status === 403) {
    const need = needs ?? "a token that can read the repository";
    return new GitHubError(status, `GitHub refused access to ${what}${said}. This needs ${need}; ${hasToken ? "the token in GITHUB_TOKEN/GH_TOKEN lacks it" : "set GITHUB_TOKEN (or GH_TOKEN)"}.`);
  }
  if (status === 404) {
    const tip = hasToken ? "" : " If it is private, set GITHUB_TOKEN (or GH_TOKEN).";
    return new GitHubError(status, `not found on GitHub: ${what}${said}. Check the name and the ref.${tip}`);
  }
  return new GitHubError(status, `GitHub answered ${status} ${response.statusText} for ${what}${said}.`);
}
