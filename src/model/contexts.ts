/**
 * The contexts GitHub fills itself (`github`, `runner`, `job`, `strategy`) and the type of each
 * property, from GitHub's contexts reference plus the few undocumented properties real
 * workflows read (`github.repository_visibility`, `runner.workspace`). One table for both
 * pictures of a context: the DSL derives its typed `github.*` from it (a misspelt property
 * does not compile) and the lint type checker reads the same entries (a misspelt property in
 * YAML is reported).
 */

/**
 * A property's type: a scalar name, `any` (an object nobody can list, such as a webhook
 * payload), an array of one item type (`[T]`), or an object whose known properties are listed;
 * a `"*"` entry gives the type of every other key (a map), and without one the object is closed.
 */
export type ContextType =
  | "string" | "number" | "boolean" | "any"
  | readonly [ContextType]
  | { readonly [property: string]: ContextType };

const OPEN = { "*": "any" } as const;
const user = { "*": "any", login: "string", id: "number", type: "string" } as const;
const repository = { "*": "any", name: "string", full_name: "string", owner: user, default_branch: "string", private: "boolean" } as const;
const ref = { "*": "any", ref: "string", sha: "string", label: "string", repo: repository } as const;
const label = { "*": "any", name: "string" } as const;
const commit = { "*": "any", id: "string", message: "string", author: OPEN, committer: OPEN } as const;

/**
 * `github.event` is open (each webhook sends its own payload); the members listed are those
 * that are an object or an array in every event that has them, so that writing one into text
 * (where GitHub prints `Object`) can be told apart from writing a string.
 */
const event = {
  "*": "any",
  inputs: OPEN,
  client_payload: OPEN,
  commits: [commit],
  head_commit: commit,
  pull_request: { "*": "any", head: ref, base: ref, labels: [label], user, title: "string", body: "string", number: "number" },
  repository,
  sender: user,
  issue: { "*": "any", labels: [label], user, title: "string", body: "string", number: "number" },
  release: OPEN,
  workflow_run: OPEN,
} as const;

export const GITHUB_CONTEXT = {
  action: "string", action_path: "string", action_ref: "string", action_repository: "string", action_status: "string",
  actor: "string", actor_id: "string", api_url: "string", artifact_cache_size_limit: "number", base_ref: "string", env: "string",
  event, event_name: "string", event_path: "string", graphql_url: "string", head_ref: "string", job: "string", output: "string",
  path: "string", ref: "string", ref_name: "string", ref_protected: "boolean", ref_type: "string", repository: "string",
  repository_id: "string", repository_owner: "string", repository_owner_id: "string", repository_visibility: "string",
  repositoryUrl: "string", retention_days: "number", run_attempt: "string", run_id: "string", run_number: "string",
  secret_source: "string", server_url: "string", sha: "string", state: "string", step_summary: "string", token: "string",
  triggering_actor: "string", workflow: "string", workflow_ref: "string", workflow_sha: "string", workspace: "string",
} as const;

export const RUNNER_CONTEXT = {
  name: "string", os: "string", arch: "string", temp: "string", tool_cache: "string", debug: "string", environment: "string", workspace: "string",
} as const;

export const JOB_CONTEXT = {
  status: "string",
  container: { id: "string", network: "string" },
  services: { "*": { id: "string", network: "string", ports: { "*": "string" } } },
  check_run_id: "number",
  workflow_ref: "string", workflow_sha: "string", workflow_repository: "string", workflow_file_path: "string",
} as const;

export const STRATEGY_CONTEXT = {
  "fail-fast": "boolean", "job-index": "number", "job-total": "number", "max-parallel": "number",
} as const;

/** The contexts whose properties GitHub defines, by name. */
export const BUILT_IN_CONTEXTS: Readonly<Record<string, ContextType>> = {
  github: GITHUB_CONTEXT,
  runner: RUNNER_CONTEXT,
  job: JOB_CONTEXT,
  strategy: STRATEGY_CONTEXT,
};

/** Every context name an expression may start with. */
export const CONTEXT_NAMES = ["github", "env", "vars", "secrets", "inputs", "matrix", "steps", "needs", "runner", "job", "jobs", "strategy"] as const;
