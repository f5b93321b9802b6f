// `pipewright lint` finds workflow files as a user points it at them: a folder's whole tree,
// absolute paths, and a clear usage error when there is nothing to lint.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { expect, it } from "vitest";
import { tempProjects } from "./temp-project.js";

const newProject = tempProjects();
const GOOD = "on: push\npermissions: {}\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n";
const TYPO = GOOD.replace("runs-on", "runs_on");

it("lints every workflow, composite action and Dependabot configuration in a folder's tree, by relative or absolute path, and skips node_modules and other YAML", async () => {
  const project = await newProject({
    "repos/web/.github/workflows/ci.yml": TYPO,
    "repos/api/.github/workflows/ci.yaml": GOOD,
    "repos/api/node_modules/some-package/.github/workflows/theirs.yml": TYPO,
    // Neither a workflow nor an action nor Dependabot's configuration: not linted.
    "repos/api/docker-compose.yml": "services:\n  db:\n    image: postgres:17\n",
    "repos/api/.github/dependabot.yml": "version: 2\nupdates:\n  - package-ecosystem: npm\n    directory: /\n    schedule:\n      interval: weekly\n    cooldown:\n      default-days: 7\n",
    // An action's metadata is linted as an action, not as a workflow.
    "repos/api/.github/actions/setup/action.yml": "name: setup\nruns:\n  using: composite\n  steps:\n    - run: make\n",
  });
  const expected = {
    code: 1, stderr: "", stdout: [
      "repos/api/.github/actions/setup/action.yml:5:7: error: required key \"shell\" is missing: a composite action's run steps have no default shell [shape]",
      'repos/web/.github/workflows/ci.yml:4:3: error: required key "runs-on" is missing [shape]',
      'repos/web/.github/workflows/ci.yml:5:5: error: unknown key "runs_on"; did you mean "runs-on"? [shape]',
      "4 files linted: 3 errors, 0 warnings",
      "",
    ].join("\n"),
  };
  expect(await project.cli("lint", "repos")).toEqual(expected);
  expect(await project.cli("lint", join(project.root, "repos"))).toEqual(expected);
});

it("says no workflow file was found, and exits 2, for a folder without any", async () => {
  const project = await newProject({ "docs/readme.md": "# docs\n", "compose/docker-compose.yml": "services: {}\n" });
  expect(await project.cli("lint", "compose")).toEqual({ code: 2, stdout: "", stderr: "pipewright: no workflow files (*.yml, *.yaml) found under compose\n" });
  expect(await project.cli("lint", "docs")).toEqual({ code: 2, stdout: "", stderr: "pipewright: no workflow files (*.yml, *.yaml) found under docs\n" });
  expect(await project.cli("lint", "missing")).toEqual({ code: 2, stdout: "", stderr: "pipewright: missing: no such file or folder\n" });
});

it("runs the pedantic rules only when asked: --pedantic, \"pedantic\": true, or a severity for one of them", async () => {
  const NAMED = "name: CI\n" + GOOD.replace("  build:\n", "  build:\n    name: Build\n").replace("permissions: {}\n", "permissions: {}\nconcurrency:\n  group: ci\n  cancel-in-progress: true\n");
  const TIMEOUT = ".github/workflows/ci.yml:8:3: warning: job \"build\" has no timeout-minutes: a step that hangs holds the runner for 360 minutes [missing-timeout]";
  const plain = await newProject({ ".github/workflows/ci.yml": NAMED });
  expect(await plain.cli("lint")).toEqual({ code: 0, stderr: "", stdout: "1 file linted: 0 errors, 0 warnings\n" });
  expect(await plain.cli("lint", "--pedantic")).toEqual({ code: 0, stderr: "", stdout: `${TIMEOUT}\n1 file linted: 0 errors, 1 warning\n` });
  const configured = await newProject({ ".github/workflows/ci.yml": NAMED, "pipewright.config.json": JSON.stringify({ pedantic: true }) });
  expect(await configured.cli("lint")).toEqual({ code: 0, stderr: "", stdout: `${TIMEOUT}\n1 file linted: 0 errors, 1 warning\n` });
  const one = await newProject({ ".github/workflows/ci.yml": NAMED, "pipewright.config.json": JSON.stringify({ rules: { "missing-timeout": "error" } }) });
  expect(await one.cli("lint")).toEqual({ code: 1, stderr: "", stdout: `${TIMEOUT.replace("warning:", "error:")}\n1 file linted: 1 error, 0 warnings\n` });
});

it.skipIf(!process.env.CI && !hasShellcheck())("checks run: scripts with the shellcheck on PATH by default; --no-scripts or \"scripts\": false turns that off, --scripts or \"scripts\": true requires it", async () => {
  const files = { ".github/workflows/ci.yml": GOOD.replace("run: make", "run: cd build") };
  const project = await newProject(files);
  const finding = ".github/workflows/ci.yml:7:9: warning: SC2164: Use 'cd ... || exit' or 'cd ... || return' in case cd fails. (line 1, column 1 of the bash script) [shellcheck]";
  const found = { code: 0, stderr: "", stdout: `${finding}\n1 file linted: 0 errors, 1 warning\n` };
  const clean = { code: 0, stderr: "", stdout: "1 file linted: 0 errors, 0 warnings\n" };
  expect(await project.cli("lint")).toEqual(found);
  expect(await project.cli("lint", "--scripts")).toEqual(found);
  expect(await project.cli("lint", "--no-scripts")).toEqual(clean);
  expect(await project.cli("lint", "--scripts", "--no-scripts")).toEqual({ code: 2, stdout: "", stderr: "pipewright: --scripts and --no-scripts contradict each other: give one\n" });
  expect(await (await newProject({ ...files, "pipewright.config.json": JSON.stringify({ scripts: false }) })).cli("lint")).toEqual(clean);
  const required = await newProject({ ...files, "pipewright.config.json": JSON.stringify({ scripts: true }) });
  expect(await required.cli("lint")).toEqual(found);
  // Without shellcheck on PATH: skipped by default, a usage error when required.
  const path = process.env.PATH;
  process.env.PATH = project.root;
  try {
    expect(await project.cli("lint")).toEqual(clean);
    expect(await project.cli("lint", "--scripts")).toEqual({ code: 2, stdout: "", stderr: "pipewright: --scripts needs shellcheck on PATH: install it (apt-get install shellcheck, brew install shellcheck)\n" });
    expect(await required.cli("lint")).toEqual({ code: 2, stdout: "", stderr: "pipewright: --scripts needs shellcheck on PATH: install it (apt-get install shellcheck, brew install shellcheck)\n" });
  } finally {
    process.env.PATH = path;
  }
  expect(await project.cli("lint")).toEqual(found);
});

function hasShellcheck(): boolean {
  try {
    execFileSync("shellcheck", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}
