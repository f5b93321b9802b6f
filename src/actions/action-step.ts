/**
 * The one helper behind every typed action binding: a step that `uses:` the action pinned
 * to a full commit SHA, with the release in a trailing comment
 * (`uses: actions/checkout@3d3c42e… # v7.0.1`), typed `with` inputs and typed outputs.
 */
import { withMeta } from "../dsl/meta.js";
import { stepRefs, type UsesOptions, type UsesStepValue } from "../dsl/step.js";
import type { Value } from "../dsl/value.js";
import { callSite } from "../model/source.js";

/** Where an action is pinned. */
export interface ActionPin {
  /** `owner/repo`. */
  readonly uses: string;
  /** The release tag the commit belongs to, e.g. `v7.0.1`. */
  readonly version: string;
  /** Full commit SHA of that release. */
  readonly commit: string;
  /** Inputs the action requires (no default). */
  readonly requiredInputs: readonly string[];
}

/** Step keys other than `uses` and `with`, plus an optional `id` for outputs. */
export type ActionOptions<Id extends string> = Omit<UsesOptions, "with"> & { readonly id?: Id };

/** Arguments of a binding: `inputs` is required when the action has required inputs. */
export type BindingArgs<Inputs, Id extends string> = {} extends Inputs
  ? [inputs?: Value<Inputs>, options?: ActionOptions<Id>]
  : [inputs: Value<Inputs>, options?: ActionOptions<Id>];

/** A typed action binding such as `checkout`. */
export type Binding<Inputs, Outputs extends string> = (<const Id extends string = string>(
  ...args: BindingArgs<Inputs, Id>
) => UsesStepValue<Id, Outputs>) & {
  /** Where the binding is pinned. */
  readonly pin: ActionPin;
};

/** Makes a binding for an action pinned at `pin`. */
export function binding<Inputs, Outputs extends string>(pin: ActionPin): Binding<Inputs, Outputs> {
  const fn = (inputs?: object, options: Record<string, unknown> = {}) => {
    const step = withMeta(
      {
        ...options,
        uses: `${pin.uses}@${pin.commit}`,
        ...(inputs && Object.keys(inputs).length > 0 ? { with: inputs } : {}),
      },
      { source: callSite(fn), comments: { uses: pin.version } },
    );
    return stepRefs(step, options.id);
  };
  return Object.assign(fn, { pin }) as never;
}
