// compareRuleset: a generated ruleset against GitHub's answer for it, in words. GitHub's answer
// is shaped as GitHub documents it (ids, links, timestamps, bypass data, and parameters pipewright
// does not set), none of which is a difference.
import { describe, expect, it } from "vitest";
import { compareRuleset, describeDifference, type RulesetJson } from "../../src/github/ruleset-diff.js";

const wanted: RulesetJson = {
  name: "main (pipewright: workflows.ts)",
  target: "branch",
  enforcement: "active",
  conditions: { ref_name: { include: ["refs/heads/main"], exclude: [] } },
  rules: [
    { type: "deletion" },
    { type: "non_fast_forward" },
    { type: "pull_request", parameters: { required_approving_review_count: 1, dismiss_stale_reviews_on_push: true, require_code_owner_review: false, require_last_push_approval: false, required_review_thread_resolution: false } },
    { type: "required_status_checks", parameters: { strict_required_status_checks_policy: true, required_status_checks: [{ context: "Required checks", integration_id: 15368 }, { context: "Lint", integration_id: 15368 }] } },
  ],
};

/** GitHub's answer to GET /repos/{owner}/{repo}/rulesets/{id} for `wanted`, with `change` applied. */
function fromGitHub(change: (ruleset: any) => void = () => {}): RulesetJson {
  const ruleset: any = {
    id: 42,
    name: wanted.name,
    target: "branch",
    source_type: "Repository",
    source: "acme/app",
    enforcement: "active",
    conditions: { ref_name: { exclude: [], include: ["refs/heads/main"] } },
    rules: [
      { type: "deletion" },
      { type: "non_fast_forward" },
      { type: "pull_request", parameters: { required_approving_review_count: 1, dismiss_stale_reviews_on_push: true, require_code_owner_review: false, require_last_push_approval: false, required_review_thread_resolution: false, allowed_merge_methods: ["merge", "squash", "rebase"], automatic_copilot_code_review_enabled: false } },
      // GitHub keeps the checks in the order they were added, and adds its own default.
      { type: "required_status_checks", parameters: { strict_required_status_checks_policy: true, do_not_enforce_on_create: false, required_status_checks: [{ context: "Lint", integration_id: 15368 }, { context: "Required checks", integration_id: 15368 }] } },
    ],
    bypass_actors: [],
    current_user_can_bypass: "never",
    node_id: "RRS_lACqUmVwb3NpdG9yec5",
    _links: { self: { href: "https://api.github.com/repos/acme/app/rulesets/42" }, html: { href: "https://github.com/acme/app/rules/42" } },
    created_at: "2026-11-30T10:00:00.000Z",
    updated_at: "2026-11-30T10:00:00.000Z",
  };
  change(ruleset);
  return ruleset as RulesetJson;
}

const said = (actual: RulesetJson) => compareRuleset(wanted, actual).map((d) => describeDifference(d, "workflows.ts"));

describe("compareRuleset", () => {
  it("finds no difference in GitHub's answer for the same ruleset: extra keys, defaults and order are not drift", () => {
    expect(compareRuleset(wanted, fromGitHub())).toEqual([]);
  });

  it("says what changed, key by key, in words", () => {
    expect(said(fromGitHub((r) => {
      r.rules[2].parameters.required_approving_review_count = 0;
      r.rules[2].parameters.dismiss_stale_reviews_on_push = false;
    }))).toEqual([
      "pull_request.required_approving_review_count: GitHub has 0, workflows.ts says 1",
      "pull_request.dismiss_stale_reviews_on_push: GitHub has false, workflows.ts says true",
    ]);
  });

  it("reports enforcement, target and conditions", () => {
    expect(said(fromGitHub((r) => {
      r.enforcement = "disabled";
      r.conditions.ref_name.include = ["~DEFAULT_BRANCH", "refs/heads/main"];
    }))).toEqual([
      'enforcement: GitHub has "disabled", workflows.ts says "active"',
      'conditions.ref_name.include: GitHub has ["refs/heads/main", "~DEFAULT_BRANCH"], workflows.ts says ["refs/heads/main"]',
    ]);
  });

  it("reports a removed rule, a rule added by hand, and changed required checks with their apps", () => {
    expect(said(fromGitHub((r) => {
      r.rules.splice(1, 1);
      r.rules.push({ type: "required_linear_history" });
      r.rules[2].parameters.required_status_checks = [{ context: "Required checks" }];
    }))).toEqual([
      "non_fast_forward: GitHub has no such rule, workflows.ts says the rule is on",
      'required_status_checks.required_status_checks: GitHub has ["Required checks" (any app)], workflows.ts says ["Lint" (app 15368), "Required checks" (app 15368)]',
      "required_linear_history: GitHub has the rule on, workflows.ts says no such rule",
    ]);
  });

  it("reports a parameter GitHub does not return as none", () => {
    expect(said(fromGitHub((r) => delete r.rules[2].parameters.require_code_owner_review))).toEqual([
      "pull_request.require_code_owner_review: GitHub has none, workflows.ts says false",
    ]);
  });
});
