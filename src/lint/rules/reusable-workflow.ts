import type { YamlPath } from "../../model/workflow.js";
import type { Rule, RuleContext } from "../rule.js";
import { isObject, jobsOf } from "../walk.js";

/** The keys GitHub accepts on a job that calls a reusable workflow. */
const CALLER_KEYS = ["name", "uses", "with", "secrets", "needs", "if", "permissions", "concurrency", "strategy"];
/**
 * Keys of a job that runs steps, which a calling job cannot have. Other unknown keys are
 * misspellings, which the shape check names with the key they were meant to be.
 */
const RUNNER_JOB_KEYS = ["runs-on", "steps", "env", "defaults", "timeout-minutes", "cancel-timeout-minutes", "continue-on-error",
  "container", "services", "outputs", "environment", "snapshot"];

const LOCAL = /^\.\/\.github\/workflows\/[^/@]+\.ya?ml$/;
const REMOTE = /^[^/@\s]+\/[^/@\s]+\/\.github\/workflows\/[^/@]+\.ya?ml@[^@\s]+$/;

interface Declared {
  readonly inputs: Readonly<Record<string, unknown>>;
  readonly secrets: Readonly<Record<string, unknown>>;
}

/** What a workflow declares under `on.workflow_call`, or undefined when it cannot be called. */
function declaration(called: Record<string, unknown>): Declared | undefined {
  const on = called.on;
  const listed = on === "workflow_call" || (Array.isArray(on) && on.includes("workflow_call"));
  if (listed) return { inputs: {}, secrets: {} };
  if (!isObject(on) || !("workflow_call" in on)) return undefined;
  const call = isObject(on.workflow_call) ? on.workflow_call : {};
  return { inputs: isObject(call.inputs) ? call.inputs : {}, secrets: isObject(call.secrets) ? call.secrets : {} };
}

/** A literal's type as GitHub checks it against an input's `type`; undefined for expressions. */
function literalType(value: unknown): string | undefined {
  if (typeof value === "string") return value.includes("${{") ? undefined : "string";
  if (typeof value === "number" || typeof value === "boolean") return typeof value;
  return value === null ? undefined : "object";
}

const lookup = (map: Readonly<Record<string, unknown>>, name: string) => Object.keys(map).find((key) => key.toLowerCase() === name.toLowerCase());
const isRequired = (spec: unknown) => isObject(spec) && spec.required === true && spec.default === undefined;

function checkCall({ report }: RuleContext, job: Record<string, unknown>, path: YamlPath, file: string, declared: Declared): void {
  const given = isObject(job.with) ? job.with : {};
  for (const [name, value] of Object.entries(given)) {
    const key = lookup(declared.inputs, name);
    if (key === undefined) {
      const known = Object.keys(declared.inputs);
      report([...path, "with", name], `${file} has no input "${name}"`, known.length ? `its inputs: ${known.join(", ")}` : "it declares no inputs; remove `with`");
      continue;
    }
    const spec = declared.inputs[key];
    // workflow_call inputs are boolean, number or string; another type is the called file's problem.
    const type = isObject(spec) && ["boolean", "number", "string"].includes(spec.type as string) ? (spec.type as string) : undefined;
    const actual = literalType(value);
    // GitHub turns numbers and booleans into text for a string input; the other way round it refuses.
    if (type && actual && type !== actual && !(type === "string" && actual !== "object")) {
      report([...path, "with", name], `input "${name}" of ${file} is a ${type}, but ${JSON.stringify(value)} is a ${actual}`,
        type === "boolean" ? "write true or false without quotes" : type === "number" ? "write the number without quotes" : "pass text");
    }
  }
  for (const [name, spec] of Object.entries(declared.inputs)) {
    if (isRequired(spec) && lookup(given, name) === undefined) {
      report(isObject(job.with) ? [...path, "with"] : path, `${file} requires input "${name}"`, `pass it under \`with\`: \`${name}: ...\``);
    }
  }
  if (job.secrets === "inherit") return;
  const secrets = isObject(job.secrets) ? job.secrets : {};
  for (const name of Object.keys(secrets)) {
    if (lookup(declared.secrets, name) !== undefined) continue;
    const known = Object.keys(declared.secrets);
    report([...path, "secrets", name], `${file} has no secret "${name}"`, known.length ? `its secrets: ${known.join(", ")}` : "it declares no secrets; remove the entry");
  }
  for (const [name, spec] of Object.entries(declared.secrets)) {
    if (isObject(spec) && spec.required === true && lookup(secrets, name) === undefined) {
      report(isObject(job.secrets) ? [...path, "secrets"] : path, `${file} requires secret "${name}"`, `pass it under \`secrets\`: \`${name}: \${{ secrets.${name} }}\`, or \`secrets: inherit\``);
    }
  }
}

/**
 * A job that calls a reusable workflow: only the keys GitHub allows there, a `uses` that names
 * a workflow file, and for a workflow of the same repository, the inputs and secrets its
 * `workflow_call` declares. A called file that cannot be seen is not checked.
 */
export const reusableWorkflow: Rule = {
  id: "reusable-workflow",
  severity: "error",
  severityReason: "GitHub rejects the call before any job runs.",
  description: "jobs that call a reusable workflow with keys, inputs or secrets it does not take",
  examples: {
    bad: "jobs:\n  deploy:\n    uses: ./.github/workflows/deploy.yml\n    runs-on: ubuntu-latest\n    with:\n      enviroment: prod",
    good: "jobs:\n  deploy:\n    uses: ./.github/workflows/deploy.yml\n    with:\n      environment: prod",
  },
  check(context) {
    for (const { job, path } of jobsOf(context.model)) {
      const uses = (job as { uses?: unknown }).uses;
      if (typeof uses !== "string") continue;
      // At each key: where the shape check, reading the job as a caller, calls the key unknown.
      for (const key of Object.keys(job).filter((key) => RUNNER_JOB_KEYS.includes(key))) {
        context.report([...path, key], `\`${key}\` is not allowed on a job that calls a reusable workflow`,
          `remove it: the called workflow's jobs set where and how they run; a calling job takes only ${CALLER_KEYS.join(", ")}`);
      }
      if (uses.includes("${{")) {
        context.report([...path, "uses"], "the `uses` of a job cannot be an expression: GitHub reads it before anything is evaluated",
          "name the workflow file; to choose between workflows, write one job per workflow with an `if`");
        continue;
      }
      if (!LOCAL.test(uses) && !REMOTE.test(uses)) {
        context.report([...path, "uses"], `uses "${uses}" does not name a reusable workflow file`,
          "write ./.github/workflows/<file>.yml for one in this repository, or owner/repo/.github/workflows/<file>.yml@ref");
        continue;
      }
      if (!LOCAL.test(uses)) continue;
      const file = uses.slice(2);
      const called = context.readWorkflow?.(file);
      if (!isObject(called)) continue;
      const declared = declaration(called);
      if (!declared) {
        context.report([...path, "uses"], `${file} cannot be called: it has no \`on: workflow_call\` trigger`, `add \`workflow_call:\` to the \`on\` of ${file}`);
        continue;
      }
      checkCall(context, job as unknown as Record<string, unknown>, path, file, declared);
    }
  },
};
