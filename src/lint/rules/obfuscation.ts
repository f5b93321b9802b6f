import type { Rule } from "../rule.js";
import { expressionSites, isCondition, type ExpressionNode } from "../expression-sites.js";
import { usesOf } from "../walk.js";
import { parseActionRef } from "../bundled-actions.js";

type Value = string | number | boolean | null;

/** Functions whose result depends on their arguments alone, so constant arguments fold. */
const PURE = new Set(["format", "startswith", "endswith", "contains", "join", "tojson"]);

const truthy = (v: Value): boolean => v !== false && v !== 0 && v !== "" && v !== null && !Number.isNaN(v);

const toNumber = (v: Value): number =>
  v === null ? 0 : typeof v === "boolean" ? Number(v) : typeof v === "number" ? v : v.trim() === "" ? 0 : Number(v.trim());

const toText = (v: Value): string => (v === null ? "" : String(v));

/** GitHub's comparison: text case-insensitively, other kinds as numbers. */
function compare(operator: string, a: Value, b: Value): boolean {
  let x: string | number;
  let y: string | number;
  if (typeof a === "string" && typeof b === "string") [x, y] = [a.toLowerCase(), b.toLowerCase()];
  else [x, y] = [toNumber(a), toNumber(b)];
  switch (operator) {
    case "==": return x === y;
    case "!=": return x !== y;
    case "<": return x < y;
    case "<=": return x <= y;
    case ">": return x > y;
    default: return x >= y;
  }
}

/** The value of a node that reads no context and calls only pure functions; undefined otherwise. */
function constant(node: ExpressionNode): { value: Value } | undefined {
  switch (node.kind) {
    case "literal": return { value: node.value };
    case "group": return constant(node.operand);
    case "not": {
      const operand = constant(node.operand);
      return operand && { value: !truthy(operand.value) };
    }
    case "logical": {
      const args = node.args.map(constant);
      if (args.some((a) => a === undefined)) return undefined;
      const values = args.map((a) => a!.value);
      const pick = node.operator === "&&" ? values.find((v) => !truthy(v)) : values.find(truthy);
      return { value: pick !== undefined ? pick : values[values.length - 1]! };
    }
    case "compare": {
      const [left, right] = [constant(node.left), constant(node.right)];
      return left && right && { value: compare(node.operator, left.value, right.value) };
    }
    case "call": {
      const name = node.name.toLowerCase();
      if (!PURE.has(name)) return undefined;
      const args = node.args.map(constant);
      if (args.some((a) => a === undefined)) return undefined;
      const values = args.map((a) => a!.value);
      const text = values.map(toText);
      switch (name) {
        case "format": {
          const value = text[0]?.replace(/\{\{|\}\}|\{(\d+)\}/g, (token, index?: string) => (index === undefined ? token[0]! : text[Number(index) + 1] ?? token));
          return value === undefined ? undefined : { value };
        }
        case "startswith": return { value: text[0]!.toLowerCase().startsWith(text[1]!.toLowerCase()) };
        case "endswith": return { value: text[0]!.toLowerCase().endsWith(text[1]!.toLowerCase()) };
        case "contains": return { value: text[0]!.toLowerCase().includes(text[1]!.toLowerCase()) };
        case "join": return { value: text[0]! };
        default: return { value: JSON.stringify(values[0]) };
      }
    }
    default: return undefined;
  }
}

const show = (v: Value): string => (typeof v === "string" ? `'${v}'` : String(v));

/** The largest parts of a tree that fold to a constant (not bare literals), outermost first. */
function* foldable(node: ExpressionNode): Generator<{ node: ExpressionNode; value: Value }> {
  const folded = node.kind === "literal" ? undefined : constant(node);
  if (folded) {
    yield { node, value: folded.value };
    return;
  }
  switch (node.kind) {
    case "call": case "logical": for (const arg of node.args) yield* foldable(arg); break;
    case "not": case "group": yield* foldable(node.operand); break;
    case "compare": yield* foldable(node.left); yield* foldable(node.right); break;
    case "index": yield* foldable(node.object); yield* foldable(node.key); break;
    default: break;
  }
}

