import { data, Evaluator, Lexer, Parser } from "@actions/expressions";
import type { Rule } from "../rule.js";
import { expressionSites, isCondition, ungrouped, type ExpressionNode } from "../expression-sites.js";
import { usesOf } from "../walk.js";
import { parseActionRef } from "../bundled-actions.js";

type Value = string | number | boolean | null;

/** Functions whose result depends on their arguments alone, so constant arguments fold. */
const PURE = new Set(["format", "startswith", "endswith", "contains", "join", "tojson"]);

const toText = (v: Value): string => (v === null ? "" : String(v));

/** Whether a node reads no context and calls only pure functions: its value is known now. */
function isConstant(node: ExpressionNode): boolean {
  switch (node.kind) {
    case "literal": return true;
    case "group": case "not": return isConstant(node.operand);
    case "logical": return node.args.every(isConstant);
    case "compare": return isConstant(node.left) && isConstant(node.right);
    case "call": return PURE.has(node.name.toLowerCase()) && node.args.every(isConstant);
    default: return false;
  }
}

/** The value of a constant node, as GitHub's own evaluator gives it; undefined where it fails. */
function constant(node: ExpressionNode): { value: Value } | undefined {
  if (!isConstant(node)) return undefined;
  try {
    const ast = new Parser(new Lexer(print(node)).lex().tokens, [], []).parse();
    const result = new Evaluator(ast, new data.Dictionary()).evaluate();
    if (result.kind === data.Kind.Null) return { value: null };
    const value = (result as { value?: unknown }).value;
    return typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? { value } : undefined;
  } catch {
    return undefined;
  }
}

const show = (v: Value): string => (typeof v === "string" ? `'${v.replaceAll("'", "''")}'` : String(v));

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
  actionSteps: true,
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
      const top = ungrouped(site.tree);
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
