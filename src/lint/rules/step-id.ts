import type { Rule } from "../rule.js";
import { jobsOf, stepsOf } from "../walk.js";

const STEP_ID = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/** GitHub's parser refuses ids of 100 characters or more. */
const MAX_LENGTH = 99;

/** Step ids must be well-formed and unique within their job (case-insensitively). */
export const stepId: Rule = {
  id: "step-id",
  severity: "error",
  actionSteps: true,
  severityReason: "GitHub rejects malformed and repeated step ids.",
  description: "step ids that are malformed or repeated within a job",
  examples: {
    bad: "steps:\n  - id: build\n    run: make\n  - id: build\n    run: make test",
    good: "steps:\n  - id: build\n    run: make\n  - id: test\n    run: make test",
  },
  check({ model, report }) {
    for (const entry of jobsOf(model)) {
      const seen = new Map<string, number>();
      for (const { step, path, index } of stepsOf(entry)) {
        const raw = (step as { id?: unknown }).id;
        // GitHub reads a number or boolean id as its text.
        if (typeof raw !== "string" && typeof raw !== "number" && typeof raw !== "boolean") continue;
        const id = String(raw);
        // GitHub reads step ids before it evaluates anything: an expression is never an id.
        if (!STEP_ID.test(id)) {
          report([...path, "id"], `step id "${id}" is not valid`, id.includes("${{")
            ? "step ids cannot be expressions: use a fixed id"
            : "start with a letter or _ and use only letters, digits, - and _");
        } else if (id.startsWith("__")) {
          report([...path, "id"], `step id "${id}" starts with "__", which GitHub reserves`, "start with a letter or a single _");
        } else if (id.length > MAX_LENGTH) {
          report([...path, "id"], `step id "${id}" is ${id.length} characters long; GitHub allows at most ${MAX_LENGTH}`, "use a shorter id");
        }
        const earlier = seen.get(id.toLowerCase());
        if (earlier !== undefined) {
          report([...path, "id"], `step id "${id}" is already used by step ${earlier} of job "${entry.id}"`, "give each step of a job its own id");
        } else seen.set(id.toLowerCase(), index);
      }
    }
  },
};
