/**
 * A YAML string → TypeScript source that makes the same string: a plain literal, a template
 * literal whose `${{ }}` parts are typed values (`` `ci-${github.ref}` ``), or one typed
 * value where the whole string is an expression.
 */
import { INTERPOLATION } from "../model/expression.js";
import { call, str, type Code } from "./code.js";
import { typedExpression } from "./expressions.js";

/** Where a string sits decides what it may become. */
export type StringSlot =
  /** Any GitHub value: a whole `${{ x }}` becomes the expression value itself. */
  | "value"
  /** A builder argument that must stay a string (`run(script)`, `uses(action)`). */
  | "text"
  /** An `if:` condition, an expression even without `${{ }}`. */
  | "condition";

export interface PrintedString {
  readonly code: Code;
  /** DSL names the code uses (`eq`, `github`, `expr`). */
  readonly names: readonly string[];
  /** Interpolations kept as written because no typed form reads the same. */
  readonly raw: number;
}

const WHOLE = /^\$\{\{([\s\S]*?)\}\}$/;

/** Prints `text` for its slot. */
export function printString(text: string, slot: StringSlot): PrintedString {
  if (!text.includes("${{")) {
    if (slot === "condition" && text.trim() !== "") {
      const typed = typedExpression(text);
      if (typed) return { code: typed.code, names: [...typed.names], raw: 0 };
    }
    return { code: plain(text), names: [], raw: 0 };
  }
  const whole = WHOLE.exec(text);
  if (whole && !whole[1]!.includes("}}") && slot !== "text") {
    const typed = typedExpression(whole[1]!);
    if (typed) return { code: typed.code, names: [...typed.names], raw: 0 };
    // No typed form: the expression's own text, still a value every slot accepts.
    return { code: call("expr", str(whole[1]!.trim())), names: ["expr"], raw: 1 };
  }
  const quasis: string[] = [];
  const parts: Code[] = [];
  let quasi = "";
  let last = 0;
  let raw = 0;
  const names: string[] = [];
  for (const match of text.matchAll(INTERPOLATION)) {
    quasi += escape(text.slice(last, match.index));
    const typed = typedExpression(match[1]!);
    if (typed) {
      quasis.push(quasi);
      parts.push(typed.code);
      quasi = "";
      names.push(...typed.names);
    } else {
      quasi += `\\\${{${escape(match[1]!)}}}`;
      raw++;
    }
    last = match.index + match[0].length;
  }
  quasis.push(quasi + escape(text.slice(last)));
  return { code: { kind: "template", quasis, parts }, names, raw };
}

/** A string literal; multi-line text reads best as a template literal. */
export function plain(text: string): Code {
  return text.includes("\n") ? { kind: "template", quasis: [escape(text)], parts: [] } : str(text);
}

/** Escapes text for inside a template literal. */
function escape(text: string): string {
  return text.replaceAll("\\", "\\\\").replaceAll("`", "\\`").replaceAll("${", "\\${").replaceAll("\r", "\\r");
}
