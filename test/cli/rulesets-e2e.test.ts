// `rulesets diff|apply`, `graph` and `docs` from the packed tarball, in a fresh project, against
// the stand-in GitHub on 127.0.0.1: diff reports a missing ruleset (exit 1), apply creates it, a
// second apply sends nothing, a hand change on the server is reported in words and repaired, a
// ruleset pipewright did not generate is never touched, GITHUB_REPOSITORY names the repository
// when --repo is absent, and every request carries the token.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cleanEnv, linkInstalled, sh, type PackedPipewright } from "../support/packed.js";
import { parseFlowchart } from "../support/mermaid.js";
import { rulesetsStandIn, type RulesetsStandIn } from "../support/rulesets-standin.js";

const WORKFLOWS_TS = `import { job, run, workflow } from "pipewright";
import { branchProtection, requiredChecksGate } from "pipewright/presets";

const lint = job("lint", { "runs-on": "ubuntu-latest", steps: [run("npm run lint")] });
const test = job("test", { "runs-on": "ubuntu-latest", needs: [lint], steps: [run("npm test")] });
const gate = requiredChecksGate({ jobs: [lint, test] });

export const ci = workflow("ci", { name: "CI", on: { pull_request: {}, push: { branches: ["main"] } }, jobs: [lint, test, gate] });

export default [ci, branchProtection({ branch: "main", requiredApprovals: 1, requiredChecks: [gate] })];
`;

const TOKEN = "ghs_standin_token";
const HAND_MADE = {
  name: "Release tags",
  target: "tag",
  enforcement: "active",
  conditions: { ref_name: { include: ["refs/tags/v*"], exclude: [] } },
  rules: [{ type: "deletion" }],
  bypass_actors: [],
};

let work: string;
let installed: PackedPipewright;
let github: RulesetsStandIn;
let env: NodeJS.ProcessEnv;

const pipewright = (...args: string[]) => sh(installed.bin, args, work, env);

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "pipewright-rulesets-"));
  await writeFile(join(work, "package.json"), JSON.stringify({ name: "app", private: true, type: "module" }, null, 2) + "\n");
  await writeFile(join(work, "workflows.ts"), WORKFLOWS_TS);
  installed = await linkInstalled(work);
  github = await rulesetsStandIn("acme", "app", [HAND_MADE]);
  const { GITHUB_TOKEN: _a, GH_TOKEN: _b, GITHUB_REPOSITORY: _c, GITHUB_API_URL: _d, ...rest } = cleanEnv;
  env = { ...rest, GITHUB_API_URL: github.server.url, GITHUB_TOKEN: TOKEN, GITHUB_REPOSITORY: "acme/app" };
}, 300_000);

afterAll(async () => {
  await github?.server.close();
  if (work) await rm(work, { recursive: true, force: true });
});

const NAME = "main (pipewright: workflows.ts)";

