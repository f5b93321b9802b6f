// `pipewright lint` on an action's metadata: a composite action's steps get the step rules,
// reported at the action's own paths; other kinds of action have no steps to check.
import { expect, it } from "vitest";
import { lintText } from "../../src/runs/lint-files.js";

const found = async (text: string, file = ".github/actions/setup/action.yml") =>
  (await lintText(text, file)).map((d) => `${d.source?.line}:${d.source?.column} ${d.severity} ${d.path}: ${d.message} [${d.rule}]`);

it("checks a composite action's steps: a missing shell, an outsider's text in a script, pins and workflow commands", async () => {
  const action = [
    "name: setup",
    "inputs:",
    "  version:",
    "    description: the version to install",
    "runs:",
    "  using: composite",
    "  steps:",
    "    - run: echo \"${{ github.event.issue.title }}\"",
    "    - id: install",
    "      run: ./install.sh \"${{ inputs.version }}\"",
    "      shell: bash",
    "    - uses: actions/checkout@v5",
    "      with:",
    "        persist-credentials: false",
    "    - run: echo \"::set-output name=dir::${{ steps.missing.outputs.dir }}\"",
    "      shell: bash",
    "",
  ].join("\n");
  expect(await found(action)).toEqual([
    "8:7 error runs.steps[0]: required key \"shell\" is missing: a composite action's run steps have no default shell [shape]",
    "8:7 error runs.steps[0].run: untrusted `github.event.issue.title` is expanded into the shell script: a crafted value runs as code [template-injection]",
    "10:7 warning runs.steps[1].run: untrusted `inputs.version` is expanded into the shell script: a crafted value runs as code [template-injection]",
    "12:7 warning runs.steps[2].uses: \"actions/checkout@v5\" is pinned to a tag (\"v5\"), which the owner of actions/checkout can move to other code [unpinned-uses]",
    "15:7 error runs.steps[3].run: `steps.missing` names no step of the action [step-reference]",
    "15:7 warning runs.steps[3].run: the script uses `::set-output`, which GitHub deprecated [workflow-command-deprecated]",
  ]);
});

it("finds nothing to check in a JavaScript or Docker action, and nothing wrong in a clean composite one", async () => {
  expect(await found("name: x\nruns:\n  using: node24\n  main: index.js\n")).toEqual([]);
  expect(await found("name: x\nruns:\n  using: docker\n  image: Dockerfile\n")).toEqual([]);
  expect(await found("name: x\nruns:\n  using: composite\n  steps:\n    - run: make\n      shell: bash\n")).toEqual([]);
  // Named otherwise, an action is known by `runs` without `jobs`.
  expect(await found("name: x\nruns:\n  using: composite\n  steps:\n    - run: make\n", "ci/setup.yaml")).toEqual([
    "5:7 error runs.steps[0]: required key \"shell\" is missing: a composite action's run steps have no default shell [shape]",
  ]);
});

it("asks for runs when an action.yml has none", async () => {
  expect(await found("name: x\ndescription: nothing\n")).toEqual(['1:1 error runs: required key "runs" is missing [shape]']);
});

it("warns when a composite action writes a value it does not spell out to $GITHUB_ENV or $GITHUB_PATH", async () => {
  const step = (run: string, shell = "bash") => [`    - run: ${run}`, `      shell: ${shell}`];
  const action = [
    "name: env",
    "runs:",
    "  using: composite",
    "  steps:",
    ...step(`echo "TOOL_HOME=$(./find-home.sh)" >> "$GITHUB_ENV"`),
    ...step(`echo "$TOOL_DIR/bin" >> "$GITHUB_PATH"`),
    ...step(`echo "$HOME/.local/bin:\${RUNNER_TEMP}/tool" >> "$GITHUB_PATH"`),
    ...step(`Add-Content $env:GITHUB_ENV "LIB=$env:LIB"`, "pwsh"),
    ...step("echo MODE=release >> $GITHUB_ENV"),
    ...step("echo ok > out.txt"),
    "",
  ].join("\n");
  const effect = "a line break in it sets any variable for every later step (BASH_ENV, NODE_OPTIONS, ...)";
  const vouch = "a value from its caller's run that it cannot vouch for";
  expect(await found(action)).toEqual([
    `5:7 warning runs.steps[0].run: the action writes \`$(./find-home.sh)\` to $GITHUB_ENV, ${vouch}: ${effect} [github-env]`,
    `7:7 warning runs.steps[1].run: the action writes \`$TOOL_DIR\` to $GITHUB_PATH, ${vouch}: a directory it names comes first on PATH for every later step [github-env]`,
    `11:7 warning runs.steps[3].run: the action writes \`$env:LIB\` to $GITHUB_ENV, ${vouch}: ${effect} [github-env]`,
  ]);
  // The same script in a workflow's job is left to the rule's untrusted-data check.
  const workflow = "on: push\npermissions: {}\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo \"TOOL_HOME=$(./find-home.sh)\" >> \"$GITHUB_ENV\"\n";
  expect((await lintText(workflow, ".github/workflows/ci.yml")).filter((d) => d.rule === "github-env")).toEqual([]);
});

it("gives a composite action's steps the newer step rules too: tools at latest, ad-hoc packages, disguised paths, constant conditions", async () => {
  const action = [
    "name: setup",
    "runs:",
    "  using: composite",
    "  steps:",
    "    - uses: hashicorp/setup-terraform@dfe3c3f87815947d99a8997f908cb6525fc44e9e # v4.0.1",
    "    - run: npm install -g some-cli",
    "      shell: bash",
    "    - uses: actions/cache/save/../restore@27d5ce7f107fe9357f9df03efb73ab90386fccae # v5.0.5",
    "      with:",
    "        path: x",
    "        key: y",
    "    - if: true",
    "      run: make",
    "      shell: bash",
    "",
  ].join("\n");
  expect(await found(action)).toEqual([
    '5:7 warning runs.steps[0].uses: hashicorp/setup-terraform installs the latest release of its tool: its input "terraform_version" defaults to "latest" [unpinned-tools]',
    "6:7 warning runs.steps[1].run: `npm install -g some-cli` fetches `some-cli` by name from the registry, outside any lock file: whatever is published then runs in the job [adhoc-packages]",
    '8:7 warning runs.steps[2].uses: "actions/cache/save/../restore@27d5ce7f107fe9357f9df03efb73ab90386fccae" has `..` in its path: it names actions/cache/restore in a way a reader does not see at a glance [obfuscation]',
    "12:7 warning runs.steps[3].if: condition `true` is always true: the step always runs [if-constant]",
  ]);
});
