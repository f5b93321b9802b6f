import { yaml, yamlRuleTester } from "./yaml-rule-tester.js";

const HINT = "use a GitHub-hosted runner, or an ephemeral self-hosted one that runs one job, for trusted events only";
const message = (how: string) => `job "build" runs on a self-hosted runner (${how}): it keeps what one job leaves for the next, and a fork's pull request can run code on it in a public repository`;
const job = (...lines: string[]) => yaml("on: push", "permissions: {}", "jobs:", "  build:", ...lines, "    steps:", "      - run: make");

yamlRuleTester("self-hosted-runner", {
  valid: [
    { name: "a GitHub-hosted runner", yaml: job("    runs-on: ubuntu-latest") },
    { name: "a matrix of hosted runners", yaml: job("    runs-on: ${{ matrix.os }}", "    strategy:", "      matrix:", "        os: [ubuntu-latest, windows-latest]") },
    { name: "self-hosted excluded from the matrix again", yaml: job("    runs-on: ${{ matrix.os }}", "    strategy:", "      matrix:", "        os: [self-hosted, ubuntu-latest]", "        exclude:", "          - os: self-hosted") },
    { name: "a runner from a workflow_call input is the caller's choice", yaml: yaml("on:", "  workflow_call:", "    inputs:", "      os:", "        type: string", "permissions: {}", "jobs:", "  build:", "    runs-on: ${{ inputs.os }}", "    steps:", "      - run: make") },
  ],
  invalid: [
    { name: "the self-hosted label in a list", yaml: job("    runs-on: [self-hosted, linux, x64]"), errors: [{ severity: "warning", at: "5:5", path: "jobs.build.runs-on", message: message("the self-hosted label"), hint: HINT }] },
    { name: "a runner group", yaml: job("    runs-on:", "      group: ubuntu-runners"), errors: [{ severity: "warning", at: "5:5", path: "jobs.build.runs-on", message: message('runner group "ubuntu-runners"'), hint: HINT }] },
    {
      name: "a matrix row added by include",
      yaml: job("    runs-on: ${{ matrix.os }}", "    strategy:", "      matrix:", "        os: [ubuntu-latest]", "        include:", "          - os: self-hosted"),
      errors: [{ severity: "warning", at: "5:5", path: "jobs.build.runs-on", message: message("matrix.os takes the value self-hosted"), hint: HINT }],
    },
  ],
});
