import { wellKnownFunctions } from "@actions/expressions";
import type { YamlPath } from "../../model/workflow.js";
import type { Rule } from "../rule.js";
import { availabilityAt, describePlace } from "../context-availability.js";
import { expressionSites } from "../expression-sites.js";
import { closest } from "../spelling.js";
import { nodesOf, type ExpressionNode } from "../expression-tree.js";

interface Signature {
  readonly name: string;
  readonly minArgs: number;
  readonly maxArgs: number;
  readonly description?: string;
}

const MAX = Number.MAX_SAFE_INTEGER;
/** The spelling of GitHub's docs, where the library's differs. */
const DOCUMENTED: Record<string, string> = { fromjson: "fromJSON", tojson: "toJSON" };
/** Functions usable anywhere, from GitHub's expression library (`contains`, `format`, `case`, ...). */
const GENERAL = new Map<string, Signature>(Object.entries(wellKnownFunctions).map(([key, f]) => [key, { ...f, name: DOCUMENTED[key] ?? f.name }]));
/**
 * Functions the workflow schema offers only at some keys; the schema gives their arguments
 * there, these apply where the place is unknown.
 */
const SPECIAL = new Map<string, Signature>([
  ["always", { name: "always", minArgs: 0, maxArgs: 0 }],
  ["cancelled", { name: "cancelled", minArgs: 0, maxArgs: 0 }],
  ["success", { name: "success", minArgs: 0, maxArgs: MAX }],
  ["failure", { name: "failure", minArgs: 0, maxArgs: MAX }],
  ["hashfiles", { name: "hashFiles", minArgs: 1, maxArgs: 255 }],
]);
const ALL_NAMES = [...GENERAL.values(), ...SPECIAL.values()].map((f) => f.name);

function takes({ minArgs, maxArgs }: Signature): string {
  const plural = (n: number) => (n === 0 ? "no arguments" : `${n} argument${n === 1 ? "" : "s"}`);
  if (minArgs === maxArgs) return plural(minArgs);
  if (maxArgs >= MAX) return `at least ${plural(minArgs)}`;
  return `${minArgs} to ${plural(maxArgs)}`;
}

/**
 * Reads a format() string as GitHub's evaluator does: the placeholders it uses, or what makes
 * it fail (an unescaped brace).
 */
export function formatPlaceholders(text: string): { used: Set<number>; broken?: string } {
  const used = new Set<number>();
  let index = 0;
  while (index < text.length) {
    const left = text.indexOf("{", index);
    const right = text.indexOf("}", index);
    if (left >= 0 && (right < 0 || right > left)) {
      if (text[left + 1] === "{") {
        index = left + 2;
        continue;
      }
      const digits = /^\d+/.exec(text.slice(left + 1, right < 0 ? undefined : right))?.[0];
      if (right > left + 1 && digits) {
        used.add(Number(digits));
        index = right + 1;
        continue;
      }
      return { used, broken: `its \`{\` at character ${left + 1} opens no placeholder` };
    }
    if (right < 0) break;
    if (text[right + 1] !== "}") return { used, broken: `its \`}\` at character ${right + 1} closes no placeholder` };
    index = right + 2;
  }
  return { used };
}

/** Unknown functions, wrong argument counts, special functions where GitHub does not offer them, and format() strings that do not match their arguments. */
export const expressionFunction: Rule = {
  id: "expression-function",
  severity: "error",
  actionSteps: true,
  severityReason: "GitHub rejects unknown functions, wrong argument counts and functions used where they are not available.",
  description: "unknown functions, wrong argument counts, status functions and hashFiles() where they are not available, and format() placeholders that do not match the arguments",
  examples: {
    bad: [
      "steps:",
      "  - if: startsWith(github.ref)",
      "    run: echo \"$TAG\"",
      "    env:",
      "      TAG: ${{ format('{0}-{1}', github.ref_name) }}",
    ].join("\n"),
    good: [
      "steps:",
      "  - if: startsWith(github.ref, 'refs/tags/')",
      "    run: echo \"$TAG\"",
      "    env:",
      "      TAG: ${{ format('{0}-{1}', github.ref_name, github.run_number) }}",
    ].join("\n"),
  },
  check({ model, report }) {
    for (const site of expressionSites(model)) {
      if (!site.tree) continue;
      for (const node of nodesOf(site.tree)) {
        if (node.kind !== "call") continue;
        const found = callProblem(node, site.path) ?? (node.name.toLowerCase() === "format" ? formatProblem(node) : undefined);
        if (found) report(site.path, `${found[0]} (in \`${site.source}\`)`, found[1]);
      }
    }
  },
};

