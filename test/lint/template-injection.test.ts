import { githubScript } from "../../src/actions/index.js";
import { contains, github, inputs, job, run, toJSON, workflow } from "../../src/index.js";
import { ruleTester } from "./rule-tester.js";
import { yaml, yamlRuleTester } from "./yaml-rule-tester.js";

const onPullRequest = (...steps: unknown[]) =>
  workflow("pr", { on: "pull_request", jobs: [job("check", { "runs-on": "ubuntu-latest", steps: steps as never })] });
const inline = (script: string) => run(script, { hoistExpressions: false });
const runHint = (name: string, field: string) =>
  `pass it through \`env:\` (\`${name}: \${{ ${field} }}\`) and use "$${name}" in the script; run() in workflows.ts does this unless hoistExpressions is false`;
const RUN_TITLE = "untrusted `github.event.pull_request.title` is expanded into the shell script: a crafted value runs as code";
const SCRIPT_HINT = "pass it through the step's `env:` (`BODY: ${{ github.event.issue.body }}`) and read `process.env.BODY` in the script";

const backfill = (script: string) =>
  workflow("backfill", {
    on: {
      workflow_dispatch: {
        inputs: {
          table: { type: "string", required: true },
          target: { type: "choice", options: ["dev", "prod"], default: "dev" },
          full: { type: "boolean", default: false },
        },
      },
    },
    jobs: [job("run", { "runs-on": "ubuntu-latest", steps: [inline(script)] })],
  });

ruleTester("template-injection", {
  valid: [
    // The compiler moves the expression into env, which is the fix.
    { name: "run() with a pull request title, moved into env", code: onPullRequest(run(`echo "${github.event.pull_request.title}"`)) },
    { name: "values a contributor cannot choose, kept inline", code: onPullRequest(inline(`echo "${github.sha} ${github.event.pull_request.number} ${github.repository}"`)) },
    { name: "a test on an untrusted value, which is a boolean", code: onPullRequest(inline(`test "${contains(github.event.pull_request.title, "WIP")}" = false`)) },
    {
      name: "github-script reading the value from env",
      code: onPullRequest(githubScript({ script: "core.info(process.env.TITLE)" }, { env: { TITLE: github.event.pull_request.title } })),
    },
    { name: "dispatch inputs of closed types", code: backfill(`make run TARGET=${inputs.target} FULL=${inputs.full}`) },
  ],
  invalid: [
    {
      name: "hoistExpressions: false with a pull request title",
      code: onPullRequest(run("make"), inline(`echo "${github.event.pull_request.title}"`)),
      errors: [{ path: "jobs.check.steps[1].run", message: RUN_TITLE, hint: runHint("TITLE", "github.event.pull_request.title") }],
    },
    {
      name: "a branch name through `||`",
      code: onPullRequest(inline("git push origin ${{ github.head_ref || 'main' }}")),
      errors: [{ path: "jobs.check.steps[0].run", message: "untrusted `github.head_ref` is expanded into the shell script: a crafted value runs as code", hint: runHint("HEAD_REF", "github.head_ref") }],
    },
    {
      name: "the whole event as JSON",
      code: onPullRequest(inline(`echo '${toJSON(github.event)}' > event.json`)),
      errors: [{
        path: "jobs.check.steps[0].run",
        message: "untrusted `github.event` is expanded into the shell script: a crafted value runs as code",
        hint: runHint("EVENT", "github.event"),
      }],
    },
    {
      name: "a free-text dispatch input",
      code: backfill(`dbt run --select ${inputs.table} --target ${inputs.target}`),
      // Only people with write access can dispatch a workflow: a warning, not an error.
      errors: [{ severity: "warning", path: "jobs.run.steps[0].run", message: "untrusted `inputs.table` is expanded into the shell script: a crafted value runs as code", hint: runHint("TABLE", "inputs.table") }],
    },
    {
      name: "a free-text dispatch input beside a pull request title, which makes it an error",
      code: workflow("mixed", {
        on: { pull_request: {}, workflow_dispatch: { inputs: { table: { type: "string" } } } },
        jobs: [job("run", { "runs-on": "ubuntu-latest", steps: [inline(`echo "${inputs.table} ${github.event.pull_request.title}"`)] })],
      }),
      errors: [{
        path: "jobs.run.steps[0].run",
        message: "untrusted `inputs.table`, `github.event.pull_request.title` is expanded into the shell script: a crafted value runs as code",
        hint: runHint("TABLE", "inputs.table"),
      }],
    },
    {
      name: "an issue body in a github-script script",
      code: workflow("triage", {
        on: { issues: { types: ["opened"] } },
        jobs: [job("triage", { "runs-on": "ubuntu-latest", steps: [githubScript({ script: `const body = \`${github.event.issue.body}\`;\ncore.info(body);` })] })],
      }),
      errors: [{ path: "jobs.triage.steps[0].with.script", message: "untrusted `github.event.issue.body` is expanded into the github-script script: a crafted value runs as JavaScript", hint: SCRIPT_HINT }],
    },
  ],
});

