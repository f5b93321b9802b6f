import type { YamlPath } from "../../model/workflow.js";
import type { Rule } from "../rule.js";
import { isObject, jobsOf, matrixAxes } from "../walk.js";

/** `self-hosted` in a label, a list of labels or a matrix value a label reads. */
const hasSelfHosted = (value: unknown): boolean =>
  typeof value === "string" ? value.trim().toLowerCase() === "self-hosted" : Array.isArray(value) && value.some(hasSelfHosted);

/**
 * A self-hosted runner keeps what a job leaves behind (files, processes, credentials in the
 * home folder) for the next job, and in a public repository a fork's pull request can be made
 * to run on it. Runner groups are how self-hosted (and larger) runners are handed out. Pedantic:
 * in a private repository a self-hosted runner is often exactly right.
 */
export const selfHostedRunner: Rule = {
  id: "self-hosted-runner",
  severity: "warning",
  tier: "pedantic",
  severityReason: "Pedantic, a warning: a self-hosted runner is a choice with risks to weigh (state between jobs, forks in public repositories), not a mistake.",
  description: "jobs on self-hosted runners (a `self-hosted` label, a runner group, or a matrix value naming one), which keep state between jobs",
  examples: {
    bad: "jobs:\n  build:\n    runs-on: [self-hosted, linux]\n    steps:\n      - run: make",
    good: "jobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make",
  },
  check({ model, report }) {
    const found = (path: YamlPath, id: string, how: string) =>
      report(path, `job "${id}" runs on a self-hosted runner (${how}): it keeps what one job leaves for the next, and a fork's pull request can run code on it in a public repository`,
        "use a GitHub-hosted runner, or an ephemeral self-hosted one that runs one job, for trusted events only");
    for (const { id, job, path } of jobsOf(model)) {
      const runsOn = (job as { "runs-on"?: unknown })["runs-on"];
      const at: YamlPath = [...path, "runs-on"];
      if (hasSelfHosted(runsOn)) found(at, id, "the self-hosted label");
      else if (isObject(runsOn) && runsOn.group !== undefined) found(at, id, `runner group ${JSON.stringify(runsOn.group)}`);
      else {
        const labels = [runsOn, isObject(runsOn) ? runsOn.labels : undefined].flat().filter((l): l is string => typeof l === "string");
        const reads = labels.flatMap((l) => [...l.matchAll(/\$\{\{\s*matrix\.([A-Za-z_][\w-]*)\s*\}\}/g)].map((m) => m[1]!.toLowerCase()));
        const strategy = (job as { strategy?: unknown }).strategy;
        const matrix = isObject(strategy) ? strategy.matrix : undefined;
        const axes = matrixAxes(matrix);
        // `exclude: [{ os: self-hosted }]` takes the value out again (rows added by `include`
        // come after the exclusions and stay).
        const excluded = new Set((isObject(matrix) && Array.isArray(matrix.exclude) ? matrix.exclude : [])
          .flatMap((row) => (isObject(row) && Object.keys(row).length === 1 && hasSelfHosted(Object.values(row)[0]) ? [Object.keys(row)[0]!.toLowerCase()] : [])));
        const included = (name: string) => (isObject(matrix) && Array.isArray(matrix.include) ? matrix.include : [])
          .some((row) => isObject(row) && Object.entries(row).some(([k, v]) => k.toLowerCase() === name && hasSelfHosted(v)));
        const axis = reads.find((name) => (excluded.has(name) ? included(name) : (axes.get(name) ?? []).some(hasSelfHosted)));
        if (axis) found(at, id, `matrix.${axis} takes the value self-hosted`);
      }
    }
  },
};
