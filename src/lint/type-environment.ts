/**
 * The type of each context at a place in a workflow, from what the workflow declares: `steps`
 * from the steps before (their outputs from a bundled action's metadata), `needs` from the jobs
 * listed and their `outputs`, `matrix` from the rows, `inputs` from the triggers, `jobs` from
 * the jobs; GitHub's own contexts from src/model/contexts.ts. A closed object carries the
 * words for a key it lacks, so the one checker reports each context as its rule always did.
 */
import { BUILT_IN_CONTEXTS } from "../model/contexts.js";
import type { Job, WorkflowModel, YamlPath } from "../model/workflow.js";
import { bundledAt } from "./bundled-actions.js";
import { ANY, BOOLEAN, fromContextType, mapOf, nearHint, NUMBER, objectType, STRING, typeOfValue, union, type ExprType, type Missing } from "./expression-types.js";
import { parseLoosely, type ExpressionNode } from "./expression-tree.js";
import { closest } from "./spelling.js";
import { declaredInputs, eventsOf } from "./triggers.js";
import { isObject, jobsOf, needsOf, stepsOf, type JobEntry } from "./walk.js";

const sameKey = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const closedContext = (names: readonly string[]): Missing => (key, of) => ({ rule: "expression-context", message: `\`${of}\` has no property \`${key}\``, hint: nearHint(key, of, names) });

const BUILT_IN = new Map(Object.entries(BUILT_IN_CONTEXTS).map(([name, type]) => [name, fromContextType(type, closedContext)]));
const STRINGS = mapOf(STRING);

/** The contexts' types at places of one workflow. */
export interface TypeEnvironment {
  /** The type of context `name` (lower case) at `path`; `any` where nothing is known. */
  contextAt(name: string, path: YamlPath): ExprType;
}

const cache = new WeakMap<WorkflowModel, TypeEnvironment>();

/** `readWorkflow` reads a local reusable workflow (its `outputs` type `needs.<caller>.outputs`). */
export function typeEnvironment(model: WorkflowModel, readWorkflow?: (path: string) => unknown, expressionType?: ExpressionType): TypeEnvironment {
  let found = cache.get(model);
  if (!found) {
    found = build(model, readWorkflow, expressionType ?? (() => ANY));
    cache.set(model, found);
  }
  return found;
}

/** The type of an expression at a place (the checker's), for values written as `${{ }}` (matrix rows). */
export type ExpressionType = (tree: ExpressionNode, path: YamlPath) => ExprType;

function build(model: WorkflowModel, readWorkflow: ((path: string) => unknown) | undefined, expressionType: ExpressionType): TypeEnvironment {
  const jobs = jobsOf(model);
  const byId = new Map(jobs.map((job) => [job.id, job]));
  let homes: Map<string, StepHome[]> | undefined;
  const inputs = inputsType(model);
  const jobsContext = jobsType(jobs, readWorkflow);
  const secrets = secretsType(model);
  const perJob = new Map<string, { matrix?: ExprType; needs?: ExprType; steps: Map<number, ExprType> }>();
  const jobState = (id: string) => {
    let state = perJob.get(id);
    if (!state) perJob.set(id, (state = { steps: new Map() }));
    return state;
  };
  return {
    contextAt(name, path) {
      const builtIn = BUILT_IN.get(name);
      if (builtIn) return builtIn;
      switch (name) {
        case "env": case "vars": return STRINGS;
        case "secrets": return secrets;
        case "inputs": return path[0] === "on" && path[2] === "inputs" && typeof path[3] === "string" && path[4] === "default" ? defaultInputsType(model, path) : inputs;
        case "jobs": return jobsContext;
      }
      if (path[0] !== "jobs" || typeof path[1] !== "string") return ANY;
      const entry = byId.get(path[1]);
      if (!entry) return ANY;
      const state = jobState(entry.id);
      if (name === "matrix") return (state.matrix ??= matrixType(entry, expressionType));
      if (name === "needs") return (state.needs ??= needsType(entry, jobs, readWorkflow));
      if (name !== "steps") return ANY;
      const before = path[2] === "steps" && typeof path[3] === "number" ? path[3] : path[2] === "outputs" ? Infinity : undefined;
      if (before === undefined) return ANY;
      let steps = state.steps.get(before);
      if (!steps) state.steps.set(before, (steps = stepsType(model, entry, (homes ??= stepHomes(jobs)), before)));
      return steps;
    },
  };
}

