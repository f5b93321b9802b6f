/**
 * A workflow file → the model, keeping where every part was written, so rules report
 * `file.yml:line:col` for YAML input exactly as they report `workflows.ts:line:col` for the DSL.
 */
import { boolCoreTag, EVENT_ID, floatCoreTag, getScalarValue, intCoreTag, NOT_RESOLVED, nullCoreTag, parseEvents, SCALAR_STYLE, type Event, type ScalarEvent } from "js-yaml";
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from "yaml";
import { diagnostic, type Diagnostic } from "../lint/diagnostic.js";
import { ZIZMOR_AUDITS } from "../lint/zizmor-audits.js";
import type { SourceLocation } from "../model/source.js";
import { formatPath, type Workflow, type WorkflowModel, type YamlPath } from "../model/workflow.js";

export interface ReadYamlResult {
  /** Undefined when the text is not a YAML mapping at all. */
  readonly model?: WorkflowModel;
  readonly diagnostics: Diagnostic[];
  /**
   * Line numbers (1-based) → rule ids suppressed there by `# pipewright-ignore: id, id`, or by
   * zizmor's `# zizmor: ignore[audit, audit]` (the rules of those audits, see zizmor-audits.ts).
   */
  readonly suppressed: ReadonlyMap<number, ReadonlySet<string>>;
}

const IGNORE = /#\s*pipewright-ignore:\s*([A-Za-z0-9_,\s-]+)/;
/** zizmor's own ignore comment, `# zizmor: ignore[template-injection, artipacked]`: its audits' rules. */
const ZIZMOR_IGNORE = /#\s*zizmor:\s*ignore\[([^\]]*)\]/;

/** Parses a workflow file. `file` is how diagnostics name it. */
export function readWorkflowYaml(text: string, file: string): ReadYamlResult {
  return readFast(text, file) ?? readWorkflowYamlFully(text, file);
}

/** Parses a workflow file with `yaml`'s document model, whatever it holds. */
export function readWorkflowYamlFully(text: string, file: string): ReadYamlResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false, version: "1.2" });
  const diagnostics: Diagnostic[] = [];
  const origins = new Map<string, SourceLocation>();
  // Comments after scalars on their line (`uses: owner/repo@<sha> # v4.2.2`): rules read the version there.
  const comments = new Map<string, string>();
  const at = (offset: number | undefined): SourceLocation => {
    const { line, col } = lineCounter.linePos(offset ?? 0);
    return { file, line, column: col };
  };
  for (const error of doc.errors) {
    diagnostics.push(diagnostic({ rule: "yaml-syntax", severity: "error", file, path: "", message: error.message.split("\n")[0]!, source: at(error.pos[0]), hint: "fix the YAML syntax" }));
  }

  // The mappings and sequences being read, to refuse an alias inside its own anchor.
  const resolving = new Set<Node>();
  const selfAliases = new Set<number>();
  const visit = (node: Node | null | undefined, path: YamlPath): unknown => {
    if (node == null) return null;
    if (!isMap(node) && !isSeq(node)) return read(node, path);
    resolving.add(node);
    try {
      return read(node, path);
    } finally {
      resolving.delete(node);
    }
  };
  const read = (node: Node, path: YamlPath): unknown => {
    if (isMap(node)) {
      const out: Record<string, unknown> = {};
      const seen = new Map<string, SourceLocation>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key as Node | null;
        const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
        const where = at(keyNode?.range?.[0]);
        const earlier = seen.get(key);
        if (earlier) {
          diagnostics.push(diagnostic({ rule: "duplicate-key", severity: "error", file, path: formatPath([...path, key]), source: where,
            message: `key "${key}" is repeated (first at line ${earlier.line}); GitHub rejects duplicate keys`, hint: "remove or merge one of them" }));
          continue;
        }
        seen.set(key, where);
        origins.set(formatPath([...path, key]), where);
        out[key] = visit(pair.value as Node | null, [...path, key]);
      }
      return out;
    }
    if (isSeq(node)) {
      return node.items.map((item, i) => {
        origins.set(formatPath([...path, i]), at((item as Node | null)?.range?.[0]));
        return visit(item as Node | null, [...path, i]);
      });
    }
    if (isScalar(node)) {
      const comment = node.type === "BLOCK_LITERAL" || node.type === "BLOCK_FOLDED" ? node.comment?.trim() : trailingComment(text, node.range?.[1] ?? 0);
      if (comment) comments.set(formatPath(path), comment);
      return node.value ?? null;
    }
    // An alias (`*name`) stands for the anchored node: read that, at this path. One that stands
    // inside its own anchor would never end: GitHub rejects it, and so does the reading.
    if (isAlias(node)) {
      const target = node.resolve(doc) as Node | undefined;
      if (target && resolving.has(target)) {
        const where = node.range?.[0] ?? 0;
        if (!selfAliases.has(where)) selfAliases.add(where), diagnostics.push(diagnostic({ rule: "yaml-syntax", severity: "error", file, path: formatPath(path), source: at(node.range?.[0]),
          message: `alias *${node.source} refers to its own anchor, so its value never ends`, hint: "write the value out, or anchor a part that does not contain the alias" }));
        return null;
      }
      return visit(target, path);
    }
    // Aliases and anything else: fall back to the library's own conversion.
    return (node as { toJSON?: () => unknown }).toJSON?.() ?? null;
  };

  const workflow = visit(doc.contents as Node | null, []);
  origins.set("", at(0));
  return result(text, file, workflow, origins, comments, diagnostics, doc.errors.length === 0);
}

