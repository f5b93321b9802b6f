import { and, env, eq, expr, github, inputs, job, jobContext, matrix, needs, run, runner, secrets, steps, strategy, vars, workflow } from "../../src/index.js";
import { ruleTester } from "./rule-tester.js";
import { yaml, yamlRuleTester } from "./yaml-rule-tester.js";

const ci = (def: Record<string, unknown>, top: Record<string, unknown> = {}) =>
  workflow("ci", { on: "push", ...top, jobs: [job("build", { "runs-on": "ubuntu-latest", steps: [run("make")], ...def })] });
const matrixJob = (def: Record<string, unknown>) => ci({ strategy: { matrix: { os: ["ubuntu-latest", "windows-latest"] } }, "runs-on": `${matrix.os}`, ...def });
const JOB_IF = "github, inputs, vars, needs";

ruleTester("expression-context", {
  valid: [
    {
      name: "each context where GitHub offers it",
      code: matrixJob({
        if: and(eq(github.event_name, "push"), eq(vars.DEPLOY!, "true")),
        env: { TOKEN: `${secrets.TOKEN}`, OS: `${matrix.os}`, INDEX: `${strategy["job-index"]}` },
        outputs: { status: `${jobContext.status}` },
        steps: [
          run("make", { id: "build" }),
          run("make report", { if: and(eq(steps.build!.outcome, "failure"), eq(runner.os, "Linux")), env: { LEVEL: `${env.LEVEL}`, ARCH: `${runner.arch}` } }),
        ],
      }),
    },
    {
      name: "the payload and the names a user chooses are open",
      code: ci({ env: { TITLE: `${github.event.pull_request.title}`, LABEL: `${vars.ANY_NAME}`, HEAD: `${github.event.inputs.ref}` } }),
    },
    // Context and property names are case-insensitive in GitHub's expressions.
    { name: "names in another case", code: ci({ steps: [run("make", { env: { EVENT: expr("GitHub.Event_Name"), OS: expr("RUNNER.OS") } })] }) },
    {
      name: "needs and a filter in a job's condition",
      code: workflow("ci", {
        on: "push",
        jobs: [
          job("test", { "runs-on": "ubuntu-latest", steps: [run("make test")] }),
          job("report", { needs: ["test"], if: expr("always() && contains(needs.*.result, 'failure')"), "runs-on": "ubuntu-latest", steps: [run("make report")] }),
        ],
      }),
    },
    { name: "inputs in the run name", code: ci({}, { on: { workflow_dispatch: { inputs: { target: { type: "string" } } } }, "run-name": `Deploy ${inputs.target}` }) },
  ],
  invalid: [
    {
      name: "a misspelt property of github",
      code: ci({ env: { AFTER: expr("github.evnt.after") } }),
      errors: [{ path: "jobs.build.env.AFTER", message: "`github` has no property `evnt` (in `github.evnt.after`)", hint: "did you mean `github.event`?" }],
    },
    {
      name: "properties runner, job and strategy do not have",
      code: ci({ steps: [run("make", { env: { OS: expr("runner.oss"), STATUS: expr("job.statuss"), FAST: expr("strategy.x"), NET: expr("job.container.ids") } })] }),
      errors: [
        { path: "jobs.build.steps[0].env.OS", message: "`runner` has no property `oss` (in `runner.oss`)", hint: "did you mean `runner.os`?" },
        { path: "jobs.build.steps[0].env.STATUS", message: "`job` has no property `statuss` (in `job.statuss`)", hint: "did you mean `job.status`?" },
        { path: "jobs.build.steps[0].env.FAST", message: "`strategy` has no property `x` (in `strategy.x`)", hint: "its properties are fail-fast, job-index, job-total, max-parallel" },
        { path: "jobs.build.steps[0].env.NET", message: "`job.container` has no property `ids` (in `job.container.ids`)", hint: "did you mean `job.container.id`?" },
      ],
    },
    {
      name: "a context that does not exist",
      code: ci({ env: { TOKEN: expr("secret.TOKEN"), OTHER: expr("foo.bar") } }),
      errors: [
        { path: "jobs.build.env.TOKEN", message: "`secret` is not a context (in `secret.TOKEN`)", hint: "did you mean `secrets`?" },
        { path: "jobs.build.env.OTHER", message: "`foo` is not a context (in `foo.bar`)", hint: "contexts are github, env, vars, secrets, inputs, matrix, steps, needs, runner, job, jobs, strategy" },
      ],
    },
    {
      name: "matrix in a job's condition",
      code: matrixJob({ if: eq(matrix.os, "ubuntu-latest") }),
      errors: [{
        path: "jobs.build.if", message: "the `matrix` context is not available in `jobs.<job_id>.if` (in `matrix.os == 'ubuntu-latest'`)",
        hint: `the matrix is expanded after this is read: test matrix values in a step's \`if\`, or leave combinations out with \`strategy.matrix.exclude\`; available there: ${JOB_IF}`,
      }],
    },
    {
      name: "env in runs-on",
      code: ci({ "runs-on": `${env.RUNNER}` }, { env: { RUNNER: "ubuntu-latest" } }),
      errors: [{
        path: "jobs.build.runs-on", message: "the `env` context is not available in `jobs.<job_id>.runs-on` (in `env.RUNNER`)",
        hint: "`env` is readable only inside a job's steps and a few job keys: use `vars`, `inputs` or a literal here; available there: github, inputs, vars, needs, strategy, matrix",
      }],
    },
    {
      name: "secrets in a step's condition, once for two reads",
      code: ci({ steps: [run("make deploy", { if: expr("secrets.TOKEN != '' && secrets.OTHER != ''") })] }),
      errors: [{
        path: "jobs.build.steps[0].if", message: "the `secrets` context is not available in `jobs.<job_id>.steps[*].if` (in `secrets.TOKEN != '' && secrets.OTHER != ''`)",
        hint: "GitHub does not expose secrets here: set the secret as a job `env` variable and test `env.NAME` in a step's `if`; available there: github, inputs, vars, needs, strategy, matrix, steps, job, runner, env",
      }],
    },
    {
      name: "runner and steps at job level",
      code: ci({ env: { OS: `${runner.os}`, TAG: `${steps.meta!.outputs.tag}` } }),
      errors: [
        {
          path: "jobs.build.env.OS", message: "the `runner` context is not available in `jobs.<job_id>.env.OS` (in `runner.os`)",
          hint: "`runner` exists only once the job runs: use it in steps or job `outputs`; available there: github, inputs, vars, needs, strategy, matrix, secrets",
        },
        {
          path: "jobs.build.env.TAG", message: "the `steps` context is not available in `jobs.<job_id>.env.TAG` (in `steps.meta.outputs.tag`)",
          hint: "`steps` exists only inside a job, for the steps after the one that sets the output, and in the job's `outputs`; available there: github, inputs, vars, needs, strategy, matrix, secrets",
        },
      ],
    },
    {
      name: "needs in the workflow's concurrency",
      code: ci({ needs: [] }, { concurrency: { group: `deploy-${needs.setup!.outputs.env}` } }),
      errors: [{
        path: "concurrency.group", message: "the `needs` context is not available in `concurrency.group` (in `needs.setup.outputs.env`)",
        hint: "`needs` is for jobs: expose the value as a job output and read it from a job that needs it; available there: github, inputs, vars",
      }],
    },
  ],
});

