// consistencyCheck: the whole workflow for each package manager and option, compared with the
// files under expected/consistency-check/, every one through GitHub's parser and actionlint;
// and bad options, each named.
import { describe, expect, it } from "vitest";
import { job, run, type AnyJobRef } from "../../src/index.js";
import { consistencyCheck, type ConsistencyCheckOptions } from "../../src/presets/index.js";
import { compileJobs, expectedFile } from "./support.js";

const test = job("test", {
  "runs-on": "ubuntu-latest",
  "timeout-minutes": 10,
  permissions: { contents: "read" },
  steps: [run("npm test")],
});

describe("consistencyCheck: exact YAML", () => {
  it.each<[string, () => AnyJobRef[]]>([
    ["default", () => [test, consistencyCheck()]],
    ["pnpm", () => [consistencyCheck({ packageManager: "pnpm", workingDirectory: "./tools/ci/", nodeVersion: "22" })]],
    ["yarn", () => [consistencyCheck({ packageManager: "yarn", strict: true, id: "workflows", name: "Workflows", runsOn: ["self-hosted", "linux"], timeoutMinutes: 5, nodeVersion: "lts/*" })]],
  ])("%s", async (name, jobs) => {
    expect(await compileJobs("ci", jobs(), { name: "CI" })).toBe(expectedFile("consistency-check", name));
  });
});

describe("consistencyCheck: bad options", () => {
  it.each<[string, unknown]>([
    ['option "packageManager": one of "npm", "pnpm", "yarn"', { packageManager: "bun" }],
    ['option "nodeVersion": a Node.js version such as "20", "22.11.0" or "lts/*"', { nodeVersion: "20; rm -rf /" }],
    ['option "workingDirectory": a relative folder inside the repository, such as . or tools/ci', { workingDirectory: "../elsewhere" }],
    ['option "workingDirectory": a relative folder inside the repository, such as . or tools/ci', { workingDirectory: "/abs" }],
    ['option "id": a job id', { id: "1st" }],
    ['option "timeoutMinutes": Too big', { timeoutMinutes: 1000 }],
    ['options: Unrecognized key: "node"', { node: "20" }],
  ])("%s", (message, options) => {
    expect(() => consistencyCheck(options as ConsistencyCheckOptions)).toThrow(`consistencyCheck(): invalid options\n  - ${message}`);
  });
});
