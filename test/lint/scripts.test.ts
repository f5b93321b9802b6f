// `pipewright lint --scripts`: run: scripts checked by the real shellcheck and pyflakes, in the
// shell the runner would use. CI installs both (.ci/run); elsewhere the test says it is skipped.
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { lintText } from "../../src/runs/lint-files.js";

const has = (command: string) => {
  try {
    execFileSync(command, ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
};
const installed = has("shellcheck") && (has("pyflakes3") || has("pyflakes"));
if (!installed && process.env.CI) throw new Error("CI must install shellcheck and pyflakes (see .ci/run)");

const found = async (text: string, file = "ci.yml") =>
  (await lintText(text, file, { scripts: true })).filter((d) => d.rule === "shellcheck" || d.rule === "pyflakes")
    .map((d) => `${d.source?.line}:${d.source?.column} ${d.severity} ${d.path}: ${d.message} [${d.rule}]`);

describe.skipIf(!installed)("lint --scripts (shellcheck and pyflakes installed)", () => {
  it("checks each script in the shell it runs in: the step's, the job's default, the workflow's, else bash (pwsh on Windows)", async () => {
    const workflow = [
      "on: push",
      "permissions: {}",
      "defaults:",
      "  run:",
      "    shell: python",
      "jobs:",
      "  linux:",
      "    runs-on: ubuntu-latest",
      "    defaults:",
      "      run:",
      "        shell: bash",
      "    steps:",
      "      - run: FOO = \"${{ github.sha }}\"",
      "      - run: print(unknown_name)",
      "        shell: python {0}",
      "      - run: $Env:FOO = 'x'",
      "        shell: pwsh",
      "  py:",
      "    runs-on: ubuntu-latest",
      "    steps:",
      "      - run: |",
      "          import os",
      "          print(os.getcwd())",
      "  windows:",
      "    runs-on: windows-latest",
      "    defaults:",
      "      run:",
      "        shell: pwsh",
      "    steps:",
      "      - run: $Env:FOO = \"FOO\"",
      "",
    ].join("\n");
    expect(await found(workflow)).toEqual([
      "13:9 error jobs.linux.steps[0].run: SC2283: Remove spaces around = to assign (or use [ ] to compare, or quote '=' if literal). (line 1, column 5 of the bash script) [shellcheck]",
      "14:9 error jobs.linux.steps[1].run: undefined name 'unknown_name' (line 1, column 7 of the python script) [pyflakes]",
    ]);
  });

  it("checks a composite action's scripts at the action's paths, and says nothing of a clean script", async () => {
    const action = "name: x\nruns:\n  using: composite\n  steps:\n    - run: echo \"$1\"\n      shell: sh\n    - run: cd build\n      shell: bash\n";
    expect(await found(action, "action.yml")).toEqual([
      "7:7 warning runs.steps[1].run: SC2164: Use 'cd ... || exit' or 'cd ... || return' in case cd fails. (line 1, column 1 of the bash script) [shellcheck]",
    ]);
  });

  it("reports shellcheck's info level (an unquoted variable) as a warning, and leaves its style level out", async () => {
    const workflow = "on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo $FOO\n      - run: echo `date`\n";
    expect(await found(workflow)).toEqual([
      "7:9 warning jobs.a.steps[0].run: SC2086: Double quote to prevent globbing and word splitting. (line 1, column 6 of the bash script) [shellcheck]",
      // SC2006 (backticks) is style: not reported.
      "8:9 warning jobs.a.steps[1].run: SC2046: Quote this to prevent word splitting. (line 1, column 6 of the bash script) [shellcheck]",
    ]);
  });

  it("is a usage error naming the tool when it is not installed", async () => {
    const path = process.env.PATH;
    process.env.PATH = "/nonexistent";
    try {
      await expect(lintText("on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n", "ci.yml", { scripts: true }))
        .rejects.toThrow("--scripts needs shellcheck on PATH: install it (apt-get install shellcheck, brew install shellcheck)");
    } finally {
      process.env.PATH = path;
    }
  });
});