interface StepHome {
  readonly id: string;
  readonly index: number;
  readonly step: Record<string, unknown>;
  readonly path: YamlPath;
}

/** The steps with an id, by job id; found once per workflow. */
function stepHomes(jobs: readonly JobEntry[]): Map<string, StepHome[]> {
  return new Map(jobs.map((job) => [job.id, stepsOf(job).flatMap(({ step, index, path }) => {
    const id = (step as { id?: unknown }).id;
    return typeof id === "string" ? [{ id, index, step: step as unknown as Record<string, unknown>, path }] : [];
  })]));
}

function stepsType(model: WorkflowModel, entry: JobEntry, homesByJob: ReadonlyMap<string, readonly StepHome[]>, before: number): ExprType {
  const own = homesByJob.get(entry.id) ?? [];
  const earlier = own.filter((h) => h.index < before);
  const listEarlier = earlier.length ? `steps it can read: ${earlier.map((h) => h.id).join(", ")}` : "no step it can read has an id";
  const stepType = (home: StepHome): ExprType => {
    const propertyMissing: Missing = (key, of) => ({
      rule: "step-reference",
      message: `\`${of}.${key}\` does not exist: a step has outputs, outcome and conclusion`,
      hint: `write \`${of}.outputs.${key}\` for an output, or \`${of}.outcome\``,
    });
    return objectType([["outputs", outputsType(model, home)], ["outcome", STRING], ["conclusion", STRING]], { missing: propertyMissing });
  };
  const missing: Missing = (name) => {
    const home = own.find((h) => sameKey(h.id, name));
    if (home && home.index === before && home.path.length > 4) {
      return { rule: "step-reference", message: `\`steps.${name}\` is read in steps[${before}], the parallel group step "${home.id}" runs in: its outputs are set only when the whole group has finished`, hint: "read it in a step after the group" };
    }
    if (home && home.index === before) {
      return { rule: "step-reference", message: `steps[${before}] reads its own \`steps.${name}\`, which is set only when it has finished`, hint: "use the value inside the step itself (a shell variable), or read it in a later step" };
    }
    if (home) {
      return { rule: "step-reference", message: `\`steps.${name}\` is read in steps[${before}], before step "${home.id}" runs (steps[${home.index}])`, hint: `move step "${home.id}" above the step that reads it` };
    }
    const elsewhere = [...homesByJob].filter(([jobId]) => jobId !== entry.id).flatMap(([jobId, homes]) => homes.map((h) => ({ jobId, ...h }))).find((h) => sameKey(h.id, name));
    if (elsewhere) {
      return {
        rule: "step-reference",
        message: `\`steps.${name}\` is a step of job "${elsewhere.jobId}", not of "${entry.id}"; a job sees only its own steps`,
        hint: `expose the value as an output of job "${elsewhere.jobId}" and read \`needs.${elsewhere.jobId}.outputs.<name>\` (with "${elsewhere.jobId}" in \`needs\`)`,
      };
    }
    return { rule: "step-reference", message: `\`steps.${name}\` names no step of job "${entry.id}"`, hint: `give the step \`id: ${name}\`, or fix the name (${listEarlier})` };
  };
  return objectType(earlier.map((h) => [h.id, stepType(h)] as const), { missing });
}

/**
 * Actions whose outputs are named by their inputs or their script (a paths-filter's filter
 * names, `<key>_any_changed`, github-script's `core.setOutput`): their metadata lists only some.
 */
