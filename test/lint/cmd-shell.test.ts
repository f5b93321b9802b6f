import { yaml, yamlRuleTester } from "./yaml-rule-tester.js";

const MESSAGE = "with shell cmd a step fails only when its last command fails: an error in the middle of the script passes";
const HINT = "use bash (GitHub runs it with -e, so it stops at the first failing command; Git Bash on Windows runners), or check %ERRORLEVEL% after each command";
const windows = (...lines: string[]) => yaml("on: push", "permissions: {}", "jobs:", "  build:", "    runs-on: windows-latest", ...lines);

yamlRuleTester("cmd-shell", {
  valid: [
    { name: "one command", yaml: windows("    steps:", "      - run: rmdir /s /q build", "        shell: cmd") },
    { name: "bash on Windows", yaml: windows("    steps:", "      - run: |", "          ./build.bat", "          echo done", "        shell: bash") },
  ],
  invalid: [
    {
      name: "a script of several commands",
      yaml: windows("    steps:", "      - run: |", "          build.bat", "          echo done", "        shell: cmd"),
      errors: [{ severity: "warning", at: "10:9", path: "jobs.build.steps[0].shell", message: MESSAGE, hint: HINT }],
    },
    {
      name: "the default of a job",
      yaml: windows("    defaults:", "      run:", "        shell: cmd", "    steps:", "      - run: echo hi"),
      errors: [{ severity: "warning", at: "8:9", path: "jobs.build.defaults.run.shell", message: MESSAGE, hint: HINT }],
    },
  ],
});
