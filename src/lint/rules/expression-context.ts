import type { YamlPath } from "../../model/workflow.js";
import type { Rule } from "../rule.js";
import { availabilityAt, describePlace, type Availability } from "../context-availability.js";
import { expressionSites } from "../expression-sites.js";
import { closest } from "../spelling.js";
import { contextReads, type ContextRead } from "../expression-tree.js";

const CONTEXTS = ["github", "env", "vars", "secrets", "inputs", "matrix", "steps", "needs", "runner", "job", "jobs", "strategy"];

/**
 * Properties of the contexts GitHub fills itself, from its contexts reference, plus the few
 * undocumented ones that real workflows read (`github.repository_visibility`, `runner.workspace`).
 * `github.event` is open: every webhook payload differs.
 */
const GITHUB = [
  "action", "action_path", "action_ref", "action_repository", "action_status", "actor", "actor_id", "api_url",
  "artifact_cache_size_limit", "base_ref", "env", "event", "event_name", "event_path", "graphql_url", "head_ref", "job",
  "output", "path", "ref", "ref_name", "ref_protected", "ref_type", "repository", "repository_id", "repository_owner",
  "repository_owner_id", "repository_visibility", "repositoryUrl", "retention_days", "run_attempt", "run_id", "run_number",
  "secret_source", "server_url", "sha", "state", "step_summary", "token", "triggering_actor", "workflow", "workflow_ref",
  "workflow_sha", "workspace",
];
const RUNNER = ["name", "os", "arch", "temp", "tool_cache", "debug", "environment", "workspace"];
const JOB = ["status", "container", "services", "check_run_id", "workflow_ref", "workflow_sha", "workflow_repository", "workflow_file_path"];
const STRATEGY = ["fail-fast", "job-index", "job-total", "max-parallel"];
const CONTAINER = ["id", "network"];
const SERVICE = ["id", "network", "ports"];
const JOB_RESULT = ["outputs", "result"];

/**
 * The closed property lists a read must stay within, and the key they apply to (by position).
 * `steps.<id>` and `needs.<job>` are step-reference's and needs-reference's, which know the ids.
 */
function closedLists(context: string, keys: readonly (string | undefined)[]): { at: number; names: readonly string[] }[] {
  const key = (i: number) => keys[i]?.toLowerCase();
  switch (context) {
    case "github": return [{ at: 0, names: GITHUB }];
    case "runner": return [{ at: 0, names: RUNNER }];
    case "strategy": return [{ at: 0, names: STRATEGY }];
    case "job":
      return [
        { at: 0, names: JOB },
        ...(key(0) === "container" ? [{ at: 1, names: CONTAINER }] : []),
        ...(key(0) === "services" ? [{ at: 2, names: SERVICE }] : []),
      ];
    case "jobs": return [{ at: 1, names: JOB_RESULT }];
    default: return [];
  }
}

/** Why a context is missing where it is most often misused, and what to do instead. */
const WHY: Record<string, string> = {
  matrix: "the matrix is expanded after this is read: test matrix values in a step's `if`, or leave combinations out with `strategy.matrix.exclude`",
  strategy: "the strategy is known only once the matrix expands: use it in the job's steps",
  secrets: "GitHub does not expose secrets here: set the secret as a job `env` variable and test `env.NAME` in a step's `if`",
  env: "`env` is readable only inside a job's steps and a few job keys: use `vars`, `inputs` or a literal here",
  steps: "`steps` exists only inside a job, for the steps after the one that sets the output, and in the job's `outputs`",
  runner: "`runner` exists only once the job runs: use it in steps or job `outputs`",
  job: "`job` exists only once the job runs: use it in steps or job `outputs`",
  needs: "`needs` is for jobs: expose the value as a job output and read it from a job that needs it",
  jobs: "`jobs` is only for the `value` of a reusable workflow's `on.workflow_call.outputs`",
};

/** The read up to its `count`th key, as written: `steps.build`, `job.services.db`. */
function upTo(read: ContextRead, count: number): string {
  return [read.context, ...read.keys.slice(0, count).map((k) => k ?? "[...]")].join(".");
}

/** Contexts that do not exist, properties that the closed contexts do not have, contexts GitHub does not offer at a key. */
export const expressionContext: Rule = {
  id: "expression-context",
  severity: "error",
  severityReason: "GitHub rejects a context where it is not available; an unknown property of a fully known context reads as empty, certainly not what was meant.",
  description: "unknown contexts and properties (`github.evnt`), and contexts not available at the key that reads them",
  examples: {
    bad: [
      "jobs:",
      "  test:",
      "    if: matrix.os == 'ubuntu-latest'   # the matrix is not expanded yet",
      "    runs-on: ${{ matrix.os }}",
      "    strategy: { matrix: { os: [ubuntu-latest, windows-latest] } }",
      "    steps:",
      "      - run: echo \"${{ github.evnt.after }}\"",
    ].join("\n"),
    good: [
      "jobs:",
      "  test:",
      "    runs-on: ${{ matrix.os }}",
      "    strategy: { matrix: { os: [ubuntu-latest, windows-latest] } }",
      "    steps:",
      "      - if: matrix.os == 'ubuntu-latest'",
      "        run: echo \"$AFTER\"",
      "        env: { AFTER: \"${{ github.event.after }}\" }",
    ].join("\n"),
  },
  check({ model, report }) {
    const seen = new Set<string>();
    for (const site of expressionSites(model)) {
      if (!site.tree) continue;
      const available = availabilityAt(site.path);
      for (const read of contextReads(site.tree)) {
        const found = readProblem(read, available, site.path);
        // One finding per string and name: `${{ matrix.a }}-${{ matrix.b }}` is one mistake.
        const key = `${site.path.join("\0")}\0${found?.[0]}`;
        if (!found || seen.has(key)) continue;
        seen.add(key);
        report(site.path, `${found[1]} (in \`${site.source}\`)`, found[2]);
      }
    }
  },
};

/** What is wrong with one read, as [what it is about, message, hint]. */
function readProblem(read: ContextRead, available: Availability | undefined, path: YamlPath): readonly [string, string, string] | undefined {
  const name = read.context.toLowerCase();
  if (!CONTEXTS.includes(name)) {
    const near = closest(name, [...CONTEXTS], name.length <= 4 ? 1 : 2);
    return [name, `\`${read.context}\` is not a context`, near ? `did you mean \`${near}\`?` : `contexts are ${CONTEXTS.join(", ")}`];
  }
  if (available && !available.contexts.has(name)) {
    const place = describePlace(path);
    const offered = [...available.contexts].join(", ");
    return [name, `the \`${name}\` context is not available in \`${place}\``,
      offered ? `${WHY[name] ?? "use a context available there"}; available there: ${offered}` : `GitHub evaluates no expressions in \`${place}\`: write the value literally`];
  }
  for (const { at, names } of closedLists(name, read.keys)) {
    const key = read.keys[at];
    if (key === undefined || key === "*" || names.some((n) => n.toLowerCase() === key.toLowerCase())) continue;
    const near = closest(key, [...names], key.length <= 4 ? 1 : 2);
    const of = upTo(read, at);
    return [upTo(read, at + 1), `\`${of}\` has no property \`${key}\``, near ? `did you mean \`${of}.${near}\`?` : `its properties are ${names.join(", ")}`];
  }
  return undefined;
}