describe("rulesets from the packed CLI", () => {
  it("reports, creates, leaves alone, repairs, and always sends the token", { timeout: 240_000 }, async () => {
    expect(await pipewright("generate")).toMatchObject({ code: 0, stdout: "wrote .github/workflows/ci.yml\nwrote .github/rulesets/main.json\n" });
    const generated = JSON.parse(await readFile(join(work, ".github/rulesets/main.json"), "utf8"));

    const missing = await pipewright("rulesets", "diff");
    expect(missing).toMatchObject({ code: 1, stderr: "" });
    expect(missing.stdout).toBe([
      `ruleset "${NAME}" (.github/rulesets/main.json): missing on GitHub (acme/app)`,
      "1 ruleset differs from GitHub (acme/app). Run `npx pipewright rulesets apply` to make GitHub match workflows.ts.",
      "",
    ].join("\n"));
    expect(github.writes()).toEqual([]);

    const created = await pipewright("rulesets", "apply");
    expect(created).toMatchObject({ code: 0, stdout: `created ruleset "${NAME}" on acme/app (id 101)\n`, stderr: "" });
    expect(github.writes().map((r) => [r.method, r.path, r.body])).toEqual([["POST", "/repos/acme/app/rulesets", generated]]);

    const again = await pipewright("rulesets", "apply");
    expect(again).toMatchObject({ code: 0, stdout: `ruleset "${NAME}" is up to date on acme/app\n` });
    expect(github.writes()).toHaveLength(1);
    expect(await pipewright("rulesets", "diff")).toMatchObject({ code: 0, stdout: `ruleset "${NAME}" (.github/rulesets/main.json): matches GitHub\n1 ruleset matches GitHub (acme/app).\n` });

    // Someone lowers the review count and drops a rule in GitHub's settings.
    const ours = github.rulesets.get(101)!;
    ours.rules = ours.rules.filter((rule) => rule.type !== "non_fast_forward");
    ours.rules.find((rule) => rule.type === "pull_request").parameters.required_approving_review_count = 0;
    const drift = await pipewright("rulesets", "diff");
    expect(drift.code).toBe(1);
    expect(drift.stdout).toBe([
      `ruleset "${NAME}" (.github/rulesets/main.json): differs from GitHub (id 101):`,
      "  non_fast_forward: GitHub has no such rule, workflows.ts says the rule is on",
      "  pull_request.required_approving_review_count: GitHub has 0, workflows.ts says 1",
      "1 ruleset differs from GitHub (acme/app). Run `npx pipewright rulesets apply` to make GitHub match workflows.ts.",
      "",
    ].join("\n"));

    // --repo wins over GITHUB_REPOSITORY.
    const repaired = await sh(installed.bin, ["rulesets", "apply", "--repo", "acme/app"], work, { ...env, GITHUB_REPOSITORY: "acme/elsewhere" });
    expect(repaired).toMatchObject({ code: 0, stderr: "" });
    expect(repaired.stdout).toBe([
      `updated ruleset "${NAME}" on acme/app (id 101):`,
      "  non_fast_forward: GitHub has no such rule, workflows.ts says the rule is on",
      "  pull_request.required_approving_review_count: GitHub has 0, workflows.ts says 1",
      "",
    ].join("\n"));
    expect(github.writes().map((r) => [r.method, r.path, r.body])).toEqual([
      ["POST", "/repos/acme/app/rulesets", generated],
      ["PUT", "/repos/acme/app/rulesets/101", generated],
    ]);
    expect((await pipewright("rulesets", "diff")).code).toBe(0);

    // The ruleset made by hand was read in no detail and never written.
    expect(github.rulesets.get(100)).toEqual({ ...HAND_MADE, id: 100 });
    expect(github.server.requests.filter((r) => r.path.endsWith("/rulesets/100"))).toEqual([]);
    // GITHUB_REPOSITORY named the repository whenever --repo was absent; every request had the token.
    expect(new Set(github.server.requests.map((r) => r.path.split("/").slice(0, 4).join("/")))).toEqual(new Set(["/repos/acme/app"]));
    expect(github.server.requests.length).toBeGreaterThan(10);
    expect(github.server.requests.filter((r) => r.headers.authorization !== `Bearer ${TOKEN}`)).toEqual([]);
  });

  it("says which permission a token without admin rights lacks", { timeout: 120_000 }, async () => {
    // The ruleset is gone from GitHub, and the token may read but not create rulesets.
    github.rulesets.delete(101);
    github.server.route("POST /repos/:owner/:repo/rulesets", () => ({ status: 403, body: { message: "Resource not accessible by integration" } }));
    const denied = await pipewright("rulesets", "apply");
    expect(denied).toMatchObject({ code: 2, stdout: "" });
    expect(denied.stderr).toBe(`pipewright: GitHub refused access to the ruleset "${NAME}" of acme/app (GitHub says: Resource not accessible by integration). This needs a token with the "Administration" repository permission set to write (a classic token needs the "repo" scope and admin rights on the repository); the token in GITHUB_TOKEN/GH_TOKEN lacks it.\n`);
  });
});

describe("graph and docs from the packed CLI", () => {
  it("prints a Mermaid graph Mermaid parses and writes the docs page", { timeout: 120_000 }, async () => {
    const graph = await pipewright("graph");
    expect(graph).toMatchObject({ code: 0, stderr: "" });
    const chart = await parseFlowchart(graph.stdout);
    expect([...chart.nodes.keys()]).toEqual(["trigger", "job_lint", "job_test", "job_required_checks"]);
    expect(chart.edges.map((e) => `${e.start}>${e.end}`)).toEqual(["trigger>job_lint", "job_lint>job_test", "job_lint>job_required_checks", "job_test>job_required_checks"]);
    const dot = await pipewright("graph", "ci", "--format", "dot");
    expect(dot.stdout).toContain('  "lint" -> "test";\n');
    expect(JSON.parse((await pipewright("graph", "--format", "json")).stdout)[0].jobs.map((j: { id: string }) => j.id)).toEqual(["lint", "test", "required-checks"]);
    expect(await pipewright("graph", "nope")).toMatchObject({ code: 2, stderr: 'pipewright: no workflow named "nope"; the source has ci\n' });

    expect(await pipewright("docs")).toMatchObject({ code: 0, stdout: "wrote docs/workflows.md\n", stderr: "" });
    const page = await readFile(join(work, "docs/workflows.md"), "utf8");
    expect(page).toContain("| `main` | 1 | `Required checks` | `required-checks` in `.github/workflows/ci.yml` | `.github/rulesets/main.json` |");
    expect(await pipewright("docs")).toMatchObject({ code: 0, stdout: "docs/workflows.md is up to date\n" });
  });
});
