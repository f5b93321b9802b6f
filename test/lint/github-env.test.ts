import { github, job, run, workflow } from "../../src/index.js";
import { ruleTester } from "./rule-tester.js";
import { yaml, yamlRuleTester } from "./yaml-rule-tester.js";

const onPullRequest = (...steps: unknown[]) =>
  workflow("pr", { on: "pull_request", jobs: [job("check", { "runs-on": "ubuntu-latest", steps: steps as never })] });
const HINT = "do not pass untrusted values on through the environment file: give each later step that needs the value its own `env:` entry, or pass it as a step output";
const ENV_EFFECT = "a line break in it sets any variable for every later step (BASH_ENV, NODE_OPTIONS, ...)";

ruleTester("github-env", {
  valid: [
    { name: "a commit SHA written to GITHUB_ENV", code: onPullRequest(run(`echo "BUILT_FROM=${github.sha}" >> "$GITHUB_ENV"`)) },
    {
      name: "an untrusted value used, and a fixed one written",
      code: onPullRequest(run('echo "Checking $TITLE"\necho "CHECKED=1" >> "$GITHUB_ENV"', { env: { TITLE: github.event.pull_request.title } })),
    },
    { name: "a tool directory added to PATH", code: onPullRequest(run('echo "$HOME/.local/bin" >> "$GITHUB_PATH"')) },
  ],
  invalid: [
    {
      // run() moves the expression into env; the value still reaches the environment file.
      name: "a pull request title written by a run() script",
      code: onPullRequest(run(`echo "TITLE=${github.event.pull_request.title}" >> "$GITHUB_ENV"`, { name: "Remember the title" })),
      errors: [{
        path: "jobs.check.steps[0].run",
        message: `the script writes untrusted \`github.event.pull_request.title\` (as $EVENT_PULL_REQUEST_TITLE) to $GITHUB_ENV: ${ENV_EFFECT}`,
        hint: HINT,
      }],
    },
    {
      name: "a branch name in a here-document",
      code: onPullRequest({
        run: 'cat >> "$GITHUB_ENV" <<EOF\nBRANCH=$BRANCH\nEOF\n',
        env: { BRANCH: "${{ github.head_ref }}" },
      }),
      errors: [{ path: "jobs.check.steps[0].run", message: `the script writes untrusted \`github.head_ref\` (as $BRANCH) to $GITHUB_ENV: ${ENV_EFFECT}`, hint: HINT }],
    },
    {
      name: "a directory from a commit message, in a group written to GITHUB_PATH",
      code: workflow("push", {
        on: "push",
        jobs: [job("build", {
          "runs-on": "ubuntu-latest",
          env: { MESSAGE: "${{ github.event.head_commit.message }}" },
          steps: [run('{\n  echo "$RUNNER_TEMP/bin"\n  echo "$MESSAGE"\n} >> "$GITHUB_PATH"')],
        })],
      }),
      errors: [{
        path: "jobs.build.steps[0].run",
        message: "the script writes untrusted `github.event.head_commit.message` (as $MESSAGE) to $GITHUB_PATH: a directory it names comes first on PATH for every later step",
        hint: HINT,
      }],
    },
  ],
});

yamlRuleTester("github-env", {
  valid: [
    {
      name: "a branch name hashed, or with all but letters and digits replaced, before it is written",
      yaml: yaml("on: pull_request", "permissions: {}", "jobs:", "  test:", "    runs-on: ubuntu-latest", "    steps:",
        "      - env:", "          BRANCH: ${{ github.head_ref }}", "        run: |",
        "          SAFE=$(echo \"$BRANCH\" | sed 's/[^a-z0-9]/_/g')", "          HASH=$(echo -n \"$BRANCH\" | sha256sum | head -c 8)", "          echo \"SCHEMA=ci_${SAFE}_${HASH}\" >> \"$GITHUB_ENV\""),
    },
    {
      name: "a fixed value written, in PowerShell",
      yaml: yaml("on: pull_request", "permissions: {}", "jobs:", "  check:", "    runs-on: windows-latest", "    steps:", "      - run: Add-Content -Path $env:GITHUB_ENV -Value \"MODE=ci\""),
    },
  ],
  invalid: [
    {
      name: "an expression written directly",
      yaml: yaml("on: issues", "jobs:", "  triage:", "    runs-on: ubuntu-latest", "    steps:", "      - run: |", "          echo \"ISSUE_TITLE=${{ github.event.issue.title }}\" >> $GITHUB_ENV"),
      errors: [{ at: "6:9", path: "jobs.triage.steps[0].run", message: `the script writes untrusted \`github.event.issue.title\` to $GITHUB_ENV: ${ENV_EFFECT}`, hint: HINT }],
    },
    {
      name: "a variable set for the whole workflow, written in PowerShell",
      yaml: yaml(
        "on: pull_request_target", "env:", "  HEAD: ${{ github.event.pull_request.head.ref }}", "jobs:", "  label:", "    runs-on: windows-latest", "    steps:",
        "      - run: Add-Content -Path $env:GITHUB_ENV -Value \"HEAD=$env:HEAD\"",
      ),
      errors: [{ at: "8:9", path: "jobs.label.steps[0].run", message: `the script writes untrusted \`github.event.pull_request.head.ref\` (as $HEAD) to $GITHUB_ENV: ${ENV_EFFECT}`, hint: HINT }],
    },
    {
      // Whoever dispatches has write access already: a warning.
      name: "a free-text dispatch input, through env",
      yaml: yaml(
        "on:", "  workflow_dispatch:", "    inputs:", "      version: { type: string }", "permissions: {}", "jobs:", "  build:", "    runs-on: ubuntu-latest", "    steps:",
        "      - run: echo \"VERSION=$VERSION\" >> \"$GITHUB_ENV\"", "        env:", "          VERSION: ${{ inputs.version }}",
      ),
      errors: [{ severity: "warning", at: "10:9", path: "jobs.build.steps[0].run", message: `the script writes untrusted \`inputs.version\` (as $VERSION) to $GITHUB_ENV: ${ENV_EFFECT}`, hint: HINT }],
    },
    {
      name: "through a shell variable made from an env variable, to $GITHUB_PATH",
      yaml: yaml(
        "on: pull_request_target", "permissions: {}", "jobs:", "  tools:", "    runs-on: ubuntu-latest", "    steps:",
        "      - env:", "          TITLE: ${{ github.event.pull_request.title }}", "        run: |",
        "          dir=$(echo \"$TITLE\" | cut -d' ' -f1)", "          echo \"$dir\" >> \"$GITHUB_PATH\"",
      ),
      errors: [{ at: "9:9", path: "jobs.tools.steps[0].run", message: "the script writes untrusted `github.event.pull_request.title` (as $dir) to $GITHUB_PATH: a directory it names comes first on PATH for every later step", hint: HINT }],
    },
  ],
});
