import { CONTEXT_NAMES } from "../../model/contexts.js";
import type { YamlPath } from "../../model/workflow.js";
import { typeFindings } from "../type-check.js";
import type { Rule } from "../rule.js";
import { availabilityAt, describePlace, type Availability } from "../context-availability.js";
import { envKeySites, expressionSites } from "../expression-sites.js";
import { closest } from "../spelling.js";
import { contextReads, type ContextRead } from "../expression-tree.js";

const CONTEXTS: readonly string[] = CONTEXT_NAMES;

/** Why a context is missing where it is most often misused, and what to do instead. */
const WHY: Record<string, string> = {
  matrix: "the matrix is expanded after this is read: test matrix values in a step's `if`, or leave combinations out with `strategy.matrix.exclude`",
  strategy: "the strategy is known only once the matrix expands: use it in the job's steps",
  secrets: "GitHub does not expose secrets here: set the secret as a job `env` variable and test `env.NAME` in a step's `if`",
  env: "`env` is readable only inside a job's steps and a few job keys: use `vars`, `inputs` or a literal here",
  steps: "`steps` exists only inside a job, for the steps after the one that sets the output, and in the job's `outputs`",
  runner: "`runner` exists only once the job runs: use it in steps or job `outputs`",
  job: "`job` exists only once the job runs: use it in steps or job `outputs`",
  needs: "`needs` is for jobs: expose the value as a job output and read it from a job that needs it",
  jobs: "`jobs` is only for the `value` of a reusable workflow's `on.workflow_call.outputs`",
};

/** Contexts that do not exist, properties that the closed contexts do not have, contexts GitHub does not offer at a key. */
export const expressionContext: Rule = {
  id: "expression-context",
  severity: "error",
  severityReason: "GitHub rejects a context where it is not available; an unknown property of a fully known context reads as empty, certainly not what was meant.",
  description: "unknown contexts and properties (`github.evnt`), and contexts not available at the key that reads them",
  examples: {
    bad: [
      "jobs:",
      "  test:",
      "    if: matrix.os == 'ubuntu-latest'   # the matrix is not expanded yet",
      "    runs-on: ${{ matrix.os }}",
      "    strategy: { matrix: { os: [ubuntu-latest, windows-latest] } }",
      "    steps:",
      "      - run: echo \"${{ github.evnt.after }}\"",
    ].join("\n"),
    good: [
      "jobs:",
      "  test:",
      "    runs-on: ${{ matrix.os }}",
      "    strategy: { matrix: { os: [ubuntu-latest, windows-latest] } }",
      "    steps:",
      "      - if: matrix.os == 'ubuntu-latest'",
      "        run: echo \"$AFTER\"",
      "        env: { AFTER: \"${{ github.event.after }}\" }",
    ].join("\n"),
  },
  check({ model, report, readWorkflow }) {
    // Properties a closed context lacks (`github.evnt`, `jobs.build.ouputs`): the type checker's.
    const typed = typeFindings(model, this.id, readWorkflow);
    const seen = new Set<string>();
    for (const site of [...expressionSites(model), ...envKeySites(model)]) {
      if (!site.tree) continue;
      const available = availabilityAt(site.path);
      for (const read of contextReads(site.tree)) {
        const found = readProblem(read, available, site.path);
        // One finding per string and name: `${{ matrix.a }}-${{ matrix.b }}` is one mistake.
        const key = `${site.path.join("\0")}\0${found?.[0]}`;
        if (!found || seen.has(key)) continue;
        seen.add(key);
        report(site.path, `${found[1]} (in \`${site.source}\`)`, found[2]);
      }
      for (const finding of typed) {
        if (finding.path !== site.path || finding.source !== site.source) continue;
        const key = `${site.path.join("\0")}\0${finding.message}`;
        if (seen.has(key)) continue;
        seen.add(key);
        report(site.path, `${finding.message} (in \`${site.source}\`)`, finding.hint);
      }
    }
  },
};

/** What is wrong with one read, as [what it is about, message, hint]. */
function readProblem(read: ContextRead, available: Availability | undefined, path: YamlPath): readonly [string, string, string] | undefined {
  const name = read.context.toLowerCase();
  if (!CONTEXTS.includes(name)) {
    const near = closest(name, [...CONTEXTS], name.length <= 4 ? 1 : 2);
    return [name, `\`${read.context}\` is not a context`, near ? `did you mean \`${near}\`?` : `contexts are ${CONTEXTS.join(", ")}`];
  }
  if (available && !available.contexts.has(name)) {
    const place = describePlace(path);
    const offered = [...available.contexts].join(", ");
    return [name, `the \`${name}\` context is not available in \`${place}\``,
      offered ? `${WHY[name] ?? "use a context available there"}; available there: ${offered}` : `GitHub evaluates no expressions in \`${place}\`: write the value literally`];
  }
  return undefined;
}
