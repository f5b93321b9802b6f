/**
 * Model → YAML text. Deterministic: key order from order.ts, block style throughout, literal
 * blocks for multi-line scripts, no anchors, and every string that a YAML 1.1 or 1.2 reader
 * would take for something else (`on`, `yes`, `3.10`, `0755`, `1e3`, `0o14`) quoted.
 */
import { Document, Scalar, YAMLMap, YAMLSeq, type Node, type Tags } from "yaml";
import { formatPath } from "../model/workflow.js";
import { keyOrder, orderEntries } from "./order.js";

type Path = (string | number)[];

/**
 * Strings the library would print plain though a reader takes them for something else: numbers
 * only YAML 1.2 knows (1.1 mode already quotes the rest), the 1.1 merge key `<<`, and a leading
 * byte-order mark, which a reader drops at the start of a document.
 */
const MISREAD = /^([-+]?(0o[0-7]+|0x[0-9a-fA-F]+|\.(inf|Inf|INF|nan|NaN|NAN))|<<)$|^\ufeff/;

/** Renders a workflow (or any plain data with GitHub's keys) as YAML. */
export function toYaml(value: unknown, comments: ReadonlyMap<string, string> = new Map()): string {
  // Without 1.1's merge tag, `<<` is an ordinary string that MISREAD can quote.
  const customTags = (tags: Tags) => tags.filter((t) => (typeof t === "string" ? t !== "merge" : t.tag !== "tag:yaml.org,2002:merge"));
  const doc = new Document(null, { version: "1.1", customTags });
  doc.contents = node(doc, value, [], comments) as never;
  const text = doc.toString({ lineWidth: 0, doubleQuotedMinMultiLineLength: Number.MAX_SAFE_INTEGER, nullStr: "", indentSeq: true });
  // The top-level `on:` key is read as the string "on" by GitHub; everyone writes it plain.
  // An empty line inside a literal block comes out as its indentation alone; prettier (and
  // every editor's trim-on-save) drops those spaces, so drop them here too. No content line is
  // spaces alone: strings with such lines are double-quoted below.
  // Lines are split on "\n" alone: a regex's multiline mode would also split at U+2028.
  return text
    .split("\n")
    .map((line) => (line.startsWith('"on":') ? `on:${line.slice(5)}` : /^ +$/.test(line) ? "" : line))
    .join("\n");
}

function node(doc: Document, value: unknown, path: Path, comments: ReadonlyMap<string, string>): Node {
  if (Array.isArray(value)) {
    const seq = new YAMLSeq();
    value.forEach((item, i) => seq.items.push(node(doc, item, [...path, i], comments)));
    return seq;
  }
  if (typeof value === "object" && value !== null) {
    const map = new YAMLMap();
    const entries = orderEntries(Object.entries(value), keyOrder(path));
    for (const [key, item] of entries) {
      // An event with no filters reads best as `workflow_dispatch:` with nothing after it.
      const empty = path.length === 1 && path[0] === "on" && isEmptyMapping(item);
      map.items.push(doc.createPair(scalar(key, true), empty ? new Scalar(null) : node(doc, item, [...path, key], comments)) as never);
    }
    return map;
  }
  const s = scalar(value);
  const comment = comments.size > 0 ? comments.get(formatPath(path)) : undefined;
  if (comment !== undefined) s.comment = ` ${comment}`;
  return s;
}

function scalar(value: unknown, key = false): Scalar {
  const s = new Scalar(value);
  if (typeof value === "string") {
    // A literal block of blank lines cannot say how many of their spaces are content, and
    // prettier strips trailing spaces from a literal block used as a key.
    if (value.includes("\n")) s.type = !key && /[^ \t\n]/.test(value) && !value.split("\n").some((line) => /^[ \t]+$/.test(line)) ? Scalar.BLOCK_LITERAL : Scalar.QUOTE_DOUBLE;
    else if (MISREAD.test(value)) s.type = Scalar.QUOTE_DOUBLE;
    else if (value.includes('"') && !/[\\\x00-\x1f\x7f]/.test(value) && quotedByLibrary(value)) {
      // prettier writes a quoted string holding `"` and no escapes in single quotes; doing the
      // same keeps the output exactly what prettier would print, so formatting is a no-op.
      s.type = Scalar.QUOTE_SINGLE;
    }
  }
  return s;
}

/** Whether the library would quote this string as a value (it chooses double quotes). */
function quotedByLibrary(value: string): boolean {
  return new Document(value, { version: "1.1" }).toString({ lineWidth: 0 }).startsWith('"');
}

function isEmptyMapping(value: unknown): boolean {
  return typeof value === "object" && value !== null && !Array.isArray(value) && Object.keys(value).length === 0;
}
