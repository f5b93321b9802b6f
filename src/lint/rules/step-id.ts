import type { Rule } from "../rule.js";
import { jobsOf, stepsOf } from "../walk.js";

const STEP_ID = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** Step ids must be well-formed and unique within their job (case-insensitively). */
export const stepId: Rule = {
  id: "step-id",
  severity: "error",
  description: "step ids that are malformed or repeated within a job",
  check({ model, report }) {
    for (const entry of jobsOf(model)) {
      const seen = new Map<string, number>();
      for (const { step, path, index } of stepsOf(entry)) {
        const id = (step as { id?: unknown }).id;
        if (typeof id !== "string") continue;
        if (!STEP_ID.test(id) && !id.includes("${{")) {
          report([...path, "id"], `step id "${id}" is not valid`, "start with a letter or _ and use only letters, digits, - and _");
        }
        const earlier = seen.get(id.toLowerCase());
        if (earlier !== undefined) {
          report([...path, "id"], `step id "${id}" is already used by step ${earlier} of job "${entry.id}"`, "give each step of a job its own id");
        } else seen.set(id.toLowerCase(), index);
      }
    }
  },
};
