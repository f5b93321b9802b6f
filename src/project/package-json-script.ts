/**
 * Adds a script to a package.json without disturbing anything else in it: the edit is made in
 * the text (by jsonc-parser, the parser editors use for the same job), so key order, the
 * indentation, line endings, compact arrays and the final newline all stay as they were.
 */
import { findNodeAtLocation, parse, parseTree, type ParseError } from "jsonc-parser";
import { PipewrightError } from "./errors.js";

export type ScriptEdit =
  /** The text with the script added. */
  | { readonly kind: "added"; readonly text: string }
  /** The script is already there with this command. */
  | { readonly kind: "present" }
  /** A script of that name runs something else; it is left alone. */
  | { readonly kind: "different"; readonly existing: string };

/** Adds `"name": "command"` to `scripts` in package.json `text` (named `file` in errors). */
export function addScript(text: string, name: string, command: string, file = "package.json"): ScriptEdit {
  const errors: ParseError[] = [];
  const manifest: unknown = parse(text, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length > 0 || typeof manifest !== "object" || manifest === null || Array.isArray(manifest)) {
    const at = errors[0] ? lineColumn(text, errors[0].offset) : "";
    throw new PipewrightError("usage", `${file}${at}: not a JSON object${at ? " (a syntax error here)" : ""}; fix it, then run pipewright init again`);
  }
  const scripts = (manifest as { scripts?: unknown }).scripts;
  if (scripts !== undefined && (typeof scripts !== "object" || scripts === null || Array.isArray(scripts))) {
    throw new PipewrightError("usage", `${file}: "scripts" must be an object of script names and commands`);
  }
  const existing = (scripts as Record<string, unknown> | undefined)?.[name];
  if (existing === command) return { kind: "present" };
  if (existing !== undefined) return { kind: "different", existing: String(existing) };
  return { kind: "added", text: insertScript(text, name, command) };
}

function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split("\n");
  return `:${before.length}:${before.at(-1)!.length + 1}`;
}

/**
 * Inserts the property as text after the last script (or the last top-level key when there is
 * no `scripts`), indented like its neighbours. jsonc-parser's own `modify` would re-format the
 * neighbouring value, turning a compact `"files": ["dist"]` into several lines.
 */
function insertScript(text: string, name: string, command: string): string {
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const unit = /^([ \t]+)"/m.exec(text)?.[1] ?? "  ";
  const root = parseTree(text)!;
  const entry = `${JSON.stringify(name)}: ${JSON.stringify(command)}`;
  const scripts = findNodeAtLocation(root, ["scripts"]);
  const container = scripts ?? root;
  const members = container.children ?? [];
  const last = members.at(-1);
  const indentOf = (offset: number) => /^[ \t]*/.exec(text.slice(text.lastIndexOf("\n", offset) + 1))![0];
  // The indentation of the container's own line, and one step more for its members.
  const outer = scripts ? indentOf(scripts.parent!.offset) : "";
  const inner = last ? indentOf(last.offset) : outer + unit;
  const value = scripts ? entry : `"scripts": {${eol}${inner}${unit}${entry}${eol}${inner}}`;
  if (last) {
    const end = last.offset + last.length;
    return `${text.slice(0, end)},${eol}${inner}${value}${text.slice(end)}`;
  }
  // An empty object: put the member on its own line between the braces.
  const open = container.offset + 1;
  const close = container.offset + container.length - 1;
  return `${text.slice(0, open)}${eol}${inner}${value}${eol}${outer}${text.slice(close)}`;
}
