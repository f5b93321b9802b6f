import {
  always, and, contains, eq, expr, format, fromJSON, github, hashFiles, job, run, secrets, startsWith, steps, toJSON, uses, vars, workflow,
} from "../../src/index.js";
import { ruleTester } from "./rule-tester.js";

const FIX = "fix the expression; build it with pipewright's functions (eq, and, contains, ...) to avoid syntax slips";
const CLOSE = "close the expression with `}}`";
const ci = (def: Record<string, unknown>, top: Record<string, unknown> = {}) =>
  workflow("ci", { on: "push", ...top, jobs: [job("build", { "runs-on": "ubuntu-latest", steps: [run("make")], ...def })] });
/** The rule's message, with the parser's own words matched loosely: they belong to @actions/expressions. */
const unparsable = (source: string, parser: string) =>
  new RegExp(`^expression \`${source.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\` does not parse: ${parser}`);

ruleTester("expression-syntax", {
  valid: [
    {
      name: "conditions built with pipewright's functions",
      code: ci({
        if: and(eq(github.event_name, "push"), startsWith(github.ref, "refs/tags/")),
        steps: [uses("actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1", { id: "checkout" }), run("make", { if: always() }), run("make report", { if: eq(steps.checkout!.outcome, "success") })],
      }),
    },
    { name: "a plain-text condition without `${{ }}`", code: ci({ if: "github.event_name == 'push' && github.ref == 'refs/heads/main'" }) },
    { name: "an expression in a run script, moved to env", code: ci({ steps: [run(`echo "${github.event.head_commit.message}"`)] }) },
    { name: "an inline expression kept in the script", code: ci({ steps: [run(`echo ${github.sha}`, { hoistExpressions: false })] }) },
    {
      name: "functions with arguments",
      code: ci({
        env: { ON_MAIN: contains(github.ref, "main"), EVENT: toJSON(github.event_name), SIZE: fromJSON(vars.SIZE!) },
        steps: [uses("actions/cache@27d5ce7f107fe9357f9df03efb73ab90386fccae", { with: { path: "~/.cache/pip", key: format("pip-{0}", hashFiles("**/requirements.txt")) } })],
      }),
    },
    // GitHub's reader does not end an expression at a `}}` inside a '...' literal.
    { name: "braces inside a string literal", code: ci({ env: { LABEL: format("{{ {0} }}", github.sha), OPEN: expr("'${{'") } }) },
    {
      // Only a job's, a step's or a snapshot's `if` is an expression without `${{ }}`.
      name: "keys named `if` under env, with and outputs",
      code: ci({
        outputs: { if: "always shown" },
        steps: [uses("octo-org/notify@0b1b2c3d4e5f60718293a4b5c6d7e8f901234567", { with: { if: "hello world" } }), run("make", { env: { if: "not a condition" } })],
      }),
    },
    { name: "dollar signs and braces that are not expressions", code: ci({ steps: [run("echo ${HOME} {{ not an expression }} $((1 + 2))")] }) },
    { name: "a run-name with an expression", code: ci({}, { "run-name": `Deploy ${github.ref_name} by ${github.actor}` }) },
    {
      name: "a job map with `${{ }}` conditions and secrets",
      code: workflow("ci", {
        on: "push",
        jobs: { deploy: { if: "${{ github.ref == 'refs/heads/main' }}", "runs-on": "ubuntu-latest", steps: [{ run: "make deploy", env: { TOKEN: `${secrets.DEPLOY_TOKEN}` } }] } },
      }),
    },
  ],
  invalid: [
    {
      name: "a job condition cut short",
      code: ci({ if: "github.ref ==" }),
      errors: [{ path: "jobs.build.if", message: unparsable("github.ref ==", "Unexpected end of expression"), hint: FIX }],
    },
    {
      name: "a step condition using = for ==",
      code: ci({ steps: [run("make", { id: "x" }), run("make", { if: "steps.x.outcome = 'success'" })] }),
      errors: [{ path: "jobs.build.steps[1].if", message: unparsable("steps.x.outcome = 'success'", "Unexpected symbol: '='"), hint: FIX }],
    },
    {
      // Hoisting runs first, so the finding is where the expression now lives.
      name: "a bad expression in a run script, reported in the step's env",
      code: ci({ steps: [run("echo ${{ github.sha ) }}")] }),
      errors: [{ path: "jobs.build.steps[0].env.EXPR_1", message: unparsable("github.sha )", "Unexpected symbol: '\\)'"), hint: FIX }],
    },
    {
      name: "a bad expression kept inline in a script",
      code: ci({ steps: [run("echo ${{ github.sha ) }}", { hoistExpressions: false })] }),
      errors: [{ path: "jobs.build.steps[0].run", message: unparsable("github.sha )", "Unexpected symbol: '\\)'"), hint: FIX }],
    },
    {
      name: "`${{` never closed",
      code: ci({ env: { SHA: "${{ github.sha" } }),
      errors: [{ path: "jobs.build.env.SHA", message: '"${{ github.sha" opens `${{` without closing `}}`', hint: CLOSE }],
    },
    {
      name: "`${{` never closed in a condition, reported once",
      code: ci({ if: "${{ github.ref == 'refs/heads/main'" }),
      errors: [{ path: "jobs.build.if", message: "\"${{ github.ref == 'refs/heads/main'\" opens `${{` without closing `}}`", hint: CLOSE }],
    },
    {
      name: "a `}}` inside a string literal does not close the expression",
      code: ci({ env: { LABEL: "${{ format('{0}}', github.sha" } }),
      errors: [{ path: "jobs.build.env.LABEL", message: "\"${{ format('{0}}', github.sha\" opens `${{` without closing `}}`", hint: CLOSE }],
    },
    {
      name: "an empty `${{ }}`",
      code: ci({ env: { EMPTY: "value: ${{ }}" } }),
      errors: [{ path: "jobs.build.env.EMPTY", message: '"value: ${{ }}" holds an empty `${{ }}`', hint: "write an expression inside it, or remove it" }],
    },
    // Unknown contexts and functions and argument counts parse: expression-context and
    // expression-function report them (see their tests).
    {
      name: "the bad ones among several expressions in one string",
      code: ci({ env: { A: "${{ a. }} and ${{ github.sha }} and ${{ )( }}" } }),
      errors: [
        { path: "jobs.build.env.A", message: unparsable("a.", "Unexpected symbol: 'EOF'"), hint: FIX },
        { path: "jobs.build.env.A", message: unparsable(")(", "Unexpected symbol: '\\)'"), hint: FIX },
      ],
    },
    {
      name: "a workflow-level run-name",
      code: ci({}, { "run-name": "Deploy ${{ github.ref_name ) }}" }),
      errors: [{ path: "run-name", message: unparsable("github.ref_name )", "Unexpected symbol: '\\)'"), hint: FIX }],
    },
    {
      name: "a plain-text condition in a job map",
      code: workflow("ci", { on: "push", jobs: { deploy: { if: "github.ref == 'main' &&", "runs-on": "ubuntu-latest", steps: [{ run: "make" }] } } }),
      errors: [{ path: "jobs.deploy.if", message: unparsable("github.ref == 'main' &&", "Unexpected end of expression"), hint: FIX }],
    },
  ],
});
