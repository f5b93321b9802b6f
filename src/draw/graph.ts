/**
 * A workflow's job graph as text: a Mermaid `flowchart` (GitHub renders it in Markdown), a
 * Graphviz `digraph`, or JSON. Edges are `needs`; the triggers are a header node pointing at
 * the jobs that start a run; a job says its name, environment, matrix size and secrets; a call
 * of a reusable workflow and a check a ruleset requires each get their own shape.
 */
import type { JobInfo, WorkflowInfo } from "./inventory.js";

export type GraphFormat = "mermaid" | "dot" | "json";

export const GRAPH_FORMATS: readonly GraphFormat[] = ["mermaid", "dot", "json"];

/** The lines describing a job under its name, shared by every format. */
function details(job: JobInfo): string[] {
  const lines: string[] = [];
  if (job.name !== job.id) lines.push(`id: ${job.id}`);
  if (job.calls) lines.push(`calls ${job.calls}`);
  if (job.matrix !== undefined) lines.push(job.matrix === "dynamic" ? "matrix: computed at run time" : `matrix: ${job.matrix} job${job.matrix === 1 ? "" : "s"}`);
  if (job.environment) lines.push(`environment: ${job.environment}`);
  const secrets = [...new Set(job.secrets.map((s) => s.name))];
  if (secrets.length > 0) lines.push(`secrets: ${secrets.join(", ")}`);
  if (job.requiredBy.length > 0) lines.push(`required check of ${job.requiredBy.join(", ")}`);
  return lines;
}

const triggerLine = (workflow: WorkflowInfo) => `on: ${workflow.triggers.join(" · ") || "(none)"}`;

/** Jobs that need no other job: a run starts with them. */
const roots = (workflow: WorkflowInfo) => workflow.jobs.filter((job) => job.needs.length === 0);

/** Mermaid node ids: letters, digits and `_` only, and never a keyword such as `end`. */
function mermaidIds(workflow: WorkflowInfo): Map<string, string> {
  const ids = new Map<string, string>();
  const used = new Set<string>(["trigger"]);
  for (const job of workflow.jobs) {
    const base = `job_${job.id.replace(/[^A-Za-z0-9_]/g, "_")}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}_${n}`;
    used.add(id);
    ids.set(job.id, id);
  }
  return ids;
}

/** Text inside a quoted Mermaid label: entity codes for what would end or change it. */
function mermaidText(text: string): string {
  return text.replace(/#/g, "#35;").replace(/"/g, "#quot;").replace(/</g, "#lt;").replace(/>/g, "#gt;");
}

const mermaidLabel = (lines: readonly string[]) => `"${lines.map(mermaidText).join("<br/>")}"`;

/** The workflow as a Mermaid flowchart, left to right. */
export function mermaidGraph(workflow: WorkflowInfo): string {
  const ids = mermaidIds(workflow);
  const lines = ["flowchart LR", `  trigger([${mermaidLabel([workflow.name, triggerLine(workflow)])}])`];
  for (const job of workflow.jobs) {
    const label = mermaidLabel([job.name, ...details(job)]);
    const id = ids.get(job.id)!;
    if (job.requiredBy.length > 0) lines.push(`  ${id}{{${label}}}`);
    else if (job.calls) lines.push(`  ${id}[[${label}]]`);
    else lines.push(`  ${id}[${label}]`);
  }
  for (const job of roots(workflow)) lines.push(`  trigger -.-> ${ids.get(job.id)}`);
  for (const job of workflow.jobs) {
    for (const need of job.needs) {
      const from = ids.get(need);
      if (from) lines.push(`  ${from} --> ${ids.get(job.id)}`);
    }
  }
  const required = workflow.jobs.filter((job) => job.requiredBy.length > 0).map((job) => ids.get(job.id));
  if (required.length > 0) lines.push("  classDef required stroke-width:3px", `  class ${required.join(",")} required`);
  return lines.join("\n") + "\n";
}

const dotText = (text: string) => `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;

/** The workflow as a Graphviz digraph. */
export function dotGraph(workflow: WorkflowInfo): string {
  const lines = [`digraph ${dotText(workflow.stem)} {`, "  rankdir=LR;", "  node [shape=box];"];
  lines.push(`  "on" [shape=oval, label=${dotText([workflow.name, triggerLine(workflow)].join("\n"))}];`);
  for (const job of workflow.jobs) {
    const shape = job.requiredBy.length > 0 ? ", shape=hexagon, penwidth=3" : job.calls ? ", shape=box3d" : "";
    lines.push(`  ${dotText(job.id)} [label=${dotText([job.name, ...details(job)].join("\n"))}${shape}];`);
  }
  for (const job of roots(workflow)) lines.push(`  "on" -> ${dotText(job.id)} [style=dashed];`);
  for (const job of workflow.jobs) for (const need of job.needs) lines.push(`  ${dotText(need)} -> ${dotText(job.id)};`);
  lines.push("}");
  return lines.join("\n") + "\n";
}

/** The graph as data: the jobs with what the pictures show of them. */
export function jsonGraph(workflow: WorkflowInfo): unknown {
  return {
    file: workflow.file,
    name: workflow.name,
    triggers: workflow.triggers,
    jobs: workflow.jobs.map((job) => ({
      id: job.id,
      name: job.name,
      needs: job.needs,
      ...(job.environment ? { environment: job.environment } : {}),
      ...(job.matrix !== undefined ? { matrix: job.matrix } : {}),
      ...(job.calls ? { calls: job.calls } : {}),
      requiredBy: job.requiredBy,
      secrets: [...new Set(job.secrets.map((s) => s.name))],
    })),
  };
}
