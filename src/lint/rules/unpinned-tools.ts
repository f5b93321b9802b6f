import { bundledAt } from "../bundled-actions.js";
import type { Rule } from "../rule.js";
import { isObject, jobsOf, stepsOf } from "../walk.js";

/** An input that picks a tool's release: `version`, `terraform_version`, `just-version`. */
const VERSION_INPUT = /(?:^|[-_])version$/i;

/** A release that is whatever is newest when the job runs. */
const MOVING = /^(?:latest|\*|x)$/i;

/** A step that cannot run: `if: false`, `if: ${{ false }}` (kept so Dependabot tracks the pin). */
const neverRuns = (condition: unknown): boolean =>
  condition === false || (typeof condition === "string" && /^\s*(?:\$\{\{\s*false\s*\}\}|false)\s*$/.test(condition));

/**
 * Setup actions that install a tool at its newest release: by their default (the action's
 * metadata says the input defaults to `latest`) or by an explicit `latest` or `*`.
 */
export const unpinnedTools: Rule = {
  id: "unpinned-tools",
  severity: "warning",
  actionSteps: true,
  severityReason:
    "Nothing breaks today and no one outside the repository can exploit it on its own, but a new or compromised release of the tool reaches the job the day it ships, and two runs of one commit can install different releases.",
  description: "setup actions that install a tool's latest release, by default or by `latest`",
  examples: {
    bad: "steps:\n  - uses: hashicorp/setup-terraform@dfe3c3f87815947d99a8997f908cb6525fc44e9e # v4.0.1",
    good: "steps:\n  - uses: hashicorp/setup-terraform@dfe3c3f87815947d99a8997f908cb6525fc44e9e # v4.0.1\n    with:\n      terraform_version: 1.9.8",
  },
  check({ model, report, actions }) {
    for (const job of jobsOf(model)) {
      for (const { step, path } of stepsOf(job)) {
        const { uses, with: given, if: condition } = step as { uses?: unknown; with?: unknown; if?: unknown };
        if (typeof uses !== "string" || neverRuns(condition)) continue;
        // `with: ${{ ... }}` sets the inputs at run time: what it gives is unknown here.
        if (given !== undefined && !isObject(given)) continue;
        const inputs = given ?? {};
        for (const [name, value] of Object.entries(inputs)) {
          if (VERSION_INPUT.test(name) && typeof value === "string" && MOVING.test(value.trim())) {
            report([...path, "with", name], `\`${name}: ${value}\` of ${uses.split("@")[0]} installs whatever release is newest when the job runs`,
              `pin the release: \`${name}: <version>\` (one that has been tested with this workflow)`);
          }
        }
        const action = bundledAt(model, [...path, "uses"], uses, actions);
        for (const name of action?.latest ?? []) {
          const lower = name.toLowerCase();
          // A version file the action reads instead (`version-file`, `go-version-file`) pins it too.
          const pinned = Object.keys(inputs).some((key) => key.toLowerCase() === lower || key.toLowerCase().startsWith(`${lower}-file`) || key.toLowerCase().startsWith(`${lower}_file`));
          if (pinned) continue;
          report([...path, "uses"], `${action!.uses} installs the latest release of its tool: its input "${name}" defaults to "latest"`,
            `pin the release: \`with: { ${name}: <version> }\` (one that has been tested with this workflow)`);
        }
      }
    }
  },
};
