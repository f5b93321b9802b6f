import { z } from "zod";
import { always, and, contains, ne, or, toJSON } from "../dsl/functions.js";
import { isJobRef, job, relocateJob, type AnyJobRef, type JobRef } from "../dsl/job.js";
import { run } from "../dsl/step.js";
import { expr, type Expr } from "../model/expression.js";
import { callSite } from "../model/source.js";
import { parseOptions } from "./options.js";

const JobRefSchema = z.custom<AnyJobRef>(isJobRef, { message: 'expected jobs made with job("id", {...})' });

const Options = z.object({
  jobs: z.array(JobRefSchema).min(1, "list at least one job"),
  id: z.string().regex(/^[A-Za-z_][A-Za-z0-9_-]*$/, "a job id: letters, digits, - and _").default("required-checks"),
  name: z.string().min(1).default("Required checks"),
  /**
   * Accept a skipped job as passing (a job skipped by its own `if:`): `true` for every job, or
   * a list of some of `jobs`, whose skip alone counts as success. Default false.
   */
  allowSkipped: z.union([z.boolean(), z.array(JobRefSchema)], {
    error: 'true, false, or a list of jobs (made with job("id", {...})) that are also in jobs',
  }).default(false),
}).strict().superRefine((options, ctx) => {
  if (typeof options.allowSkipped === "boolean") return;
  const needed = new Set(options.jobs.map((ref) => ref.id));
  options.allowSkipped.forEach((ref, index) => {
    if (!needed.has(ref.id)) {
      ctx.addIssue({ code: "custom", message: `job "${ref.id}" is not in jobs: the gate can only accept the skip of a job it needs`, path: ["allowSkipped", index] });
    }
  });
});

export type RequiredChecksGateOptions = z.input<typeof Options>;

/**
 * One stable check to require in branch protection: a job that needs the given jobs, runs
 * even when they fail or are skipped (`if: always()`), and fails unless each succeeded.
 * Require this job's name instead of each job, and a paths filter or a matrix can never leave
 * a pull request waiting for a check that does not run. `allowSkipped` accepts a skipped job
 * as passing: every job (`true`) or only the listed ones.
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
 *
 * const deployGate = requiredChecksGate({ jobs: [lint, deploy], allowSkipped: [deploy] });
 * //       if: ${{ (needs.lint.result != 'success') || ((needs.deploy.result != 'success') && (needs.deploy.result != 'skipped')) }}
 */
export function requiredChecksGate(options: RequiredChecksGateOptions): JobRef<string, never> {
  const source = callSite(requiredChecksGate);
  const { jobs, id, name, allowSkipped } = parseOptions("requiredChecksGate", Options, options);
  // `needs.*.result` is every needed job's result, printed when the gate fails.
  const results = toJSON(expr("needs.*.result"));
  const failed = typeof allowSkipped === "boolean" ? anyResultIs(results, allowSkipped) : someJobFailed(jobs, allowSkipped);
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
        if: failed,
        env: { RESULTS: results },
      }),
    ],
  });
  return relocateJob(gate, source) as JobRef<string, never>;
}

/** Some needed job failed or was cancelled, or (unless allowed) skipped. */
function anyResultIs(results: Expr, allowSkipped: boolean): Expr {
  const [first, second, ...rest] = (allowSkipped ? ["failure", "cancelled"] : ["failure", "cancelled", "skipped"]).map((r) => contains(results, r));
  return or(first!, second!, ...rest);
}

/**
 * Some needed job neither succeeded nor, when it may be, was skipped: the negation of "each job
 * succeeded, or was skipped and is in `skippable`". Each job is tested by its own
 * `needs.<id>.result`, and any result but the accepted ones fails, so a result GitHub may add
 * later fails the gate too rather than passing it.
 */
function someJobFailed(jobs: readonly AnyJobRef[], skippable: readonly AnyJobRef[]): Expr {
  const mayBeSkipped = new Set(skippable.map((ref) => ref.id));
  const [first, ...rest] = jobs.map((ref) => mayBeSkipped.has(ref.id)
    ? and(ne(ref.result, "success"), ne(ref.result, "skipped"))
    : ne(ref.result, "success"));
  return rest.length === 0 ? first! : or(first!, rest[0]!, ...rest.slice(1));
}
