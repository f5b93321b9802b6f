/**
 * A binding of an action in the same repository (`uses: ./.github/actions/x`): typed like the
 * pinned ones, but with no ref, since GitHub runs the action from the checked-out commit.
 */
import { withMeta } from "../dsl/meta.js";
import { stepRefs } from "../dsl/step.js";
import { callSite } from "../model/source.js";
import type { Binding } from "./action-step.js";

/** Where a local action lives: `./.github/actions/x`. */
export interface LocalActionPin {
  readonly uses: `./${string}`;
  readonly requiredInputs: readonly string[];
}

/**
 * Makes a binding for the action in the folder `pin.uses` of this repository (what
 * `pipewright actions add ./.github/actions/x` writes into pipewright.actions.ts).
 * @example
 * const migrate = localBinding<{ database: string }, "applied">({ uses: "./.github/actions/db-migrate", requiredInputs: ["database"] });
 * migrate({ database: "sales" })
 * // - uses: ./.github/actions/db-migrate
 * //   with:
 * //     database: sales
 */
export function localBinding<Inputs, Outputs extends string>(pin: LocalActionPin): Binding<Inputs, Outputs> {
  const fn = (inputs?: object, options: Record<string, unknown> = {}) => {
    const step = withMeta(
      { ...options, uses: pin.uses, ...(inputs && Object.keys(inputs).length > 0 ? { with: inputs } : {}) },
      { source: callSite(fn) },
    );
    return stepRefs(step, options.id);
  };
  return Object.assign(fn, { pin: { uses: pin.uses, version: "", commit: "", requiredInputs: pin.requiredInputs } }) as never;
}
