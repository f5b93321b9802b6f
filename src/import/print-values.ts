/**
 * Plain YAML data → TypeScript literals, with each comment printed beside the key or item it
 * was written on. Strings go through strings.ts; callers take over chosen paths (steps, needs,
 * jobs) through a hook.
 */
import { formatPath, type YamlPath } from "../model/workflow.js";
import { atom, call, item, type Code, type Entry, type Item } from "./code.js";
import { printString, type StringSlot } from "./strings.js";
import type { YamlComments } from "./yaml-source.js";

/** What printing needs and collects across one module. */
export class PrintContext {
  /** DSL names the module imports from `pipewright`. */
  readonly names = new Set<string>();
  /** Action bindings the module imports from `pipewright/actions`. */
  readonly actions = new Set<string>();
  /** Interpolations kept as their text. */
  raw = 0;
  private readonly used = new Set<string>();

  constructor(
    readonly comments: YamlComments,
    readonly numberText: ReadonlyMap<string, string>,
  ) {}

  /** `// ...` lines for the comments above `path`, each once. */
  leading(path: YamlPath): string[] {
    return this.take("b", this.comments.before, path);
  }

  /** The comments after the last entry of the block at `path`. */
  ending(path: YamlPath): string[] {
    return this.take("e", this.comments.end, path);
  }

  /** `// ...` for the comment after the value at `path` (and how a number was written). */
  trailing(path: YamlPath): string | undefined {
    const key = formatPath(path);
    const parts: string[] = [];
    const written = this.numberText.get(key);
    if (written !== undefined) parts.push(`written ${written} in the YAML`);
    if (!this.used.has(`t:${key}`)) {
      const text = this.comments.trailing.get(key);
      this.used.add(`t:${key}`);
      if (text !== undefined) parts.push(text);
    }
    return parts.length ? `// ${parts.join("; ")}` : undefined;
  }

  /** Comments no printed place took (under a merge key, for instance), as lines. */
  leftovers(): string[] {
    const out: string[] = [];
    for (const [kind, map] of [["b", this.comments.before], ["e", this.comments.end]] as const) {
      for (const [key, lines] of map) if (!this.used.has(`${kind}:${key}`)) out.push(...lines);
    }
    for (const [key, text] of this.comments.trailing) if (!this.used.has(`t:${key}`)) out.push(text);
    return out;
  }

  private take(kind: string, map: ReadonlyMap<string, readonly string[]>, path: YamlPath): string[] {
    const key = formatPath(path);
    if (this.used.has(`${kind}:${key}`)) return [];
    this.used.add(`${kind}:${key}`);
    return (map.get(key) ?? []).map(comment);
  }
}

/** A `//` comment line for YAML comment text. */
export function comment(text: string): string {
  return text.trim() === "" ? "//" : `// ${text.replace(/^ /, "").trimEnd()}`;
}

/**
 * Prints `value` itself where the hook returns undefined. An array element may come back as an
 * item: code with comment lines of its own to go above it.
 */
export type Hook = (value: unknown, path: YamlPath) => Code | Item | undefined;

/** Prints any YAML value at `path`. */
export function printValue(value: unknown, path: YamlPath, ctx: PrintContext, hook?: Hook): Code {
  const printed = printAt(value, path, ctx, hook);
  return "kind" in printed ? printed : printed.value;
}

function printAt(value: unknown, path: YamlPath, ctx: PrintContext, hook?: Hook): Code | Item {
  const custom = hook?.(value, path);
  if (custom !== undefined) return custom;
  if (Array.isArray(value)) {
    const items = value.map((element, i): Item => {
      const at = [...path, i];
      const leading = ctx.leading(at);
      const printed = printAt(element, at, ctx, hook);
      return "kind" in printed ? item(printed, leading, ctx.trailing(at)) : item(printed.value, [...leading, ...printed.leading], ctx.trailing(at));
    });
    return { kind: "array", items, end: ctx.ending(path) };
  }
  if (typeof value === "object" && value !== null) return printObject(Object.entries(value), path, ctx, hook);
  if (typeof value === "string") return printStringAt(value, path, ctx, slotOf(path));
  // `if: false`: GitHub reads the scalar as an expression; the DSL types a condition as one.
  if ((typeof value === "number" || typeof value === "boolean") && slotOf(path) === "condition") {
    ctx.names.add("literal");
    return call("literal", atom(String(value), typeof value === "number" ? "number" : "literal"));
  }
  if (typeof value === "number") return atom(Object.is(value, -0) ? "-0" : String(value), "number");
  return atom(String(value), "literal");
}

/** Prints entries as an object literal, comments included. */
export function printObject(entries: readonly (readonly [string, unknown])[], path: YamlPath, ctx: PrintContext, hook?: Hook): Code {
  const printed = entries.map(([key, value]): Entry => {
    const at = [...path, key];
    const leading = ctx.leading(at);
    return { key, value: printValue(value, at, ctx, hook), leading, trailing: ctx.trailing(at) };
  });
  return { kind: "object", entries: printed, end: ctx.ending(path), broken: true };
}

/** Prints a string for its slot, recording the names it uses. */
export function printStringAt(value: string, path: YamlPath, ctx: PrintContext, slot: StringSlot): Code {
  const printed = printString(value, slot);
  for (const name of printed.names) ctx.names.add(name);
  ctx.raw += printed.raw;
  return printed.code;
}

/** `if:` of a job or a step is an expression even without `${{ }}`. */
function slotOf(path: YamlPath): StringSlot {
  const n = path.length;
  const isIf = path[n - 1] === "if" && path[0] === "jobs" && (n === 3 || (n === 5 && path[2] === "steps"));
  return isIf ? "condition" : "value";
}
