import type { WorkflowModel, YamlPath } from "../../model/workflow.js";
import { declaredInputs } from "../triggers.js";
import { isObject, isStepPath } from "../walk.js";
import type { ExprType } from "../expression-types.js";
import { describeType } from "../expression-types.js";
import { expressionSites } from "../expression-sites.js";
import type { Rule } from "../rule.js";
import { siteType, typeFindings } from "../type-check.js";

/** Keys whose whole value is an expression GitHub reads as a number or a boolean. */
function expectedAt(path: YamlPath): "number" | "boolean" | "runner" | undefined {
  const last = path[path.length - 1];
  const inJob = path[0] === "jobs" && (path.length === 3 || isStepPath(path.slice(0, -1)));
  if (inJob && last === "timeout-minutes") return "number";
  if (inJob && last === "continue-on-error") return "boolean";
  if (path[0] === "jobs" && path.length === 4 && path[2] === "strategy" && last === "max-parallel") return "number";
  if (path[0] === "jobs" && path.length === 3 && last === "runs-on") return "runner";
  return undefined;
}

/** What is wrong with a value of `type` (from `literal`, when it is one) at a key expecting `expected`. */
function mismatch(expected: "number" | "boolean" | "runner", type: ExprType, literal: unknown): string | undefined {
  // A `{ group, labels }` mapping is written in YAML; an expression gives a label or a list.
  if (expected === "runner") return type.kind === "object" || type.kind === "null" || type.kind === "number" || type.kind === "boolean" ? describeType(type) : undefined;
  if (type.kind === "object" || type.kind === "array" || type.kind === "null") return describeType(type);
  if (expected === "number" && typeof literal === "string" && !Number.isFinite(Number(literal.trim() || "x"))) return `the text '${literal}'`;
  if (expected === "number" && type.kind === "boolean") return describeType(type);
  if (expected === "boolean" && typeof literal === "string") return `the text '${literal}'`;
  if (expected === "boolean" && type.kind === "number") return describeType(type);
  return undefined;
}

/** The type a `workflow_call` input's expression default must have: its own `type`. */
function defaultOf(model: WorkflowModel, path: YamlPath): "number" | "boolean" | undefined {
  if (path.length !== 5 || path[0] !== "on" || path[1] !== "workflow_call" || path[2] !== "inputs" || path[4] !== "default") return undefined;
  const input = declaredInputs(model).find((i) => i.event === "workflow_call" && i.name === path[3])?.input;
  const type = isObject(input) ? input.type : undefined;
  return type === "boolean" || type === "number" ? type : undefined;
}

const WANTED = { number: "a number", boolean: "a boolean (`true` or `false`)", runner: "a runner label or a list of labels" } as const;

/**
 * What the expression type checker finds certainly wrong beyond names: a property read of a
 * string or number, an object or array compared with a scalar, `fromJSON()` of text that is
 * not JSON, and a value of the wrong type for a key that needs a number, a boolean or a runner.
 */
export const expressionType: Rule = {
  id: "expression-type",
  severity: "error",
  severityReason: "Each case reads as empty, is never equal, or fails the run: reading a property of a string gives null, comparing an object with a string is never true, fromJSON() of bad JSON stops the job, and a key given the wrong type is rejected when the job starts.",
  description: "expressions whose types cannot work: a property of a string, an object compared with a string, `fromJSON()` of text that is not JSON, a wrong type for `runs-on`, `timeout-minutes`, `continue-on-error` or `max-parallel`",
  examples: {
    bad: [
      "jobs:",
      "  build:",
      "    runs-on: ubuntu-latest",
      "    timeout-minutes: ${{ 'thirty' }}",
      "    if: github.event.pull_request.labels == 'deploy'",
      "    steps:",
      "      - run: echo \"${{ github.ref.name }}\"",
    ].join("\n"),
    good: [
      "jobs:",
      "  build:",
      "    runs-on: ubuntu-latest",
      "    timeout-minutes: 30",
      "    if: contains(github.event.pull_request.labels.*.name, 'deploy')",
      "    steps:",
      "      - run: echo \"${{ github.ref_name }}\"",
    ].join("\n"),
  },
  check({ model, report, readWorkflow }) {
    for (const finding of typeFindings(model, this.id, readWorkflow)) report(finding.path, finding.message, finding.hint);
    for (const site of expressionSites(model)) {
      if (!site.tree || !site.wrapped || site.embedded) continue;
      const inputType = defaultOf(model, site.path);
      const expected = inputType ?? expectedAt(site.path);
      if (!expected) continue;
      const literal = site.tree.kind === "literal" ? site.tree.value : undefined;
      const type = siteType(model, site, readWorkflow);
      // An input's default is assigned as it is: text for a boolean or number input is not converted.
      const wrong = inputType && type.kind === "string" ? describeType(type) : mismatch(expected, type, literal);
      if (!wrong) continue;
      const key = String(site.path[site.path.length - 1]);
      report(site.path, `\`${key}\` needs ${WANTED[expected]}, but \`\${{ ${site.source} }}\` is ${wrong}`,
        expected === "runner" ? "give a label such as `ubuntu-latest`, or an expression that evaluates to one" : `write ${WANTED[expected]} or an expression that evaluates to one`);
    }
  },
};
