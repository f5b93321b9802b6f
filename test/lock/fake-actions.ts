// Action repositories served by the stand-in GitHub server, answering the four endpoints
// `pipewright actions` uses the way GitHub documents them: commits/{ref} (422 for an unknown
// ref, 404 for an unknown repository), tags (paged), releases/latest and contents (base64).
import type { Route, StandInServer } from "../support/github-server.js";
import { startStandIn } from "../support/github-server.js";

export interface FakeRepo {
  /** Tag name → commit. */
  readonly tags: Readonly<Record<string, string>>;
  readonly branches?: Readonly<Record<string, string>>;
  /** The tag GitHub calls the latest release; none answers 404. */
  readonly latest?: string;
  /** Commit → path → file text. */
  readonly files: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** A commit SHA made of one repeated hex digit pair, easy to tell apart in assertions. */
export const sha = (pair: string): string => pair.repeat(20);

/** GitHub wraps base64 content at 60 characters. */
const base64 = (text: string) => Buffer.from(text).toString("base64").replace(/.{60}/g, "$&\n");

export function actionRoutes(repos: Readonly<Record<string, FakeRepo>>): Record<string, Route> {
  const repoOf = (params: Readonly<Record<string, string>>) => repos[`${params.owner}/${params.repo}`];
  const notFound = { status: 404, body: { message: "Not Found", documentation_url: "https://docs.github.com/rest", status: "404" } };
  return {
    "GET /repos/:owner/:repo/commits/:ref": ({ params }) => {
      const repo = repoOf(params);
      if (!repo) return notFound;
      const ref = params.ref!;
      const commit = repo.tags[ref] ?? repo.branches?.[ref] ?? (repo.files[ref] ? ref : undefined);
      if (!commit) return { status: 422, body: { message: `No commit found for SHA: ${ref}`, documentation_url: "https://docs.github.com/rest/commits/commits#get-a-commit", status: "422" } };
      return { body: { sha: commit, commit: { message: "release" }, html_url: `https://github.com/${params.owner}/${params.repo}/commit/${commit}` } };
    },
    "GET /repos/:owner/:repo/tags": ({ params, query }) => {
      const repo = repoOf(params);
      if (!repo) return notFound;
      const perPage = Number(query.get("per_page") ?? 30);
      const page = Number(query.get("page") ?? 1);
      const all = Object.entries(repo.tags).map(([name, commit]) => ({ name, commit: { sha: commit, url: `https://api.github.com/repos/${params.owner}/${params.repo}/commits/${commit}` }, zipball_url: "", tarball_url: "", node_id: "x" }));
      return { body: all.slice((page - 1) * perPage, page * perPage) };
    },
    "GET /repos/:owner/:repo/releases/latest": ({ params }) => {
      const repo = repoOf(params);
      if (!repo?.latest) return notFound;
      return { body: { tag_name: repo.latest, name: repo.latest, draft: false, prerelease: false } };
    },
    "GET /repos/:owner/:repo/contents/*path": ({ params, query }) => {
      const repo = repoOf(params);
      const text = repo?.files[query.get("ref") ?? ""]?.[params.path!];
      if (text === undefined) return notFound;
      return { body: { type: "file", encoding: "base64", size: text.length, name: params.path!.split("/").pop(), path: params.path, content: base64(text), sha: "0".repeat(40) } };
    },
  };
}

export const HELLO_V1_2 = `name: Hello
description: Greets someone.
inputs:
  who:
    description: Who to greet.
    required: true
  greeting:
    description: The word to greet with.
    default: Hello
  shout:
    description: Greet in capitals.
    required: false
outputs:
  message:
    description: The whole greeting.
runs:
  using: node20
  main: index.js
`;

export const HELLO_V1_3 = `name: Hello
description: Greets someone.
inputs:
  who:
    description: Who to greet.
    required: true
  greeting:
    description: The word to greet with.
    default: Hello
  shout:
    description: Greet in capitals.
    deprecationMessage: Use style instead.
  style:
    description: plain or loud.
    default: plain
outputs:
  message:
    description: The whole greeting.
  length:
    description: Its length.
runs:
  using: node20
  main: index.js
`;

export const HELLO_V2 = HELLO_V1_3.replace(/  shout:\n.*\n.*\n/, "").replace("node20", "node24");

/** acme/hello-action with v1.2.0, v1.3.0 and v2.0.0; acme/tools with an action in a folder; acme/broken. */
export const REPOS: Record<string, FakeRepo> = {
  "acme/hello-action": {
    tags: { "v2.0.0": sha("c2"), v2: sha("c2"), "v1.3.0": sha("b1"), v1: sha("b1"), "v1.2.0": sha("a1") },
    branches: { main: sha("c2") },
    latest: "v2.0.0",
    files: {
      [sha("a1")]: { "action.yml": HELLO_V1_2 },
      [sha("b1")]: { "action.yml": HELLO_V1_3 },
      [sha("c2")]: { "action.yml": HELLO_V2 },
    },
  },
  "acme/tools": {
    tags: { "v3.1.0": sha("d3") },
    files: { [sha("d3")]: { "lint/action.yaml": "name: Lint\ninputs:\n  paths:\n    required: true\nruns:\n  using: composite\n  steps: []\n" } },
  },
  "other-org/hello-action": {
    tags: { "v5.0.0": sha("e5"), v5: sha("e5") },
    latest: "v5.0.0",
    files: { [sha("e5")]: { "action.yml": "name: Hi\nruns:\n  using: docker\n  image: Dockerfile\n" } },
  },
  "acme/broken": {
    tags: { "v1.0.0": sha("f1") },
    files: { [sha("f1")]: { "action.yml": "name: Broken\ninputs:\n  - who\nruns:\n  using: node20\n" } },
  },
};

/** A stand-in serving {@link REPOS}. */
export const startActionsServer = (repos: Readonly<Record<string, FakeRepo>> = REPOS): Promise<StandInServer> => startStandIn(actionRoutes(repos));
