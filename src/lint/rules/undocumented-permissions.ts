import { formatPath, type YamlPath } from "../../model/workflow.js";
import type { Rule } from "../rule.js";
import { isObject, jobsOf } from "../walk.js";

/**
 * A grant says what a job may do, not why: a reviewer who meets `issues: write` cannot tell a
 * needed grant from a leftover, so nobody dares remove one. A comment on each line
 * (`issues: write # posts the coverage comment`) keeps that reason beside it. `contents: read`
 * is what every job that checks out needs and explains itself. Pedantic, and for YAML
 * only: compiled workflows get their grants from what their steps need.
 */
export const undocumentedPermissions: Rule = {
  id: "undocumented-permissions",
  severity: "warning",
  tier: "pedantic",
  input: "yaml",
  severityReason: "Pedantic, a warning: the grants work as written; what is missing is the reason a reviewer needs to keep them small.",
  description: "a `permissions` block whose scopes have no comment saying why they are needed (`contents: read` explains itself)",
  examples: {
    bad: "permissions:\n  contents: read\n  pull-requests: write\n",
    good: "permissions:\n  contents: read\n  pull-requests: write # posts the plan as a comment\n",
  },
  check({ model, report }) {
    const check = (permissions: unknown, path: YamlPath, where: string) => {
      if (!isObject(permissions)) return;
      const bare = Object.entries(permissions)
        .filter(([scope, level]) => !(scope === "contents" && level === "read") && !model.comments.get(formatPath([...path, scope]))?.trim())
        .map(([scope, level]) => `${scope}: ${String(level)}`);
      if (bare.length === 0) return;
      report(path, `${where} grants ${bare.map((s) => `\`${s}\``).join(", ")} without a comment saying why`,
        "add a comment after each scope naming the step that needs it (`issues: write # labels new issues`), or drop the grants nothing needs");
    };
    check((model.workflow as { permissions?: unknown }).permissions, ["permissions"], "the workflow");
    for (const { id, job, path } of jobsOf(model)) check((job as { permissions?: unknown }).permissions, [...path, "permissions"], `job "${id}"`);
  },
};
