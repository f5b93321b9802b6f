// `pipewright actions add | update | absorb` in one process against the stand-in GitHub server,
// on throwaway projects whose workflows.ts imports this checkout's sources. Every bad input is
// an error naming the action or the file, and leaves the lock and the module byte for byte.
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actionsCommand } from "../../src/cli/actions-command.js";
import { startStandIn, type StandInServer } from "../support/github-server.js";
import { DSL, TempProject, tempProjects } from "../cli/temp-project.js";
import { sha, startActionsServer } from "./fake-actions.js";

const SRC_ACTIONS = fileURLToPath(new URL("../../src/actions/index.ts", import.meta.url));
const newProject = tempProjects();
let server: StandInServer;
beforeAll(async () => {
  server = await startActionsServer();
});
afterAll(() => server.close());

const env = () => ({ GITHUB_API_URL: server.url, GITHUB_TOKEN: "t0ken" });
const actions = (project: TempProject, ...args: string[]) => {
  const major = args.includes("--major");
  return actionsCommand(args.filter((a) => a !== "--major"), { major }, project.root, env(), { importFrom: SRC_ACTIONS });
};

const WORKFLOWS_TS = `import { job, run, workflow } from ${JSON.stringify(DSL)};
import { helloAction } from "./pipewright.actions.js";

export const hello = workflow("hello", {
  on: { push: { branches: ["main"] } },
  jobs: [job("greet", { "runs-on": "ubuntu-latest", steps: [run("echo start"), helloAction({ who: "world", shout: true })] })],
});

export default [hello];
`;

async function withHello(ref = "v1.2.0"): Promise<TempProject> {
  const project = await newProject({ "workflows.ts": WORKFLOWS_TS });
  expect(await actions(project, "add", `acme/hello-action@${ref}`)).toMatchObject({ code: 0 });
  return project;
}

