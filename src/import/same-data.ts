/**
 * Whether a regenerated workflow parses to the same data as its original. Exact, except where
 * GitHub itself reads two spellings alike and the typed form prints one of them:
 * - inside `${{ }}`, spacing and parentheses (the expression trees must be equal);
 * - an `if:` written bare or wrapped in `${{ }}`;
 * - an event with no filters written `push:` (null) or `push: {}`;
 * - `if: false` or `run: true`, which GitHub reads as the text `false` / `true`.
 */
import { parseLoosely } from "../lint/expression-tree.js";
import { INTERPOLATION } from "../model/expression.js";
import { formatPath, type YamlPath } from "../model/workflow.js";
import { sameTree } from "./expressions.js";

export interface DataDifference {
  /** Where the first difference is, as `jobs.build.steps[1].run`. */
  readonly path: string;
  readonly original: unknown;
  readonly regenerated: unknown;
}

/** The first difference between two parsed workflows, or undefined when they mean the same. */
export function firstDifference(original: unknown, regenerated: unknown, path: YamlPath = []): DataDifference | undefined {
  const differ = (): DataDifference => ({ path: formatPath(path), original, regenerated });
  if (isEvent(path) && isEmpty(original) && isEmpty(regenerated)) return undefined;
  if (Array.isArray(original) || Array.isArray(regenerated)) {
    if (!Array.isArray(original) || !Array.isArray(regenerated) || original.length !== regenerated.length) return differ();
    for (let i = 0; i < original.length; i++) {
      const found = firstDifference(original[i], regenerated[i], [...path, i]);
      if (found) return found;
    }
    return undefined;
  }
  if (isMapping(original) || isMapping(regenerated)) {
    if (!isMapping(original) || !isMapping(regenerated)) return differ();
    const keys = new Set([...Object.keys(original), ...Object.keys(regenerated)]);
    for (const key of keys) {
      if (!Object.hasOwn(original, key) || !Object.hasOwn(regenerated, key)) return { path: formatPath([...path, key]), original: original[key], regenerated: regenerated[key] };
      const found = firstDifference(original[key], regenerated[key], [...path, key]);
      if (found) return found;
    }
    return undefined;
  }
  if (isCondition(path) || isScript(path)) {
    const text = (v: unknown) => (typeof v === "number" || typeof v === "boolean" ? String(v) : v);
    const [a, b] = [text(original), text(regenerated)];
    if (typeof a === "string" && typeof b === "string") return sameString(a, b, isCondition(path)) ? undefined : differ();
  }
  if (typeof original === "string" && typeof regenerated === "string") {
    return sameString(original, regenerated, isCondition(path)) ? undefined : differ();
  }
  return Object.is(original, regenerated) || original === regenerated ? undefined : differ();
}

const WHOLE = /^\$\{\{([\s\S]*?)\}\}$/;

function sameString(a: string, b: string, condition: boolean): boolean {
  if (a === b) return true;
  if (condition) {
    const bare = (s: string) => {
      const whole = WHOLE.exec(s.trim());
      return whole && !whole[1]!.includes("}}") ? whole[1]! : s.includes("${{") ? undefined : s;
    };
    const [x, y] = [bare(a), bare(b)];
    if (x !== undefined && y !== undefined) return sameExpression(x, y);
  }
  const [x, y] = [pieces(a), pieces(b)];
  if (x.length !== y.length) return false;
  return x.every((piece, i) => (i % 2 === 0 ? piece === y[i] : sameExpression(piece, y[i]!)));
}

/** Literal text and expression sources, alternating (literal first). */
function pieces(text: string): string[] {
  const out: string[] = [];
  let last = 0;
  for (const match of text.matchAll(INTERPOLATION)) {
    out.push(text.slice(last, match.index), match[1]!);
    last = match.index + match[0].length;
  }
  out.push(text.slice(last));
  return out;
}

function sameExpression(a: string, b: string): boolean {
  if (a.trim() === b.trim()) return true;
  const [x, y] = [parseLoosely(a).tree, parseLoosely(b).tree];
  return x !== undefined && y !== undefined && sameTree(x, y);
}

const isMapping = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isEmpty = (v: unknown) => v === null || (isMapping(v) && Object.keys(v).length === 0);
const isEvent = (path: YamlPath) => path.length === 2 && path[0] === "on";
const isScript = (path: YamlPath) => path.length === 5 && path[0] === "jobs" && path[2] === "steps" && path[4] === "run";
const isCondition = (path: YamlPath) => {
  const n = path.length;
  return path[n - 1] === "if" && path[0] === "jobs" && (n === 3 || (n === 5 && path[2] === "steps"));
};
