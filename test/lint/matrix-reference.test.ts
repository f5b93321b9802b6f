import { fromJSON, job, matrix, needs, run, steps, workflow, type AnyJobRef } from "../../src/index.js";
import { ruleTester } from "./rule-tester.js";
import { yaml, yamlRuleTester } from "./yaml-rule-tester.js";

const ci = (jobs: readonly AnyJobRef[]) => workflow("ci", { on: "push", jobs });
const test = (strategy: unknown, script: string) =>
  job("test", { ...(strategy === undefined ? {} : { strategy: strategy as never }), "runs-on": "ubuntu-latest", steps: [run(script)] });
const setup = job("setup", {
  "runs-on": "ubuntu-latest",
  outputs: { matrix: steps.list!.outputs.matrix },
  steps: [run(`echo 'matrix={"python":["3.12"]}' >> "$GITHUB_OUTPUT"`, { id: "list" })],
});

ruleTester("matrix-reference", {
  valid: [
    {
      name: "axes read in runs-on and in a step",
      code: ci([job("test", {
        strategy: { matrix: { os: ["ubuntu-latest", "macos-latest"], python: ["3.11", "3.12"] } },
        "runs-on": matrix.os,
        steps: [run(`tox -e py${matrix.python}`)],
      })]),
    },
    { name: "a key that only `include` adds", code: ci([test({ matrix: { python: ["3.12"], include: [{ python: "3.12", coverage: true }] } }, `echo ${matrix.coverage}`)]) },
    { name: "a key in another case, as GitHub compares them", code: ci([test({ matrix: { python: ["3.12"] } }, `echo ${matrix.Python}`)]) },
    {
      // Known only at run time: nothing to check against.
      name: "a matrix from fromJSON()",
      code: ci([setup, job("test", { needs: [setup], strategy: { matrix: fromJSON(needs.setup!.outputs.matrix) }, "runs-on": "ubuntu-latest", steps: [run(`tox -e py${matrix.python}`)] })]),
    },
    {
      name: "rows from fromJSON() in `include`",
      code: ci([setup, job("test", { needs: [setup], strategy: { matrix: { include: fromJSON(needs.setup!.outputs.matrix) } }, "runs-on": "ubuntu-latest", steps: [run(`tox -e py${matrix.python}`)] })]),
    },
  ],
  invalid: [
    {
      name: "a misspelt axis",
      code: ci([test({ matrix: { python: ["3.11", "3.12"] } }, `tox -e py${matrix["python-version"]}`)]),
      errors: [{ path: "jobs.test.steps[0].env.MATRIX_PYTHON_VERSION", message: "`matrix.python-version` is not a key of job \"test\"'s matrix", hint: "its keys are: python" }],
    },
    {
      name: "axes and include keys are listed, not exclude",
      code: ci([test({ matrix: { os: ["ubuntu-latest", "macos-latest"], python: ["3.12"], include: [{ python: "3.12", experimental: true }], exclude: [{ os: "macos-latest", python: "3.12" }] } }, `echo ${matrix.arch}`)]),
      errors: [{ path: "jobs.test.steps[0].env.MATRIX_ARCH", message: "`matrix.arch` is not a key of job \"test\"'s matrix", hint: "its keys are: os, python, experimental" }],
    },
    {
      name: "a job without a matrix",
      code: ci([test(undefined, `echo ${matrix.os}`)]),
      errors: [{ path: "jobs.test.steps[0].env.MATRIX_OS", message: 'job "test" reads `matrix.os` but has no matrix', hint: "define it under `strategy.matrix`, or read the value from elsewhere (env, inputs, vars)" }],
    },
    {
      name: "a strategy without a matrix",
      code: ci([test({ "fail-fast": false }, `echo ${matrix.os}`)]),
      errors: [{ path: "jobs.test.steps[0].env.MATRIX_OS", message: 'job "test" reads `matrix.os` but has no matrix', hint: "define it under `strategy.matrix`, or read the value from elsewhere (env, inputs, vars)" }],
    },
  ],
});

yamlRuleTester("matrix-reference", {
  valid: [
    {
      name: "axes in name, runs-on and with",
      yaml: yaml(
        "on: push",
        "permissions: {}",
        "jobs:",
        "  test:",
        "    name: test (${{ matrix.os }})",
        "    strategy:",
        "      matrix:",
        "        os: [ubuntu-latest, windows-latest]",
        "    runs-on: ${{ matrix.os }}",
        "    steps:",
        "      - run: echo \"${{ matrix.OS }}\"",
      ),
    },
  ],
  invalid: [
    {
      name: "one report per key and place, however often it is read",
      yaml: yaml(
        "on: push",
        "permissions: {}",
        "jobs:",
        "  test:",
        "    strategy:",
        "      matrix:",
        "        node: [20, 22]",
        "    runs-on: ubuntu-latest",
        "    steps:",
        "      - run: echo \"${{ matrix.node-version }} ${{ matrix.node-version }} ${{ matrix.node }}\"",
      ),
      errors: [{ at: "10:9", path: "jobs.test.steps[0].run", message: "`matrix.node-version` is not a key of job \"test\"'s matrix", hint: "its keys are: node" }],
    },
    {
      name: "a property no row of an object axis has",
      yaml: yaml(
        "on: push",
        "permissions: {}",
        "jobs:",
        "  test:",
        "    strategy:",
        "      matrix:",
        "        server: [{ version: \"2.19\", image: \"prefect:2.19\" }, { version: main }]",
        "    runs-on: ubuntu-latest",
        "    steps:",
        "      - run: echo \"${{ matrix.server.version }} ${{ matrix.server.image }} ${{ matrix.server.tag }}\"",
      ),
      errors: [{ at: "10:9", path: "jobs.test.steps[0].run", message: "`matrix.server` has no property `tag` in any row of job \"test\"'s matrix", hint: "write a key its rows have, or add `tag` to them" }],
    },
    {
      // There the matrix is not expanded yet: expression-context says so, once.
      name: "a job's `if` is left to expression-context",
      yaml: yaml(
        "on: push",
        "permissions: {}",
        "jobs:",
        "  test:",
        "    if: matrix.nope == 'x'",
        "    strategy:",
        "      matrix:",
        "        node: [20, 22]",
        "    runs-on: ubuntu-latest",
        "    steps:",
        "      - run: make",
      ),
      errors: [],
    },
  ],
});
