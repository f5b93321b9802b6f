/**
 * What rules know of the actions a project locked in pipewright.lock.json, the same facts as for
 * bundled actions. lint/ needs nothing but the model: whoever runs the rules (compile(),
 * `pipewright lint`) reads the lock and passes a lookup; rules treat an absent lookup as "no lock".
 */
import type { BundledAction } from "./bundled-actions.js";

export interface LockedAction extends BundledAction {
  /** The binding pipewright.actions.ts exports for it, e.g. `helloAction`. */
  readonly binding: string;
  /** A local action (`./.github/actions/x`), read from this repository's disk. */
  readonly local: boolean;
}

/**
 * The locked action by its name without a ref: `owner/repo`, `owner/repo/path` or `./path`,
 * matched case-insensitively as GitHub matches owners and repositories.
 */
export type ActionLookup = (action: string) => LockedAction | undefined;