/** YAML 1.2's core schema for plain scalars, in the order it tries them (js-yaml's CORE_SCHEMA). */
const CORE_SCALARS = [nullCoreTag, boolCoreTag, intCoreTag, floatCoreTag];

/** The rest of a block scalar's header line after its key: `: |-  # comment`. */
const BLOCK_HEADER = /^[ \t]*:[ \t]*[|>][-+0-9]*(?:[ \t]+#(.*))?[ \t]*\r?$/;

/** The comment after a scalar that ends at `offset`, on the same line (`uses: a/b@<sha> # v4.2.2`). */
function trailingComment(text: string, offset: number): string | undefined {
  let i = offset;
  while (text[i] === " " || text[i] === "\t") i++;
  if (text[i] !== "#") return undefined;
  const end = text.indexOf("\n", i);
  return text.slice(i + 1, end < 0 ? undefined : end).replace(/\r$/, "").trim() || undefined;
}

/** The reading's result: suppressions, and the model when the file holds a mapping. */
function result(text: string, file: string, workflow: unknown, origins: Map<string, SourceLocation>, comments: Map<string, string>,
  diagnostics: Diagnostic[], parsed: boolean): ReadYamlResult {
  const suppressed = new Map<number, Set<string>>();
  text.split("\n").forEach((line, index) => {
    const match = IGNORE.exec(line);
    const zizmor = ZIZMOR_IGNORE.exec(line);
    if (!match && !zizmor) return;
    const words = (list: string | undefined) => (list ?? "").split(/[\s,]+/).filter(Boolean);
    const ids = new Set([...words(match?.[1]), ...words(zizmor?.[1]).flatMap((audit) => ZIZMOR_AUDITS[audit] ?? [])]);
    // A comment alone on its line covers the next line; a trailing comment covers its own.
    const target = line.trimStart().startsWith("#") ? index + 2 : index + 1;
    suppressed.set(target, new Set([...(suppressed.get(target) ?? []), ...ids]));
  });
  if (typeof workflow !== "object" || workflow === null || Array.isArray(workflow)) {
    if (parsed) {
      diagnostics.push(diagnostic({ rule: "yaml-syntax", severity: "error", file, path: "", message: "a workflow file must be a YAML mapping", source: { file, line: 1, column: 1 }, hint: "start with `name:`, `on:` and `jobs:`" }));
    }
    return { diagnostics, suppressed };
  }
  const fileStem = file.replace(/^.*\//, "").replace(/\.ya?ml$/i, "");
  const model: WorkflowModel = { fileStem, workflow: workflow as Workflow, origins, inlineExpressions: new Set(), comments, sourceFile: file };
  return { model, diagnostics, suppressed };
}

/**
 * The common case read fast: one document of mappings, sequences, scalars, anchors and aliases,
 * from js-yaml's event stream (plain scalars typed by YAML 1.2's core schema, as `yaml` types
 * them). Undefined for anything else (a syntax error, a repeated key, a tag, an alias inside its
 * own anchor, a key the schema reads as other than its text, a block scalar as a list item): the
 * full reading handles those, with its messages. test/import/read-yaml-fast.test.ts holds the
 * two readings to the same result.
 */
export function readFast(text: string, file: string): ReadYamlResult | undefined {
  let events: Event[];
  try {
    events = parseEvents(text, {});
  } catch {
    return undefined;
  }
  const lineCounter = new LineCounter();
  lineCounter.addNewLine(0);
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lineCounter.addNewLine(i + 1);
  const at = (offset: number): SourceLocation => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  const origins = new Map<string, SourceLocation>();
  const comments = new Map<string, string>();
  const quoted = (style: number) => style === SCALAR_STYLE.SINGLE_QUOTED || style === SCALAR_STYLE.DOUBLE_QUOTED;
  const block = (style: number) => style === SCALAR_STYLE.LITERAL_BLOCK || style === SCALAR_STYLE.FOLDED_BLOCK;
  // Where a node starts and a scalar ends as `yaml` counts them: at the quotes of a quoted scalar.
  const start = (event: Event): number | undefined => {
    if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) return event.start;
    if (event.type === EVENT_ID.ALIAS) return event.anchorStart - 1;
    if (event.type === EVENT_ID.SCALAR && !block(event.style)) return event.valueStart - (quoted(event.style) ? 1 : 0);
    return undefined;
  };
  const end = (event: ScalarEvent): number => event.valueEnd + (quoted(event.style) ? 1 : 0);
  // A scalar's value: text, or for a plain one what YAML 1.2's core schema reads it as.
  const scalar = (event: ScalarEvent, source = getScalarValue(text, event)): unknown => {
    if (event.style !== SCALAR_STYLE.PLAIN) return source;
    for (const tag of CORE_SCALARS) {
      const value = tag.resolve(source, false, tag.tagName);
      if (value !== NOT_RESOLVED) return value;
    }
    return source;
  };
  let index = 1; // events[0] is the document
  const SKIP = Symbol("not read fast");
  // Each alias's anchored node (the index of its event): the latest anchor of that name before it.
  const aliased = new Map<number, number>();
  const anchors = new Map<string, number>();
  let documents = 0;
  events.forEach((event, i) => {
    if (event.type === EVENT_ID.DOCUMENT) documents++;
    if (event.type === EVENT_ID.DOCUMENT || event.type === EVENT_ID.POP || event.anchorStart < 0) return;
    const name = text.slice(event.anchorStart, event.anchorEnd);
    if (event.type !== EVENT_ID.ALIAS) anchors.set(name, i);
    else if (anchors.has(name)) aliased.set(i, anchors.get(name)!);
  });
  // The anchored nodes being read: an alias inside its own anchor is the full reading's to report.
  const open = new Set<number>();
  const walk = (path: string): unknown => {
    const here = index;
    const event = events[index++]!;
    if (event.type === EVENT_ID.DOCUMENT || event.type === EVENT_ID.POP) throw SKIP;
    if (event.type === EVENT_ID.ALIAS) {
      // An alias reads its anchor's node again, at this path, as the full reading does.
      const target = aliased.get(here);
      if (target === undefined || open.has(target)) throw SKIP;
      const resume = index;
      index = target;
      try {
        return walk(path);
      } finally {
        index = resume;
      }
    }
    if (event.tagStart >= 0) throw SKIP;
    if (event.anchorStart < 0) return node(event, path);
    open.add(here);
    try {
      return node(event, path);
    } finally {
      open.delete(here);
    }
  };
  const node = (event: Exclude<Event, { type: typeof EVENT_ID.DOCUMENT | typeof EVENT_ID.POP | typeof EVENT_ID.ALIAS }>, path: string): unknown => {
    if (event.type === EVENT_ID.SCALAR) {
      if (!block(event.style)) {
        const comment = trailingComment(text, end(event));
        if (comment) comments.set(path, comment);
      }
      return scalar(event);
    }
    if (event.type === EVENT_ID.SEQUENCE) {
      const items: unknown[] = [];
      for (let i = 0; events[index]!.type !== EVENT_ID.POP; i++) {
        const offset = start(events[index]!);
        if (offset === undefined || offset < 0) throw SKIP;
        const itemPath = `${path}[${i}]`;
        origins.set(itemPath, at(offset));
        items.push(walk(itemPath));
      }
      index++;
      return items;
    }
    const object: Record<string, unknown> = {};
    while (events[index]!.type !== EVENT_ID.POP) {
      const keyEvent = events[index++]!;
      if (keyEvent.type !== EVENT_ID.SCALAR || keyEvent.anchorStart >= 0 || keyEvent.tagStart >= 0 || block(keyEvent.style)) throw SKIP;
      const key = getScalarValue(text, keyEvent);
      // A repeated key, or a plain key that the schema reads as something else (`1.0`, `~`,
      // `True`): the full reading reports and names them as `yaml` does.
      if (Object.hasOwn(object, key) || key === "__proto__" || String(scalar(keyEvent, key)) !== key) throw SKIP;
      const keyPath = path === "" ? key : `${path}.${key}`;
      origins.set(keyPath, at(start(keyEvent)!));
      const value = events[index]!;
      const keyEnd = end(keyEvent);
      if (value.type === EVENT_ID.SCALAR && value.valueStart < 0) {
        // An empty value: a comment after the key's colon is the value's (`name: # none yet`).
        const comment = trailingComment(text, text.indexOf(":", keyEnd) + 1);
        if (comment) comments.set(keyPath, comment);
      } else if (value.type === EVENT_ID.SCALAR && block(value.style)) {
        // A block scalar's comment is on its header: `run: | # why`.
        const lineEnd = text.indexOf("\n", keyEnd);
        const header = BLOCK_HEADER.exec(text.slice(keyEnd, lineEnd < 0 ? undefined : lineEnd));
        if (!header) throw SKIP;
        if (header[1]?.trim()) comments.set(keyPath, header[1].trim());
      }
      object[key] = walk(keyPath);
    }
    index++;
    return object;
  };
  let workflow: unknown;
  try {
    const first = events[1];
    if (first?.type !== EVENT_ID.MAPPING || documents !== 1) return undefined;
    // Before the top mapping only blank lines, comments, directives and `---` (js-yaml also
    // takes an indented ` ---`, which `yaml` rightly refuses).
    const before = text.slice(0, text.lastIndexOf("\n", first.start - 1) + 1).split("\n");
    if (!before.every((line) => /^(\s*(#.*)?|---\s*(#.*)?|%.*)\r?$/.test(line))) return undefined;
    workflow = walk("");
  } catch (error) {
    if (error === SKIP) return undefined;
    throw error;
  }
  origins.set("", at(0));
  return result(text, file, workflow, origins, comments, [], true);
}