const DYNAMIC_OUTPUTS = new Set(["actions/github-script", "dorny/paths-filter", "tj-actions/changed-files"]);

/** A known action's outputs are its metadata's; a script's or another action's are any names. */
function outputsType(model: WorkflowModel, home: { step: Record<string, unknown>; path: YamlPath }): ExprType {
  const uses = home.step.uses;
  const action = typeof uses === "string" ? bundledAt(model, [...home.path, "uses"], uses) : undefined;
  if (!action || DYNAMIC_OUTPUTS.has(action.uses.toLowerCase())) return STRINGS;
  const missing: Missing = (key, of) => ({
    rule: "step-reference",
    message: `\`${of}.${key}\` is not an output of ${action.uses} ${action.version.replace(/\..*/, "")}`,
    hint: action.outputs.length ? `its outputs are: ${action.outputs.join(", ")}` : `${action.uses} has no outputs`,
  });
  return objectType(action.outputs.map((name) => [name, STRING] as const), { missing });
}

function needsType(reader: JobEntry, jobs: readonly JobEntry[], readWorkflow: ((path: string) => unknown) | undefined): ExprType {
  const listed = needsOf(reader.job);
  const missing: Missing = (name) => {
    const target = jobs.find((j) => sameKey(j.id, name));
    const direct = listed.length ? `it needs: ${listed.join(", ")}` : "it has no `needs`";
    return {
      rule: "needs-reference",
      message: `job "${reader.id}" reads \`needs.${name}\` but does not list "${name}" in \`needs\` (${direct})`,
      hint: target ? `add "${target.id}" to the job's \`needs\`; GitHub fills \`needs\` with direct dependencies only`
        : `no job "${name}" exists; fix the name, or add the job and list it in \`needs\``,
    };
  };
  return objectType(listed.map((need) => {
    const target = jobs.find((j) => sameKey(j.id, need));
    // needs-unknown reports a job that does not exist.
    if (!target) return [need, ANY] as const;
    const propertyMissing: Missing = (key, of) => ({
      rule: "needs-reference",
      message: `\`${of}.${key}\` does not exist: a needed job has outputs and result`,
      hint: `write \`${of}.outputs.${key}\` for an output, or \`${of}.result\``,
    });
    return [need, objectType([["outputs", jobOutputsType(target, readWorkflow, (output, declared) => ({
      rule: "needs-reference",
      message: `job "${target.id}" has no output "${output}" (\`needs.${need}.outputs.${output}\`)`,
      hint: declared.length ? `its outputs are: ${declared.join(", ")}` : `declare it in job "${target.id}": \`outputs: { ${output}: \${{ steps.<id>.outputs.${output} }} }\``,
    }))], ["result", STRING]], { missing: propertyMissing })] as const;
  }), { missing });
}

/**
 * A job's declared outputs. A job calling a reusable workflow has the called workflow's
 * `on.workflow_call.outputs`, known where the file is local and can be read; any names otherwise.
 */
function jobOutputsType(target: JobEntry, readWorkflow: ((path: string) => unknown) | undefined, missing: (output: string, declared: readonly string[]) => ReturnType<Missing>): ExprType {
  let outputs: unknown = (target.job as { outputs?: unknown }).outputs;
  if ("uses" in target.job) {
    const uses = (target.job as { uses?: unknown }).uses;
    const local = typeof uses === "string" && /^\.\/\.github\/workflows\/[^/@]+\.ya?ml$/.test(uses) ? readWorkflow?.(uses.slice(2)) : undefined;
    const call = isObject(local) && isObject(local.on) && "workflow_call" in local.on ? local.on.workflow_call : undefined;
    if (!isObject(local) || !(isObject(call) || call === null)) return STRINGS;
    outputs = isObject(call) ? call.outputs : undefined;
  }
  const declared = isObject(outputs) ? Object.keys(outputs) : [];
  return objectType(declared.map((name) => [name, STRING] as const), { missing: (key) => missing(key, declared) });
}