describe("actions add: bad input changes nothing", () => {
  it.each([
    ["an unknown repository", "acme/nope@v1", "pipewright: acme/nope: GitHub has no repository acme/nope. Check the owner and the name; for a private repository, set GITHUB_TOKEN (or GH_TOKEN) to a token that can read it.\n"],
    ["a ref that does not exist", "acme/hello-action@v9", 'pipewright: acme/hello-action@v9: acme/hello-action has no ref "v9". Its newest tags: v2.0.0, v1.3.0, v1.2.0. Use a tag, a branch or a full commit SHA of it.\n'],
    ["a repository without action.yml at that path", "acme/tools@v3.1.0", "pipewright: acme/tools@v3.1.0: acme/tools has no action.yml or action.yaml at its root at commit d3d3d3d3d3d3. Check the path: an action in a folder is owner/repo/folder@ref.\n"],
    ["an action.yml that is not metadata", "acme/broken@v1.0.0", "pipewright: acme/broken@v1.0.0 (action.yml) is not valid action metadata: `inputs` is not a mapping. An action.yml needs `runs.using`, and `inputs` and `outputs` (if any) as mappings of names; see https://docs.github.com/actions/sharing-automations/creating-actions/metadata-syntax-for-github-actions\n"],
    ["a local action without action.yml", "./.github/actions/none", "pipewright: ./.github/actions/none: no action.yml or action.yaml in .github/actions/none/. A local action is a folder of this repository holding its action.yml.\n"],
  ])("%s", async (_, spec, stderr) => {
    const project = await withHello();
    const before = await project.snapshot();
    // The good action is resolved too, but nothing is written when one fails.
    expect(await actions(project, "add", "acme/tools/lint@v3.1.0", spec)).toEqual({ code: 1, stdout: "", stderr });
    expect(await project.snapshot()).toEqual(before);
  });

  it("a name that is not an action, or no ref, is a usage error", async () => {
    const project = await newProject();
    expect(await actions(project, "add", "hello-action@v1")).toEqual({ code: 1, stdout: "", stderr: 'pipewright: "hello-action@v1" does not name an action: write owner/repo@ref, owner/repo/path@ref (an action in a folder of its repository) or ./path (an action in this repository)\n' });
    expect(await actions(project, "add", "acme/hello-action")).toEqual({ code: 1, stdout: "", stderr: 'pipewright: "acme/hello-action" has no ref: add the release to start from, e.g. acme/hello-action@v1\n' });
    expect((await actions(project, "add")).code).toBe(2);
    expect(await project.list()).toEqual([]);
  });

  it("a lock that is not valid JSON, or a module pipewright did not write, is left alone", async () => {
    const project = await newProject({ "pipewright.lock.json": '{ "lockfileVersion": 1, ' });
    expect(await actions(project, "add", "acme/hello-action@v1")).toMatchObject({ code: 1, stderr: expect.stringMatching(/^pipewright: pipewright\.lock\.json is not valid JSON \(.*\)\. Restore it/) });
    const mine = await newProject({ "pipewright.actions.ts": "export const mine = 1;\n" });
    expect(await actions(mine, "add", "acme/hello-action@v1")).toEqual({ code: 1, stdout: "", stderr: "pipewright: pipewright.actions.ts exists and was not generated by pipewright; refusing to overwrite it. Rename or move it, then run the command again.\n" });
    expect(await project.read("pipewright.lock.json")).toBe('{ "lockfileVersion": 1, ');
    expect(await mine.list()).toEqual(["pipewright.actions.ts"]);
  });

  it("GitHub's refusals are reported as the client words them", async () => {
    const refusing = await startStandIn({ "GET /repos/:owner/:repo/commits/:ref": () => ({ status: 401, body: { message: "Bad credentials" } }) });
    const project = await newProject();
    const out = await actionsCommand(["add", "acme/hello-action@v1"], {}, project.root, { GITHUB_API_URL: refusing.url, GH_TOKEN: "old" });
    await refusing.close();
    expect(out).toEqual({ code: 1, stdout: "", stderr: "pipewright: GitHub rejected the token while reading acme/hello-action@v1 (GitHub says: Bad credentials). Set GITHUB_TOKEN (or GH_TOKEN) to a valid token.\n" });
    expect(refusing.requests.map((r) => r.headers.authorization)).toEqual(["Bearer old"]);
  });
});

describe("actions add", () => {
  it("re-adding an action at another ref keeps its binding name; a clash gets the owner", async () => {
    const project = await withHello();
    expect((await actions(project, "add", "acme/hello-action@v2")).stdout).toMatch(/^added acme\/hello-action v2\.0\.0 \(c2c2c2c2c2c2\) as helloAction\n/);
    expect((await actions(project, "add", "other-org/hello-action@v5")).stdout).toMatch(/^added other-org\/hello-action v5\.0\.0 \(e5e5e5e5e5e5\) as otherOrgHelloAction\n/);
    const lock = JSON.parse(await project.read("pipewright.lock.json"));
    expect(Object.fromEntries(Object.entries(lock.actions as Record<string, { binding: string; ref: string; version: string }>).map(([k, v]) => [k, [v.binding, v.ref, v.version]]))).toEqual({
      "acme/hello-action": ["helloAction", "v2", "v2.0.0"],
      "other-org/hello-action": ["otherOrgHelloAction", "v5", "v5.0.0"],
    });
  });
});

