import type { Rule } from "../rule.js";
import { namedReads, sameKey } from "../references.js";
import { jobsOf, stepsOf } from "../walk.js";

const STEP_PROPERTIES = ["outputs", "outcome", "conclusion"];

interface StepHome {
  readonly jobId: string;
  readonly index: number;
  readonly id: string;
}

/**
 * `steps.<id>` reads a step that ran before, in the same job. GitHub fills the `steps`
 * context as steps finish, so a later step, the step itself or another job's step reads
 * as empty: the workflow runs, with a blank where a value was meant.
 */
export const stepReference: Rule = {
  id: "step-reference",
  severity: "error",
  severityReason: "A step that has not run yet, or is in another job, reads as empty.",
  description: "`steps.<id>` that names no earlier step of the same job",
  examples: {
    bad: [
      "steps:",
      "  - run: echo \"tag=${{ steps.meta.outputs.tag }}\"",
      "  - id: meta",
      "    run: echo \"tag=v1\" >> \"$GITHUB_OUTPUT\"",
    ].join("\n"),
    good: [
      "steps:",
      "  - id: meta",
      "    run: echo \"tag=v1\" >> \"$GITHUB_OUTPUT\"",
      "  - run: echo \"tag=${{ steps.meta.outputs.tag }}\"",
    ].join("\n"),
  },
  check({ model, report }) {
    const homes: StepHome[] = jobsOf(model).flatMap((entry) =>
      stepsOf(entry).flatMap(({ step, index }) => {
        const id = (step as { id?: unknown }).id;
        return typeof id === "string" ? [{ jobId: entry.id, index, id }] : [];
      }),
    );
    const seen = new Set<string>();
    for (const { name, keys, path } of namedReads(model, "steps")) {
      if (path[0] !== "jobs" || typeof path[1] !== "string") continue;
      const jobId = path[1];
      // Steps read `steps` up to their own index; the job's outputs, after every step.
      const inStep = path[2] === "steps" && typeof path[3] === "number";
      const inOutputs = path[2] === "outputs";
      if (!inStep && !inOutputs) continue;
      const before = inStep ? (path[3] as number) : Infinity;
      const problem = (message: string, hint: string) => {
        const key = `${path.join("\0")}\0${message}`;
        if (seen.has(key)) return;
        seen.add(key);
        report(path, message, hint);
      };
      const ownJob = homes.filter((h) => h.jobId === jobId);
      const home = ownJob.find((h) => sameKey(h.id, name));
      const earlier = ownJob.filter((h) => h.index < before).map((h) => h.id);
      const listEarlier = earlier.length ? `steps it can read: ${earlier.join(", ")}` : "no step it can read has an id";
      if (home === undefined) {
        const elsewhere = homes.find((h) => sameKey(h.id, name));
        if (elsewhere) {
          problem(`\`steps.${name}\` is a step of job "${elsewhere.jobId}", not of "${jobId}"; a job sees only its own steps`,
            `expose the value as an output of job "${elsewhere.jobId}" and read \`needs.${elsewhere.jobId}.outputs.<name>\` (with "${elsewhere.jobId}" in \`needs\`)`);
        } else {
          problem(`\`steps.${name}\` names no step of job "${jobId}"`, `give the step \`id: ${name}\`, or fix the name (${listEarlier})`);
        }
        continue;
      }
      if (home.index === before) {
        problem(`steps[${before}] reads its own \`steps.${name}\`, which is set only when it has finished`, "use the value inside the step itself (a shell variable), or read it in a later step");
        continue;
      }
      if (home.index > before) {
        problem(`\`steps.${name}\` is read in steps[${before}], before step "${home.id}" runs (steps[${home.index}])`, `move step "${home.id}" above the step that reads it`);
        continue;
      }
      const property = keys[1];
      if (property !== undefined && property !== "*" && !STEP_PROPERTIES.some((p) => sameKey(p, property))) {
        problem(`\`steps.${name}.${property}\` does not exist: a step has outputs, outcome and conclusion`,
          `write \`steps.${name}.outputs.${property}\` for an output, or \`steps.${name}.outcome\``);
      }
    }
  },
};