type Finding = readonly [message: string, hint: string];

/** An unknown function, one GitHub does not offer at this place, or a wrong argument count. */
function callProblem(call: Extract<ExpressionNode, { kind: "call" }>, path: YamlPath): Finding | undefined {
  const key = call.name.toLowerCase();
  const general = GENERAL.get(key);
  const special = SPECIAL.get(key);
  if (!general && !special) {
    const near = closest(call.name, [...ALL_NAMES], call.name.length <= 4 ? 1 : 2);
    return [`\`${call.name}()\` is not a function`, near ? `did you mean \`${near}()\`?` : `functions are ${ALL_NAMES.join(", ")}`];
  }
  const place = describePlace(path);
  const available = general ? undefined : availabilityAt(path);
  const signature = general ?? (available ? available.functions.get(key) : special);
  if (!signature) {
    return [`\`${special!.name}()\` is not available in \`${place}\``, key === "hashfiles"
      ? "hashFiles() reads the runner's workspace: use it in a step (`with`, `env`, `run`, `if`)"
      : "status functions belong in a job's or a step's `if`"];
  }
  const count = call.args.length;
  if (count < signature.minArgs || count > signature.maxArgs) {
    const usage = general?.description?.split("\n")[0]?.replaceAll("`", "");
    return [`\`${signature.name}()\` takes ${takes(signature)}${general ? "" : ` in \`${place}\``}, not ${count}`,
      usage ? `usage: ${usage}` : key === "hashfiles" ? "give it one or more path patterns: hashFiles('**/package-lock.json')" : `write \`${signature.name}()\``];
  }
  if (key === "case" && count % 2 === 0) {
    return [`\`case()\` takes condition/value pairs and a default, an odd number of arguments, not ${count}`,
      "usage: case(condition1, value1, condition2, value2, ..., default)"];
  }
  return undefined;
}

/** A format() string that fails when it runs, or values it never uses. */
function formatProblem(call: Extract<ExpressionNode, { kind: "call" }>): Finding | undefined {
  const [first, ...values] = call.args;
  if (first?.kind !== "literal" || typeof first.value !== "string") return undefined;
  const text = first.value;
  const { used, broken } = formatPlaceholders(text);
  if (broken) {
    return [`format string '${text}' is invalid: ${broken}, so the expression fails when it runs`,
      "write `{{` and `}}` for literal braces; placeholders are `{0}`, `{1}`, ..."];
  }
  const missing = [...used].filter((n) => n >= values.length).sort((a, b) => a - b);
  if (missing.length) {
    return [`format string '${text}' uses ${missing.map((n) => `{${n}}`).join(", ")} but gets ${values.length === 1 ? "1 value" : `${values.length} values`}, so the expression fails when it runs`,
      "pass a value for each placeholder; {0} is the first value after the string"];
  }
  const unused = values.map((_, n) => n).filter((n) => !used.has(n));
  if (unused.length === 0) return undefined;
  const names = unused.map((n) => `{${n}}`).join(", ");
  return [`format string '${text}' never uses ${names}, so ${unused.length === 1 ? "that value is" : "those values are"} dropped`,
    `add ${names} to the string or remove the unused value${unused.length === 1 ? "" : "s"}`];
}
