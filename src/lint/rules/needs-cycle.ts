import type { Rule } from "../rule.js";
import { jobsOf, needsOf } from "../walk.js";

/** Jobs whose `needs` form a loop never start. */
export const needsCycle: Rule = {
  id: "needs-cycle",
  severity: "error",
  severityReason: "GitHub rejects a workflow whose jobs need each other.",
  description: "jobs whose `needs` form a cycle, so none of them can start",
  examples: {
    bad: "jobs:\n  a:\n    needs: b\n  b:\n    needs: a",
    good: "jobs:\n  a: {}\n  b:\n    needs: a",
  },
  check({ model, report }) {
    const graph = new Map(jobsOf(model).map(({ id, job }) => [id, needsOf(job)]));
    const state = new Map<string, "open" | "done">();
    const reported = new Set<string>();
    const visit = (id: string, trail: string[]): void => {
      if (state.get(id) === "done" || !graph.has(id)) return;
      if (state.get(id) === "open") {
        const cycle = [...trail.slice(trail.indexOf(id)), id];
        const key = [...cycle.slice(0, -1)].sort().join(",");
        if (!reported.has(key)) {
          reported.add(key);
          report(["jobs", id, "needs"], `jobs depend on each other in a cycle: ${cycle.join(" → ")}`,
            "remove one of these `needs` so the jobs can run in order");
        }
        return;
      }
      state.set(id, "open");
      for (const next of graph.get(id) ?? []) visit(next, [...trail, id]);
      state.set(id, "done");
    };
    for (const id of [...graph.keys()].sort()) visit(id, []);
  },
};
