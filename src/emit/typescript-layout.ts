/**
 * The import's TypeScript laid out as prettier lays it out with its default options, straight
 * from the code tree: the same layout documents prettier's JavaScript printer builds for these
 * constructs (object and array groups, call arguments that hug their last object, assignments
 * that break after the operator or not, comments as leading lines and line suffixes), printed
 * by prettier's own document printer. Parsing and printing the module again is the slow half of
 * prettier; this skips it. test/import/layout.test.ts holds it to prettier's bytes.
 */
import { builders, printer, utils } from "prettier/doc";
import { propertyKey, quoted, type Code, type Entry, type Item, type ModuleLine, type Statement } from "../import/code.js";

type Doc = builders.Doc;
const { breakParent, conditionalGroup, fill, group, hardline, ifBreak, indent, indentIfBreak, join, line, lineSuffix, lineSuffixBoundary, literalline, softline } = builders;
const OPTIONS = { printWidth: 80, tabWidth: 2, useTabs: false } as const;

/** The module's source, formatted as prettier formats it with no configuration. */
export function printModuleCode(lines: readonly ModuleLine[]): string {
  const docs: Doc[] = [];
  let blank = false;
  for (const l of lines) {
    if (l.kind === "blank") {
      blank = docs.length > 0;
      continue;
    }
    if (blank) docs.push("");
    blank = false;
    docs.push(l.kind === "comment" ? l.text : withComments(statementDoc(l.statement), [], l.trailing));
  }
  return printer.printDocToString([join(hardline, docs), hardline], OPTIONS).formatted;
}

function statementDoc(statement: Statement): Doc {
  switch (statement.kind) {
    case "import": {
      const from = [" from ", quoted(statement.from), ";"];
      if (statement.names.length === 1) return ["import { ", statement.names[0]!, " }", ...from];
      return ["import ", group(["{", indent([line, join([",", line], [...statement.names])]), ifBreak(","), line, "}"]), ...from];
    }
    case "const": {
      const declaration = group(["const ", assignment(statement.name, " =", statement.value, false), ";"]);
      return statement.exported ? ["export ", declaration] : declaration;
    }
    case "export-default": return ["export default ", valueDoc(statement.value), ";"];
  }
}

/** A node's doc with its comments: lines above, one after it on its line, lines after it (before a closing bracket). */
function withComments(doc: Doc, leading: readonly string[], trailing?: string, after: readonly string[] = []): Doc {
  if (leading.length === 0 && !trailing && after.length === 0) return doc;
  const parts: Doc[] = [];
  for (const c of leading) parts.push(c, hardline);
  parts.push(doc);
  if (trailing) parts.push(lineSuffix([" ", trailing]), breakParent);
  for (const c of after) parts.push(lineSuffix([hardline, c]));
  return parts;
}

function valueDoc(code: Code): Doc {
  switch (code.kind) {
    case "atom": return code.of === "number" ? code.text.toLowerCase().replace("e+", "e") : code.text;
    case "member": return memberDoc(code);
    case "string": return quoted(code.value);
    case "template": return templateDoc(code);
    case "call": return callDoc(code);
    case "object": return objectDoc(code);
    case "array": return arrayDoc(code);
  }
}

/** `a.b.c` may break before each `.` after the first; `["key"]` inside its brackets. */
function memberDoc(code: Extract<Code, { kind: "member" }>): Doc {
  let doc: Doc = code.object;
  code.keys.forEach((k) => {
    const lookup = k.computed ? group(["[", indent([softline, quoted(k.key)]), softline, "]"]) : [".", k.key];
    doc = [doc, k.computed || code.keys.length === 1 ? lookup : group(indent([softline, lookup]))];
  });
  return doc;
}

function templateDoc(code: Extract<Code, { kind: "template" }>): Doc {
  const parts: Doc[] = [lineSuffixBoundary, "`"];
  code.quasis.forEach((quasi, i) => {
    parts.push(join(literalline, quasi.split("\n")));
    const part = code.parts[i];
    // Interpolations are never broken: prettier prints them at unlimited width.
    if (part) parts.push(group(["${", printer.printDocToString(valueDoc(part), { ...OPTIONS, printWidth: Number.POSITIVE_INFINITY }).formatted, lineSuffixBoundary, "}"]));
  });
  parts.push("`");
  return parts;
}

const argDoc = (a: Item) => withComments(valueDoc(a.value), a.leading, a.trailing);

function callDoc(code: Extract<Code, { kind: "call" }>): Doc {
  const args = code.args;
  if (args.length === 0) return [code.callee, "()"];
  // A multi-line template literal as the only argument stays on the call's line.
  if (args.length === 1 && isMultilineTemplate(args[0]!.value)) return [code.callee, "(", argDoc(args[0]!), ")"];
  const printed = args.map((a, i) => (i < args.length - 1 ? [argDoc(a), ",", line] : argDoc(a)));
  const allBrokenOut = () => group(["(", indent([line, ...printed]), ",", line, ")"], { shouldBreak: true });
  const last = args.at(-1)!;
  const penultimate = args.at(-2);
  const hugLast = last.leading.length === 0 && !last.trailing && couldExpand(last.value) &&
    (penultimate === undefined || penultimate.value.kind !== last.value.kind) && !(args.length > 1 && isConcise(last.value));
  if (hugLast) {
    const head = printed.slice(0, -1);
    if (head.some((d) => utils.willBreak(d))) return [code.callee, allBrokenOut()];
    const lastDoc = argDoc(last);
    if (utils.willBreak(lastDoc)) {
      return [code.callee, breakParent, conditionalGroup([["(", ...head, group(lastDoc, { shouldBreak: true }), ")"], allBrokenOut()])];
    }
    return [code.callee, conditionalGroup([["(", ...head, lastDoc, ")"], ["(", ...head, group(lastDoc, { shouldBreak: true }), ")"], allBrokenOut()])];
  }
  return [code.callee, group(["(", indent([softline, ...printed]), ifBreak(","), softline, ")"], { shouldBreak: printed.some((d) => utils.willBreak(d)) })];
}

