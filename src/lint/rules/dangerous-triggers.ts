import type { Rule } from "../rule.js";
import { eventsOf } from "../triggers.js";

/** Events that run with the base repository's secrets and a write token for changes outsiders make. */
export const DANGEROUS_EVENTS: Readonly<Record<string, string>> = {
  pull_request_target: "runs for pull requests from forks with this repository's secrets and a token that can write",
  workflow_run: "runs with this repository's secrets and a token that can write after workflows that pull requests from forks can start",
  issue_comment: "runs for a comment from anyone who can comment (on a public repository, anyone), with this repository's secrets and a token that can write",
};

/**
 * Warning: `pull_request_target`, `workflow_run` and `issue_comment` are valid and have uses
 * (labelling, commenting, chat commands), but every such workflow is one careless step from
 * running a fork's code with secrets. untrusted-checkout reports that step as an error.
 */
export const dangerousTriggers: Rule = {
  id: "dangerous-triggers",
  severity: "warning",
  severityReason: "These triggers are safe as long as the workflow never runs the fork's code; untrusted-checkout is the error for when it does.",
  description: "`pull_request_target`, `workflow_run` and `issue_comment` triggers, which run with secrets and a write token for what outsiders do (warning; untrusted-checkout is the error)",
  examples: {
    bad: "on: pull_request_target\njobs:\n  label:\n    runs-on: ubuntu-latest\n    steps:\n      - run: gh pr edit \"$PR\" --add-label triage\n",
    good: "on: pull_request\npermissions:\n  contents: read\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make test\n",
  },
  check({ model, report }) {
    for (const { name, path } of eventsOf(model)) {
      const why = DANGEROUS_EVENTS[name];
      if (why) {
        report(path, `\`${name}\` ${why}`, `use \`pull_request\` unless the workflow needs secrets or write access; if it does, never check out or run the pull request's code, keep \`permissions\` to what it needs, and treat every event field as untrusted input`);
      }
    }
  },
};
