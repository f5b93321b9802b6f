import { checkout } from "../../src/actions/index.js";
import { job, run, workflow } from "../../src/index.js";
import { ruleTester } from "./rule-tester.js";
import { yaml, yamlRuleTester } from "./yaml-rule-tester.js";

const ci = (...steps: unknown[]) => workflow("ci", { on: "push", jobs: [job("build", { "runs-on": "ubuntu-latest", steps: steps as never })] });
const HINT = "add `persist-credentials: false` under `with:`; a step that pushes can be given the token itself (`git push https://x-access-token:${GH_TOKEN}@github.com/...`)";
const LEFT = "leaves the job's token in .git/config, where every later step and any upload of the workspace can read it";
const head = ["on: push", "permissions: {}", "jobs:", "  build:", "    runs-on: ubuntu-latest", "    steps:"];

ruleTester("artipacked", {
  valid: [
    // The compiler adds `persist-credentials: false` to a checkout that does not set it.
    { name: "checkout() without inputs", code: ci(checkout(), run("make")) },
    { name: "persist-credentials: false", code: ci(checkout({ "persist-credentials": false, "fetch-depth": 0 })) },
  ],
  invalid: [
    {
      name: "persist-credentials: true",
      code: ci(checkout({ "persist-credentials": true }), run("git push origin HEAD:refs/heads/docs")),
      errors: [{ severity: "warning", path: "jobs.build.steps[0].with.persist-credentials", message: `\`persist-credentials: true\` ${LEFT}`, hint: HINT }],
    },
  ],
});

yamlRuleTester("artipacked", {
  valid: [
    { name: "false, as a boolean and as text", yaml: yaml(...head, "      - uses: actions/checkout@v7", "        with:", "          persist-credentials: false", "      - uses: actions/checkout@v7", "        with:", "          persist-credentials: 'false'") },
    { name: "decided by an expression", yaml: yaml(...head, "      - uses: actions/checkout@v7", "        with:", "          persist-credentials: ${{ github.event_name == 'push' }}") },
    { name: "another action", yaml: yaml(...head, "      - uses: actions/setup-node@v6") },
  ],
  invalid: [
    {
      name: "no inputs, and true as text",
      yaml: yaml(...head, "      - uses: actions/checkout@v7", "      - uses: actions/checkout@v7", "        with:", "          path: other", "          persist-credentials: 'true'"),
      errors: [
        { severity: "warning", at: "7:9", path: "jobs.build.steps[0].uses", message: `actions/checkout ${LEFT}`, hint: HINT },
        { severity: "warning", at: "11:11", path: "jobs.build.steps[1].with.persist-credentials", message: `\`persist-credentials: true\` ${LEFT}`, hint: HINT },
      ],
    },
  ],
});
