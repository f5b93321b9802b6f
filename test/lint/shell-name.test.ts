import { job, run, workflow } from "../../src/index.js";
import { ruleTester } from "./rule-tester.js";
import { yaml, yamlRuleTester } from "./yaml-rule-tester.js";

const ci = (steps: readonly unknown[], extra: Record<string, unknown> = {}) =>
  workflow("ci", { on: "push", ...extra, jobs: [job("build", { "runs-on": "ubuntu-latest", steps: steps as never })] });
const BUILT_IN = (command: string) => `use bash, sh, pwsh, powershell, cmd or python, or another program with {0} where the script path goes: "${command} {0}"`;

ruleTester("shell-name", {
  valid: [
    { name: "every built-in shell of Linux", code: ci(["bash", "sh", "pwsh", "python"].map((shell) => run("echo hi", { shell }))) },
    {
      name: "the Windows shells",
      code: workflow("ci", { on: "push", jobs: [job("build", { "runs-on": "windows-latest", steps: [run("echo hi", { shell: "cmd" }), run("echo hi", { shell: "powershell" })] })] }),
    },
    { name: "a built-in in another case", code: ci([run("echo hi", { shell: "Bash" })]) },
    { name: "a program with {0}", code: ci([run("echo hi", { shell: "zsh -e {0}" }), run("print(1)", { shell: "python3 -u {0}" })]) },
    { name: "bash with options and {0}", code: ci([run("make", { shell: "bash --noprofile --norc -eo pipefail {0}" })]) },
    { name: "a workflow default", code: ci([run("make")], { defaults: { run: { shell: "bash" } } }) },
    { name: "no shell at all", code: ci([run("make")]) },
  ],
  invalid: [
    {
      name: "a shell the runner does not know",
      code: ci([run("echo hi", { shell: "zsh" })]),
      errors: [{ path: "jobs.build.steps[0].shell", message: 'shell "zsh" is not a built-in shell', hint: BUILT_IN("zsh") }],
    },
    {
      name: "a misspelt built-in",
      code: ci([run("Write-Output hi", { shell: "pwshh" })]),
      errors: [{ path: "jobs.build.steps[0].shell", message: 'shell "pwshh" is not a built-in shell', hint: `did you mean "pwsh"? ${BUILT_IN("pwshh")}` }],
    },
    {
      name: "arguments without {0}",
      code: ci([run("make", { shell: "bash -l" })]),
      errors: [{ path: "jobs.build.steps[0].shell", message: 'shell "bash -l" has arguments but no {0}, so the runner has nowhere to put the script', hint: 'add {0} where the script path goes: "bash -l {0}"' }],
    },
    {
      name: "a bad workflow default",
      code: ci([run("make")], { defaults: { run: { shell: "fish" } } }),
      errors: [{ path: "defaults.run.shell", message: 'shell "fish" is not a built-in shell', hint: BUILT_IN("fish") }],
    },
    {
      name: "a bad job default",
      code: workflow("ci", { on: "push", jobs: [job("build", { "runs-on": "ubuntu-latest", defaults: { run: { shell: "bash -e" } }, steps: [run("make")] })] }),
      errors: [{ path: "jobs.build.defaults.run.shell", message: 'shell "bash -e" has arguments but no {0}, so the runner has nowhere to put the script', hint: 'add {0} where the script path goes: "bash -e {0}"' }],
    },
  ],
});

yamlRuleTester("shell-name", {
  valid: [
    { name: "cmd on Windows", yaml: yaml("on: push", "jobs:", "  build:", "    runs-on: windows-latest", "    steps:", "      - run: echo hi", "        shell: cmd") },
    {
      name: "a job default from the matrix",
      yaml: yaml("on: push", "jobs:", "  build:", "    runs-on: ubuntu-latest", "    strategy:", "      matrix:", "        shell: [bash, sh]", "    defaults:", "      run:", "        shell: ${{ matrix.shell }}", "    steps:", "      - run: echo hi"),
    },
  ],
  invalid: [
    {
      name: "a shell the runner does not know, at its line",
      yaml: yaml("on: push", "jobs:", "  build:", "    runs-on: ubuntu-latest", "    steps:", "      - run: echo hi", "        shell: ksh"),
      errors: [{ at: "7:9", path: "jobs.build.steps[0].shell", message: 'shell "ksh" is not a built-in shell', hint: BUILT_IN("ksh") }],
    },
    {
      name: "arguments without {0} in a job default",
      yaml: yaml("on: push", "jobs:", "  build:", "    runs-on: ubuntu-latest", "    defaults:", "      run:", "        shell: pwsh -NoProfile", "    steps:", "      - run: echo hi"),
      errors: [{ at: "7:9", path: "jobs.build.defaults.run.shell", message: 'shell "pwsh -NoProfile" has arguments but no {0}, so the runner has nowhere to put the script', hint: 'add {0} where the script path goes: "pwsh -NoProfile {0}"' }],
    },
  ],
});