/** Prints a node back as expression text. */
function print(node: ExpressionNode): string {
  switch (node.kind) {
    case "literal": return node.value === null ? "null" : show(node.value);
    case "context": return node.name;
    case "star": return "*";
    case "index": return node.key.kind === "literal" && typeof node.key.value === "string" && /^[A-Za-z_][\w-]*$/.test(node.key.value)
      ? `${print(node.object)}.${node.key.value}` : `${print(node.object)}[${print(node.key)}]`;
    case "call": return `${node.name}(${node.args.map(print).join(", ")})`;
    case "not": return `!${print(node.operand)}`;
    case "group": return `(${print(node.operand)})`;
    case "compare": return `${print(node.left)} ${node.operator} ${print(node.right)}`;
    case "logical": return node.args.map(print).join(` ${node.operator} `);
  }
}

/** The part of an action reference that is no plain path: an empty component, `.` or `..`. */
function oddComponent(uses: string): string | undefined {
  if (uses.startsWith("./") || uses.startsWith("docker://")) return undefined;
  const at = uses.indexOf("@");
  const parts = (at < 0 ? uses : uses.slice(0, at)).split("/");
  // owner/repo missing is action-ref's error; the path after them is what can be dressed up.
  if (parts.length < 3 || parts[0] === "" || parts[1] === "") return undefined;
  const rest = parts.slice(2);
  if (rest.includes("..")) return "`..`";
  if (rest.includes(".")) return "`.`";
  return rest.includes("") ? "an empty component (`//` or a trailing `/`)" : undefined;
}

/**
 * What is written so that a reader sees something else than what runs: an action path with
 * `.`, `..` or empty components (`actions/cache/save/../restore@v4` runs restore), an expression
 * that always has the same value (`${{ format('{0}', 'curl') }}` is `curl`, hidden from a
 * reviewer and from text searches). Warning: nothing breaks, but it is how malicious changes
 * hide, and an honest workflow has no reason to write it. For YAML: in a workflows.ts the
 * TypeScript is what is reviewed.
 */
export const obfuscation: Rule = {
  id: "obfuscation",
  severity: "warning",
  input: "yaml",
  severityReason: "The workflow runs as written; the finding is that what runs is disguised, which a reviewer should see through.",
  description: "action paths with `.`, `..` or empty components, and expressions that always have the same value, which hide what actually runs",
  examples: {
    bad: "steps:\n  - uses: actions/cache/save/../restore@v4\n  - run: ${{ format('{0} {1}', 'make', 'deploy') }}",
    good: "steps:\n  - uses: actions/cache/restore@v4\n  - run: make deploy",
  },
  check({ model, report }) {
    for (const { uses, path } of usesOf(model)) {
      const odd = typeof uses === "string" ? oddComponent(uses) : undefined;
      // parseActionRef resolves the path; a reference it cannot read (no @ref) is action-ref's error.
      const ref = odd ? parseActionRef(uses as string) : undefined;
      if (!ref) continue;
      const plain = ref.path ? `${ref.repo}/${ref.path}` : ref.repo;
      report(path, `"${uses as string}" has ${odd} in its path: it names ${plain} in a way a reader does not see at a glance`,
        `write the path plainly: ${plain}@${ref.ref}`);
    }
    for (const site of expressionSites(model)) {
      if (!site.tree) continue;
      let top = site.tree;
      while (top.kind === "group") top = top.operand;
      if (top.kind === "literal") {
        // A bare condition literal is if-constant's; `${{ '${{' }}` is how a literal `${{` is written.
        if (isCondition(site.path) || (typeof top.value === "string" && /\$\{\{|\}\}/.test(top.value))) continue;
        report(site.path, `\`\${{ ${site.source} }}\` is the constant ${show(top.value)}, written as an expression`, `write ${toText(top.value) === "" ? "nothing" : `\`${toText(top.value)}\``} in its place`);
        continue;
      }
      for (const { node, value } of foldable(site.tree)) {
        const whole = node === site.tree;
        report(site.path, `\`${whole ? site.source : print(node)}\`${whole ? "" : ` in \`\${{ ${site.source} }}\``} is always ${show(value)}: written as an expression, the value is hidden from a reader`,
          `write ${toText(value) === "" ? "''" : show(value)} in its place`);
      }
    }
  },
};
