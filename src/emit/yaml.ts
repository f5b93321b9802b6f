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
  const text = doc.toString({ lineWidth: 0, nullStr: "", indentSeq: true });
  // The top-level `on:` key is read as the string "on" by GitHub; everyone writes it plain.
  return text.replace(/^"on":/m, "on:");
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
    if (value.includes("\n")) s.type = !key && /[^ \t\n]/.test(value) ? Scalar.BLOCK_LITERAL : Scalar.QUOTE_DOUBLE;
    else if (MISREAD.test(value)) s.type = Scalar.QUOTE_DOUBLE;
  }
  return s;
}

function isEmptyMapping(value: unknown): boolean {
  return typeof value === "object" && value !== null && !Array.isArray(value) && Object.keys(value).length === 0;
}
