import { firstCurrentMajor, oldRuntimeOf, RUNTIME_STATUS } from "../action-versions.js";
import { bundledAction, isCommitSha, majorAt, parseActionRef } from "../bundled-actions.js";
import type { Rule } from "../rule.js";
import { jobsOf, stepsOf } from "../walk.js";

/**
 * Old major versions of popular actions were built for a Node version GitHub's runners no
 * longer have (what each major runs on is in the bundled metadata, derived from the actions'
 * releases): the runner forces them onto a newer Node they were never tested on.
 */
export const actionNodeRuntime: Rule = {
  id: "action-node-runtime",
  severity: "error",
  actionSteps: true,
  severityReason: "GitHub has removed Node 12 and Node 16 from its runners: such a version runs on a Node it was never built or tested for, and GitHub may refuse it at any time. The fix is certain: the first major that runs names it.",
  description: "major versions of popular actions built for a Node version GitHub removed (node12, node16), naming the first major that runs",
  examples: {
    bad: "steps:\n  - uses: actions/checkout@f43a0e5ff2bd294095638e18286ca9a3d1956744 # v3.6.0",
    good: "steps:\n  - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1",
  },
  check({ model, report, actions }) {
    for (const job of jobsOf(model)) {
      for (const { step, path } of stepsOf(job)) {
        const uses = (step as { uses?: unknown }).uses;
        const parsed = typeof uses === "string" ? parseActionRef(uses) : undefined;
        if (!parsed) continue;
        // An action in a folder of its repository is known only from the project's lock.
        const name = parsed.path === "" ? parsed.repo : `${parsed.repo}/${parsed.path}`;
        const major = majorAt(model, [...path, "uses"], parsed.ref);
        const runtime = major === undefined ? undefined : oldRuntimeOf(name, major, actions);
        if (!runtime) continue;
        const current = bundledAction(name, actions);
        const locked = actions?.(name);
        const first = firstCurrentMajor(name, major!, actions);
        const firstRuns = first === undefined ? "" : `; v${first} is the first major that runs on a current Node`;
        report([...path, "uses"], `${name}@${parsed.ref}${isCommitSha(parsed.ref) ? ` (v${major})` : ""} is built for ${RUNTIME_STATUS[runtime]}${firstRuns}`,
          locked
            ? `run \`pipewright actions update --major ${locked.binding}\` to lock the action's newest release, and check its release notes for changed inputs`
            : current
            ? `upgrade to ${current.uses}@${current.version.replace(/\..*/, "")} (${current.bound ? `pipewright pins ${current.version}; its binding does this for you` : `latest: ${current.version}`}) and check the release notes for changed inputs`
            : `upgrade to the action's current major version (https://github.com/${parsed.repo}/releases)`);
      }
    }
  },
};
