/**
 * A generated ruleset against the one GitHub holds, key by key, in words. Only what pipewright
 * sets is compared: GitHub's answer carries more (`id`, `source`, `_links`, `created_at`,
 * `node_id`, `current_user_can_bypass`, `bypass_actors`, and defaults for rule parameters it
 * added later, such as `allowed_merge_methods`), and none of that is drift.
 */

/** A ruleset as pipewright writes it and as GitHub returns it (the part both have). */
export interface RulesetJson {
  readonly name: string;
  readonly target?: string;
  readonly enforcement?: string;
  readonly conditions?: { readonly ref_name?: { readonly include?: readonly string[]; readonly exclude?: readonly string[] } };
  readonly rules?: readonly { readonly type: string; readonly parameters?: Readonly<Record<string, unknown>> }[];
}

/** One key whose value differs. `github` is undefined when GitHub does not have it. */
export interface RulesetDifference {
  /** `pull_request.required_approving_review_count`, `conditions.ref_name.include`, `deletion`. */
  readonly key: string;
  readonly github: string;
  readonly ours: string;
}

/** The sentence for a difference: `key: GitHub has X, workflows.ts says Y`. */
export function describeDifference(difference: RulesetDifference, sourceLabel: string): string {
  return `${difference.key}: GitHub has ${difference.github}, ${sourceLabel} says ${difference.ours}`;
}

/** Every key where `actual` (GitHub's) differs from `wanted` (generated), in a stable order. */
export function compareRuleset(wanted: RulesetJson, actual: RulesetJson): RulesetDifference[] {
  const differences: RulesetDifference[] = [];
  const push = (key: string, github: unknown, ours: unknown) => {
    if (!same(github, ours)) differences.push({ key, github: words(github), ours: words(ours) });
  };
  push("target", actual.target, wanted.target);
  push("enforcement", actual.enforcement, wanted.enforcement);
  for (const list of ["include", "exclude"] as const) {
    // A list of patterns matches the same refs in any order.
    push(`conditions.ref_name.${list}`, sorted(actual.conditions?.ref_name?.[list] ?? []), sorted(wanted.conditions?.ref_name?.[list] ?? []));
  }
  const theirs = new Map((actual.rules ?? []).map((rule) => [rule.type, rule]));
  const ours = new Set<string>();
  for (const rule of wanted.rules ?? []) {
    ours.add(rule.type);
    const found = theirs.get(rule.type);
    if (!found) {
      differences.push({ key: rule.type, github: "no such rule", ours: "the rule is on" });
      continue;
    }
    for (const [name, value] of Object.entries(rule.parameters ?? {})) {
      push(`${rule.type}.${name}`, normalizeParameter(name, found.parameters?.[name]), normalizeParameter(name, value));
    }
  }
  for (const rule of actual.rules ?? []) {
    if (!ours.has(rule.type)) differences.push({ key: rule.type, github: "the rule on", ours: "no such rule" });
  }
  return differences;
}

interface StatusCheck {
  readonly context: string;
  readonly integration_id?: number;
}

/** Required status checks are a set: GitHub keeps them in the order they were added. */
function normalizeParameter(name: string, value: unknown): unknown {
  if (name !== "required_status_checks" || !Array.isArray(value)) return value;
  return (value as StatusCheck[])
    .map((check) => ({ context: check.context, ...(check.integration_id === undefined || check.integration_id === null ? {} : { integration_id: check.integration_id }) }))
    .sort((a, b) => (a.context < b.context ? -1 : a.context > b.context ? 1 : (a.integration_id ?? 0) - (b.integration_id ?? 0)));
}

const sorted = (list: readonly string[]) => [...list].sort();

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A value as a reader wants it: `1`, `true`, `"active"`, `["refs/heads/main"]`, `none`. */
function words(value: unknown): string {
  if (value === undefined || value === null) return "none";
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    return `[${value.map((item) => isCheck(item) ? `"${item.context}"${item.integration_id === undefined ? " (any app)" : ` (app ${item.integration_id})`}` : JSON.stringify(item)).join(", ")}]`;
  }
  return JSON.stringify(value);
}

function isCheck(value: unknown): value is StatusCheck {
  return typeof value === "object" && value !== null && typeof (value as StatusCheck).context === "string";
}
