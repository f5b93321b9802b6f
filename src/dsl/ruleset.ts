import { callSite, type SourceLocation } from "../model/source.js";
import type { AnyJobRef } from "./job.js";

const RULESET: unique symbol = Symbol.for("pipewright.ruleset") as never;

/** What {@link branchProtection} is given; validated by the preset. */
export interface RulesetDefinition {
  /** The protected branch, e.g. `main`. */
  readonly branch: string;
  /** Approving reviews a pull request needs. */
  readonly requiredApprovals: number;
  /** Jobs whose checks must pass; their names are derived from the jobs (matrix rows included). */
  readonly requiredChecks: readonly AnyJobRef[];
  /** Require branches to be up to date with the base before merging. */
  readonly strict: boolean;
  /** Dismiss approvals when new commits are pushed. */
  readonly dismissStaleReviews: boolean;
  /** Require review from code owners. */
  readonly requireCodeOwnerReview: boolean;
}

/** A repository ruleset to write to `.github/rulesets/<branch>.json`. */
export interface RulesetValue {
  readonly [RULESET]: true;
  readonly kind: "ruleset";
  readonly definition: RulesetDefinition;
  readonly source?: SourceLocation | undefined;
}

/** True for values made by {@link ruleset}. */
export function isRulesetValue(value: unknown): value is RulesetValue {
  return typeof value === "object" && value !== null && (value as { [RULESET]?: unknown })[RULESET] === true;
}

/** Wraps a checked definition as a ruleset entry of the default export. */
export function ruleset(definition: RulesetDefinition, source: SourceLocation | undefined = callSite(ruleset)): RulesetValue {
  return Object.freeze({ [RULESET]: true as const, kind: "ruleset" as const, definition, source });
}
