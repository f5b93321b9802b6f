import { job, matrix, run, workflow } from "../../src/index.js";
import { ruleTester } from "./rule-tester.js";
import { yaml, yamlRuleTester } from "./yaml-rule-tester.js";

const ci = (m: Record<string, unknown>) =>
  workflow("ci", { on: "push", jobs: [job("test", { "runs-on": "ubuntu-latest", strategy: { matrix: m as never }, steps: [run(`echo ${matrix.python}`)] })] });
const REPEAT = "remove the repeated entry: it adds nothing but a duplicate job or a no-op";
const AT = "jobs.test.strategy.matrix";

ruleTester("matrix-entries", {
  valid: [
    { name: "an exclude row that matches", code: ci({ python: ["3.12", "3.13"], os: ["linux", "mac"], exclude: [{ python: "3.12", os: "mac" }] }) },
    { name: "an exclude row naming one axis", code: ci({ python: ["3.12", "3.13"], os: ["linux", "mac"], exclude: [{ os: "mac" }] }) },
    { name: "a number written as text in exclude", code: ci({ python: [3.12, 3.13], exclude: [{ python: "3.12" }] }) },
    { name: "values that differ only in case are two jobs", code: ci({ python: ["3.12"], flavor: ["Slim", "slim"] }) },
    { name: "include rows that add combinations", code: ci({ python: ["3.12"], include: [{ python: "3.14", experimental: true }, { python: "3.12", extra: "x" }] }) },
    { name: "object values matched by the keys given", code: ci({ python: ["3.12"], db: [{ name: "pg", version: 16 }, { name: "mysql", version: 8 }], exclude: [{ db: { name: "mysql" } }] }) },
  ],
  invalid: [
    {
      name: "a value listed twice",
      code: ci({ python: ["3.12", "3.13", "3.12"] }),
      errors: [{ severity: "warning", path: `${AT}.python[2]`, message: 'matrix value of "python" "3.12" repeats entry 0', hint: REPEAT }],
    },
    {
      name: "an exclude value no axis takes",
      code: ci({ python: ["3.12", "3.13"], os: ["linux", "mac"], exclude: [{ python: "3.11", os: "mac" }] }),
      errors: [{ severity: "warning", path: `${AT}.exclude[0].python`, message: 'exclude row 0 matches no combination: "python" is never "3.11"', hint: '"python" takes "3.12", "3.13"' }],
    },
    {
      name: "an exclude key that is not an axis",
      code: ci({ python: ["3.12", "3.13"], exclude: [{ pyhton: "3.12" }] }),
      errors: [{ severity: "error", path: `${AT}.exclude[0].pyhton`, message: 'exclude row 0 names "pyhton", which is not an axis of the matrix; GitHub fails the run when it expands the matrix', hint: "exclude by the axes: python" }],
    },
    {
      name: "a repeated include row",
      code: ci({ python: ["3.12"], include: [{ python: "3.14" }, { python: "3.14" }] }),
      errors: [{ severity: "warning", path: `${AT}.include[1]`, message: 'include row {"python":"3.14"} repeats entry 0', hint: REPEAT }],
    },
  ],
});

const strategy = (...lines: string[]) =>
  yaml("on: push", "jobs:", "  test:", "    runs-on: ubuntu-latest", "    strategy:", "      matrix:", ...lines, "    steps:", "      - run: echo ${{ matrix.python }}");

yamlRuleTester("matrix-entries", {
  valid: [
    { name: "axes computed at run time", yaml: strategy("        python: ${{ fromJSON(vars.PYTHONS) }}", "        exclude:", "          - python: '2.7'") },
    { name: "a whole matrix computed at run time", yaml: yaml("on: push", "jobs:", "  test:", "    runs-on: ubuntu-latest", "    strategy:", "      matrix: ${{ fromJSON(vars.MATRIX) }}", "    steps:", "      - run: make") },
    // actionlint compares case-sensitively; whether GitHub does is not documented, so the rule
    // stays silent rather than guess.
    { name: "text in another case", yaml: strategy("        python: ['3.12']", "        os: [Ubuntu-Latest]", "        exclude:", "          - os: ubuntu-latest"), skipOracles: true },
  ],
  invalid: [
    {
      name: "a misspelt exclude value, at its line",
      yaml: strategy("        python: ['3.12', '3.13']", "        os: [ubuntu-latest, windows-latest]", "        exclude:", "          - os: windows-lastest", "            python: '3.12'"),
      errors: [{ severity: "warning", at: "10:13", path: "jobs.test.strategy.matrix.exclude[0].os", message: 'exclude row 0 matches no combination: "os" is never "windows-lastest"', hint: '"os" takes "ubuntu-latest", "windows-latest"' }],
    },
    {
      name: "a repeated exclude row",
      yaml: strategy("        python: ['3.12', '3.13']", "        exclude:", "          - python: '3.12'", "          - python: '3.12'"),
      errors: [{ severity: "warning", at: "10:13", path: "jobs.test.strategy.matrix.exclude[1]", message: 'exclude row {"python":"3.12"} repeats entry 0', hint: REPEAT }],
    },
  ],
});