yamlRuleTester("expression-context", {
  valid: [
    {
      // actionlint 1.7.7 does not know job.check_run_id yet.
      name: "newer properties and a reusable workflow's outputs",
      skipOracles: true,
      yaml: yaml(
        "on:",
        "  workflow_call:",
        "    outputs:",
        "      digest:",
        "        value: ${{ jobs.build.outputs.digest }}",
        "jobs:",
        "  build:",
        "    runs-on: ubuntu-latest",
        "    outputs:",
        "      digest: ${{ steps.push.outputs.digest }}",
        "    steps:",
        "      - id: push",
        "        run: echo \"digest=${{ job.check_run_id }}-${{ job.workflow_sha }}\" >> \"$GITHUB_OUTPUT\"",
      ),
    },
  ],
  invalid: [
    {
      // GitHub evaluates an expression written as a variable's name like one written as its value.
      name: "expressions in env variable names",
      yaml: yaml(
        "on: push",
        "permissions: {}",
        "env:",
        "  ${{ runner.os }}_HOME: /opt",
        "jobs:",
        "  build:",
        "    runs-on: ubuntu-latest",
        "    steps:",
        "      - run: make",
        "        env:",
        "          ${{ runner.nmae }}: x",
      ),
      errors: [
        { at: "4:3", path: "env.${{ runner.os }}_HOME", message: "the `runner` context is not available in `env.${{ runner.os }}_HOME` (in `runner.os`)", hint: "`runner` exists only once the job runs: use it in steps or job `outputs`; available there: github, inputs, vars, secrets" },
        { at: "11:11", path: "jobs.build.steps[0].env.${{ runner.nmae }}", message: "`runner` has no property `nmae` (in `runner.nmae`)", hint: "did you mean `runner.name`?" },
      ],
    },
    {
      name: "a reusable workflow's output reading a job or an output that does not exist",
      yaml: yaml(
        "on:", "  workflow_call:", "    outputs:", "      tag:", "        value: ${{ jobs.build.outputs.tag }}", "      digest:", "        value: ${{ jobs.buidl.outputs.digest }}",
        "permissions: {}", "jobs:", "  build:", "    runs-on: ubuntu-latest", "    outputs:", "      version: ${{ steps.v.outputs.version }}", "    steps:",
        "      - id: v", "        run: echo \"version=1\" >> \"$GITHUB_OUTPUT\"",
      ),
      errors: [
        { at: "5:9", path: "on.workflow_call.outputs.tag.value", message: 'job "build" has no output "tag" (`jobs.build.outputs.tag`) (in `jobs.build.outputs.tag`)', hint: "its outputs are: version" },
        { at: "7:9", path: "on.workflow_call.outputs.digest.value", message: "`jobs.buidl` names no job of this workflow (in `jobs.buidl.outputs.digest`)", hint: "did you mean `jobs.build`?" },
      ],
    },
    {
      name: "an expression where GitHub evaluates none",
      yaml: yaml(
        "name: Build ${{ github.ref_name }}",
        "on: push",
        "jobs:",
        "  build:",
        "    runs-on: ubuntu-latest",
        "    steps:",
        "      - uses: actions/checkout@${{ github.sha }}",
      ),
      errors: [
        { at: "1:1", path: "name", message: "the `github` context is not available in `name` (in `github.ref_name`)", hint: "GitHub evaluates no expressions in `name`: write the value literally" },
        {
          at: "7:9", path: "jobs.build.steps[0].uses", message: "the `github` context is not available in `jobs.<job_id>.steps[*].uses` (in `github.sha`)",
          hint: "GitHub evaluates no expressions in `jobs.<job_id>.steps[*].uses`: write the value literally",
        },
      ],
    },
    {
      name: "a property a reusable workflow's job does not have",
      yaml: yaml(
        "on:",
        "  workflow_call:",
        "    outputs:",
        "      digest:",
        "        value: ${{ jobs.build.output.digest }}",
        "jobs:",
        "  build:",
        "    runs-on: ubuntu-latest",
        "    steps:",
        "      - run: make",
      ),
      errors: [{ at: "5:9", path: "on.workflow_call.outputs.digest.value", message: "`jobs.build` has no property `output` (in `jobs.build.output.digest`)", hint: "did you mean `jobs.build.outputs`?" }],
    },
    {
      name: "secrets in a bare job condition",
      yaml: yaml(
        "on: push",
        "jobs:",
        "  deploy:",
        "    if: secrets.DEPLOY_KEY != ''",
        "    runs-on: ubuntu-latest",
        "    steps:",
        "      - run: make deploy",
      ),
      errors: [{
        at: "4:5", path: "jobs.deploy.if", message: "the `secrets` context is not available in `jobs.<job_id>.if` (in `secrets.DEPLOY_KEY != ''`)",
        hint: `GitHub does not expose secrets here: set the secret as a job \`env\` variable and test \`env.NAME\` in a step's \`if\`; available there: ${JOB_IF}`,
      }],
    },
  ],
});
