import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { job, run, secrets, workflow } from "../../src/index.js";
import { lintFiles, lintText } from "../../src/runs/lint-files.js";
import { ruleTester } from "./rule-tester.js";
import { yaml } from "./yaml-rule-tester.js";

const SHA = "0123456789abcdef0123456789abcdef01234567";
const CALLED = ".github/workflows/deploy.yml";
const deploy = workflow("deploy", {
  on: {
    workflow_call: {
      inputs: { environment: { type: "string", required: true }, "dry-run": { type: "boolean", default: false }, replicas: { type: "number", required: false } },
      secrets: { token: { required: true }, webhook: { required: false } },
    },
  },
  jobs: [job("apply", { "runs-on": "ubuntu-latest", steps: [run("make deploy")] })],
});
const caller = (definition: Record<string, unknown>) =>
  workflow("ci", { on: "push", jobs: [job("deploy", { uses: `./${CALLED}`, ...definition } as never)] });
const KEYS_HINT = "remove it: the called workflow's jobs set where and how they run; a calling job takes only name, uses, with, secrets, needs, if, permissions, concurrency, strategy";
const withToken = { secrets: { token: `${secrets.DEPLOY_TOKEN}` } };

ruleTester("reusable-workflow", {
  valid: [
    { name: "inputs and secrets the called workflow declares", code: [caller({ with: { environment: "prod", "dry-run": true, replicas: 3 }, ...withToken }), deploy] },
    { name: "an input name in another case", code: [caller({ with: { Environment: "prod" }, ...withToken }), deploy] },
    { name: "a number for a string input, which GitHub turns into text", code: [caller({ with: { environment: 2 }, ...withToken }), deploy] },
    { name: "an expression for a boolean input", code: [caller({ with: { environment: "prod", "dry-run": "${{ github.event_name != 'push' }}" }, ...withToken }), deploy] },
    { name: "the keys a calling job may have", code: [caller({ name: "Deploy", if: "github.ref == 'refs/heads/main'", permissions: { contents: "read" }, concurrency: "deploy", with: { environment: "prod" }, ...withToken }), deploy] },
    // Not compiled in this run: nothing to compare with, so nothing is guessed.
    { name: "a called workflow pipewright cannot see", code: caller({ with: { anything: 1 } }) },
    { name: "a workflow in another repository", code: workflow("ci", { on: "push", jobs: [job("call", { uses: `octo-org/ci/.github/workflows/build.yml@${SHA}`, with: { anything: 1 } })] }) },
  ],
  invalid: [
    {
      name: "keys of a job that runs steps",
      code: [caller({ "runs-on": "ubuntu-latest", "timeout-minutes": 10, with: { environment: "prod" }, ...withToken }), deploy],
      errors: [
        { path: "jobs.deploy.runs-on", message: "`runs-on` is not allowed on a job that calls a reusable workflow", hint: KEYS_HINT },
        { path: "jobs.deploy.timeout-minutes", message: "`timeout-minutes` is not allowed on a job that calls a reusable workflow", hint: KEYS_HINT },
      ],
    },
    {
      name: "an input the called workflow does not declare",
      code: [caller({ with: { environment: "prod", enviroment: "prod" }, ...withToken }), deploy],
      errors: [{ path: "jobs.deploy.with.enviroment", message: `${CALLED} has no input "enviroment"`, hint: "its inputs: environment, dry-run, replicas" }],
    },
    {
      name: "a required input left out",
      code: [caller({ with: { replicas: 2 }, ...withToken }), deploy],
      errors: [{ path: "jobs.deploy.with", message: `${CALLED} requires input "environment"`, hint: "pass it under `with`: `environment: ...`" }],
    },
    {
      name: "text for a boolean, and for a number",
      code: [caller({ with: { environment: "prod", "dry-run": "yes", replicas: "3" }, ...withToken }), deploy],
      errors: [
        { path: "jobs.deploy.with.dry-run", message: `input "dry-run" of ${CALLED} is a boolean, but "yes" is a string`, hint: "write true or false without quotes" },
        { path: "jobs.deploy.with.replicas", message: `input "replicas" of ${CALLED} is a number, but "3" is a string`, hint: "write the number without quotes" },
      ],
    },
    {
      name: "a secret the called workflow does not declare, and a required one left out",
      code: [caller({ with: { environment: "prod" }, secrets: { TOKEN_X: `${secrets.X}` } }), deploy],
      errors: [
        { path: "jobs.deploy.secrets.TOKEN_X", message: `${CALLED} has no secret "TOKEN_X"`, hint: "its secrets: token, webhook" },
        { path: "jobs.deploy.secrets", message: `${CALLED} requires secret "token"`, hint: "pass it under `secrets`: `token: ${{ secrets.token }}`, or `secrets: inherit`" },
      ],
    },
    {
      name: "no `with` and no `secrets` at all",
      code: [caller({}), deploy],
      errors: [
        { path: "jobs.deploy", message: `${CALLED} requires input "environment"`, hint: "pass it under `with`: `environment: ...`" },
        { path: "jobs.deploy", message: `${CALLED} requires secret "token"`, hint: "pass it under `secrets`: `token: ${{ secrets.token }}`, or `secrets: inherit`" },
      ],
    },
    {
      name: "a called workflow without workflow_call",
      code: [caller({ with: { environment: "prod" } }), workflow("deploy", { on: "push", jobs: [job("apply", { "runs-on": "ubuntu-latest", steps: [run("make")] })] })],
      errors: [{ path: "jobs.deploy.uses", message: `${CALLED} cannot be called: it has no \`on: workflow_call\` trigger`, hint: `add \`workflow_call:\` to the \`on\` of ${CALLED}` }],
    },
    {
      name: "a uses that names no workflow file",
      code: workflow("ci", { on: "push", jobs: [job("deploy", { uses: "./deploy.yml" })] }),
      errors: [{ path: "jobs.deploy.uses", message: 'uses "./deploy.yml" does not name a reusable workflow file', hint: "write ./.github/workflows/<file>.yml for one in this repository, or owner/repo/.github/workflows/<file>.yml@ref" }],
    },
  ],
});