describe("actions update", () => {
  it("moves within the major and prints what changed; --major moves to the latest release", async () => {
    const project = await withHello();
    expect(await actions(project, "update")).toEqual({ code: 0, stderr: "", stdout: [
      "acme/hello-action: v1.2.0 -> v1.3.0 (b1b1b1b1b1b1)",
      "  inputs added: style",
      "  input deprecated: shout: Use style instead.",
      "  outputs added: length",
      "wrote pipewright.lock.json and pipewright.actions.ts",
      "then run: npx pipewright generate",
      "",
    ].join("\n") });
    expect(await actions(project, "update", "helloAction")).toEqual({ code: 0, stderr: "", stdout: "already at the newest release of their major version: acme/hello-action\n" });
    expect(await actions(project, "update", "acme/hello-action", "--major")).toEqual({ code: 0, stderr: "", stdout: [
      "acme/hello-action: v1.3.0 -> v2.0.0 (c2c2c2c2c2c2)",
      "  inputs removed: shout (a step that still passes one no longer compiles)",
      "wrote pipewright.lock.json and pipewright.actions.ts",
      "then run: npx pipewright generate",
      "",
    ].join("\n") });
    // The removed input that workflows.ts still passes is now a compile error naming the call.
    const check = await project.cli("check");
    expect(check.code).toBe(1);
    // Column 80 is the call of helloAction(...).
    expect(check.stderr).toBe('workflows.ts:6:80: error: "shout" is not an input of acme/hello-action v2 (.github/workflows/hello.yml at jobs.greet.steps[1].with.shout) [action-ref]\n  hint: acme/hello-action v2 takes: who, greeting, style\n');
    expect(JSON.parse(await project.read("pipewright.lock.json")).actions["acme/hello-action"]).toMatchObject({ ref: "v2.0.0", version: "v2.0.0", commit: sha("c2") });
  });

  it("names an action that is not locked, and what is", async () => {
    const project = await withHello();
    const before = await project.snapshot();
    expect(await actions(project, "update", "acme/other")).toEqual({ code: 1, stdout: "", stderr: 'pipewright: "acme/other" is not in pipewright.lock.json. It has: acme/hello-action (helloAction). Add it with pipewright actions add acme/other@<ref>.\n' });
    expect(await project.snapshot()).toEqual(before);
  });
});