const isMultilineTemplate = (code: Code) => code.kind === "template" && code.quasis.some((q) => q.includes("\n"));

function couldExpand(code: Code): boolean {
  if (code.kind === "object") return code.entries.length > 0 || code.end.length > 0;
  if (code.kind === "array") return code.items.length > 0 || code.end.length > 0;
  return false;
}

/** Arrays of numbers only fill lines instead of taking one line per element. */
function isConcise(code: Code): boolean {
  return code.kind === "array" && code.items.length > 0 && code.items.every((i) => i.value.kind === "atom" && i.value.of === "number" && !i.trailing);
}

function objectDoc(code: Extract<Code, { kind: "object" }>): Doc {
  if (code.entries.length === 0) {
    return code.end.length ? group(["{", indent([hardline, join(hardline, [...code.end])]), softline, "}"]) : "{}";
  }
  const props = code.entries.map((e, i) => {
    const last = i === code.entries.length - 1;
    const doc = group(withComments(propertyDoc(e), e.leading, e.trailing, last ? code.end : []));
    return i === 0 ? doc : [",", line, doc];
  });
  // Written over lines where comments are (code.ts), which prettier then keeps.
  const commented = code.end.length > 0 || code.entries.some((e) => e.leading.length > 0 || e.trailing);
  return group(["{", indent([line, ...props]), ifBreak(","), line, "}"], { shouldBreak: code.broken || commented });
}

function arrayDoc(code: Extract<Code, { kind: "array" }>): Doc {
  const items = code.items;
  if (items.length === 0) return code.end.length ? group(["[", indent([hardline, join(hardline, [...code.end])]), softline, "]"]) : "[]";
  const size = (c: Code) => (c.kind === "object" ? c.entries.length : c.kind === "array" ? c.items.length : 0);
  const shouldBreak = items.length > 1 && items.every((it, i) => {
    const next = items[i + 1];
    return (it.value.kind === "object" || it.value.kind === "array") && (!next || next.value.kind === it.value.kind) && size(it.value) > 1;
  });
  const id = Symbol("array");
  const docOf = (it: Item, i: number) => withComments(valueDoc(it.value), it.leading, it.trailing, i === items.length - 1 ? code.end : []);
  let body: Doc;
  if (isConcise(code)) {
    const parts: Doc[] = [];
    items.forEach((it, i) => {
      const isLast = i === items.length - 1;
      parts.push([docOf(it, i), isLast ? ifBreak(",", "", { groupId: id }) : ","]);
      if (!isLast) parts.push(items[i + 1]!.leading.length ? hardline : line);
    });
    body = fill(parts);
  } else {
    body = [...items.map((it, i) => [group(docOf(it, i)), i < items.length - 1 ? [",", line] : ""]), ifBreak(",")];
  }
  return group(["[", indent([softline, body]), softline, "]"], { shouldBreak, id });
}

function propertyDoc(entry: Entry): Doc {
  const key = propertyKey(entry.key);
  return assignment(key, ":", entry.value, isShortKey(key));
}

/** `left op right` in the layout prettier chooses for a property or a variable declaration. */
function assignment(left: string, operator: string, value: Code, shortKey: boolean): Doc {
  const right = valueDoc(value);
  const layout = shortKey ? "never-break-after-operator"
    : breaksAfterOperator(value) ? "break-after-operator"
    : value.kind === "template" || (value.kind === "atom" && (value.of === "number" && !value.text.startsWith("-") || value.text === "true" || value.text === "false")) ? "never-break-after-operator"
    : "fluid";
  if (layout === "break-after-operator") return group([left, operator, group(indent([line, right]))]);
  if (layout === "never-break-after-operator") return group([left, operator, " ", right]);
  const id = Symbol("assignment");
  return group([left, operator, group(indent(line), { id }), lineSuffixBoundary, indentIfBreak(right, { groupId: id })]);
}

/** Strings and chains that cannot break well go to the next line whole. */
function breaksAfterOperator(value: Code): boolean {
  if (value.kind === "string") return true;
  if (value.kind === "member") return true;
  if (value.kind === "call") return value.args.length === 0 || (value.args.length === 1 && isLoneShortArgument(value.args[0]!));
  return false;
}

const THRESHOLD = OPTIONS.printWidth * 0.25;

function isLoneShortArgument(arg: Item): boolean {
  if (arg.leading.length > 0 || arg.trailing) return false;
  const value = arg.value;
  switch (value.kind) {
    case "atom": return value.of === "identifier" ? value.text.length <= THRESHOLD : true;
    case "string": return quoted(value.value).length <= THRESHOLD;
    case "template": return value.parts.length === 0 && value.quasis[0]!.length <= THRESHOLD && !value.quasis[0]!.includes("\n");
    case "call": return value.args.length === 0 && value.callee.length <= THRESHOLD - 2;
    default: return false;
  }
}

/** Keys narrower than the indent plus three never move their value to the next line. */
function isShortKey(key: string): boolean {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(key)) return key.length < OPTIONS.tabWidth + 3;
  return !printer.printDocToString(group([key, softline]), { ...OPTIONS, printWidth: OPTIONS.tabWidth + 2 }).formatted.includes("\n");
}
