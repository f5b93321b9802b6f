import { and, eq, github, job, run, success, vars, workflow } from "../../src/index.js";
import { ruleTester } from "./rule-tester.js";
import { yaml, yamlRuleTester } from "./yaml-rule-tester.js";

const ci = (def: Record<string, unknown>) =>
  workflow("ci", { on: "push", jobs: [job("build", { "runs-on": "ubuntu-latest", steps: [run("make")], ...def })] });
const message = (text: string) => `condition ${JSON.stringify(text)} is always true: the text outside \`\${{ }}\` makes it a non-empty string`;
const fix = (condition: string) => `write the whole condition as one expression, without \`\${{ }}\`: \`if: ${condition}\``;

ruleTester("if-always-true", {
  valid: [
    { name: "one expression built with and()", code: ci({ if: and(eq(github.event_name, "push"), eq(github.ref, "refs/heads/main")) }) },
    { name: "a whole condition in one `${{ }}`", code: ci({ steps: [run("make", { if: "${{ github.ref == 'refs/heads/main' && success() }}" })] }) },
    { name: "a bare condition without `${{ }}`", code: ci({ if: "github.event_name == 'push' && github.ref == 'refs/heads/main'" }) },
    {
      // Only a job's, a step's or a snapshot's `if` is a condition.
      name: "keys named `if` under env and outputs",
      code: ci({ env: { if: `ref ${github.ref} and sha ${github.sha}` }, outputs: { if: `${github.sha} built` } }),
    },
  ],
  invalid: [
    {
      name: "two expressions joined by && in a job's condition",
      code: ci({ if: `${eq(github.event_name, "push")} && ${eq(github.ref, "refs/heads/main")}` }),
      errors: [{
        path: "jobs.build.if", message: message("${{ github.event_name == 'push' }} && ${{ github.ref == 'refs/heads/main' }}"),
        hint: fix("github.event_name == 'push' && github.ref == 'refs/heads/main'"),
      }],
    },
    {
      name: "a trailing space after the expression in a step's condition",
      code: ci({ steps: [run("make deploy", { if: `${success()} ` })] }),
      errors: [{ path: "jobs.build.steps[0].if", message: message("${{ success() }} "), hint: fix("success()") }],
    },
    {
      name: "a bare condition with one part in `${{ }}`",
      code: ci({ steps: [run("make deploy", { if: `github.ref == 'refs/heads/main' && ${eq(vars.DEPLOY!, "true")}` })] }),
      errors: [{
        path: "jobs.build.steps[0].if", message: message("github.ref == 'refs/heads/main' && ${{ vars.DEPLOY == 'true' }}"),
        hint: fix("github.ref == 'refs/heads/main' && vars.DEPLOY == 'true'"),
      }],
    },
  ],
});

yamlRuleTester("if-always-true", {
  valid: [
    {
      name: "a block scalar that strips its line break",
      yaml: yaml(
        "on: push",
        "jobs:",
        "  build:",
        "    runs-on: ubuntu-latest",
        "    if: >-",
        "      ${{ github.event_name == 'push' }}",
        "    steps:",
        "      - run: make",
      ),
    },
  ],
  invalid: [
    {
      // `|` keeps the final line break: the value is "${{ ... }}\n".
      name: "a literal block that keeps its line break",
      yaml: yaml(
        "on: push",
        "jobs:",
        "  build:",
        "    runs-on: ubuntu-latest",
        "    steps:",
        "      - if: |",
        "          ${{ failure() }}",
        "        run: make report",
      ),
      errors: [{ at: "6:9", path: "jobs.build.steps[0].if", message: message("${{ failure() }}\n"), hint: fix("failure()") }],
    },
    {
      name: "a quoted condition with text after the expression",
      yaml: yaml(
        "on: push",
        "jobs:",
        "  build:",
        "    if: \"${{ github.ref == 'refs/heads/main' }} == true\"",
        "    runs-on: ubuntu-latest",
        "    steps:",
        "      - run: make",
      ),
      errors: [{ at: "4:5", path: "jobs.build.if", message: message("${{ github.ref == 'refs/heads/main' }} == true"), hint: fix("github.ref == 'refs/heads/main' == true") }],
    },
    {
      name: "a snapshot's condition",
      yaml: yaml(
        "on: push",
        "jobs:",
        "  build:",
        "    runs-on: ubuntu-latest",
        "    snapshot:",
        "      image-name: build-cache",
        "      if: ${{ github.ref == 'refs/heads/main' }} && ${{ github.event_name == 'push' }}",
        "    steps:",
        "      - run: make",
      ),
      errors: [{
        at: "7:7", path: "jobs.build.snapshot.if", message: message("${{ github.ref == 'refs/heads/main' }} && ${{ github.event_name == 'push' }}"),
        hint: fix("github.ref == 'refs/heads/main' && github.event_name == 'push'"),
      }],
    },
  ],
});
