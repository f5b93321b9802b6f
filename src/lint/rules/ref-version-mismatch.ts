import { formatPath, type YamlPath } from "../../model/workflow.js";
import type { Rule } from "../rule.js";
import { jobsOf, stepsOf } from "../walk.js";
import { bundledAction } from "../bundled-actions.js";

const PINNED = /^([^/@\s]+\/[^/@\s]+)@([0-9a-f]{40})$/i;
const VERSION = /^v?(\d+(?:\.\d+){0,2})$/;

/** `7` and `7.0` agree with `v7.0.1`; `7.1` and `4` do not. */
function agrees(comment: string, version: string): boolean {
  const said = comment.split(".");
  const actual = version.replace(/^v/, "").split(".");
  return said.every((part, i) => Number(part) === Number(actual[i]));
}

/**
 * Warning: a version comment is what reviewers and update tools read; when it names another
 * release than the commit, a reviewer approves one version and the workflow runs another.
 * Checked where pipewright knows the commit: the releases its action bindings pin.
 */
export const refVersionMismatch: Rule = {
  id: "ref-version-mismatch",
  severity: "warning",
  actionSteps: true,
  severityReason: "The pinned commit runs fine; only the comment that says which release it is misleads.",
  description: "a commit-pinned `uses:` whose version comment names another release than the commit (for the actions pipewright bundles) (warning)",
  examples: {
    bad: "steps:\n  - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v4.2.2\n",
    good: "steps:\n  - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1\n",
  },
  check({ model, report, actions }) {
    const check = (uses: unknown, path: YamlPath) => {
      const match = typeof uses === "string" ? PINNED.exec(uses.trim()) : null;
      if (!match) return;
      const pin = bundledAction(match[1]!, actions);
      if (!pin || pin.commit !== match[2]!.toLowerCase()) return;
      const comment = model.comments.get(formatPath(path));
      // `# v4.2.2`, `# tag=v4.2.2`, `# pin@v4`: the first word that is a version.
      const said = comment?.split(/[\s=@,]+/).map((word) => VERSION.exec(word)?.[1]).find((v) => v !== undefined);
      if (said === undefined || agrees(said, pin.version)) return;
      report(path, `the comment says ${comment!.trim()}, but commit ${match[2]!.slice(0, 12)} of ${pin.uses} is ${pin.version}`,
        `correct the comment to \`# ${pin.version}\`, or pin the commit of the release it names`);
    };
    for (const job of jobsOf(model)) {
      for (const { step, path } of stepsOf(job)) check((step as { uses?: unknown }).uses, [...path, "uses"]);
    }
  },
};
