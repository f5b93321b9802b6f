import { job, run, workflow } from "../../src/index.js";
import { ruleTester } from "./rule-tester.js";
import { yaml, yamlRuleTester } from "./yaml-rule-tester.js";

const HINT = "grant only the scopes the jobs use, e.g. `permissions: { contents: read }` on the workflow and `contents: write` on the one job that pushes";
const build = (permissions?: unknown) => job("build", { "runs-on": "ubuntu-latest", ...(permissions === undefined ? {} : { permissions }), steps: [run("make")] } as never);

ruleTester("excessive-permissions", {
  valid: [
    { name: "read on the workflow, write on one job", code: workflow("ci", { on: "push", permissions: { contents: "read" }, jobs: [build({ contents: "write" })] }) },
    { name: "no token at all", code: workflow("ci", { on: "push", permissions: {}, jobs: [build()] }) },
  ],
  invalid: [
    {
      name: "write-all on the workflow",
      code: workflow("ci", { on: "push", permissions: "write-all", jobs: [build()] }),
      errors: [{ severity: "warning", path: "permissions", message: "`permissions: write-all` gives every job a token that can write to every scope", hint: HINT }],
    },
    {
      name: "read-all on a job",
      code: workflow("ci", { on: "push", permissions: {}, jobs: [build("read-all")] }),
      errors: [{ severity: "warning", path: "jobs.build.permissions", message: '`permissions: read-all` gives job "build" a token that can read every scope (packages, security events, deployments, ...)', hint: HINT }],
    },
    {
      name: "write-all on a job",
      code: workflow("ci", { on: "push", jobs: [build("write-all")] }),
      errors: [{ severity: "warning", path: "jobs.build.permissions", message: '`permissions: write-all` gives job "build" a token that can write to every scope', hint: HINT }],
    },
  ],
});

yamlRuleTester("excessive-permissions", {
  valid: [{ name: "scopes listed", yaml: yaml("on: push", "permissions:", "  contents: read", "  packages: write", "jobs:", "  build:", "    runs-on: ubuntu-latest", "    steps:", "      - run: make") }],
  invalid: [
    {
      name: "write-all on both levels",
      yaml: yaml("on: push", "permissions: write-all", "jobs:", "  build:", "    runs-on: ubuntu-latest", "    permissions: write-all", "    steps:", "      - run: make"),
      errors: [
        { severity: "warning", at: "2:1", path: "permissions", message: "`permissions: write-all` gives every job a token that can write to every scope", hint: HINT },
        { severity: "warning", at: "6:5", path: "jobs.build.permissions", message: '`permissions: write-all` gives job "build" a token that can write to every scope', hint: HINT },
      ],
    },
  ],
});