yamlRuleTester("template-injection", {
  valid: [
    {
      name: "the title passed through env",
      yaml: yaml("on: pull_request", "permissions: {}", "jobs:", "  check:", "    runs-on: ubuntu-latest", "    steps:", "      - run: echo \"$TITLE\"", "        env:", "          TITLE: ${{ github.event.pull_request.title }}"),
    },
    {
      // GitHub checks a boolean, number or choice input before the run starts: no text gets through.
      name: "closed-type inputs of workflow_call and workflow_dispatch",
      yaml: yaml(
        "on:", "  workflow_call:", "    inputs:", "      full: { type: boolean }", "      shards: { type: number }",
        "  workflow_dispatch:", "    inputs:", "      target: { type: choice, options: [dev, prod] }",
        "permissions: {}", "jobs:", "  check:", "    runs-on: ubuntu-latest", "    steps:",
        "      - run: make FULL=${{ inputs.full }} SHARDS=${{ inputs.shards }} TARGET=${{ inputs.target }}",
      ),
    },
    {
      name: "a label test in a script",
      yaml: yaml("on: pull_request", "permissions: {}", "jobs:", "  check:", "    runs-on: ubuntu-latest", "    steps:", "      - run: |", "          if [ \"${{ contains(github.event.pull_request.labels.*.name, 'full') }}\" = true ]; then make full; fi"),
    },
  ],
  invalid: [
    {
      name: "commit messages and a comment in one block script",
      yaml: yaml(
        "on: [push, issue_comment]", "permissions: {}", "jobs:", "  log:", "    runs-on: ubuntu-latest", "    steps:",
        "      - name: Log", "        run: |", "          echo \"${{ github.event.head_commit.message }}\"", "          echo \"${{ github.event.comment.body }}\"",
      ),
      errors: [{
        at: "8:9", path: "jobs.log.steps[0].run",
        message: "untrusted `github.event.head_commit.message`, `github.event.comment.body` is expanded into the shell script: a crafted value runs as code",
        hint: runHint("MESSAGE", "github.event.head_commit.message"),
      }],
    },
    {
      name: "labels joined into a script",
      yaml: yaml("on: pull_request", "jobs:", "  check:", "    runs-on: ubuntu-latest", "    steps:", "      - run: echo ${{ join(github.event.pull_request.labels.*.name, ' ') }}"),
      errors: [{
        at: "6:9", path: "jobs.check.steps[0].run",
        message: "untrusted `github.event.pull_request.labels.*.name` is expanded into the shell script: a crafted value runs as code",
        hint: runHint("NAME", "github.event.pull_request.labels.*.name"),
      }],
    },
    {
      name: "a dispatch input read through github.event.inputs",
      yaml: yaml("on:", "  workflow_dispatch:", "    inputs:", "      version:", "        required: true", "jobs:", "  tag:", "    runs-on: ubuntu-latest", "    steps:", "      - run: git tag ${{ github.event.inputs.version }}"),
      errors: [{
        severity: "warning", at: "10:9", path: "jobs.tag.steps[0].run",
        message: "untrusted `github.event.inputs.version` is expanded into the shell script: a crafted value runs as code",
        hint: runHint("VERSION", "github.event.inputs.version"),
      }],
    },
    {
      // `${{ env.TITLE }}` is pasted into the script like the title it holds; PowerShell is a shell too.
      name: "a title read back through `${{ env.NAME }}` in pwsh",
      yaml: yaml(
        "on: pull_request_target", "permissions: {}", "env:", "  TITLE: ${{ github.event.pull_request.title }}", "jobs:", "  check:", "    runs-on: windows-latest", "    steps:",
        "      - shell: pwsh", "        run: Write-Output \"${{ env.TITLE }}\"",
      ),
      errors: [{
        at: "10:9", path: "jobs.check.steps[0].run",
        message: "untrusted `github.event.pull_request.title` is expanded into the shell script: a crafted value runs as code",
        hint: runHint("TITLE", "github.event.pull_request.title"),
      }],
    },
    {
      name: "a branch name in azure/cli's inline script",
      yaml: yaml(
        "on: pull_request", "permissions: {}", "jobs:", "  deploy:", "    runs-on: ubuntu-latest", "    steps:",
        "      - uses: azure/cli@089eac9d8cc39f5d003e94f8b65efc51076c9cbd # v2.1.0", "        with:", "          inlineScript: az group create --name ${{ github.head_ref }}",
      ),
      errors: [{
        at: "9:11", path: "jobs.deploy.steps[0].with.inlineScript",
        message: "untrusted `github.head_ref` is expanded into azure/cli's `inlineScript`, which it runs as shell: a crafted value runs as code",
        hint: "pass it through the step's `env:` (`HEAD_REF: ${{ github.head_ref }}`) and read the variable in the code",
      }],
    },
    {
      name: "a title in yq's command and a branch name in docker-run's options and script",
      yaml: yaml(
        "on: pull_request", "permissions: {}", "jobs:", "  build:", "    runs-on: ubuntu-latest", "    steps:",
        "      - uses: mikefarah/yq@b534aa9ee5d38001fba3cd8fe254a037e4847b37 # v4.45.4", "        with:", "          cmd: yq '.title = \"${{ github.event.pull_request.title }}\"' meta.yml",
        "      - uses: addnab/docker-run-action@4f65fabd2431ebc8d299f8e5a018d79a769ae185 # v3", "        with:", "          image: alpine:3.20",
        "          options: --name ${{ github.head_ref }}", "          run: echo ${{ github.head_ref }}",
      ),
      errors: [
        {
          at: "9:11", path: "jobs.build.steps[0].with.cmd",
          message: "untrusted `github.event.pull_request.title` is expanded into mikefarah/yq's `cmd`, which it runs as shell: a crafted value runs as code",
          hint: "pass it through the step's `env:` (`TITLE: ${{ github.event.pull_request.title }}`) and read the variable in the code",
        },
        {
          at: "13:11", path: "jobs.build.steps[1].with.options",
          message: "untrusted `github.head_ref` is expanded into addnab/docker-run-action's `options`, which it runs as part of the `docker run` command line: a crafted value runs as code",
          hint: "pass it through the step's `env:` (`HEAD_REF: ${{ github.head_ref }}`) and read the variable in the code",
        },
        {
          at: "14:11", path: "jobs.build.steps[1].with.run",
          message: "untrusted `github.head_ref` is expanded into addnab/docker-run-action's `run`, which it runs as shell in the container: a crafted value runs as code",
          hint: "pass it through the step's `env:` (`HEAD_REF: ${{ github.head_ref }}`) and read the variable in the code",
        },
      ],
    },
    {
      name: "a matrix axis set from the event, read in a script; a static axis is not",
      yaml: yaml(
        "on: pull_request", "permissions: {}", "jobs:", "  deploy:", "    runs-on: ubuntu-latest",
        "    strategy:", "      matrix:", "        region: [eu, us]", "        include:", "          - branch: ${{ github.head_ref }}",
        "    steps:", "      - run: ./preview.sh ${{ matrix.region }} ${{ matrix.branch }}",
      ),
      errors: [{
        at: "12:9", path: "jobs.deploy.steps[0].run",
        message: "untrusted `github.head_ref` is expanded into the shell script: a crafted value runs as code",
        hint: runHint("HEAD_REF", "github.head_ref"),
      }],
    },
    {
      name: "a free-text workflow_call input, safe or not depending on the caller",
      yaml: yaml("on:", "  workflow_call:", "    inputs:", "      ref: { type: string, required: true }", "permissions: {}", "jobs:", "  tag:", "    runs-on: ubuntu-latest", "    steps:", "      - run: git checkout ${{ inputs.ref }}"),
      errors: [{
        severity: "warning", at: "10:9", path: "jobs.tag.steps[0].run",
        message: "untrusted `inputs.ref` is expanded into the shell script: a crafted value runs as code",
        hint: runHint("REF", "inputs.ref"),
      }],
    },
  ],
});
