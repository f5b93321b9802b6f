import type { Rule } from "../rule.js";
import { eventsOf } from "../triggers.js";

type Filter = "branches" | "tags" | "paths";

/** The events that take branch, tag and path filters, as GitHub's workflow schema has them. */
const FILTERS: Readonly<Record<string, readonly Filter[]>> = {
  push: ["branches", "tags", "paths"],
  pull_request: ["branches", "paths"],
  pull_request_target: ["branches", "paths"],
  merge_group: ["branches"],
  workflow_run: ["branches"],
};

// Events GitHub knows; the shape check reports any other name, so it is left alone here.
const EVENTS = new Set([
  ...Object.keys(FILTERS), "branch_protection_rule", "check_run", "check_suite", "create", "delete", "deployment", "deployment_status",
  "discussion", "discussion_comment", "fork", "gollum", "image_version", "issue_comment", "issues", "label", "milestone", "page_build",
  "project", "project_card", "project_column", "public", "pull_request_comment", "pull_request_review", "pull_request_review_comment",
  "registry_package", "release", "repository_dispatch", "schedule", "status", "watch", "workflow_call", "workflow_dispatch",
]);

const NAMES: readonly Filter[] = ["branches", "tags", "paths"];

const takers = (filter: Filter) => Object.keys(FILTERS).filter((event) => FILTERS[event]!.includes(filter));

/**
 * Branch, tag and path filters GitHub rejects: a filter and its `-ignore` twin on one event,
 * a filter on an event that has no such filter, and `workflow_run` without `workflows`; and
 * lists that match nothing (`image_version` with `names: []`), so the event never fires.
 */
export const triggerFilters: Rule = {
  id: "trigger-filters",
  severity: "error",
  severityReason: "GitHub rejects these filters, or the event never fires.",
  description: "a filter with its `-ignore` twin on one event, filters an event does not take, `workflow_run` without `workflows`, empty `image_version` `names`/`versions` and `workflow_run` `workflows` lists",
  examples: {
    bad: [
      "on:",
      "  push:",
      "    branches: [main]",
      "    branches-ignore: [\"release/**\"]",
    ].join("\n"),
    good: [
      "on:",
      "  push:",
      "    branches: [main, \"!release/**\"]",
    ].join("\n"),
  },
  check({ model, report }) {
    for (const { name: event, config, path } of eventsOf(model)) {
      if (event === "workflow_run" && config?.workflows === undefined) {
        report(path, "`workflow_run` names no `workflows`, so it never triggers", 'list the workflows whose runs trigger this one: `workflows: ["CI"]` (their `name:`)');
      }
      // An empty list matches nothing: the event can never start the workflow.
      const never: Record<string, readonly string[]> = { image_version: ["names", "versions"], workflow_run: ["workflows"] };
      for (const key of never[event] ?? []) {
        if (Array.isArray(config?.[key]) && (config[key] as unknown[]).length === 0) {
          report([...path, key], `\`${event}\` with an empty \`${key}\` list matches nothing, so it never triggers`, event === "workflow_run" ? 'list the workflows whose runs trigger this one: `workflows: ["CI"]` (their `name:`)' : `list at least one, or remove \`${key}\` to match every one`);
        }
      }
      if (!config || !EVENTS.has(event)) continue;
      for (const filter of NAMES) {
        const ignore = `${filter}-ignore`;
        for (const key of [filter, ignore]) {
          if (!(key in config) || FILTERS[event]?.includes(filter)) continue;
          report([...path, key], `\`${event}\` takes no \`${key}\` filter; ${filter} filters exist on ${takers(filter).join(", ")}`,
            "remove it, or test the event's payload in the job's `if:` instead");
        }
        if (filter in config && ignore in config && FILTERS[event]?.includes(filter)) {
          report([...path, ignore], `\`${event}\` has both \`${filter}\` and \`${ignore}\`; GitHub rejects a workflow that uses both for one event`,
            `keep \`${filter}\` and write the exclusions in it with a leading "!" (e.g. "!docs/**"), after the patterns they exclude from`);
        }
      }
    }
  },
};
