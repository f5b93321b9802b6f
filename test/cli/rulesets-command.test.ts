// rulesets-command in process, for what the end-to-end test does not walk through: every page
// of a long list is read, the origin remote names the repository when nothing else does, a
// rejected token and a bad action are explained, and a source without rulesets asks nothing.
import { afterEach, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { rulesetsCommand } from "../../src/cli/rulesets-command.js";
import { sh } from "../support/packed.js";
import { rulesetsStandIn, type RulesetsStandIn } from "../support/rulesets-standin.js";
import { DSL, IMPORT, TempProject } from "./temp-project.js";

const SOURCE = [
  IMPORT,
  `import { branchProtection } from ${JSON.stringify(DSL.replace(/index\.ts$/, "presets/index.ts"))};`,
  'const test = job("test", { "runs-on": "ubuntu-latest", steps: [run("npm test")] });',
  'export const ci = workflow("ci", { name: "CI", on: { pull_request: {} }, jobs: [test] });',
  'export default [ci, branchProtection({ branch: "main", requiredChecks: [test] })];',
  "",
].join("\n");

let project: TempProject | undefined;
let github: RulesetsStandIn | undefined;
afterEach(async () => {
  await github?.server.close();
  await project?.remove();
  github = project = undefined;
});

const foreign = (n: number) => ({ name: `hand-made ${n}`, target: "branch", enforcement: "active", conditions: { ref_name: { include: [`refs/heads/r${n}`], exclude: [] } }, rules: [{ type: "deletion" }], bypass_actors: [] });

describe("rulesets command", () => {
  it("reads every page of the list, finds the repository from the origin remote, and creates only its own ruleset", async () => {
    project = await TempProject.create({ "workflows.ts": SOURCE });
    expect((await sh("git", ["init", "-q"], project.root)).code).toBe(0);
    expect((await sh("git", ["remote", "add", "origin", "git@github.com:acme/app.git"], project.root)).code).toBe(0);
    // 99 rulesets made by hand, and one generated for a branch the source no longer protects.
    github = await rulesetsStandIn("acme", "app", [...Array.from({ length: 99 }, (_, i) => foreign(i)), { ...foreign(99), name: "release (pipewright: workflows.ts)" }], "t0k");
    const env = { GITHUB_API_URL: github.server.url, GH_TOKEN: "t0k" };
    const first = await rulesetsCommand(["apply"], {}, project.root, env);
    expect(first).toEqual({
      code: 0,
      stdout: 'created ruleset "main (pipewright: workflows.ts)" on acme/app (id 200)\n',
      stderr: 'note: ruleset "release (pipewright: workflows.ts)" (id 199) on acme/app is no longer generated from workflows.ts; pipewright leaves it, delete it in the repository\'s settings if it is not needed\n',
    });
    const second = await rulesetsCommand(["diff"], { json: true }, project.root, env);
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout)).toEqual({ repository: "acme/app", rulesets: [{ name: "main (pipewright: workflows.ts)", path: ".github/rulesets/main.json", status: "same", id: 200, differences: [] }], stray: [{ id: 199, name: "release (pipewright: workflows.ts)" }] });
    // 101 rulesets: two pages of the list, then the one ruleset in full.
    expect(github.server.requests.filter((r) => r.method === "GET").slice(-3).map((r) => `${r.path}${r.query.size ? `?${r.query}` : ""}`)).toEqual([
      "/repos/acme/app/rulesets?includes_parents=false&per_page=100&page=1",
      "/repos/acme/app/rulesets?includes_parents=false&per_page=100&page=2",
      "/repos/acme/app/rulesets/200",
    ]);
    expect(github.writes().map((r) => r.method)).toEqual(["POST"]);
    expect(github.rulesets.get(199)!.name).toBe("release (pipewright: workflows.ts)");

    const rejected = await rulesetsCommand(["diff"], {}, project.root, { ...env, GH_TOKEN: "stale" });
    expect(rejected).toMatchObject({ code: 2, stdout: "" });
    expect(rejected.stderr).toBe("pipewright: GitHub rejected the token while reading the rulesets of acme/app (GitHub says: Bad credentials). Set GITHUB_TOKEN (or GH_TOKEN) to a valid token.\n");
    const unknown = await rulesetsCommand(["diff"], { repo: "acme/gone" }, project.root, env);
    expect(unknown.stderr).toBe("pipewright: not found on GitHub: the rulesets of acme/gone (GitHub says: Not Found). Check the name and the ref.\n");
  });

  it("rejects a missing or unknown action through the CLI, and asks GitHub nothing without rulesets", async () => {
    expect(await main(["rulesets"], "/")).toMatchObject({ code: 2, stderr: "pipewright: usage: pipewright rulesets diff|apply [--repo owner/name]\n" });
    expect(await main(["rulesets", "sync"], "/")).toMatchObject({ code: 2, stderr: 'pipewright: unknown rulesets action "sync"; usage: pipewright rulesets diff|apply [--repo owner/name]\n' });
    project = await TempProject.create({ "workflows.ts": SOURCE.replace(", branchProtection({ branch: \"main\", requiredChecks: [test] })", "") });
    const none = await rulesetsCommand(["diff"], {}, project.root, { GITHUB_API_URL: "http://127.0.0.1:9" });
    expect(none).toMatchObject({ code: 0, stdout: "No rulesets to compare: the source exports no branchProtection().\n" });
  });
});
