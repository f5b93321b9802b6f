import type { Rule } from "../rule.js";
import { envOf, expressionsIn, taintOf } from "../untrusted.js";
import { parseActionRef } from "../bundled-actions.js";
import { isObject, jobsOf, stepsOf } from "../walk.js";

/**
 * Any `${{ }}` in a script is pasted into its text before it runs. template-injection reports
 * the values an outsider writes; this pedantic rule reports the rest (a matrix value, the
 * repository name, an output of an earlier step): safe today, but one edit away from pasting
 * something that is not, and a value with a quote in it breaks the script. An environment
 * variable carries any value as data.
 */
export const scriptExpression: Rule = {
  id: "script-expression",
  severity: "warning",
  actionSteps: true,
  tier: "pedantic",
  severityReason: "Pedantic, a warning: the values are not an outsider's (template-injection reports those as errors), so nothing is exploitable as written.",
  description: "any `${{ }}` pasted into a `run:` script or an actions/github-script `script:`, where an environment variable would carry the value as data",
  examples: {
    bad: "steps:\n  - run: echo \"building ${{ matrix.target }}\"",
    good: "steps:\n  - run: echo \"building $TARGET\"\n    env:\n      TARGET: ${{ matrix.target }}",
  },
  check({ model, report }) {
    const taint = taintOf(model);
    for (const job of jobsOf(model)) {
      const strategy = (job.job as { strategy?: unknown }).strategy;
      const jobTaint = isObject(strategy) ? taint.withMatrix(strategy.matrix) : taint;
      for (const { step, path } of stepsOf(job)) {
        const { run, uses, with: inputs } = step as { run?: unknown; uses?: unknown; with?: unknown };
        const scripts: [string, (string | number)[]][] = [];
        if (typeof run === "string") scripts.push([run, [...path, "run"]]);
        const ref = typeof uses === "string" ? parseActionRef(uses) : undefined;
        if (ref && ref.repo.toLowerCase() === "actions/github-script" && isObject(inputs) && typeof inputs.script === "string") {
          scripts.push([inputs.script, [...path, "with", "script"]]);
        }
        for (const [text, at] of scripts) {
          const found = expressionsIn(text);
          // template-injection has already reported this script, as an error or a warning.
          if (found.length === 0 || jobTaint.withEnv(envOf(model, job.job, step)).text(text).length > 0) continue;
          const shown = [...new Set(found)].map((e) => `\`\${{ ${e} }}\``).join(", ");
          report(at, `${shown} ${found.length === 1 ? "is" : "are"} pasted into the script's text before it runs`, "pass each value in `env:` and read it as a variable (\"$NAME\" in a shell, process.env.NAME in github-script)");
        }
      }
    }
  },
};
