/**
 * `pipewright graph [workflow...] [--format mermaid|dot|json]`: each workflow's job graph, from
 * the files `generate` would write (nothing is written). A workflow is named by its file stem
 * (`ci`) or its file name (`ci.yml`).
 */
import { dotGraph, GRAPH_FORMATS, jsonGraph, mermaidGraph, type GraphFormat } from "../draw/graph.js";
import { inventoryOf } from "../draw/inventory.js";
import { formatDiagnostic } from "../lint/diagnostic.js";
import { compileProject } from "../project/compiled.js";
import { PipewrightError } from "../project/errors.js";
import type { CliOutput } from "./main.js";

export interface GraphFlags {
  readonly format?: string | undefined;
  readonly json?: boolean | undefined;
  readonly source?: readonly string[] | undefined;
  readonly out?: string | undefined;
}

/** Prints the graphs; exit 1 when the source does not compile, 2 for a bad name or format. */
export async function graphCommand(names: readonly string[], flags: GraphFlags, cwd: string): Promise<CliOutput> {
  const format = (flags.json ? "json" : (flags.format ?? "mermaid")) as GraphFormat;
  if (!GRAPH_FORMATS.includes(format)) return { code: 2, stdout: "", stderr: `pipewright: --format must be ${GRAPH_FORMATS.join(", ")}, not "${format}"\n` };
  let project;
  try {
    project = await compileProject({ cwd, sources: flags.source, out: flags.out });
  } catch (error) {
    if (error instanceof PipewrightError) return { code: error.code === "usage" ? 2 : 1, stdout: "", stderr: `pipewright: ${error.message}\n` };
    throw error;
  }
  const problems = project.diagnostics.map((d) => formatDiagnostic(d) + "\n").join("");
  if (!project.ok) return { code: 1, stdout: "", stderr: problems };
  const workflows = inventoryOf(project.files).workflows;
  const stem = (name: string) => name.replace(/^.*\//, "").replace(/\.ya?ml$/i, "");
  const unknown = names.filter((name) => !workflows.some((w) => w.stem === stem(name)));
  if (unknown.length > 0) {
    return { code: 2, stdout: "", stderr: `pipewright: no workflow named ${unknown.map((n) => `"${n}"`).join(", ")}; the source has ${workflows.map((w) => w.stem).join(", ") || "none"}\n` };
  }
  const chosen = names.length === 0 ? workflows : workflows.filter((w) => names.some((name) => w.stem === stem(name)));
  if (format === "json") return { code: 0, stdout: JSON.stringify(chosen.map(jsonGraph), null, 2) + "\n", stderr: problems };
  const draw = format === "dot" ? dotGraph : mermaidGraph;
  // Several Mermaid diagrams cannot share one text: each is headed by its file, as a comment.
  const comment = format === "dot" ? "//" : "%%";
  const text = chosen.map((w) => (chosen.length > 1 ? `${comment} ${w.file}\n` : "") + draw(w)).join("\n");
  return { code: 0, stdout: text, stderr: problems };
}
