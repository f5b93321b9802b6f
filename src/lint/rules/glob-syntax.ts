import type { Rule } from "../rule.js";
import { eventsOf } from "../triggers.js";

const CHEAT_SHEET = "https://docs.github.com/actions/writing-workflows/workflow-syntax-for-github-actions#filter-pattern-cheat-sheet";

/** Characters `\` may escape in a filter pattern; before anything else it is a plain character. */
const ESCAPABLE = "[?*+\\!";

/**
 * What is wrong with a filter pattern, or undefined. The syntax is GitHub's cheat sheet: `*`,
 * `**`, `?` and `+` (zero-or-one and one-or-more of the character before), `[...]` classes,
 * a leading `!`, `\` escapes. Branch and tag patterns also obey Git's ref-name rules.
 */
export function globProblem(pattern: string, kind: "ref" | "path"): string | undefined {
  if (/^\s|\s$/.test(pattern)) return `${/^\s/.test(pattern) ? "starts" : "ends"} with a space, which GitHub keeps as part of the pattern`;
  if (/[\r\n]/.test(pattern)) return "contains a line break";
  let i = 0;
  if (pattern.startsWith("!")) {
    if (pattern.length === 1) return `is a lone "!": a negation needs a pattern after it ("!docs/**")`;
    i = 1;
  }
  if (kind === "ref" && pattern[i] === "/") return `starts with "/", which a Git ref name cannot`;
  // Whether the character before can take a `?` or `+`: a literal or a class can, `*` cannot.
  let quantifiable = false;
  for (; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === "\\") {
      const next = pattern[i + 1];
      if (next !== undefined && ESCAPABLE.includes(next)) {
        // Only + and ! are both special in a pattern and allowed in a ref name.
        if (kind === "ref" && next !== "+" && next !== "!") return `escapes "${next}", which a Git ref name cannot contain, so it never matches`;
        i++;
      } else if (kind === "ref") {
        return `has "\\" before ${next === undefined ? "nothing" : `"${next}"`}: filter patterns are not regular expressions, and in a branch or tag pattern "\\" only escapes ${[...ESCAPABLE].join(" ")}`;
      }
      quantifiable = true;
    } else if (c === "?" || c === "+") {
      if (!quantifiable) {
        const after = i === 0 || (i === 1 && pattern[0] === "!") ? "at the start" : `after "${pattern[i - 1]}"`;
        return `has "${c}" ${after}; "${c}" repeats the character before it, so it needs a plain character or [...] there (write "\\${c}" for a literal ${c})`;
      }
      quantifiable = false;
    } else if (c === "*") {
      quantifiable = false;
    } else if (c === "[") {
      const close = pattern.indexOf("]", i + 1);
      if (close < 0) return `opens "[" at column ${i + 1} without a closing "]"`;
      const body = pattern.slice(i + 1, close);
      if (body === "") return `has an empty character class "[]"`;
      for (let j = 0; j < body.length; j++) {
        if (body[j + 1] !== "-") continue;
        const end = body[j + 2];
        if (end === undefined) return `has a range "[${body}]" with no end`;
        if (body[j]! > end) return `has a range "${body[j]}-${end}" that runs backwards`;
        j += 2;
      }
      i = close;
      quantifiable = true;
    } else {
      if (kind === "ref" && " \t~^:".includes(c)) return `contains "${c === "\t" ? "\\t" : c}", which a Git ref name cannot`;
      quantifiable = true;
    }
  }
  if (kind === "ref" && /[/.]$/.test(pattern)) return `ends with "${pattern.slice(-1)}", which a Git ref name cannot`;
  return undefined;
}

const FILTERS = { branches: "ref", "branches-ignore": "ref", tags: "ref", "tags-ignore": "ref", paths: "path", "paths-ignore": "path" } as const;

/** Branch, tag and path filter patterns must be valid filter patterns. */
export const globSyntax: Rule = {
  id: "glob-syntax",
  severity: "error",
  severityReason: "GitHub rejects the pattern, or the pattern can never match a ref.",
  description: "branch, tag and path filter patterns that are not valid glob patterns",
  examples: {
    bad: [
      "on:",
      "  push:",
      "    branches: [\"release/[0-9.*\"]",
      "    paths: [\"src/** \", \"!\"]",
    ].join("\n"),
    good: [
      "on:",
      "  push:",
      "    branches: [\"release/[0-9]*\"]",
      "    paths: [\"src/**\", \"!src/**/*.md\"]",
    ].join("\n"),
  },
  check({ model, report }) {
    for (const { config, path } of eventsOf(model)) {
      if (!config) continue;
      for (const [filter, kind] of Object.entries(FILTERS)) {
        const value = config[filter];
        const patterns: [unknown, (string | number)[]][] = Array.isArray(value)
          ? value.map((p, i) => [p, [...path, filter, i]])
          : [[value, [...path, filter]]];
        for (const [pattern, at] of patterns) {
          // An empty pattern is the shape check's; anything but text is too.
          if (typeof pattern !== "string" || pattern === "") continue;
          const problem = globProblem(pattern, kind);
          const what = kind === "path" ? "path" : filter.startsWith("tags") ? "tag" : "branch";
          if (problem) report(at, `${what} pattern "${pattern}" ${problem}`, `fix the pattern; the syntax is at ${CHEAT_SHEET}`);
        }
      }
    }
  },
};