const DEPLOY_YAML = yaml("on:", "  workflow_call:", "    inputs:", "      environment:", "        type: string", "        required: true", "jobs:", "  apply:", "    runs-on: ubuntu-latest", "    steps:", "      - run: make deploy");
const CI_YAML = yaml("on: push", "jobs:", "  deploy:", "    uses: ./.github/workflows/deploy.yml", "    with:", "      environmnet: prod");
const ours = async (found: Promise<readonly { rule: string; source?: { line: number; column: number } | undefined; path: string; message: string }[]>) =>
  (await found).filter((d) => d.rule === "reusable-workflow").map((d) => ({ at: `${d.source?.line}:${d.source?.column}`, path: d.path, message: d.message }));

describe("reusable-workflow (YAML)", () => {
  it("reads the called workflow through readWorkflow", async () => {
    const readWorkflow = (path: string) => (path === CALLED ? { on: { workflow_call: { inputs: { environment: { type: "string", required: true } } } } } : undefined);
    expect(await ours(lintText(CI_YAML, "ci.yml", { readWorkflow }))).toEqual([
      { at: "6:7", path: "jobs.deploy.with.environmnet", message: `${CALLED} has no input "environmnet"` },
      { at: "5:5", path: "jobs.deploy.with", message: `${CALLED} requires input "environment"` },
    ].sort((a, b) => a.at.localeCompare(b.at)));
  });

  it("reports a key of a job that runs steps at that key", async () => {
    const text = yaml("on: push", "jobs:", "  deploy:", "    uses: octo-org/ci/.github/workflows/deploy.yml@v1", "    with:", "      x: 1", "    runs-on: ubuntu-latest");
    const found = (await lintText(text, "ci.yml")).filter((d) => d.rule === "reusable-workflow" || d.rule === "shape");
    expect(found.map((d) => ({ rule: d.rule, at: `${d.source?.line}:${d.source?.column}`, message: d.message }))).toEqual([
      { rule: "reusable-workflow", at: "7:5", message: "`runs-on` is not allowed on a job that calls a reusable workflow" },
    ]);
  });

  it("says nothing without a way to read other files", async () => {
    expect(await ours(lintText(CI_YAML, "ci.yml"))).toEqual([]);
  });

  describe("pipewright lint on a repository", () => {
    let root: string;
    beforeAll(async () => {
      root = await mkdtemp(join(tmpdir(), "pipewright-reusable-"));
      await mkdir(join(root, ".github/workflows"), { recursive: true });
      await writeFile(join(root, ".github/workflows/ci.yml"), CI_YAML);
      await writeFile(join(root, CALLED), DEPLOY_YAML);
      await writeFile(join(root, ".github/workflows/other.yml"), yaml("on: push", "jobs:", "  call:", "    uses: ./.github/workflows/missing.yml", "    with:", "      x: 1"));
    });
    afterAll(() => rm(root, { recursive: true, force: true }));

    it("reads the called file from the linted file's repository", async () => {
      const { diagnostics } = await lintFiles([".github/workflows/ci.yml"], { cwd: root });
      expect(await ours(Promise.resolve(diagnostics))).toEqual([
        { at: "5:5", path: "jobs.deploy.with", message: `${CALLED} requires input "environment"` },
        { at: "6:7", path: "jobs.deploy.with.environmnet", message: `${CALLED} has no input "environmnet"` },
      ]);
    });

    it("skips a called file that is absent", async () => {
      const { diagnostics } = await lintFiles([".github/workflows/other.yml"], { cwd: root });
      expect(await ours(Promise.resolve(diagnostics))).toEqual([]);
    });
  });
});
