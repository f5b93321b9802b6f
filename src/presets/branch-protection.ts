import { z } from "zod";
import { isJobRef, type AnyJobRef } from "../dsl/job.js";
import { ruleset, type RulesetValue } from "../dsl/ruleset.js";
import { callSite } from "../model/source.js";
import { parseOptions } from "./options.js";

const Options = z.object({
  branch: z.string().min(1).regex(/^[^\s~^:?*[\\]+$/, "a branch name (no spaces or ~^:?*[\\)").default("main"),
  requiredApprovals: z.number().int().min(0).max(10).default(1),
  requiredChecks: z.array(z.custom<AnyJobRef>(isJobRef, { message: 'expected jobs made with job("id", {...}) or requiredChecksGate()' })).default([]),
  strict: z.boolean().default(true),
  dismissStaleReviews: z.boolean().default(true),
  requireCodeOwnerReview: z.boolean().default(false),
}).strict();

export type BranchProtectionOptions = z.input<typeof Options>;

/**
 * Branch protection as code: a GitHub repository ruleset for one branch, written to
 * `.github/rulesets/<branch>.json` (import it under Settings → Rules → Rulesets, or with the
 * REST API). The required status checks are derived from the jobs themselves, matrix rows
 * included, and bound to GitHub Actions. pipewright reports an error when a required job's
 * workflow would not run on every pull request to the branch (a `paths` or `branches`
 * filter): the check would stay "expected" forever and block merging.
 *
 * @example
 * export default [ci, branchProtection({ branch: "main", requiredApprovals: 1, requiredChecks: [gate] })];
 * // .github/rulesets/main.json:
 * // { "name": "main (pipewright: workflows.ts)", "target": "branch", "enforcement": "active",
 * //   "conditions": { "ref_name": { "include": ["refs/heads/main"], "exclude": [] } },
 * //   "rules": [ { "type": "deletion" }, { "type": "non_fast_forward" },
 * //     { "type": "pull_request", "parameters": { "required_approving_review_count": 1, ... } },
 * //     { "type": "required_status_checks", "parameters": { "required_status_checks":
 * //       [{ "context": "Required checks", "integration_id": 15368 }], ... } } ] }
 */
export function branchProtection(options: BranchProtectionOptions): RulesetValue {
  const source = callSite(branchProtection);
  return ruleset(parseOptions("branchProtection", Options, options), source);
}
