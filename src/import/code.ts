/**
 * The TypeScript the import prints, as a small tree: the few kinds of expression a workflow
 * module is made of (names, strings, template literals, calls, objects, arrays) with the
 * comments that sit on them, and the module's statements. Two printers read it: `moduleText`
 * writes plain source for prettier to format with a user's configuration, and `printModuleCode`
 * (emit/typescript-layout.ts) lays it out exactly as prettier's defaults would, without parsing.
 */

/** An expression. Comments are `// …` lines, complete. */
export type Code =
  /** Printed as written: an identifier, a number, `true`, `null`. */
  | { readonly kind: "atom"; readonly text: string; readonly of: "identifier" | "number" | "literal" }
  /** A context read: `github.event.pull_request.title`, `steps["id"].outputs.x`. */
  | { readonly kind: "member"; readonly object: string; readonly keys: readonly { readonly key: string; readonly computed: boolean }[] }
  | { readonly kind: "string"; readonly value: string }
  /** `quasis` are the literal parts as written between the backticks (escapes included). */
  | { readonly kind: "template"; readonly quasis: readonly string[]; readonly parts: readonly Code[] }
  | { readonly kind: "call"; readonly callee: string; readonly args: readonly Item[] }
  /** `broken`: written with a line break after `{`, which prettier keeps. */
  | { readonly kind: "object"; readonly entries: readonly Entry[]; readonly end: readonly string[]; readonly broken: boolean }
  | { readonly kind: "array"; readonly items: readonly Item[]; readonly end: readonly string[] };

/** An array element or call argument, with the comments above it and after it on its line. */
export interface Item {
  readonly value: Code;
  readonly leading: readonly string[];
  readonly trailing?: string | undefined;
}

export interface Entry extends Item {
  readonly key: string;
}

export type Statement =
  | { readonly kind: "import"; readonly names: readonly string[]; readonly from: string }
  | { readonly kind: "const"; readonly exported: boolean; readonly name: string; readonly value: Code }
  | { readonly kind: "export-default"; readonly value: Code };

/** A module, line by line: comment lines, blank lines and statements (with a comment after them). */
export type ModuleLine =
  | { readonly kind: "comment"; readonly text: string }
  | { readonly kind: "blank" }
  | { readonly kind: "statement"; readonly statement: Statement; readonly trailing?: string | undefined };

export const atom = (text: string, of: "identifier" | "number" | "literal"): Code => ({ kind: "atom", text, of });
export const str = (value: string): Code => ({ kind: "string", value });
export const item = (value: Code, leading: readonly string[] = [], trailing?: string): Item => ({ value, leading, trailing });
export const call = (callee: string, ...args: readonly (Code | Item)[]): Code => ({
  kind: "call", callee, args: args.map((a) => ("value" in a && "leading" in a ? a : item(a as Code))),
});
export const identifier = (name: string): Code => atom(name, "identifier");

/** A string literal in prettier's quotes: double, unless the text holds more double quotes than single. */
export function quoted(value: string): string {
  const json = JSON.stringify(value);
  let doubles = 0;
  let singles = 0;
  for (const ch of value) {
    if (ch === '"') doubles++;
    else if (ch === "'") singles++;
  }
  if (doubles <= singles) return json;
  return `'${json.slice(1, -1).replace(/\\(.)|'/gs, (match, escaped: string | undefined) => (escaped === '"' ? '"' : escaped !== undefined ? match : "\\'"))}'`;
}

const SIMPLE_NUMBER = /^(?:\d+|\d+\.\d+)$/;
// ES5 identifier names, which prettier writes unquoted.
const UNQUOTED = /^[\p{ID_Start}$_][\p{ID_Continue}$\u200C\u200D]*$/u;

/**
 * A property key as prettier writes it: unquoted where it can be, else in prettier's quotes;
 * `__proto__` computed, so it stays an own key (prettier would unquote it into a prototype setter).
 */
export function propertyKey(key: string): string {
  if (key === "__proto__") return `[${quoted(key)}]`;
  if (SIMPLE_NUMBER.test(key) && String(Number(key)) === key) return key;
  if (UNQUOTED.test(key)) return key;
  return quoted(key);
}

/** Plain source of a module: every object and array broken over lines, for a formatter to lay out. */
export function moduleText(lines: readonly ModuleLine[]): string {
  const out = lines.map((line) => {
    if (line.kind === "comment") return line.text;
    if (line.kind === "blank") return "";
    return `${statementText(line.statement)}${line.trailing ? ` ${line.trailing}` : ""}`;
  });
  return `${out.join("\n")}\n`;
}

function statementText(statement: Statement): string {
  switch (statement.kind) {
    case "import": return `import { ${statement.names.join(", ")} } from ${JSON.stringify(statement.from)};`;
    case "const": return `${statement.exported ? "export " : ""}const ${statement.name} = ${codeText(statement.value)};`;
    case "export-default": return `export default ${codeText(statement.value)};`;
  }
}

/** Plain source of an expression. */
export function codeText(code: Code): string {
  switch (code.kind) {
    case "atom": return code.text;
    case "member": return code.object + code.keys.map((k) => (k.computed ? `[${quoted(k.key)}]` : `.${k.key}`)).join("");
    case "string": return JSON.stringify(code.value);
    case "template": return `\`${code.quasis.map((q, i) => (i < code.parts.length ? `${q}\${${codeText(code.parts[i]!)}}` : q)).join("")}\``;
    case "call": {
      const args = code.args.map((a, i) => {
        const comma = i < code.args.length - 1 ? "," : "";
        return `${a.leading.map((c) => `${c}\n`).join("")}${codeText(a.value)}${comma}${a.trailing ? ` ${a.trailing}\n` : comma ? " " : ""}`;
      });
      return `${code.callee}(${args.join("")})`;
    }
    case "object": {
      const commented = code.end.length > 0 || code.entries.some((e) => e.leading.length > 0 || e.trailing);
      if (!code.broken && !commented) return code.entries.length ? `{ ${code.entries.map((e) => `${propertyKey(e.key)}: ${codeText(e.value)}`).join(", ")} }` : "{}";
      const entries = code.entries.map((e) => `${e.leading.map((c) => `${c}\n`).join("")}${propertyKey(e.key)}: ${codeText(e.value)},${e.trailing ? ` ${e.trailing}` : ""}\n`);
      return `{\n${entries.join("")}${code.end.map((c) => `${c}\n`).join("")}}`;
    }
    case "array": {
      const items = code.items.map((a) => `${a.leading.map((c) => `${c}\n`).join("")}${codeText(a.value)},${a.trailing ? ` ${a.trailing}` : ""}\n`);
      return `[\n${items.join("")}${code.end.map((c) => `${c}\n`).join("")}]`;
    }
  }
}
