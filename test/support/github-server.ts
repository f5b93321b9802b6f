// A stand-in for GitHub's REST API on 127.0.0.1, shaped as GitHub documents its answers, for
// the commands that talk to GitHub. Routes are "METHOD /path/with/:params"; every request is
// recorded with its headers so tests can check the token was sent.
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface StandInRequest {
  readonly method: string;
  /** Path without the query. */
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  readonly body: unknown;
  readonly params: Readonly<Record<string, string>>;
}

export interface StandInResponse {
  readonly status?: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

export type Route = (request: StandInRequest) => StandInResponse | Promise<StandInResponse>;

export interface StandInServer {
  /** `http://127.0.0.1:<port>`: pass it as GITHUB_API_URL. */
  readonly url: string;
  readonly requests: StandInRequest[];
  /** Adds or replaces a route. */
  route(pattern: string, handler: Route): void;
  close(): Promise<void>;
}

/** Starts a stand-in server; unknown routes answer 404 as GitHub does. */
export async function startStandIn(routes: Readonly<Record<string, Route>> = {}): Promise<StandInServer> {
  const table = new Map<string, Route>(Object.entries(routes));
  const requests: StandInRequest[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      void (async () => {
        const url = new URL(req.url ?? "/", "http://127.0.0.1");
        const text = Buffer.concat(chunks).toString("utf8");
        let body: unknown = undefined;
        try {
          body = text ? JSON.parse(text) : undefined;
        } catch {
          body = text;
        }
        const method = req.method ?? "GET";
        let route: { handler: Route; params: Record<string, string> } | undefined;
        for (const [pattern, handler] of table) {
          const params = match(pattern, method, url.pathname);
          if (params) {
            route = { handler, params };
            break;
          }
        }
        const request = { method, path: url.pathname, query: url.searchParams, headers: req.headers, body, params: route?.params ?? {} };
        requests.push(request);
        let answer: StandInResponse = { status: 404, body: { message: "Not Found", documentation_url: "https://docs.github.com/rest", status: "404" } };
        if (route) {
          try {
            answer = await route.handler(request);
          } catch (error) {
            answer = { status: 500, body: { message: String(error) } };
          }
        }
        const status = answer.status ?? 200;
        res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...answer.headers });
        res.end(answer.body === undefined || status === 204 ? "" : JSON.stringify(answer.body));
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    route: (pattern, handler) => void table.set(pattern, handler),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function match(pattern: string, method: string, path: string): Record<string, string> | undefined {
  const [want, shape] = pattern.split(" ") as [string, string];
  if (want !== method) return undefined;
  const a = shape.split("/");
  const b = path.split("/");
  // A trailing `*name` takes the rest of the path (contents paths have slashes).
  const rest = a.at(-1)?.startsWith("*") ? a.length - 1 : -1;
  if (rest < 0 ? a.length !== b.length : b.length < a.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < a.length; i++) {
    if (i === rest) {
      params[a[i]!.slice(1)] = b.slice(i).map(decodeURIComponent).join("/");
      return params;
    }
    if (a[i]!.startsWith(":")) params[a[i]!.slice(1)] = decodeURIComponent(b[i]!);
    else if (a[i] !== b[i]) return undefined;
  }
  return params;
}
