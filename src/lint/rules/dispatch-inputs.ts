import type { YamlPath } from "../../model/workflow.js";
import type { Rule } from "../rule.js";
import { declaredInputs } from "../triggers.js";
import { isObject } from "../walk.js";

const TYPES: Readonly<Record<string, readonly string[]>> = {
  workflow_dispatch: ["string", "boolean", "number", "choice", "environment"],
  workflow_call: ["string", "boolean", "number"],
};

const kindOf = (value: unknown) => (Array.isArray(value) ? "a list" : value === null ? "null" : typeof value === "object" ? "a mapping" : `a ${typeof value}`);

/** GitHub refuses a workflow_dispatch form with more inputs than this. */
const MAX_DISPATCH_INPUTS = 25;

/** What is wrong with an input's default for its type, or undefined. */
function defaultProblem(type: string, value: unknown): string | undefined {
  if (type === "boolean") return typeof value === "boolean" ? undefined : `is ${kindOf(value)}, not true or false`;
  if (type === "number") {
    const numeric = typeof value === "number" || (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value)));
    return numeric ? undefined : `is ${typeof value === "string" ? `"${value}", not a number` : `${kindOf(value)}, not a number`}`;
  }
  // GitHub's parser reads a string-typed default as text only: `default: 1` is a number.
  return typeof value === "string" ? undefined : `is ${kindOf(value)}; a ${type} input's default must be text`;
}

/**
 * `workflow_dispatch` and `workflow_call` input declarations GitHub rejects or cannot honour:
 * unknown types, `choice` without options or with a default outside them, `options` on other
 * types, and defaults of the wrong type.
 */
export const dispatchInputs: Rule = {
  id: "dispatch-inputs",
  severity: "error",
  severityReason: "GitHub rejects the workflow, or the form cannot be submitted (a default that is not one of the options).",
  description: "workflow_dispatch/workflow_call inputs with a bad type, choice options or default, and more than 25 workflow_dispatch inputs",
  examples: {
    bad: [
      "on:",
      "  workflow_dispatch:",
      "    inputs:",
      "      target:",
      "        type: choice",
      "        options: [staging, production]",
      "        default: prod",
      "      dry-run:",
      "        type: bool",
    ].join("\n"),
    good: [
      "on:",
      "  workflow_dispatch:",
      "    inputs:",
      "      target:",
      "        type: choice",
      "        options: [staging, production]",
      "        default: staging",
      "      dry-run:",
      "        type: boolean",
      "        default: true",
    ].join("\n"),
  },
  check({ model, report }) {
    const dispatched = declaredInputs(model).filter((i) => i.event === "workflow_dispatch");
    if (dispatched.length > MAX_DISPATCH_INPUTS) {
      report(dispatched[0]!.path.slice(0, -1), `workflow_dispatch declares ${dispatched.length} inputs; GitHub accepts at most ${MAX_DISPATCH_INPUTS}`,
        "group related values into one input (a JSON string or a choice), or split the workflow");
    }
    for (const { event, name, input, path } of declaredInputs(model)) {
      if (!isObject(input)) continue;
      const allowed = TYPES[event]!;
      // workflow_dispatch defaults a missing type to string; workflow_call requires one (the shape check says so).
      const type = input.type ?? (event === "workflow_dispatch" ? "string" : undefined);
      if (type === undefined) continue;
      const at = (key: string): YamlPath => [...path, key];
      if (typeof type !== "string" || !allowed.includes(type)) {
        const onlyDispatch = type === "choice" || type === "environment";
        report(at("type"), `input "${name}" has type ${JSON.stringify(type)}; ${event} inputs are ${allowed.join(", ")}`,
          onlyDispatch ? `\`${type}\` exists only for workflow_dispatch: use \`type: string\` and check the value in the workflow` : `use one of: ${allowed.join(", ")}`);
        continue;
      }
      const options = input.options;
      if (type !== "choice" && options !== undefined) {
        report(at("options"), `input "${name}" has \`options\` but type ${type}; options belong to \`type: choice\``, "set `type: choice`, or remove `options`");
      }
      if (type === "choice" && (!Array.isArray(options) || options.length === 0)) {
        report(options === undefined ? path : at("options"), `choice input "${name}" has no options`, "list the choices: `options: [staging, production]`");
      }
      const value = input.default;
      if (value === undefined || (typeof value === "string" && value.includes("${{"))) continue;
      const problem = defaultProblem(type, value);
      if (problem) {
        report(at("default"), `the default of ${type} input "${name}" ${problem}`,
          type === "boolean" ? "write `default: true` or `default: false`, without quotes" : type === "number" ? "write a number, e.g. `default: 3`" : `quote it: \`default: "${String(value)}"\``);
      } else if (type === "choice" && Array.isArray(options) && options.length > 0 && !options.includes(value)) {
        report(at("default"), `the default "${String(value)}" of choice input "${name}" is not one of its options`, `use one of: ${options.map(String).join(", ")}`);
      }
    }
  },
};
