import { expr, fromJSON, github, job, run, workflow } from "../../src/index.js";
import { ruleTester } from "./rule-tester.js";
import { MAKE_JOB, yaml, yamlRuleTester } from "./yaml-rule-tester.js";

const build = (def: Record<string, unknown>) =>
  workflow("ci", { on: "push", jobs: [job("build", { "runs-on": "ubuntu-latest", steps: [run("make")], ...def } as never)] });
const IDENTITY = "GitHub compares objects and arrays by identity, so this is never equal";
const JSON_HINT = "write valid JSON: strings and keys in double quotes, `true`, `false`, `null`, numbers, `[...]` and `{...}`";
const NUMBER_HINT = "write a number or an expression that evaluates to one";

ruleTester("expression-type", {
  valid: [
    { name: "a number from an expression", code: build({ "timeout-minutes": fromJSON("30") }) },
    { name: "a label test through contains()", code: build({ if: expr("contains(github.event.pull_request.labels.*.name, 'deploy')") }) },
    { name: "a property of a payload member nobody can list", code: build({ if: expr("github.event.workflow_run.conclusion == 'success'") }) },
    { name: "a string compared with a number, which GitHub converts", code: build({ if: expr("github.run_number == 3") }) },
  ],
  invalid: [
    {
      name: "a timeout given as text that is not a number",
      code: build({ "timeout-minutes": expr("'thirty'") }),
      errors: [{ path: "jobs.build.timeout-minutes", message: "`timeout-minutes` needs a number, but `${{ 'thirty' }}` is the text 'thirty'", hint: NUMBER_HINT }],
    },
    {
      name: "a job condition comparing an array with a string",
      code: build({ if: expr("github.event.pull_request.labels == 'deploy'") }),
      errors: [{
        path: "jobs.build.if",
        message: `\`github.event.pull_request.labels\` is an array, compared with a string by \`==\`: ${IDENTITY}`,
        hint: "test membership with `contains(github.event.pull_request.labels, ...)`",
      }],
    },
    {
      name: "a property of a string",
      code: build({ name: `Build ${github.ref}`, if: expr("github.ref.name != ''") }),
      errors: [{ path: "jobs.build.if", message: "`github.ref` is a string: it has no property `name`", hint: "read `github.ref` itself, or the property of an object" }],
    },
  ],
});

yamlRuleTester("expression-type", {
  valid: [
    {
      name: "runner labels given as a JSON list, and a boolean from an input",
      yaml: yaml(
        "on:", "  workflow_call:", "    inputs:", "      soft: { type: boolean }", "permissions: {}", "jobs:", "  build:",
        "    runs-on: ${{ fromJSON('[\"self-hosted\",\"linux\"]') }}", "    continue-on-error: ${{ inputs.soft }}", "    steps:", "      - run: make",
      ),
    },
    {
      name: "a parsed JSON literal read by its keys",
      yaml: yaml("on: push", ...MAKE_JOB.slice(0, 4), "    env:", "      TAG: ${{ fromJSON('{\"tag\":\"v1\"}').tag }}", ...MAKE_JOB.slice(4)),
    },
  ],
  invalid: [
    {
      name: "a matrix row written as an expression has the expression's type",
      yaml: yaml(
        "on: push",
        "permissions: {}",
        "jobs:",
        "  build:",
        "    runs-on: ubuntu-latest",
        "    strategy:",
        "      matrix:",
        "        attempt:",
        "          - ${{ github.run_attempt }}",
        "        config:",
        "          - ${{ fromJSON(vars.CONFIG) }}",
        "    steps:",
        "      - run: make ATTEMPT=${{ matrix.attempt.number }} TARGET=${{ matrix.config.target }}",
      ),
      errors: [{ at: "13:9", path: "jobs.build.steps[0].run", message: "`matrix.attempt` is a string: it has no property `number`", hint: "read `matrix.attempt` itself, or the property of an object" }],
    },
    {
      name: "an input default of another type than the input's",
      yaml: yaml(
        "on:",
        "  workflow_call:",
        "    inputs:",
        "      environment:",
        "        type: string",
        "      dry-run:",
        "        type: boolean",
        "        default: ${{ inputs.environment }}",
        "      retries:",
        "        type: number",
        "        default: ${{ inputs.environment }}",
        "      strict:",
        "        type: boolean",
        "        default: ${{ inputs.dry-run }}",
        ...MAKE_JOB,
      ),
      errors: [
        { at: "8:9", path: "on.workflow_call.inputs.dry-run.default", message: "`default` needs a boolean (`true` or `false`), but `${{ inputs.environment }}` is a string", hint: "write a boolean (`true` or `false`) or an expression that evaluates to one" },
        { at: "11:9", path: "on.workflow_call.inputs.retries.default", message: "`default` needs a number, but `${{ inputs.environment }}` is a string", hint: "write a number or an expression that evaluates to one" },
      ],
    },
    {
      name: "fromJSON() of text that is not JSON",
      yaml: yaml("on: push", ...MAKE_JOB, "        env:", "          LIST: ${{ join(fromJSON('[a, b]'), ' ') }}"),
      errors: [{ at: "9:11", path: "jobs.build.steps[0].env.LIST", message: "fromJSON('[a, b]') is given text that is not JSON, so the job fails when it is evaluated", hint: JSON_HINT }],
    },
    {
      name: "continue-on-error given a word, runs-on given a number",
      yaml: yaml("on: push", "permissions: {}", "jobs:", "  build:", "    runs-on: ${{ 22 }}", "    continue-on-error: ${{ 'yes' }}", "    steps:", "      - run: make"),
      errors: [
        { at: "5:5", path: "jobs.build.runs-on", message: "`runs-on` needs a runner label or a list of labels, but `${{ 22 }}` is a number", hint: "give a label such as `ubuntu-latest`, or an expression that evaluates to one" },
        { at: "6:5", path: "jobs.build.continue-on-error", message: "`continue-on-error` needs a boolean (`true` or `false`), but `${{ 'yes' }}` is the text 'yes'", hint: "write a boolean (`true` or `false`) or an expression that evaluates to one" },
      ],
    },
    {
      name: "the whole event compared with an event name, and a property of a number input",
      yaml: yaml(
        "on:", "  workflow_dispatch:", "    inputs:", "      shards: { type: number }", "permissions: {}", "jobs:", "  build:", "    runs-on: ubuntu-latest", "    steps:",
        "      - if: github.event == 'push'", "        run: make -j ${{ inputs.shards.count }}",
      ),
      errors: [
        { at: "10:9", path: "jobs.build.steps[0].if", message: `\`github.event\` is an object, compared with a string by \`==\`: ${IDENTITY}`, hint: "compare one of its properties, or `toJSON(github.event)`" },
        { at: "11:9", path: "jobs.build.steps[0].run", message: "`inputs.shards` is a number: it has no property `count`", hint: "read `inputs.shards` itself, or the property of an object" },
      ],
    },
  ],
});
