import { Lexer, Parser } from "@actions/expressions";
import { INTERPOLATION } from "../../model/expression.js";
import type { Rule } from "../rule.js";
import { stringsOf } from "../walk.js";

const CONTEXTS = ["github", "env", "vars", "secrets", "inputs", "matrix", "steps", "needs", "runner", "job", "jobs", "strategy"];
const STATUS = [
  { name: "always", minArgs: 0, maxArgs: 0 },
  { name: "success", minArgs: 0, maxArgs: 0 },
  { name: "failure", minArgs: 0, maxArgs: 0 },
  { name: "cancelled", minArgs: 0, maxArgs: 0 },
  { name: "hashFiles", minArgs: 1, maxArgs: 255 },
];

/** Parses one expression with GitHub's expression parser; returns the error message, if any. */
export function expressionProblem(source: string): string | undefined {
  try {
    const lexed = new Lexer(source).lex();
    new Parser(lexed.tokens, CONTEXTS, STATUS).parse();
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** Keys whose whole value is an expression even without `${{ }}`. */
const isCondition = (path: readonly (string | number)[]) => path[path.length - 1] === "if";

/** Every `${{ }}` (and every `if:`) must parse as a GitHub expression. */
export const expressionSyntax: Rule = {
  id: "expression-syntax",
  severity: "error",
  description: "expressions that GitHub's expression parser rejects",
  check({ model, report }) {
    for (const [text, path] of stringsOf(model.workflow)) {
      const sources = [...text.matchAll(INTERPOLATION)].map((m) => m[1]!.trim());
      const open = text.split("${{").length - 1;
      if (open > sources.length) {
        report(path, `"${text}" opens \`\${{\` without closing \`}}\``, "close the expression with `}}`");
      }
      if (isCondition(path) && sources.length === 0 && text.trim() !== "") sources.push(text);
      for (const source of sources) {
        const problem = expressionProblem(source);
        if (problem) report(path, `expression \`${source}\` does not parse: ${problem}`, "fix the expression; build it with pipewright's functions (eq, and, contains, ...) to avoid syntax slips");
      }
    }
  },
};