/** `jobs.<id>.outputs` and `.result`, read by a reusable workflow's `on.workflow_call.outputs`. */
function jobsType(jobs: readonly JobEntry[], readWorkflow: ((path: string) => unknown) | undefined): ExprType {
  const names = jobs.map((j) => j.id);
  return objectType(jobs.map((entry) => {
    const outputs = jobOutputsType(entry, readWorkflow, (output, declared) => ({
      rule: "expression-context",
      message: `job "${entry.id}" has no output "${output}" (\`jobs.${entry.id}.outputs.${output}\`)`,
      hint: declared.length ? `its outputs are: ${declared.join(", ")}` : `declare it in job "${entry.id}"'s \`outputs\``,
    }));
    return [entry.id, objectType([["outputs", outputs], ["result", STRING]], { missing: closedContext(["outputs", "result"]) })] as const;
  }), { missing: (key) => ({ rule: "expression-context", message: `\`jobs.${key}\` names no job of this workflow`, hint: nearHint(key, "jobs", names) }) });
}

const INPUT_EVENTS = ["workflow_dispatch", "workflow_call"];

function inputsType(model: WorkflowModel): ExprType {
  const takesInputs = eventsOf(model).some((e) => INPUT_EVENTS.includes(e.name));
  const declared = declaredInputs(model);
  const names = [...new Set(declared.map((i) => i.name))];
  const byName = new Map<string, ExprType>();
  for (const { name, input } of declared) {
    const type = isObject(input) ? input.type : undefined;
    const typed = type === "boolean" ? BOOLEAN : type === "number" ? NUMBER : STRING;
    byName.set(name, byName.has(name) ? union(byName.get(name), typed) : typed);
  }
  const missing: Missing = (name) => takesInputs
    ? { rule: "inputs-reference", message: `\`inputs.${name}\` is not a declared input`, hint: names.length ? `declared inputs: ${names.join(", ")}` : "declare it under `inputs` of workflow_dispatch or workflow_call" }
    : {
        rule: "inputs-reference",
        message: `\`inputs.${name}\` is read, but the workflow has no workflow_dispatch or workflow_call trigger to declare inputs`,
        hint: "declare it under `on.workflow_dispatch.inputs` or `on.workflow_call.inputs`, or read the value from elsewhere (vars, env)",
      };
  return objectType(byName, { missing });
}

/**
 * In a `workflow_call` input's `default`, `inputs` holds the inputs declared above it: GitHub
 * fills them in order, so an input cannot read itself or one declared below it.
 */
function defaultInputsType(model: WorkflowModel, path: YamlPath): ExprType {
  const own = String(path[3]);
  const declared = declaredInputs(model).filter((i) => i.event === String(path[1]));
  const index = declared.findIndex((i) => i.name === own);
  const before = declared.slice(0, Math.max(0, index));
  const typeOf = (input: unknown) => (isObject(input) && input.type === "boolean" ? BOOLEAN : isObject(input) && input.type === "number" ? NUMBER : STRING);
  return objectType(before.map((i) => [i.name, typeOf(i.input)] as const), {
    missing: (name) => {
      const later = declared.findIndex((i) => sameKey(i.name, name));
      const message = sameKey(name, own) ? `the default of input "${own}" reads \`inputs.${name}\`, itself`
        : later > index ? `the default of input "${own}" reads \`inputs.${name}\`, declared below it: inputs are filled in order`
        : `the default of input "${own}" reads \`inputs.${name}\`, which is not a declared input`;
      return { rule: "inputs-reference", message, hint: before.length ? `inputs it can read: ${before.map((i) => i.name).join(", ")}` : "it can read no input: it is the first; use a literal default" };
    },
  });
}

