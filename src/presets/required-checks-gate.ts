import { z } from "zod";
import { always, contains, or, toJSON } from "../dsl/functions.js";
import { isJobRef, job, relocateJob, type AnyJobRef, type JobRef } from "../dsl/job.js";
import { run } from "../dsl/step.js";
import { expr } from "../model/expression.js";
import { callSite } from "../model/source.js";
import { parseOptions } from "./options.js";

const Options = z.object({
  jobs: z.array(z.custom<AnyJobRef>(isJobRef, { message: 'expected jobs made with job("id", {...})' })).min(1, "list at least one job"),
  id: z.string().regex(/^[A-Za-z_][A-Za-z0-9_-]*$/, "a job id: letters, digits, - and _").default("required-checks"),
  name: z.string().min(1).default("Required checks"),
  /** Accept a skipped job as passing (a job skipped by its own `if:`). Default false. */
  allowSkipped: z.boolean().default(false),
}).strict();

export type RequiredChecksGateOptions = z.input<typeof Options>;

/**
 * One stable check to require in branch protection: a job that needs the given jobs, runs
 * even when they fail or are skipped (`if: always()`), and fails unless each succeeded.
 * Require this job's name instead of each job, and a paths filter or a matrix can never leave
 * a pull request waiting for a check that does not run.
 *
 * @example
 * const gate = requiredChecksGate({ jobs: [lint, test] });
 * // required-checks:
 * //   name: Required checks
 * //   needs: [lint, test]
 * //   if: ${{ always() }}
 * //   runs-on: ubuntu-latest
 * //   steps:
 * //     - name: Fail unless every required job succeeded
 * //       if: ${{ contains(toJSON(needs.*.result), 'failure') || ... }}
 * //       run: exit 1
 */
export function requiredChecksGate(options: RequiredChecksGateOptions): JobRef<string, never> {
  const source = callSite(requiredChecksGate);
  const { jobs, id, name, allowSkipped } = parseOptions("requiredChecksGate", Options, options);
  // `needs.*.result` is every needed job's result; any one that is not a success fails the gate.
  const results = toJSON(expr("needs.*.result"));
  const [first, second, ...rest] = (allowSkipped ? ["failure", "cancelled"] : ["failure", "cancelled", "skipped"]).map((r) => contains(results, r));
  const gate = job(id, {
    name,
    needs: jobs,
    if: always(),
    "runs-on": "ubuntu-latest",
    "timeout-minutes": 5,
    permissions: {},
    steps: [
      run(`echo "Results: $RESULTS"\necho "A required job did not succeed."\nexit 1`, {
        name: "Fail unless every required job succeeded",
        if: or(first!, second!, ...rest),
        env: { RESULTS: results },
      }),
    ],
  });
  return relocateJob(gate, source) as JobRef<string, never>;
}
