import type { YamlPath } from "../../model/workflow.js";
import type { Rule } from "../rule.js";
import { expressionSites } from "../expression-sites.js";
import { readOf, type ExpressionNode } from "../expression-tree.js";

type Shape = "object" | "array";

const CONTEXTS = new Set(["github", "env", "vars", "secrets", "inputs", "matrix", "steps", "needs", "runner", "job", "jobs", "strategy"]);
/**
 * Reads that are certainly objects or arrays. Webhook payload members are listed only where
 * every event that has them sends an object; anything else is left alone.
 */
const OBJECTS: Record<string, Shape> = {
  "github.event": "object",
  "github.event.inputs": "object",
  "github.event.client_payload": "object",
  "github.event.commits": "array",
  "github.event.head_commit": "object",
  "github.event.pull_request": "object",
  "github.event.pull_request.head": "object",
  "github.event.pull_request.base": "object",
  "github.event.pull_request.labels": "array",
  "github.event.repository": "object",
  "github.event.sender": "object",
  "github.event.issue": "object",
  "github.event.release": "object",
  "github.event.workflow_run": "object",
  "job.container": "object",
  "job.services": "object",
  "job.services.*": "object",
  "job.services.*.ports": "object",
  "steps.*": "object",
  "steps.*.outputs": "object",
  "needs.*": "object",
  "needs.*.outputs": "object",
  "jobs.*": "object",
  "jobs.*.outputs": "object",
};

/** What an expression certainly evaluates to, when that is an object or an array. */
function shapeOf(node: ExpressionNode): Shape | undefined {
  if (node.kind === "group") return shapeOf(node.operand);
  if (node.kind === "logical") {
    const shapes = new Set(node.args.map(shapeOf));
    return shapes.size === 1 ? [...shapes][0] : undefined;
  }
  if (node.kind === "call") {
    const [arg] = node.args;
    if (node.name.toLowerCase() !== "fromjson" || arg?.kind !== "literal" || typeof arg.value !== "string") return undefined;
    try {
      const value: unknown = JSON.parse(arg.value);
      return Array.isArray(value) ? "array" : typeof value === "object" && value !== null ? "object" : undefined;
    } catch {
      return undefined;
    }
  }
  const read = readOf(node);
  if (!read || !CONTEXTS.has(read.context.toLowerCase())) return undefined;
  // A filter (`needs.*.result`) always gives an array.
  if (read.keys.includes("*")) return "array";
  if (read.keys.length === 0) return "object";
  if (read.keys.includes(undefined)) return undefined;
  const name = read.context.toLowerCase();
  const keys = read.keys.map((k) => k!.toLowerCase());
  // Ids the user chose (steps.<id>, needs.<job>, job.services.<id>) match `*`.
  const generic = [name, ...keys.map((k, i) => ((i === 0 && ["steps", "needs", "jobs"].includes(name)) || (i === 1 && name === "job" && keys[0] === "services") ? "*" : k))];
  return OBJECTS[generic.join(".")];
}

/** Keys whose value GitHub uses as text, so that a whole-value object becomes `Object` too. */
const TEXT_KEYS = new Set(["run", "name", "run-name", "working-directory", "shell", "group", "url", "value"]);
const TEXT_MAPS = new Set(["env", "with", "outputs", "secrets"]);
const isText = (path: YamlPath) =>
  TEXT_KEYS.has(String(path[path.length - 1])) || (path.length > 1 && TEXT_MAPS.has(String(path[path.length - 2])));

/** Objects and arrays written into text: GitHub prints them as `Object` and `Array`. */
export const expressionObjectInterpolation: Rule = {
  id: "expression-object-interpolation",
  severity: "warning",
  severityReason: "The text becomes `Object` or `Array`, almost certainly not what was meant, but GitHub runs the workflow.",
  description: "an object or array (`${{ github.event }}`, `${{ needs.*.result }}`) written into text, where GitHub prints `Object` or `Array`",
  examples: {
    bad: [
      "steps:",
      "  - run: echo \"$PAYLOAD\" > payload.json",
      "    env:",
      "      PAYLOAD: ${{ github.event }}",
    ].join("\n"),
    good: [
      "steps:",
      "  - run: echo \"$PAYLOAD\" > payload.json",
      "    env:",
      "      PAYLOAD: ${{ toJSON(github.event) }}",
    ].join("\n"),
  },
  check({ model, report }) {
    for (const site of expressionSites(model)) {
      if (!site.tree || !site.wrapped || !(site.embedded || isText(site.path))) continue;
      const shape = shapeOf(site.tree);
      if (!shape) continue;
      report(site.path, `\`\${{ ${site.source} }}\` is ${shape === "object" ? "an object" : "an array"}: written into text it becomes the word \`${shape === "object" ? "Object" : "Array"}\``,
        shape === "object"
          ? `write \`\${{ toJSON(${site.source}) }}\` for its JSON, or read the property you need`
          : `write \`\${{ join(${site.source}, ' ') }}\` for its items, or \`\${{ toJSON(${site.source}) }}\` for its JSON`);
    }
  },
};
