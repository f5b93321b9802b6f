// graph: the Mermaid text of every example and golden fixture goes through Mermaid's own parser,
// and what the parser read back must hold every job, every `needs` edge, the triggers, the
// environments and the secrets, as read independently from the YAML; dot and json agree.
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { dotGraph, jsonGraph, mermaidGraph } from "../../src/draw/graph.js";
import { inventoryOf, type WorkflowInfo } from "../../src/draw/inventory.js";
import { compileProject } from "../../src/project/compiled.js";
import { parseFlowchart } from "../support/mermaid.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const PROJECTS = ["examples/data-platform", "examples/seed", "test/fixtures/reusable-workflow", "test/fixtures/matrix-services", "test/fixtures/job-outputs"];

type Mapping = Record<string, any>;
const nodeId = (jobId: string) => `job_${jobId.replace(/[^A-Za-z0-9_]/g, "_")}`;

/** What the YAML says, read without pipewright's inventory. */
function expectedOf(yaml: string) {
  const workflow = parse(yaml) as Mapping;
  const jobs = Object.entries(workflow.jobs as Mapping);
  return {
    jobs: jobs.map(([id]) => id),
    edges: jobs.flatMap(([id, job]) => [job.needs ?? []].flat().map((need: string) => [need, id])),
    environments: jobs.flatMap(([id, job]) => (job.environment === undefined ? [] : [[id, typeof job.environment === "string" ? job.environment : job.environment.name]])),
    secrets: jobs.flatMap(([id, job]) => [...new Set([...JSON.stringify(job).matchAll(/secrets\.([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!))].map((name) => [id, name])),
  };
}

describe.each(PROJECTS)("graph of %s", (project) => {
  let files: { path: string; contents: string }[];
  let workflows: readonly WorkflowInfo[];

  beforeAll(async () => {
    const compiled = await compileProject({ cwd: join(ROOT, project) });
    expect(compiled.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    files = [...compiled.files];
    workflows = inventoryOf(files).workflows;
    expect(workflows.length).toBeGreaterThan(0);
  });

  it("is a flowchart Mermaid's parser accepts, with every job, needs edge, environment and secret", async () => {
    for (const workflow of workflows) {
      const yaml = files.find((f) => f.path === workflow.file)!.contents;
      const expected = expectedOf(yaml);
      const chart = await parseFlowchart(mermaidGraph(workflow));
      expect(chart.type).toBe("flowchart-v2");
      expect([...chart.nodes.keys()].sort()).toEqual(["trigger", ...expected.jobs.map(nodeId)].sort());
      const needs = chart.edges.filter((e) => e.start !== "trigger").map((e) => [e.start, e.end]);
      expect(needs.sort()).toEqual(expected.edges.map(([a, b]) => [nodeId(a!), nodeId(b!)]).sort());
      // The trigger header points at every job that needs none, with a dotted line.
      const roots = expected.jobs.filter((id) => !expected.edges.some(([, b]) => b === id));
      expect(chart.edges.filter((e) => e.start === "trigger").map((e) => [e.end, e.stroke])).toEqual(roots.map((id) => [nodeId(id), "dotted"]));
      const label = (id: string) => chart.nodes.get(nodeId(id))!.text;
      for (const [id, environment] of expected.environments) expect(label(id!)).toContain(`environment: ${environment}`);
      for (const [id, secret] of expected.secrets) expect(label(id!)).toMatch(new RegExp(`secrets: (.*, )?${secret}(,|<br>|$)`));
      const on = Object.keys((parse(yaml) as Mapping).on);
      for (const event of on) expect(chart.nodes.get("trigger")!.text).toContain(event);
    }
  });

  it("dot and json show the same jobs and edges", () => {
    for (const workflow of workflows) {
      const expected = expectedOf(files.find((f) => f.path === workflow.file)!.contents);
      const dot = dotGraph(workflow);
      const dotEdges = [...dot.matchAll(/^ {2}"([^"]+)" -> "([^"]+)";$/gm)].map((m) => [m[1], m[2]]);
      expect(dotEdges.sort()).toEqual([...expected.edges].sort());
      expect(dot).toMatch(/^digraph "[^"]+" \{\n/);
      const json = jsonGraph(workflow) as { jobs: { id: string; needs: string[] }[] };
      expect(json.jobs.map((j) => j.id)).toEqual(expected.jobs);
      expect(json.jobs.flatMap((j) => j.needs.map((n) => [n, j.id])).sort()).toEqual([...expected.edges].sort());
    }
  });
});

describe("graph shapes", () => {
  const files = (yaml: string, ruleset?: unknown) => [
    { path: ".github/workflows/ci.yml", contents: yaml },
    ...(ruleset ? [{ path: ".github/rulesets/main.json", contents: JSON.stringify(ruleset) }] : []),
  ];
  const yaml = [
    'name: "CI \\"quoted\\" #1"',
    "on: { push: { branches: [main] }, schedule: [{ cron: '0 3 * * *' }] }",
    "jobs:",
    "  end:",
    "    runs-on: ubuntu-latest",
    "    strategy: { matrix: { python: ['3.11', '3.12'], os: [a, b, c], exclude: [{ python: '3.11', os: a }] } }",
    "    steps: [{ run: 'echo <hi> ${{ secrets.A_B }}' }]",
    "  deploy:",
    "    name: Deploy <prod>",
    "    needs: end",
    "    uses: ./.github/workflows/deploy.yml",
    "    secrets: inherit",
    "  gate:",
    "    name: Gate",
    "    needs: [end, deploy]",
    "    runs-on: ubuntu-latest",
    "    steps: [{ run: 'true' }]",
    "",
  ].join("\n");
  const ruleset = { name: "main (pipewright: workflows.ts)", conditions: { ref_name: { include: ["refs/heads/main"] } }, rules: [{ type: "required_status_checks", parameters: { required_status_checks: [{ context: "Gate", integration_id: 15368 }] } }] };

  it("draws a matrix's size, a reusable call as a subroutine, the required check as a hexagon, and escapes labels", async () => {
    const [workflow] = inventoryOf(files(yaml, ruleset)).workflows;
    const text = mermaidGraph(workflow!);
    expect(text).toBe([
      "flowchart LR",
      '  trigger(["CI #quot;quoted#quot; #35;1<br/>on: push (branches: main) · schedule (0 3 * * *)"])',
      '  job_end["end<br/>matrix: 5 jobs<br/>secrets: A_B"]',
      '  job_deploy[["Deploy #lt;prod#gt;<br/>id: deploy<br/>calls ./.github/workflows/deploy.yml<br/>secrets: (all, inherited)"]]',
      '  job_gate{{"Gate<br/>id: gate<br/>required check of main"}}',
      "  trigger -.-> job_end",
      "  job_end --> job_deploy",
      "  job_end --> job_gate",
      "  job_deploy --> job_gate",
      "  classDef required stroke-width:3px",
      "  class job_gate required",
      "",
    ].join("\n"));
    const chart = await parseFlowchart(text);
    expect([...chart.nodes].map(([id, node]) => [id, node.type])).toEqual([["trigger", "stadium"], ["job_end", "square"], ["job_deploy", "subroutine"], ["job_gate", "hexagon"]]);
    expect(chart.nodes.get("trigger")!.text).toBe('CI "quoted" #1<br>on: push (branches: main) · schedule (0 3 * * *)');
    expect(chart.nodes.get("job_deploy")!.text).toMatch(/^Deploy <prod><br>/);
  });

  it("Mermaid's parser rejects what is not a flowchart, so the checks above can fail", async () => {
    await expect(parseFlowchart("flowchart LR\n  a[\"open --> b\n")).rejects.toThrow(/Parse error/);
  });
});
