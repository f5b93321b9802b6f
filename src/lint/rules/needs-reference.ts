import type { Rule } from "../rule.js";
import { namedReads, sameKey } from "../references.js";
import { isObject, jobsOf, needsOf } from "../walk.js";

const NEEDS_PROPERTIES = ["outputs", "result"];

/**
 * `needs.<job>` reads a job this job lists in `needs`, and `needs.<job>.outputs.<name>` an
 * output that job declares. GitHub fills `needs` with the direct dependencies only, and an
 * output nobody declared reads as empty: the workflow runs with a blank value.
 */
export const needsReference: Rule = {
  id: "needs-reference",
  severity: "error",
  severityReason: "A job that is not a direct dependency, or an output nobody declared, reads as empty.",
  description: "`needs.<job>` not listed in the job's `needs`, or an output that job does not declare",
  examples: {
    bad: [
      "build:",
      "  runs-on: ubuntu-latest",
      "  outputs:",
      "    tag: ${{ steps.meta.outputs.tag }}",
      "  steps: [...]",
      "deploy:",
      "  runs-on: ubuntu-latest",
      "  steps:",
      "    - run: ./deploy.sh \"${{ needs.build.outputs.digest }}\"",
    ].join("\n"),
    good: [
      "build:",
      "  runs-on: ubuntu-latest",
      "  outputs:",
      "    tag: ${{ steps.meta.outputs.tag }}",
      "  steps: [...]",
      "deploy:",
      "  needs: [build]",
      "  runs-on: ubuntu-latest",
      "  steps:",
      "    - run: ./deploy.sh \"${{ needs.build.outputs.tag }}\"",
    ].join("\n"),
  },
  check({ model, report }) {
    const jobs = jobsOf(model);
    const seen = new Set<string>();
    for (const { name, keys, path } of namedReads(model, "needs")) {
      if (path[0] !== "jobs" || typeof path[1] !== "string") continue;
      const reader = jobs.find((j) => j.id === path[1]);
      if (!reader) continue;
      const problem = (message: string, hint: string) => {
        const key = `${path.join("\0")}\0${message}`;
        if (seen.has(key)) return;
        seen.add(key);
        report(path, message, hint);
      };
      const listed = needsOf(reader.job);
      const target = jobs.find((j) => sameKey(j.id, name));
      if (!listed.some((need) => sameKey(need, name))) {
        const direct = listed.length ? `it needs: ${listed.join(", ")}` : "it has no `needs`";
        problem(`job "${reader.id}" reads \`needs.${name}\` but does not list "${name}" in \`needs\` (${direct})`,
          target ? `add "${target.id}" to the job's \`needs\`; GitHub fills \`needs\` with direct dependencies only`
            : `no job "${name}" exists; fix the name, or add the job and list it in \`needs\``);
        continue;
      }
      const property = keys[1];
      if (property === undefined || property === "*" || !target) continue;
      if (!NEEDS_PROPERTIES.some((p) => sameKey(p, property))) {
        problem(`\`needs.${name}.${property}\` does not exist: a needed job has outputs and result`,
          `write \`needs.${name}.outputs.${property}\` for an output, or \`needs.${name}.result\``);
        continue;
      }
      const output = keys[2];
      // A reusable workflow declares its outputs in its own file.
      if (!sameKey(property, "outputs") || output === undefined || output === "*" || "uses" in target.job) continue;
      const outputs = (target.job as { outputs?: unknown }).outputs;
      const declared = isObject(outputs) ? Object.keys(outputs) : [];
      if (declared.some((o) => sameKey(o, output))) continue;
      problem(`job "${target.id}" has no output "${output}" (\`needs.${name}.outputs.${output}\`)`,
        declared.length ? `its outputs are: ${declared.join(", ")}` : `declare it in job "${target.id}": \`outputs: { ${output}: \${{ steps.<id>.outputs.${output} }} }\``);
    }
  },
};
