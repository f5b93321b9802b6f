import type { YamlPath } from "../../model/workflow.js";
import type { Rule } from "../rule.js";
import { eventsOf } from "../triggers.js";
import { envOf, expressionsIn, readsOf, variablesIn } from "../untrusted.js";
import { isObject, jobsOf, stepsOf } from "../walk.js";
import { DANGEROUS_EVENTS } from "./dangerous-triggers.js";

/** Commits of the pull request (or of the run that triggered `workflow_run`): fetchable by SHA from this repository. */
const HEAD_COMMITS = new Set([
  "github.event.pull_request.head.sha", "github.event.pull_request.merge_commit_sha",
  "github.event.workflow_run.head_sha", "github.event.workflow_run.head_commit.id",
  "github.event.workflow_run.pull_requests.*.head.sha",
]);
/** Branch names of the pull request: the fork's code only together with the fork as `repository`. */
const HEAD_BRANCHES = new Set([
  "github.head_ref", "github.event.pull_request.head.ref", "github.event.workflow_run.head_branch",
  "github.event.workflow_run.pull_requests.*.head.ref",
]);
const HEAD_REPOSITORIES = new Set([
  "github.event.pull_request.head.repo.full_name", "github.event.workflow_run.head_repository.full_name",
]);
/** Conditions that limit a job or step to changes from this repository or to pushes. */
const SAME_REPOSITORY_GUARDS = new Set([
  ...HEAD_REPOSITORIES, "github.event.pull_request.head.repo.fork", "github.event.workflow_run.head_repository.fork",
  "github.event.workflow_run.event",
]);

const CHECKOUT = /^actions\/checkout@/i;
const PULL_REF = /\brefs\/pull\/|\bpull\/[^/\s]+\/(head|merge)\b/;
const GIT_CHECKOUT = /\b(git\s+(checkout|switch|fetch|reset|pull|merge|worktree\s+add)|gh\s+pr\s+checkout)\b/;

const readsIn = (text: string): string[] => expressionsIn(text).flatMap(readsOf).map((read) => read.toLowerCase());
const readsAny = (text: unknown, set: ReadonlySet<string>): boolean => typeof text === "string" && readsIn(text).some((read) => set.has(read));

function guarded(condition: unknown): boolean {
  return typeof condition === "string" && readsIn(condition.includes("${{") ? condition : `\${{ ${condition} }}`).some((read) => SAME_REPOSITORY_GUARDS.has(read));
}

/** The line of a script that fetches or checks out the pull request's code, if one does. */
function checkoutLine(script: string, env: ReadonlyMap<string, string>): string | undefined {
  return script.split("\n").find((line) => {
    if (/\bgh\s+pr\s+checkout\b/.test(line)) return true;
    if (!GIT_CHECKOUT.test(line)) return false;
    const values = [line, ...variablesIn(line).flatMap((name) => env.get(name) ?? [])];
    return values.some((value) => PULL_REF.test(value) || readsAny(value, HEAD_COMMITS));
  })?.trim();
}

/**
 * Error: a `pull_request_target` or `workflow_run` workflow that checks out the pull request's
 * head and runs anything from it (a build, an install, a test) runs a fork's code with this
 * repository's secrets and a write token: the "pwn request".
 */
export const untrustedCheckout: Rule = {
  id: "untrusted-checkout",
  severity: "error",
  severityReason: "A fork's code runs with this repository's secrets and a token that can write: exploitable by anyone who opens a pull request.",
  description: "`pull_request_target` and `workflow_run` workflows that check out the pull request's head commit, a fork's code run with secrets (error)",
  examples: {
    bad: "on: pull_request_target\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v7\n        with:\n          ref: ${{ github.event.pull_request.head.sha }}\n      - run: make test\n",
    good: "on: pull_request\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v7\n      - run: make test\n",
  },
  check({ model, report }) {
    const trigger = eventsOf(model).find((event) => event.name in DANGEROUS_EVENTS)?.name;
    if (!trigger) return;
    // What `workflow_run` fetches is the head of the run that triggered it, which a fork's pull request can start.
    const head = trigger === "workflow_run" ? "the triggering run's head commit" : "the pull request's head";
    const found = (path: YamlPath, what: string) =>
      report(path, `in a \`${trigger}\` workflow, ${what}: the fork's code then runs with this repository's secrets and a token that can write`,
        "build and test pull requests in a `pull_request` workflow; if this one needs files from the pull request, read them as data (never build, install or run them) or limit the job with `if:` to pull requests from this repository");
    for (const job of jobsOf(model)) {
      if (guarded((job.job as { if?: unknown }).if)) continue;
      for (const { step, path } of stepsOf(job)) {
        const { uses, with: inputs, run, if: condition } = step as { uses?: unknown; with?: unknown; run?: unknown; if?: unknown };
        if (guarded(condition)) continue;
        if (typeof uses === "string" && CHECKOUT.test(uses) && isObject(inputs)) {
          const { ref, repository } = inputs;
          const headRef = readsAny(ref, HEAD_COMMITS) || (typeof ref === "string" && PULL_REF.test(ref)) || (readsAny(ref, HEAD_BRANCHES) && readsAny(repository, HEAD_REPOSITORIES));
          if (headRef) found([...path, "with", "ref"], `actions/checkout checks out ${head}`);
          else if (readsAny(repository, HEAD_REPOSITORIES)) found([...path, "with", "repository"], trigger === "workflow_run" ? "actions/checkout checks out the triggering run's repository" : "actions/checkout checks out the pull request's repository");
        }
        if (typeof run === "string") {
          const line = checkoutLine(run, envOf(model, job.job, step));
          if (line) found([...path, "run"], `\`${line}\` fetches ${head}`);
        }
      }
    }
  },
};