/**
 * `secrets` of a workflow that only `workflow_call` runs and that declares its secrets: those,
 * and the token GitHub always provides. Anything else (other triggers, no declaration) is any name.
 */
function secretsType(model: WorkflowModel): ExprType {
  const events = eventsOf(model);
  const call = events.find((e) => e.name === "workflow_call");
  if (!call || events.length !== 1 || !isObject(call.config) || !isObject(call.config.secrets)) return STRINGS;
  const declared = Object.keys(call.config.secrets);
  const names = [...declared, "GITHUB_TOKEN", "ACTIONS_RUNNER_DEBUG", "ACTIONS_STEP_DEBUG"];
  return objectType(names.map((name) => [name, STRING] as const), {
    // A GITHUB_ name cannot be a secret at all: secret-name reports it.
    missing: (name) => /^github_/i.test(name) ? undefined : {
      rule: "secrets-reference",
      message: `\`secrets.${name}\` is not a secret this reusable workflow declares under \`on.workflow_call.secrets\``,
      hint: `declare it under \`on.workflow_call.secrets\` (callers then pass it by name)${(() => {
        const near = closest(name, declared);
        return near ? `; did you mean \`secrets.${near}\`?` : declared.length ? `; it declares: ${declared.join(", ")}` : "";
      })()}`,
    },
  });
}

/** The matrix of a job: its axes' value types and the keys its `include` rows add. */
function matrixType(entry: JobEntry, expressionType: ExpressionType): ExprType {
  const job: Job = entry.job;
  const strategy = (job as { strategy?: unknown }).strategy;
  const matrix = isObject(strategy) ? strategy.matrix : strategy === undefined ? undefined : null;
  const none: Missing = (name) => ({ rule: "matrix-reference", message: `job "${entry.id}" reads \`matrix.${name}\` but has no matrix`, hint: "define it under `strategy.matrix`, or read the value from elsewhere (env, inputs, vars)" });
  if (matrix === undefined) return objectType([], { missing: none });
  if (!isObject(matrix)) return ANY;
  const keys = new Map<string, ExprType>();
  const add = (key: string, type: ExprType) => {
    const known = [...keys.keys()].find((k) => sameKey(k, key));
    keys.set(known ?? key, known ? union(keys.get(known), type) : type);
  };
  const nested: Missing = (key, of) => ({ rule: "matrix-reference", message: `\`${of}\` has no property \`${key}\` in any row of job "${entry.id}"'s matrix`, hint: `write a key its rows have, or add \`${key}\` to them` });
  // A row written as one expression (`- ${{ github.run_number }}`) has that expression's type.
  const valueType = (value: unknown, path: YamlPath): ExprType => {
    const whole = typeof value === "string" ? /^\$\{\{([\s\S]*)\}\}$/.exec(value.trim()) : null;
    const tree = whole && !whole[1]!.includes("}}") ? parseLoosely(whole[1]!).tree : undefined;
    return tree ? expressionType(tree, path) : typeOfValue(value, nested);
  };
  for (const [key, values] of Object.entries(matrix)) {
    if (key === "include" || key === "exclude") continue;
    if (!Array.isArray(values)) return ANY;
    add(key, values.map((v, i) => valueType(v, [...entry.path, "strategy", "matrix", key, i])).reduce(union, undefined as ExprType | undefined) ?? ANY);
  }
  const include = matrix.include;
  if (include !== undefined) {
    if (!Array.isArray(include)) return ANY;
    for (const row of include) {
      if (!isObject(row)) return ANY;
      for (const [key, value] of Object.entries(row)) add(key, typeOfValue(value, nested));
    }
  }
  const names = [...keys.keys()];
  if (names.length === 0) return objectType([], { missing: none });
  return objectType(keys, {
    missing: (name) => ({ rule: "matrix-reference", message: `\`matrix.${name}\` is not a key of job "${entry.id}"'s matrix`, hint: `its keys are: ${names.join(", ")}` }),
  });
}
