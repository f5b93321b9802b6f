import type { YamlPath } from "../../model/workflow.js";
import { bundledAction, majorOf } from "../bundled-actions.js";
import type { ActionLookup } from "../locked-actions.js";
import type { Rule } from "../rule.js";
import { usesOf } from "../walk.js";

const SHA = /^[0-9a-f]{40}$/i;
const DIGEST = /@sha256:[0-9a-f]{64}$/i;
const REMOTE = /^([^/@\s]+\/[^/@\s]+)(?:\/[^@\s]*)?@([^@\s]+)$/;

function hintFor(repo: string, ref: string, locked?: ActionLookup): string {
  const pin = bundledAction(repo, locked);
  const sameMajor = pin && majorOf(ref) !== undefined && majorOf(ref) === pin.major;
  if (pin && sameMajor && pin.commit) return `pin the commit with the version in a comment: \`${pin.uses}@${pin.commit} # ${pin.version}\` (${pin.bound ? "the release pipewright's binding uses" : "its latest release"})`;
  return `pin the full 40-character commit SHA of the release, with the version in a comment: \`${repo}@<sha> # ${ref}\``;
}

/**
 * Warning: a tag or branch can be moved to other code by whoever controls the action's
 * repository (tj-actions/changed-files, March 2025); a commit SHA cannot. Local actions
 * (`./`) are this repository's code; Docker images are pinned by `@sha256:` digest.
 */
export const unpinnedUses: Rule = {
  id: "unpinned-uses",
  severity: "warning",
  actionSteps: true,
  severityReason: "A tag can be moved by the action's owner, a supply-chain risk rather than a bug.",
  description: "actions, reusable workflows and `docker://` images used by a tag or branch instead of a full commit SHA or image digest (warning)",
  examples: {
    bad: "steps:\n  - uses: actions/checkout@v7\n",
    good: "steps:\n  - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1\n",
  },
  check({ model, report, actions }) {
    const check = (uses: unknown, path: YamlPath) => {
      if (typeof uses !== "string" || uses.startsWith("./") || uses.includes("${{")) return;
      if (uses.startsWith("docker://")) {
        if (!DIGEST.test(uses)) {
          report(path, `"${uses}" names a Docker image by tag, which can be pushed over`, `pin the image digest: \`${uses.replace(/@.*$/, "")}@sha256:<digest>\` (\`docker buildx imagetools inspect\` prints it)`);
        }
        return;
      }
      const match = REMOTE.exec(uses.trim());
      // action-ref reports `uses` GitHub cannot read at all.
      if (!match || SHA.test(match[2]!)) return;
      const [, repo, ref] = match as unknown as [string, string, string];
      // `v4`, `v4.2.2` read as tags; `v2.x` and `release/v1` follow a major but are usually branches.
      const kind = majorOf(ref) !== undefined && !/(^release\/|\.x$)/.test(ref) ? "tag" : "tag or branch";
      report(path, `"${uses}" is pinned to a ${kind} ("${ref}"), which the owner of ${repo} can move to other code`, hintFor(repo, ref, actions));
    };
    for (const { uses, path } of usesOf(model)) check(uses, path);
  },
};
