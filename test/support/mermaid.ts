// Mermaid's own parser in Node. Mermaid sanitizes labels with DOMPurify, which needs a DOM:
// jsdom supplies `window` and `document` before mermaid is imported. No browser, no rendering:
// `getDiagramFromText` runs the flowchart grammar and fills the diagram's database, which the
// tests read back (nodes with their labels, edges, node shapes).
import { JSDOM } from "jsdom";

export interface ParsedFlowchart {
  readonly type: string;
  /** Node id → label text (`<br/>` kept as Mermaid stores it, `<br>`). */
  readonly nodes: ReadonlyMap<string, { text: string; type: string | undefined }>;
  readonly edges: readonly { start: string; end: string; stroke: string | undefined }[];
}

type Mermaid = typeof import("mermaid").default;
let loading: Promise<Mermaid> | undefined;

function mermaid(): Promise<Mermaid> {
  loading ??= (async () => {
    const { window } = new JSDOM("<!doctype html><html><body></body></html>");
    Object.assign(globalThis, { window, document: window.document });
    const module = await import("mermaid");
    module.default.initialize({ startOnLoad: false, securityLevel: "strict" });
    return module.default;
  })();
  return loading;
}

/**
 * A label as a reader sees it. The parser keeps entity codes (`#quot;`, `#35;`) in a private
 * encoding that rendering turns into characters; this does the same, through the DOM.
 */
function decode(text: string): string {
  const html = text.replace(/ﬂ°°/g, "&#").replace(/ﬂ°/g, "&").replace(/¶ß/g, ";");
  const area = (globalThis as unknown as { document: Document }).document.createElement("textarea");
  area.innerHTML = html;
  return area.value;
}

/** Parses a flowchart; throws Mermaid's own parse error when the text is not valid. */
export async function parseFlowchart(text: string): Promise<ParsedFlowchart> {
  const api = await mermaid();
  await api.parse(text);
  const diagram = await api.mermaidAPI.getDiagramFromText(text);
  const db = diagram.db as unknown as {
    getVertices(): Map<string, { text: string; type?: string }>;
    getEdges(): { start: string; end: string; stroke?: string }[];
  };
  return {
    type: diagram.type,
    nodes: new Map([...db.getVertices()].map(([id, v]) => [id, { text: decode(v.text), type: v.type }])),
    edges: db.getEdges().map((e) => ({ start: e.start, end: e.end, stroke: e.stroke })),
  };
}
