import { yaml, yamlRuleTester } from "./yaml-rule-tester.js";

const step = (...lines: string[]) => yaml("on: push", "permissions: {}", "jobs:", "  build:", "    runs-on: ubuntu-latest", "    steps:", ...lines);

yamlRuleTester("custom-shell", {
  valid: [
    { name: "bash with its own flags", yaml: step("      - run: make", "        shell: bash -l {0}") },
    { name: "python", yaml: step("      - run: print('hi')", "        shell: python") },
  ],
  invalid: [
    {
      name: "another program",
      yaml: step("      - run: print \"hi\\n\";", "        shell: perl {0}"),
      errors: [{ severity: "warning", at: "8:9", path: "jobs.build.steps[0].shell", message: 'shell "perl {0}" runs the script with perl, with its own error handling, and only where the runner image has it', hint: "use bash, sh, pwsh or python, and call the program from the script" }],
    },
  ],
});
