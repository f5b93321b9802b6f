/**
 * One Markdown page for a repository's CI/CD, for people and for a security review: the branch
 * rulesets and the checks they require, then per workflow its triggers, its job graph (Mermaid,
 * which GitHub renders), a table of jobs, the secrets and variables it reads and where, and the
 * actions it uses with their pins. Deterministic: the same files give the same page.
 */
import { mermaidGraph } from "./graph.js";
import type { Inventory, JobInfo, Reference, WorkflowInfo } from "./inventory.js";

/** Text in a table cell: a `|` would end the cell, a newline the row. */
const cell = (text: string) => text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\n/g, " ");
const code = (text: string) => (text.includes("`") ? `\`\` ${cell(text)} \`\`` : `\`${cell(text)}\``);

function table(head: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`, ...rows.map((row) => `| ${row.join(" | ")} |`)];
}

/** The page's Markdown (without pipewright's header). */
export function docsPage(inventory: Inventory): string {
  const out: string[] = ["# CI/CD", ""];
  const count = inventory.workflows.length;
  out.push(`${count} workflow${count === 1 ? "" : "s"}, ${inventory.rulesets.length} branch ruleset${inventory.rulesets.length === 1 ? "" : "s"}.`, "");
  for (const workflow of inventory.workflows) out.push(`- [${cell(workflow.name)}](#${anchor(workflow)}) (\`${workflow.file}\`)`);
  out.push("", "## Branch rulesets", "");
  if (inventory.rulesets.length === 0) out.push("No branch is protected by a ruleset generated from the source.", "");
  else {
    const rows = inventory.rulesets.flatMap((ruleset) => {
      const branches = ruleset.branches.map(code).join(", ");
      const approvals = ruleset.approvals === undefined ? "none" : String(ruleset.approvals);
      if (ruleset.checks.length === 0) return [[branches, approvals, "none", "", code(ruleset.file)]];
      return ruleset.checks.map((check) => [branches, approvals, code(check.context), check.jobs.map(reporter).join(", ") || "no job reports it", code(ruleset.file)]);
    });
    out.push(...table(["Branch", "Approvals", "Required check", "Reported by", "Ruleset"], rows), "");
  }
  for (const workflow of inventory.workflows) out.push(...workflowSection(workflow));
  return out.join("\n").replace(/\n+$/, "\n");
}

/** `.github/workflows/ci.yml#gate` as `gate` in `.github/workflows/ci.yml`. */
function reporter(job: string): string {
  const at = job.lastIndexOf("#");
  return `${code(job.slice(at + 1))} in ${code(job.slice(0, at))}`;
}

/** GitHub's heading anchor for the section title. */
function anchor(workflow: WorkflowInfo): string {
  return title(workflow).toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, "").trim().replace(/\s/g, "-");
}

const title = (workflow: WorkflowInfo) => `${workflow.name} (${workflow.stem})`;

function workflowSection(workflow: WorkflowInfo): string[] {
  const out = [`## ${title(workflow)}`, "", `File: \`${workflow.file}\``, ""];
  out.push("Triggers:", "", ...(workflow.triggers.length ? workflow.triggers.map((t) => `- \`${t}\``) : ["- none"]), "");
  if (workflow.permissions) out.push(`Workflow permissions: ${workflow.permissions}.`, "");
  if (workflow.concurrency) out.push(`Workflow concurrency: \`${cell(workflow.concurrency)}\`.`, "");
  out.push("```mermaid", mermaidGraph(workflow).trimEnd(), "```", "");
  out.push("### Jobs", "");
  out.push(...table(["Job", "Name", "Needs", "Runner", "Environment", "Permissions", "Timeout (min)", "Concurrency", "Runs when"],
    workflow.jobs.map((job) => [
      code(job.id),
      cell(job.name) + (job.requiredBy.length ? ` (required check of ${job.requiredBy.join(", ")})` : ""),
      job.needs.map(code).join(", ") || "-",
      job.calls ? `calls ${code(job.calls)}` : job.runsOn ? code(job.runsOn) : "-",
      job.environment ? code(job.environment) : "-",
      job.permissions ? cell(job.permissions) : workflow.permissions ? `workflow's (${cell(workflow.permissions)})` : "GitHub's default",
      job.timeout ?? (job.calls ? "-" : "360 (GitHub's default)"),
      job.concurrency ? code(job.concurrency) : "-",
      job.if ? code(job.if) : "always",
    ])), "");
  out.push("### Secrets and variables", "");
  const reads = [...readsOf(workflow.jobs, "secret"), ...readsOf(workflow.jobs, "variable")];
  if (reads.length === 0) out.push("None.", "");
  else out.push(...table(["Name", "Kind", "Read by"], reads), "");
  out.push("### Actions", "");
  const actions = actionsOf(workflow.jobs);
  if (actions.length === 0) out.push("None.", "");
  else out.push(...table(["Action", "Version", "Pinned to", "Used by"], actions), "");
  return out;
}

/** Rows of name, kind, and every job (with its steps) that reads it, by name. */
function readsOf(jobs: readonly JobInfo[], kind: "secret" | "variable"): string[][] {
  const byName = new Map<string, Map<string, string[]>>();
  for (const job of jobs) {
    for (const ref of (kind === "secret" ? job.secrets : job.variables) as readonly Reference[]) {
      const places = byName.get(ref.name) ?? new Map<string, string[]>();
      byName.set(ref.name, places);
      places.set(job.id, [...(places.get(job.id) ?? []), ref.where]);
    }
  }
  return [...byName.keys()].sort().map((name) => {
    const where = [...byName.get(name)!].map(([job, places]) => `${code(job)} (${places.map(cell).join(", ")})`);
    return [code(name), kind, where.join("; ")];
  });
}

/** Rows of action, version, pin and the jobs using it; one row per action and ref. */
function actionsOf(jobs: readonly JobInfo[]): string[][] {
  const rows = new Map<string, { action: string; ref: string; version: string; jobs: Set<string> }>();
  for (const job of jobs) {
    for (const use of job.actions) {
      const key = `${use.action}@${use.ref}`;
      const row = rows.get(key) ?? { action: use.action, ref: use.ref, version: use.version ?? "", jobs: new Set<string>() };
      row.jobs.add(job.id);
      rows.set(key, row);
    }
  }
  return [...rows.values()]
    .sort((a, b) => (a.action < b.action ? -1 : a.action > b.action ? 1 : a.ref < b.ref ? -1 : 1))
    .map((row) => [code(row.action), row.version ? cell(row.version) : "-", /^[0-9a-f]{40}$/.test(row.ref) ? code(row.ref) : `${code(row.ref)} (not a commit SHA)`, [...row.jobs].map(code).join(", ")]);
}
