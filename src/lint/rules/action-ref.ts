import { RETIRED_MAJORS } from "../action-versions.js";
import { bundledAction, bundledAt, majorAt, parseActionRef } from "../bundled-actions.js";
import type { Rule, RuleContext } from "../rule.js";
import { closest } from "../spelling.js";
import { isObject, jobsOf, stepsOf, type StepEntry } from "../walk.js";

const FORMAT_HINT = "write owner/repo@ref or owner/repo/path@ref (an action in another repository), ./path (one in this repository) or docker://image";
const WORKFLOW_FILE = /(^|\/)\.github\/workflows\/[^/]+\.ya?ml(@|$)/;

/** What is wrong with the text of a step's `uses`, or undefined when its form is right. */
function formatProblem(uses: string): string | undefined {
  if (uses.startsWith("docker://")) return uses.length > "docker://".length ? undefined : "names no image after docker://";
  if (uses.startsWith("./")) return undefined;
  if (uses.trim() !== uses || /\s/.test(uses)) return "contains spaces";
  if (uses.startsWith(".") || uses.startsWith("/")) return "is a path that does not start with ./";
  const at = uses.indexOf("@");
  const name = at < 0 ? uses : uses.slice(0, at);
  if (!/^[^/]+\/[^/]+/.test(name)) return `names no repository: "${name}" is not owner/repo`;
  if (at < 0) return "has no @ref: GitHub needs a version to fetch";
  if (at === uses.length - 1) return "has an empty ref after @";
  return parseActionRef(uses) ? undefined : "has more than one @";
}

function checkInputs({ model, report, actions }: RuleContext, { step, path }: StepEntry, uses: string): void {
  const action = bundledAt(model, [...path, "uses"], uses, actions);
  if (!action) return;
  const given = (step as { with?: unknown }).with;
  if (given !== undefined && given !== null && !isObject(given)) return;
  const names = Object.keys(given ?? {});
  const known = new Set(action.inputs.map((input) => input.toLowerCase()));
  const label = action.major >= 0 ? `${action.uses} v${action.major}` : action.uses;
  const meant = new Set<string>();
  for (const name of names) {
    if (known.has(name.toLowerCase()) || action.openInputs) continue;
    // GitHub passes `entrypoint` and `args` to Docker actions' containers, and to nothing else.
    if (DOCKER_ONLY.has(name.toLowerCase()) && action.runs !== "" && action.runs !== "docker") {
      report([...path, "with", name], `\`${name}\` is given only to Docker actions, but ${label} runs on ${action.runs}`,
        `remove \`${name}\`; ${label} takes: ${action.inputs.join(", ")}`);
      continue;
    }
    const near = closest(name, action.inputs);
    if (near) meant.add(near.toLowerCase());
    report([...path, "with", name], `"${name}" is not an input of ${label}`,
      near ? `did you mean "${near}"? ${label} takes: ${action.inputs.join(", ")}` : `${label} takes: ${action.inputs.join(", ")}`);
  }
  const present = new Set(names.map((name) => name.toLowerCase()));
  // A required input given under a misspelt name is reported once, as the misspelling.
  const missing = action.required.filter((input) => !present.has(input.toLowerCase()) && !meant.has(input.toLowerCase()));
  if (missing.length > 0) {
    report(given === undefined ? path : [...path, "with"], `${label} needs input${missing.length > 1 ? "s" : ""} ${missing.map((m) => `"${m}"`).join(", ")}`,
      `add ${missing.map((m) => `\`${m}\``).join(", ")} under \`with\``);
  }
}

const DOCKER_ONLY = new Set(["entrypoint", "args"]);

/**
 * `uses:` of a step must name an action GitHub can fetch, and the inputs given to an action
 * pipewright bundles must be ones that action declares.
 */
export const actionRef: Rule = {
  id: "action-ref",
  severity: "error",
  actionSteps: true,
  severityReason: "GitHub cannot resolve the action, refuses the retired version, or the action fails without an input it needs; an input the action does not declare is ignored, which is certainly a mistake.",
  description: "step `uses` GitHub cannot resolve, retired action versions, and inputs a bundled action does not declare or needs",
  examples: {
    bad: "steps:\n  - uses: actions/checkout\n  - uses: actions/cache@27d5ce7f107fe9357f9df03efb73ab90386fccae # v5.0.5\n    with:\n      paths: ~/.cache/pip",
    good: "steps:\n  - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1\n  - uses: actions/cache@27d5ce7f107fe9357f9df03efb73ab90386fccae # v5.0.5\n    with:\n      path: ~/.cache/pip\n      key: pip-${{ hashFiles('requirements.txt') }}",
  },
  check(context) {
    for (const job of jobsOf(context.model)) {
      for (const entry of stepsOf(job)) {
        const uses = (entry.step as { uses?: unknown }).uses;
        // Expressions are not allowed in `uses`; the expression rules say so.
        if (typeof uses !== "string" || uses.includes("${{")) continue;
        const at = [...entry.path, "uses"];
        if (WORKFLOW_FILE.test(uses)) {
          context.report(at, `"${uses}" is a reusable workflow, which a step cannot run`, "call it from a job: `jobs.<id>.uses`, with `with` and `secrets` on that job");
          continue;
        }
        const problem = formatProblem(uses);
        if (problem) {
          context.report(at, `uses "${uses}" ${problem}`, FORMAT_HINT);
          continue;
        }
        const parsed = parseActionRef(uses);
        const retired = parsed && RETIRED_MAJORS[parsed.repo.toLowerCase()];
        const major = parsed && majorAt(context.model, at, parsed.ref);
        if (parsed && retired && major !== undefined && retired.majors.includes(major)) {
          const current = bundledAction(parsed.repo);
          context.report(at, `${parsed.repo}@${parsed.ref} no longer works: ${retired.why}`,
            current ? `use ${current.uses}@${current.version.replace(/\..*/, "")} (${current.bound ? "pipewright pins" : "latest:"} ${current.version}); check its inputs, which changed between majors` : "use the action's current major version");
          continue;
        }
        checkInputs(context, entry, uses);
      }
    }
  },
};
