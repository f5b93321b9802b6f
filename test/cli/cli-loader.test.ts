// Loading workflows.ts: every way a source can be wrong must name the file, and the line when
// there is one, so the user lands on the mistake.
import { describe, expect, it } from "vitest";
import { IMPORT, tempProjects, workflowSource } from "./temp-project.js";

const project = tempProjects();

/** A project whose workflows.ts is `lines`, after the DSL import on line 1. */
const withSource = (...lines: string[]) => project({ "workflows.ts": [IMPORT, ...lines].join("\n") + "\n" });

describe("loading workflows.ts", () => {
  it("exits 2 naming the file when it does not exist", async () => {
    const p = await project();
    const out = await p.cli("generate");
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/^pipewright: workflows\.ts: no such file\. .*--source <file>/);
    expect((await p.cli("generate", "--source", "ci/pipelines.ts")).stderr).toContain("ci/pipelines.ts: no such file");
  });

  it("exits 1 when there is no default export", async () => {
    const p = await withSource(workflowSource("ci"));
    const out = await p.cli("generate");
    expect(out.code).toBe(1);
    expect(out.stderr).toBe("pipewright: workflows.ts has no default export. Add `export default [ci]` listing the workflows to generate.\n");
  });

  it("exits 1 when the default export is not an array", async () => {
    const p = await withSource(workflowSource("ci"), "export default ci;");
    const out = await p.cli("generate");
    expect(out.code).toBe(1);
    expect(out.stderr).toBe("pipewright: workflows.ts: the default export must be an array of workflows, got object. Write `export default [ci]`.\n");
  });

  it("exits 1 when an entry is not a workflow, and writes none of the others", async () => {
    const p = await withSource(workflowSource("ci"), `export default [ci, job("x", { "runs-on": "ubuntu-latest" }), 42];`);
    const out = await p.cli("generate");
    expect(out.code).toBe(1);
    expect(out.stderr).toBe(
      "workflows.ts: error: entry 1 of the default export is an object, not a workflow [source]\n" +
        '  hint: export workflow("name", {...}) and branchProtection({...}) values: `export default [ci, release]`\n' +
        "workflows.ts: error: entry 2 of the default export is a number, not a workflow [source]\n" +
        '  hint: export workflow("name", {...}) and branchProtection({...}) values: `export default [ci, release]`\n',
    );
    expect(await p.list()).toEqual(["workflows.ts"]);
  });

  it("names the line of a throw in workflows.ts", async () => {
    const p = await withSource(
      "",
      "function pick(name: string): string {",
      "  throw new Error(`no runner called ${name}`);",
      "}",
      `export default [workflow("ci", { on: { push: {} }, jobs: [job("t", { "runs-on": pick("gpu"), steps: [run("x")] })] })];`,
    );
    const out = await p.cli("generate");
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(/^pipewright: workflows\.ts threw while loading:\nError: no runner called gpu\n/);
    // The bundled temporary module's own lines would be useless: the source map names the .ts.
    expect(out.stderr).toMatch(/\bat pick \(\S*\/workflows\.ts:4:9\)/);
    expect(out.stderr).not.toContain(".pipewright-");
  });

  it("names line and column of a TypeScript syntax error", async () => {
    const p = await withSource("", "const runner: string = ;", workflowSource("ci"), "export default [ci];");
    const out = await p.cli("check");
    expect(out).toEqual({ code: 1, stdout: "", stderr: 'pipewright: workflows.ts:3:24: error: Unexpected ";"\n' });
  });

  it("points a bad `needs` at the job() call that declared it", async () => {
    const p = await withSource(
      "",
      `const build = job("build", { "runs-on": "ubuntu-latest", steps: [run("make")] });`,
      "",
      "export const release = workflow(\"release\", {",
      "  on: { push: { tags: [\"v*\"] } },",
      "  jobs: [",
      "    build,",
      `    job("publish", { needs: [build, "sign"], "runs-on": "ubuntu-latest", steps: [run("make publish")] }),`,
      "  ],",
      "});",
      "export default [release];",
    );
    const out = await p.cli("generate");
    expect(out.code).toBe(1);
    expect(out.stderr).toBe(
      'workflows.ts:9:5: error: job "publish" needs "sign", which is not a job of this workflow (.github/workflows/release.yml at jobs.publish.needs) [needs-unknown]\n' +
        "  hint: needs one of: build; or add the job to `jobs`\n",
    );
  });

  it("bundles local imports and type-only syntax", async () => {
    const p = await project({
      "workflows.ts": [IMPORT, 'import { RUNNER, type Runner } from "./lib/runner.js";', workflowSource("ci"), "export default [ci];"].join("\n")
        .replace('"runs-on": "ubuntu-latest"', '"runs-on": RUNNER satisfies Runner'),
      "lib/runner.ts": 'export type Runner = "ubuntu-latest" | "ubuntu-24.04";\nexport const RUNNER: Runner = "ubuntu-24.04";\n',
    });
    expect((await p.cli("generate")).code).toBe(0);
    expect(await p.read(".github/workflows/ci.yml")).toContain("    runs-on: ubuntu-24.04\n");
    await p.expectValid(".github/workflows/ci.yml");
  });
});
