import type { WorkflowModel } from "../../model/workflow.js";
import type { Rule } from "../rule.js";
import { namedReads, sameKey } from "../references.js";
import { eventsOf } from "../triggers.js";
import { isObject } from "../walk.js";

// GitHub's rules for secret names: letters, digits and underscores, not starting with a digit,
// and no GITHUB_ prefix (reserved for what GitHub provides itself: only GITHUB_TOKEN).
const VALID = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** What a `GITHUB_*` name usually meant: the `github` context property of the same name. */
const GITHUB_PROPERTIES = new Set([
  "action", "action_path", "action_ref", "action_repository", "actor", "actor_id", "api_url", "base_ref", "env", "event_name",
  "event_path", "graphql_url", "head_ref", "job", "path", "ref", "ref_name", "ref_protected", "ref_type", "repository",
  "repository_id", "repository_owner", "repository_owner_id", "retention_days", "run_attempt", "run_id", "run_number",
  "server_url", "sha", "triggering_actor", "workflow", "workflow_ref", "workflow_sha", "workspace",
]);

/** The secrets a reusable workflow declares: its callers pass them by these names, whatever they are. */
function declaredSecrets(model: WorkflowModel): string[] {
  const call = eventsOf(model).find((e) => e.name === "workflow_call");
  const secrets = call?.config?.secrets;
  return isObject(secrets) ? Object.keys(secrets) : [];
}

/**
 * `secrets.<name>` must be a name a secret can have. A reserved or malformed name can never
 * be stored, so the expression is always empty: `secrets.GITHUB_ACTOR` logs in as nobody.
 * Names a reusable workflow declares under `on.workflow_call.secrets` are exempt: the caller
 * maps its own secrets onto them.
 */
export const secretName: Rule = {
  id: "secret-name",
  severity: "error",
  severityReason: "No secret can have the name, so the read is always empty.",
  description: "`secrets.<name>` that no secret can have (`GITHUB_*` other than GITHUB_TOKEN, invalid characters)",
  examples: {
    bad: [
      "- uses: docker/login-action@4907a6ddec9925e35a0a9e82d7399ccc52663121 # v4.1.0",
      "  with:",
      "    registry: ghcr.io",
      "    username: ${{ secrets.GITHUB_ACTOR }}",
      "    password: ${{ secrets.GITHUB_TOKEN }}",
    ].join("\n"),
    good: [
      "- uses: docker/login-action@4907a6ddec9925e35a0a9e82d7399ccc52663121 # v4.1.0",
      "  with:",
      "    registry: ghcr.io",
      "    username: ${{ github.actor }}",
      "    password: ${{ secrets.GITHUB_TOKEN }}",
    ].join("\n"),
  },
  check({ model, report }) {
    const declared = declaredSecrets(model);
    const seen = new Set<string>();
    for (const { name, path } of namedReads(model, "secrets")) {
      if (declared.some((d) => sameKey(d, name))) continue;
      const upper = name.toUpperCase();
      const key = `${path.join("\0")}\0${upper}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (upper.startsWith("GITHUB_") && upper !== "GITHUB_TOKEN") {
        const property = upper.slice("GITHUB_".length).toLowerCase();
        report(path, `\`secrets.${name}\` cannot exist: secret names may not start with GITHUB_ (only GITHUB_TOKEN is provided)`,
          GITHUB_PROPERTIES.has(property) ? `use \`github.${property}\`` : "store the secret under a name without the GITHUB_ prefix");
      } else if (!VALID.test(name)) {
        const fixed = name.replace(/[^A-Za-z0-9_]/g, "_").replace(/^(\d)/, "_$1");
        report(path, `\`secrets.${name}\` cannot exist: secret names hold only letters, digits and _, and do not start with a digit`,
          `store the secret as ${fixed.toUpperCase()} and read \`secrets.${fixed.toUpperCase()}\``);
      }
    }
  },
};
