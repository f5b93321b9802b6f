// ansible: the whole workflow for the default and for each main option, compared with the files
// under expected/ansible/, every one through GitHub's parser and actionlint; the SSH key and
// playbook scripts run under bash against stand-in commands.
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { data, Evaluator, Lexer, Parser } from "@actions/expressions";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { compile, secrets, vars, workflow, type AnyJobRef } from "../../src/index.js";
import { ansible, type AnsibleOptions } from "../../src/presets/ansible.js";
import { compileJobs as compileWorkflow, evaluate, expectedFile, jobOf, RELEASE_BRANCH_CASES, stepNamed, type Mapping } from "./support.js";


const expected = (name: string) => expectedFile("ansible", name);
const onBranch = (branch: string) => ({ pull_request: { branches: [branch] }, push: { branches: [branch] } });
const on = onBranch("main");
const jobsOf = (options: AnsibleOptions) => Object.values(ansible(options));
const full: AnsibleOptions = {
  playbook: "playbooks/site.yml", inventory: "inventory/production.ini", sshPrivateKey: secrets.DEPLOY_SSH_KEY,
  requirements: "requirements.yml", workingDirectory: "ansible", idPrefix: "servers",
};

const compileJobs = (jobs: readonly AnyJobRef[], branch = "main") =>
  compileWorkflow("ansible", jobs, { name: "Ansible", on: onBranch(branch) });



/** Evaluates a step condition with `ANSIBLE_PRIVATE_KEY_FILE` unset or set to `value`. */
function envIsSet(text: string, value: string | undefined): boolean {
  const source = text.replace(/^\$\{\{([\s\S]*)\}\}$/, "$1");
  const ast = new Parser(new Lexer(source).lex().tokens, ["env"], []).parse();
  const env = value === undefined ? new data.Dictionary() : new data.Dictionary({ key: "ANSIBLE_PRIVATE_KEY_FILE", value: new data.StringData(value) });
  return new Evaluator(ast, new data.Dictionary({ key: "env", value: env })).evaluate().coerceString() === "true";
}

const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Runs a step's script as GitHub does (`bash -e -o pipefail`), with stand-in commands on the PATH. */
function runStep(step: Mapping, env: Record<string, string> = {}, fakes: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), "pipewright-ansible-"));
  temps.push(dir);
  for (const [name, body] of Object.entries(fakes)) {
    writeFileSync(join(dir, name), `#!/usr/bin/env bash\n${body}\n`);
    chmodSync(join(dir, name), 0o755);
  }
  const runnerTemp = mkdtempSync(join(dir, "runner-temp-"));
  const githubEnv = join(dir, "github-env");
  writeFileSync(githubEnv, "");
  const result = spawnSync("bash", ["--noprofile", "--norc", "-e", "-o", "pipefail", "-c", step.run], {
    cwd: dir, encoding: "utf8",
    env: { PATH: `${dir}:${process.env.PATH}`, RUNNER_TEMP: runnerTemp, GITHUB_ENV: githubEnv, FAKE_DIR: dir, ...env },
  });
  return { ...result, dir, runnerTemp, githubEnv: readFileSync(githubEnv, "utf8") };
}

describe("ansible: exact YAML", () => {
  it.each<[string, () => AnyJobRef[], string?]>([
    ["default", () => jobsOf({ playbook: "site.yml" })],
    ["inventory", () => jobsOf({ playbook: "site.yml", inventory: "inventory/staging.ini", environment: "staging", branch: "staging" }), "staging"],
    ["full", () => jobsOf(full)],
  ])("%s", async (name, jobs, branch) => {
    expect(await compileJobs(jobs(), branch)).toBe(expected(name));
  });

  it("is exported from the presets entry point, lint first", async () => {
    const presets = await import("../../src/presets/index.js");
    expect(presets.ansible).toBe(ansible);
    expect(jobsOf({ playbook: "site.yml" }).map((j) => j.id)).toEqual(["ansible-lint", "ansible-run"]);
  });
});

