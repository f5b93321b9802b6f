import { expr, github, job, join, jobContext, matrix, needs, run, toJSON, workflow } from "../../src/index.js";
import { ruleTester } from "./rule-tester.js";
import { yaml, yamlRuleTester } from "./yaml-rule-tester.js";

const ci = (def: Record<string, unknown>) =>
  workflow("ci", { on: "push", jobs: [job("build", { "runs-on": "ubuntu-latest", steps: [run("make")], ...def })] });
const object = (source: string) => [
  `\`\${{ ${source} }}\` is an object: written into text it becomes the word \`Object\``,
  `write \`\${{ toJSON(${source}) }}\` for its JSON, or read the property you need`,
] as const;
const array = (source: string) => [
  `\`\${{ ${source} }}\` is an array: written into text it becomes the word \`Array\``,
  `write \`\${{ join(${source}, ' ') }}\` for its items, or \`\${{ toJSON(${source}) }}\` for its JSON`,
] as const;
const at = (path: string, [message, hint]: readonly [string, string]) => ({ path, message, hint });

ruleTester("expression-object-interpolation", {
  valid: [
    { name: "objects turned into JSON", code: ci({ steps: [run(`echo "${toJSON(github.event)}" > event.json`)], env: { MATRIX: `${expr("toJSON(matrix)")}` } }) },
    {
      name: "a filter joined into text",
      code: workflow("ci", {
        on: "push",
        jobs: [
          job("test", { "runs-on": "ubuntu-latest", steps: [run("make test")] }),
          job("report", { needs: ["test"], if: expr("always()"), "runs-on": "ubuntu-latest", steps: [run(`echo "${join(expr("needs.*.result"), ", ")}"`)] }),
        ],
      }),
    },
    { name: "properties of objects", code: ci({ steps: [run("make", { env: { TITLE: `${github.event.head_commit.message}`, NETWORK: `${jobContext.container.network}` } })] }) },
    // runs-on takes a list of labels, so an array is what it wants.
    { name: "an array where GitHub wants one", code: ci({ "runs-on": expr("fromJSON('[\"self-hosted\", \"linux\"]')") }) },
  ],
  invalid: [
    {
      // Hoisting moved `${{ github.event }}` into the step's env, where it is a whole value.
      name: "the event payload in a run script",
      code: ci({ steps: [run(`echo "${github.event}"`)] }),
      errors: [at("jobs.build.steps[0].env.EVENT", object("github.event"))],
    },
    {
      name: "the whole matrix in a job name",
      code: ci({ strategy: { matrix: { python: ["3.11", "3.12"] } }, name: `test (${matrix})` }),
      errors: [at("jobs.build.name", object("matrix"))],
    },
    {
      name: "a filter's array in text and a step's outputs in a job output",
      code: workflow("ci", {
        on: "push",
        jobs: [
          job("test", { "runs-on": "ubuntu-latest", steps: [run("make test")] }),
          job("report", {
            needs: ["test"], "runs-on": "ubuntu-latest",
            outputs: { all: `${needs.test!.outputs}` },
            steps: [run("make report", { env: { RESULTS: `results: ${expr("needs.*.result")}` } })],
          }),
        ],
      }),
      errors: [at("jobs.report.outputs.all", object("needs.test.outputs")), at("jobs.report.steps[0].env.RESULTS", array("needs.*.result"))],
    },
  ],
});

yamlRuleTester("expression-object-interpolation", {
  valid: [
    {
      // A whole env mapping may come from one expression; actionlint 1.7.7 also wants an `if` to be a boolean.
      name: "a mapping for env and an object tested in a condition",
      skipOracles: true,
      yaml: yaml(
        "on: [push, pull_request]",
        "jobs:",
        "  build:",
        "    runs-on: ubuntu-latest",
        "    env: ${{ fromJSON('{\"LEVEL\": \"debug\"}') }}",
        "    steps:",
        "      - if: github.event.pull_request",
        "        run: make pr",
      ),
    },
  ],
  invalid: [
    {
      name: "a payload object in a multi-line script and an array as an action input",
      yaml: yaml(
        "on: pull_request",
        "jobs:",
        "  build:",
        "    runs-on: ubuntu-latest",
        "    steps:",
        "      - run: |",
        "          echo start",
        "          echo '${{ github.event.pull_request }}'",
        "      - uses: octo-org/notify@v1",
        "        with:",
        "          labels: ${{ github.event.pull_request.labels }}",
      ),
      errors: [
        { ...at("jobs.build.steps[0].run", object("github.event.pull_request")), at: "6:9" },
        { ...at("jobs.build.steps[1].with.labels", array("github.event.pull_request.labels")), at: "11:11" },
      ],
    },
    {
      name: "null written into a script",
      yaml: yaml("on: push", "permissions: {}", "jobs:", "  build:", "    runs-on: ubuntu-latest", "    steps:", "      - run: make TARGET=${{ null }}"),
      errors: [{ at: "7:9", path: "jobs.build.steps[0].run", message: "`${{ null }}` is null: written into text it becomes nothing", hint: "write the text itself, or `''` for an empty string" }],
    },
  ],
});
