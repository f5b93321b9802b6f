/**
 * A workflow file → the model, keeping where every part was written, so rules report
 * `file.yml:line:col` for YAML input exactly as they report `workflows.ts:line:col` for the DSL.
 */
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
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false, version: "1.2" });
  const diagnostics: Diagnostic[] = [];
  const origins = new Map<string, SourceLocation>();
  // Trailing comments of scalars (`uses: owner/repo@<sha> # v4.2.2`): rules read the version there.
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
      if (node.comment) comments.set(formatPath(path), node.comment.trim());
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
    if (doc.errors.length === 0) {
      diagnostics.push(diagnostic({ rule: "yaml-syntax", severity: "error", file, path: "", message: "a workflow file must be a YAML mapping", source: at(0), hint: "start with `name:`, `on:` and `jobs:`" }));
    }
    return { diagnostics, suppressed };
  }
  const fileStem = file.replace(/^.*\//, "").replace(/\.ya?ml$/i, "");
  const model: WorkflowModel = { fileStem, workflow: workflow as Workflow, origins, inlineExpressions: new Set(), comments, sourceFile: file };
  return { model, diagnostics, suppressed };
}
