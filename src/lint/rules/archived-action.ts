import type { YamlPath } from "../../model/workflow.js";
import type { Rule } from "../rule.js";
import { parseActionRef } from "../bundled-actions.js";
import { usesOf } from "../walk.js";

/**
 * Repositories of actions their owners have archived: read-only, so no fix reaches them any
 * more (the runtime they were written for has since been removed from runners, for most), by
 * lower-case `owner/repo`, or `owner/*` for every action of an owner, with what to use instead.
 */
const ARCHIVED: Readonly<Record<string, string>> = {
  "actions/setup-ruby": "ruby/setup-ruby",
  "actions/create-release": "`gh release create` in a run step, or softprops/action-gh-release",
  "actions/upload-release-asset": "`gh release upload` in a run step, or softprops/action-gh-release",
  "actions/setup-elixir": "erlef/setup-beam",
  "actions/setup-haskell": "haskell-actions/setup",
  "actions-rs/*": "dtolnay/rust-toolchain for the toolchain, and cargo itself in run steps",
  "crazy-max/ghaction-docker-buildx": "docker/setup-buildx-action",
  "googlecloudplatform/github-actions": "the google-github-actions actions (setup-gcloud, auth)",
  "google-gemini/gemini-cli-action": "google-github-actions/run-gemini-cli",
};

/** Uses of archived actions, in steps and as reusable workflows. Warning: they still run, unmaintained. */
export const archivedAction: Rule = {
  id: "archived-action",
  severity: "warning",
  actionSteps: true,
  severityReason: "The action still runs, but nobody fixes it: no security fix and no new runtime will reach it.",
  description: "actions whose repositories are archived (actions/setup-ruby, actions/create-release, actions-rs/*, ...), with the maintained replacement",
  examples: {
    bad: "steps:\n  - uses: actions-rs/toolchain@v1\n    with:\n      toolchain: stable",
    good: "steps:\n  - uses: dtolnay/rust-toolchain@stable",
  },
  check({ model, report }) {
    const check = (uses: unknown, path: YamlPath) => {
      if (typeof uses !== "string") return;
      const ref = parseActionRef(uses);
      if (!ref) return;
      const repo = ref.repo.toLowerCase();
      const instead = ARCHIVED[repo] ?? ARCHIVED[`${repo.split("/")[0]}/*`];
      if (instead) report(path, `${ref.repo} is archived: it gets no fixes, security ones included`, `use ${instead}`);
    };
    for (const { uses, path } of usesOf(model)) check(uses, path);
  },
};