describe("actions absorb", () => {
  // One generated project for the refusals: each bumps its YAML, then puts it back.
  let refusing: Promise<{ project: TempProject; yaml: string }> | undefined;
  afterAll(async () => (await refusing)?.project.remove());
  const shared = () => (refusing ??= TempProject.create({ "workflows.ts": WORKFLOWS_TS }).then(async (project) => {
    expect((await actions(project, "add", "acme/hello-action@v1.2.0")).code).toBe(0);
    expect((await project.cli("generate")).code).toBe(0);
    return { project, yaml: await project.read(".github/workflows/hello.yml") };
  }));
  const A1 = `acme/hello-action@${sha("a1")} # v1.2.0`;
  const bump = async (project: TempProject, to: string, file = ".github/workflows/hello.yml") => {
    const yaml = await project.read(file);
    expect(yaml).toContain(A1);
    await project.write(file, yaml.replace(A1, to));
  };

  it("check names a Dependabot bump of a generated file; absorb verifies it, takes it into the lock and regenerates", { timeout: 180_000 }, async () => {
    const project = await withHello();
    expect(await project.cli("generate")).toMatchObject({ code: 0, stdout: "wrote .github/workflows/hello.yml\n" });
    const generated = await project.read(".github/workflows/hello.yml");
    await bump(project, `acme/hello-action@${sha("b1")} # v1.3.0`);
    const bumped = await project.read(".github/workflows/hello.yml");

    const check = await project.cli("check");
    expect(check.code).toBe(1);
    expect(check.stdout.split("\n")[0]).toBe(".github/workflows/hello.yml: only action pins changed since it was generated (a Dependabot or Renovate bump): run `npx pipewright actions absorb` to take them into pipewright.lock.json");
    expect(check.stdout).toContain("1 file out of sync with workflows.ts.\n.github/workflows/hello.yml: only action pins changed (a Dependabot or Renovate bump). Fix: run `node_modules/.bin/pipewright actions absorb`: it verifies the new commits on GitHub, takes them into pipewright.lock.json and regenerates.\n");
    const generate = await project.cli("generate");
    expect(generate.code).toBe(1);
    expect(generate.stderr).toBe(".github/workflows/hello.yml: error: .github/workflows/hello.yml differs from workflows.ts only in action pins (a Dependabot or Renovate bump); refusing to overwrite it [file-conflict]\n  hint: run `npx pipewright actions absorb` to verify the new commits and take them into pipewright.lock.json; --force drops the bump\n");
    expect(await project.read(".github/workflows/hello.yml")).toBe(bumped);

    const seen = server.requests.length;
    expect(await actions(project, "absorb")).toEqual({ code: 0, stdout: [
      "absorbed acme/hello-action: v1.2.0 -> v1.3.0 (b1b1b1b1b1b1), from .github/workflows/hello.yml",
      "  inputs added: style",
      "  input deprecated: shout: Use style instead.",
      "  outputs added: length",
      "wrote pipewright.lock.json and pipewright.actions.ts",
      "wrote .github/workflows/hello.yml",
      "",
    ].join("\n"), stderr: expect.stringContaining('input "shout" of acme/hello-action v1 is deprecated') });
    expect(server.requests.slice(seen).map((r) => `${r.path}${r.query.get("ref") ? `?ref=${r.query.get("ref")}` : ""}`)).toEqual([
      `/repos/acme/hello-action/commits/${sha("b1")}`,
      "/repos/acme/hello-action/tags",
      `/repos/acme/hello-action/contents/action.yml?ref=${sha("b1")}`,
    ]);
    expect(server.requests.slice(seen).every((r) => r.headers.authorization === "Bearer t0ken")).toBe(true);
    const absorbed = await project.read(".github/workflows/hello.yml");
    expect(absorbed.replace(/^(#.*\n)+\n/, "")).toBe(bumped.replace(/^(#.*\n)+\n/, ""));
    expect(absorbed).not.toBe(bumped);
    expect(generated).not.toBe(absorbed);
    await project.expectValid(".github/workflows/hello.yml");
    expect(await project.cli("check")).toMatchObject({ code: 0, stdout: "1 generated file is up to date\n" });
    expect(JSON.parse(await project.read("pipewright.lock.json")).actions["acme/hello-action"]).toMatchObject({ ref: "v1.3.0", version: "v1.3.0", commit: sha("b1"), metadata: { commit: sha("b1") } });
    expect(await actions(project, "absorb")).toEqual({ code: 0, stderr: "", stdout: "nothing to absorb: no generated workflow differs from its source only in action pins, and the lock matches its module\n" });
  });

  it.each([
    ["a version comment that names another release", `acme/hello-action@${sha("b1")} # v1.2.0`,
      `pipewright: .github/workflows/hello.yml: the comment says v1.2.0, but tag v1.2.0 of acme/hello-action is commit a1a1a1a1a1a1, not b1b1b1b1b1b1. Refusing a pin whose version comment names another release.\n`],
    ["a commit GitHub does not know", `acme/hello-action@${sha("99")} # v1.3.0`,
      `pipewright: acme/hello-action@${sha("99")}: acme/hello-action has no ref "${sha("99")}". Its newest tags: v2.0.0, v1.3.0, v1.2.0. Use a tag, a branch or a full commit SHA of it.\n`],
    ["a pin without a version comment", `acme/hello-action@${sha("b1")}`,
      `pipewright: .github/workflows/hello.yml: the new pin acme/hello-action@b1b1b1b1b1b1 has no version comment, so pipewright cannot tell which release it is. Let the update tool write \`# vX.Y.Z\` after the SHA (Dependabot and Renovate do by default).\n`],
  ])("refuses %s and changes nothing", async (_, to, stderr) => {
    const { project, yaml } = await shared();
    await bump(project, to);
    const before = await project.snapshot();
    expect(await actions(project, "absorb")).toEqual({ code: 1, stdout: "", stderr });
    expect(await project.snapshot()).toEqual(before);
    await project.write(".github/workflows/hello.yml", yaml);
  });

  it("takes nothing when the source does not compile with the new pins (an input the new major removed)", async () => {
    const { project, yaml } = await shared();
    await bump(project, `acme/hello-action@${sha("c2")} # v2.0.0`);
    const before = await project.snapshot();
    expect(await actions(project, "absorb")).toEqual({
      code: 1,
      stdout: "nothing absorbed: the source does not compile with the new pins; pipewright.lock.json is unchanged\n",
      stderr: 'workflows.ts:6:80: error: "shout" is not an input of acme/hello-action v2 (.github/workflows/hello.yml at jobs.greet.steps[1].with.shout) [action-ref]\n  hint: acme/hello-action v2 takes: who, greeting, style\n',
    });
    // The source is compiled against the new module, so lock and module were written and put back: same bytes.
    const bytes = (state: Map<string, { bytes: string }>) => new Map([...state].map(([path, { bytes: b }]) => [path, b]));
    expect(bytes(await project.snapshot())).toEqual(bytes(before));
    await project.write(".github/workflows/hello.yml", yaml);
  });

  it("refuses a bump of an action that is not locked, naming it and the file", async () => {
    const project = await newProject({ "workflows.ts": `import { job, workflow } from ${JSON.stringify(DSL)};
import { checkout } from ${JSON.stringify(SRC_ACTIONS)};
export default [workflow("ci", { on: "push", jobs: [job("a", { "runs-on": "ubuntu-latest", steps: [checkout()] })] })];
` });
    expect((await project.cli("generate")).code).toBe(0);
    const yaml = await project.read(".github/workflows/ci.yml");
    await project.write(".github/workflows/ci.yml", yaml.replace(/actions\/checkout@[0-9a-f]{40} # v[\d.]+/, `actions/checkout@${sha("77")} # v7.1.0`));
    expect((await project.cli("check")).stdout).toMatch(/^\.github\/workflows\/ci\.yml: only action pins changed/);
    const before = await project.snapshot();
    expect(await actions(project, "absorb")).toEqual({ code: 1, stdout: "", stderr: "pipewright: .github/workflows/ci.yml: actions/checkout is not in pipewright.lock.json, so its new pin cannot be absorbed. Run `pipewright actions add actions/checkout@v7.1.0` and use its binding from ./pipewright.actions.js, or drop the edit (`git checkout -- .github/workflows/ci.yml`).\n" });
    expect(await project.snapshot()).toEqual(before);
  });

  it("a Renovate edit of the lock itself: check names absorb, which reads the new action.yml and regenerates", async () => {
    const project = await withHello();
    await project.cli("generate");
    const lock = await project.read("pipewright.lock.json");
    // What a Renovate custom manager changes: the version and the commit after it.
    await project.write("pipewright.lock.json", lock.replace(`"version": "v1.2.0",\n      "commit": "${sha("a1")}"`, `"version": "v1.3.0",\n      "commit": "${sha("b1")}"`));
    const check = await project.cli("check");
    expect(check).toMatchObject({ code: 1, stdout: "" });
    expect(check.stderr).toBe([
      `pipewright.lock.json: error: acme/hello-action is pinned at v1.3.0 (b1b1b1b1b1b1), but its inputs and outputs were read at a1a1a1a1a1a1 (pipewright.lock.json at actions["acme/hello-action"]) [lock]`,
      "  hint: run `npx pipewright actions absorb`: it reads what the lock names (verifying it on GitHub) and rewrites pipewright.actions.ts",
      "pipewright.actions.ts: error: pipewright.actions.ts is not what pipewright.lock.json generates (edited by hand, or the lock was) [lock]",
      "  hint: run `npx pipewright actions absorb`: it reads what the lock names (verifying it on GitHub) and rewrites pipewright.actions.ts",
      "",
    ].join("\n"));
    const out = await actions(project, "absorb");
    expect(out.code).toBe(0);
    expect(out.stdout).toBe([
      "absorbed acme/hello-action: metadata of a1a1a1a1a1a1 -> v1.3.0 (b1b1b1b1b1b1), from pipewright.lock.json",
      "  inputs added: style",
      "  input deprecated: shout: Use style instead.",
      "  outputs added: length",
      "wrote pipewright.lock.json and pipewright.actions.ts",
      "wrote .github/workflows/hello.yml",
      "",
    ].join("\n"));
    expect(await project.read(".github/workflows/hello.yml")).toContain(`uses: acme/hello-action@${sha("b1")} # v1.3.0`);
    expect(await project.cli("check")).toMatchObject({ code: 0, stdout: "1 generated file is up to date\n" });
  });
});

describe("the actions command line", () => {
  it("is dispatched by main, and says how to use it", async () => {
    const { main } = await import("../../src/cli/main.js");
    const project = await newProject();
    const unknown = await main(["actions", "frob"], project.root);
    expect(unknown).toMatchObject({ code: 2, stdout: "", stderr: expect.stringMatching(/^pipewright: unknown actions command "frob"\nusage: pipewright actions add/) });
    expect(await main(["actions", "add", "acme/x@v1", "--major"], project.root)).toMatchObject({ code: 2, stderr: expect.stringMatching(/^pipewright: --major only applies to actions update\n/) });
    expect(await main(["actions", "absorb", "extra"], project.root)).toMatchObject({ code: 2, stderr: expect.stringMatching(/^pipewright: unexpected argument "extra"\n/) });
    expect(await project.list()).toEqual([]);
  });
});

describe("local actions and broken locks", () => {
  it("update re-reads a local action from disk and prints what changed", async () => {
    const yml = "name: Db\ninputs:\n  database:\n    required: true\nruns:\n  using: composite\n  steps: []\n";
    const project = await newProject({ ".github/actions/db/action.yml": yml });
    expect(await actions(project, "add", "./.github/actions/db")).toMatchObject({ code: 0, stdout: expect.stringMatching(/^added \.\/\.github\/actions\/db as db\n/) });
    expect(await actions(project, "update")).toEqual({ code: 0, stderr: "", stdout: "already at the newest release of their major version: ./.github/actions/db\n" });
    await project.write(".github/actions/db/action.yml", yml.replace("  database:\n    required: true\n", "  schema:\n    default: public\n"));
    expect(await actions(project, "update", "db")).toEqual({ code: 0, stderr: "", stdout: [
      "./.github/actions/db: its action.yml changed",
      "  inputs added: schema",
      "  inputs removed: database (a step that still passes one no longer compiles)",
      "wrote pipewright.lock.json and pipewright.actions.ts",
      "then run: npx pipewright generate",
      "",
    ].join("\n") });
    expect(await project.read("pipewright.actions.ts")).toContain('export const db: Binding<DbInputs, DbOutputs> = localBinding({ uses: "./.github/actions/db", requiredInputs: [] });');
    expect(server.requests.some((r) => r.path.includes("/.github/"))).toBe(false);
  });

  it("check and generate stop at a lock that does not match its schema, naming the entry", async () => {
    const project = await withHello();
    const lock = await project.read("pipewright.lock.json");
    await project.write("pipewright.lock.json", lock.replace(`"commit": "${sha("a1")}"`, '"commit": "a1"'));
    const before = await project.snapshot();
    for (const command of ["check", "generate"]) {
      expect(await project.cli(command)).toEqual({ code: 2, stdout: "", stderr: [
        "pipewright: pipewright.lock.json does not match its schema (schemas/pipewright-lock.schema.json in the pipewright package):",
        '  - actions["acme/hello-action"].commit: Invalid string: must match pattern /^[0-9a-f]{40}$/',
        "Fix those entries, or remove them and run `pipewright actions add` again.",
        "",
      ].join("\n") });
    }
    expect(await project.snapshot()).toEqual(before);
  });
});