describe("ansible: behaviour", () => {
  it("runs the playbook only on a push to main, after lint", async () => {
    const yaml = await compileJobs(jobsOf({ playbook: "site.yml" }));
    const runJob = jobOf(yaml, "ansible-run");
    expect(jobOf(yaml, "ansible-lint").if).toBeUndefined();
    expect(runJob.needs).toEqual(["ansible-lint"]);
    expect(runJob.environment).toBe("production");
    const cases: [string, string, boolean][] = [
      ["push", "refs/heads/main", true],
      ["push", "refs/heads/feature", false],
      ["pull_request", "refs/pull/7/merge", false],
      ["workflow_dispatch", "refs/heads/main", false],
    ];
    expect(cases.map(([event, ref]) => evaluate(runJob.if, event, ref))).toEqual(cases.map(([, , runs]) => runs));
  });

  it("runs the playbook from another branch when told, and only on a push to exactly that branch", async () => {
    const yaml = await compileJobs(jobsOf({ playbook: "site.yml", branch: "release/v2" }), "release/v2");
    const cases = RELEASE_BRANCH_CASES;
    const runIf = jobOf(yaml, "ansible-run").if as string;
    expect(cases.map(([event, ref]) => evaluate(runIf, event, ref))).toEqual(cases.map(([, , runs]) => runs));
  });

  it("gives the key only around the steps that reach the hosts", async () => {
    const yaml = await compileJobs(jobsOf(full));
    const names = (id: string) => (jobOf(yaml, id).steps as Mapping[]).map((s) => s.name);
    expect(names("servers-lint").slice(-4)).toEqual(["Lint", "Write the SSH key", "Dry run", "Remove the SSH key"]);
    expect(names("servers-run").slice(-3)).toEqual(["Write the SSH key", "Run the playbook", "Remove the SSH key"]);
    expect(stepNamed(yaml, "servers-run", "Write the SSH key").env).toEqual({ SSH_PRIVATE_KEY: "${{ secrets.DEPLOY_SSH_KEY }}" });
    expect(stepNamed(yaml, "servers-run", "Remove the SSH key").if).toBe("${{ always() }}");
  });

  it("writes the key to a file only its owner can read, and removes it", async () => {
    const yaml = await compileJobs(jobsOf(full));
    const key = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----";
    const written = runStep(stepNamed(yaml, "servers-run", "Write the SSH key"), { SSH_PRIVATE_KEY: key });
    expect(written.status).toBe(0);
    const [file] = readdirSync(written.runnerTemp).map((name) => join(written.runnerTemp, name));
    expect(written.githubEnv).toBe(`ANSIBLE_PRIVATE_KEY_FILE=${file}\n`);
    expect(readFileSync(file!, "utf8")).toBe(`${key}\n`);
    expect(statSync(file!).mode & 0o777).toBe(0o600);

    const remove = stepNamed(yaml, "servers-run", "Remove the SSH key");
    expect(runStep(remove, { ANSIBLE_PRIVATE_KEY_FILE: file! }).status).toBe(0);
    expect(existsSync(file!)).toBe(false);
    expect(runStep(remove).status, "nothing to remove when the key was never written").toBe(0);
  });

  it("fails the run, but only skips the dry run, when the key secret is empty", async () => {
    const yaml = await compileJobs(jobsOf(full));
    const failed = runStep(stepNamed(yaml, "servers-run", "Write the SSH key"), { SSH_PRIVATE_KEY: "" });
    expect(failed.status).toBe(1);
    expect(failed.stdout).toBe("::error::The SSH private key is empty: set the secret in the repository or the environment.\n");
    expect([readdirSync(failed.runnerTemp), failed.githubEnv]).toEqual([[], ""]);

    const skipped = runStep(stepNamed(yaml, "servers-lint", "Write the SSH key"), { SSH_PRIVATE_KEY: "" });
    expect(skipped.status).toBe(0);
    expect(skipped.stdout).toBe("::warning::No SSH private key (pull requests from forks get no secrets): the dry run is skipped.\n");
    expect([readdirSync(skipped.runnerTemp), skipped.githubEnv]).toEqual([[], ""]);
    const dryRun = stepNamed(yaml, "servers-lint", "Dry run").if as string;
    expect([envIsSet(dryRun, undefined), envIsSet(dryRun, ""), envIsSet(dryRun, "/tmp/ssh-key.abc123")]).toEqual([false, false, true]);
  });

  it("passes paths with spaces to ansible-playbook as single arguments", async () => {
    const yaml = await compileJobs(jobsOf({ playbook: "play books/site.yml", inventory: "it's/hosts.ini" }));
    const record = { "ansible-playbook": 'printf "%s\\n" "$@" > "$FAKE_DIR/args"' };
    const dry = runStep(stepNamed(yaml, "ansible-lint", "Dry run"), {}, record);
    expect(readFileSync(join(dry.dir, "args"), "utf8")).toBe("--check\n--diff\n-i\nit's/hosts.ini\nplay books/site.yml\n");
    const real = runStep(stepNamed(yaml, "ansible-run", "Run the playbook"), {}, record);
    expect(readFileSync(join(real.dir, "args"), "utf8")).toBe("-i\nit's/hosts.ini\nplay books/site.yml\n");
  });

  it("dry-runs unconditionally when no key is given (ssh-agent, local connections)", async () => {
    const yaml = await compileJobs(jobsOf({ playbook: "site.yml", inventory: "hosts.ini" }));
    expect(stepNamed(yaml, "ansible-lint", "Dry run")).toEqual({ name: "Dry run", run: "ansible-playbook --check --diff -i hosts.ini site.yml" });
  });

  it("has no dry run without an inventory", async () => {
    const yaml = await compileJobs(jobsOf({ playbook: "site.yml", sshPrivateKey: secrets.KEY }));
    expect((jobOf(yaml, "ansible-lint").steps as Mapping[]).map((s) => s.name)).not.toContain("Dry run");
    expect(stepNamed(yaml, "ansible-run", "Run the playbook").run).toBe("ansible-playbook site.yml");
  });
  it("points diagnostics about its jobs at the ansible call", async () => {
    const line = Number(new Error().stack!.split("\n")[1]!.match(/:(\d+):\d+\)?$/)![1]) + 1;
    const jobs = [...Object.values(ansible({ playbook: "site.yml" })), ...Object.values(ansible({ playbook: "site.yml" }))];
    const result = await compile([workflow("ansible", { on, jobs })]);
    expect(result.diagnostics.map((d) => [d.rule, d.source?.file, d.source?.line])).toEqual([
      ["job-id-duplicate", expect.stringMatching(/ansible\.test\.ts$/), line],
      ["job-id-duplicate", expect.stringMatching(/ansible\.test\.ts$/), line],
    ]);
  });
});

describe("ansible: bad options", () => {
  it.each<[string, unknown]>([
    ['option "playbook": is required', {}],
    ['option "sshPrivateKey": expected an expression such as secrets.NAME', { playbook: "site.yml", sshPrivateKey: "-----BEGIN" }],
    ['option "inventory": an inventory path on one line', { playbook: "site.yml", inventory: "a\nb" }],
    ['option "requirements": Too small', { playbook: "site.yml", requirements: "" }],
    ['option "environment": Too small', { playbook: "site.yml", environment: "" }],
    ['option "branch": an exact branch name such as main (no patterns)', { playbook: "site.yml", branch: "releases/**" }],
    ['option "idPrefix": a job id prefix', { playbook: "site.yml", idPrefix: "ansible lint" }],
    ['options: Unrecognized key: "hosts"', { playbook: "site.yml", hosts: vars.HOSTS }],
  ])("%s", (message, options) => {
    expect(() => ansible(options as AnsibleOptions)).toThrow(`ansible(): invalid options\n  - ${message}`);
  });
});
