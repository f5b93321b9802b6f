import { describe, expect, it } from "vitest";
import { hoist, shellKind, variableName } from "../../src/compile/hoist.js";
import { compile, env, format, github, job, run, secrets, vars, workflow, type JobDefinition } from "../../src/index.js";
import { expectValidWorkflow } from "../support/oracles.js";

const none = new Map<string, string>();
const PR_TITLE = "${{ github.event.pull_request.title }}";

describe("shellKind", () => {
  it.each([
    ["bash", false, "posix"], ["sh", false, "posix"], ["zsh", false, "posix"], ["bash --noprofile --norc -eo pipefail {0}", false, "posix"],
    ["/usr/bin/bash -e {0}", false, "posix"], ["pwsh", false, "pwsh"], ["powershell", true, "pwsh"], ["cmd", true, "cmd"],
    ["python", false, "other"], ["perl {0}", false, "other"], [undefined, false, "posix"], [undefined, true, "pwsh"],
  ] as const)("%s on windows=%s is %s", (shell, windows, kind) => {
    expect(shellKind(shell, windows)).toBe(kind);
  });
});

describe("variableName", () => {
  it.each([
    ["github.event.pull_request.title", "EVENT_PULL_REQUEST_TITLE"], ["github.head_ref", "HEAD_REF"],
    ["secrets.DEPLOY_TOKEN", "DEPLOY_TOKEN"], ["vars.aws-region", "AWS_REGION"], ["inputs.dry_run", "INPUTS_DRY_RUN"],
    ["matrix.python-version", "MATRIX_PYTHON_VERSION"], ["steps.meta.outputs.tags", "STEPS_META_OUTPUTS_TAGS"],
  ])("%s is stored as %s", (expression, name) => {
    expect(variableName(expression)).toBe(name);
  });

  it.each(["format('{0}', github.ref)", "github.event.commits[0].message", "github.event['pull_request'].title", "a == b"])(
    "%s has no natural name", (expression) => {
      expect(variableName(expression)).toBeUndefined();
    });
});

describe("hoist", () => {
  it("moves an expression into env and references it as a shell variable", () => {
    expect(hoist(`echo "${PR_TITLE}"`, "posix", none)).toEqual({
      run: 'echo "$EVENT_PULL_REQUEST_TITLE"',
      env: { EVENT_PULL_REQUEST_TITLE: PR_TITLE },
      problems: [],
    });
  });

  it("names secrets and vars after themselves and reads env.X directly", () => {
    const script = "deploy --token ${{ secrets.DEPLOY_TOKEN }} --region ${{vars.REGION}} --stage ${{ env.STAGE }}";
    expect(hoist(script, "posix", none)).toEqual({
      run: "deploy --token $DEPLOY_TOKEN --region $REGION --stage $STAGE",
      env: { DEPLOY_TOKEN: "${{ secrets.DEPLOY_TOKEN }}", REGION: "${{ vars.REGION }}" },
      problems: [],
    });
  });

  it("reuses a variable in scope that holds the same expression, and never shadows one that does not", () => {
    const taken = new Map([["BRANCH", "${{ github.head_ref }}"], ["SHA", "fixed"], ["SHA_2", "${{ github.ref }}"]]);
    expect(hoist("git checkout ${{ github.head_ref }} && git show ${{ github.sha }} ${{ github.sha }}", "posix", taken)).toEqual({
      run: "git checkout $BRANCH && git show $SHA_3 $SHA_3",
      env: { SHA_3: "${{ github.sha }}" },
      problems: [],
    });
  });

  it("turns a single-quoted expression into one double-quoted word", () => {
    expect(hoist("echo '${{ github.ref }}' 'ref: ${{ github.ref }}'", "posix", none).run).toBe(`echo "$REF" 'ref: '"$REF"''`);
  });

  it("braces the name when identifier characters follow", () => {
    expect(hoist("tar czf ${{ github.sha }}_build.tgz ${{ github.sha }}-x ${{ github.sha }}1", "posix", none).run)
      .toBe("tar czf ${SHA}_build.tgz $SHA-x ${SHA}1");
  });

  it("leaves a `'` inside a comment or a double-quoted string out of the quoting", () => {
    expect(hoist("# don't quote this\necho ${{ github.ref }}", "posix", none).run).toBe("# don't quote this\necho $REF");
    expect(hoist(`echo "it's ${"${{ github.ref }}"}" '${"${{ github.sha }}"}'`, "posix", none).run).toBe(`echo "it's $REF" "$SHA"`);
  });

  it("uses $env:X for PowerShell, double-quoted where the expression was single-quoted, and %X% for cmd", () => {
    expect(hoist("Write-Output ${{ github.ref }} '${{ github.sha }}'", "pwsh", none).run).toBe('Write-Output $env:REF "$env:SHA"');
    // cmd gives quotes no meaning: `%X%` expands inside them as the value did.
    expect(hoist("echo ${{ github.ref }} '${{ github.sha }}'", "cmd", none).run).toBe("echo %REF% '%SHA%'");
  });

  it("numbers expressions without a natural name, once each", () => {
    const script = "echo ${{ format('{0}-{1}', github.ref, github.sha) }} ${{ github.run_id || 0 }} ${{ format('{0}-{1}', github.ref, github.sha) }}";
    expect(hoist(script, "posix", none)).toEqual({
      run: "echo $EXPR_1 $EXPR_2 $EXPR_1",
      env: { EXPR_1: "${{ format('{0}-{1}', github.ref, github.sha) }}", EXPR_2: "${{ github.run_id || 0 }}" },
      problems: [],
    });
  });

  it("does not name a variable PATH or HOME, which the shell itself needs", () => {
    expect(hoist("echo ${{ github.path }} ${{ vars.HOME }}", "posix", none)).toEqual({
      run: "echo $PATH_2 $HOME_2",
      env: { PATH_2: "${{ github.path }}", HOME_2: "${{ vars.HOME }}" },
      problems: [],
    });
  });
});

/** Compiles one job in a push workflow and returns the YAML body below the header. */
async function body(definition: JobDefinition, top: { env?: Record<string, string> } = {}): Promise<string> {
  const { files, diagnostics } = await compile([workflow("hoist", { on: { push: {} }, ...top, jobs: [job("build", definition)] })]);
  expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const contents = files[0]!.contents;
  await expectValidWorkflow("hoist.yml", contents);
  return contents.slice(contents.indexOf("\n\n") + 2);
}

const HEAD = "on:\n  push:\npermissions:\n  contents: read\n";

describe("hoisting in compile()", () => {
  it("moves a pull request title out of the script, into the step's env", async () => {
    const yaml = await body({ "runs-on": "ubuntu-latest", steps: [run(`echo "${github.event.pull_request.title}"`, { env: { A: "1" } })] });
    expect(yaml).toBe(`${HEAD}jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - env:
          A: "1"
          EVENT_PULL_REQUEST_TITLE: \${{ github.event.pull_request.title }}
        run: echo "$EVENT_PULL_REQUEST_TITLE"
`);
  });

  it("reads env.X, reuses an equal variable and suffixes names taken by job or workflow env", async () => {
    const yaml = await body({
      "runs-on": "ubuntu-latest",
      env: { SHA: "fixed", BRANCH: github.head_ref },
      steps: [run(`echo ${env.STAGE} ${github.head_ref} ${secrets.TOKEN} ${vars.REGION} ${github.sha}`, { env: { REGION_NAME: vars.REGION } })],
    }, { env: { STAGE: "prod", TOKEN: "public" } });
    expect(yaml).toBe(`${HEAD}env:
  STAGE: prod
  TOKEN: public
jobs:
  build:
    runs-on: ubuntu-latest
    env:
      SHA: fixed
      BRANCH: \${{ github.head_ref }}
    steps:
      - env:
          REGION_NAME: \${{ vars.REGION }}
          TOKEN_2: \${{ secrets.TOKEN }}
          SHA_2: \${{ github.sha }}
        run: echo $STAGE $BRANCH $TOKEN_2 $REGION_NAME $SHA_2
`);
  });

  it("writes $env:X under pwsh, on a Windows runner by default, and %X% under cmd", async () => {
    const yaml = await body({
      "runs-on": "windows-latest",
      steps: [run(`echo ${github.actor}`), run(`echo ${github.run_id}`, { shell: "cmd" }), run(`echo ${github.ref}`, { shell: "bash" })],
    });
    expect(yaml).toBe(`${HEAD}jobs:
  build:
    runs-on: windows-latest
    steps:
      - env:
          ACTOR: \${{ github.actor }}
        run: echo $env:ACTOR
      - shell: cmd
        env:
          RUN_ID: \${{ github.run_id }}
        run: echo %RUN_ID%
      - shell: bash
        env:
          REF: \${{ github.ref }}
        run: echo $REF
`);
  });

  it("follows the shell set in defaults, and keeps expressions inline with hoistExpressions: false", async () => {
    const yaml = await body({
      "runs-on": "ubuntu-latest",
      defaults: { run: { shell: "pwsh" } },
      steps: [run(`echo ${github.sha}`), run(`echo ${github.sha} ${format("{0}", github.ref)}`, { hoistExpressions: false })],
    });
    expect(yaml).toBe(`${HEAD}jobs:
  build:
    runs-on: ubuntu-latest
    defaults:
      run:
        shell: pwsh
    steps:
      - env:
          SHA: \${{ github.sha }}
        run: echo $env:SHA
      - run: echo \${{ github.sha }} \${{ format('{0}', github.ref) }}
`);
  });

  it.each([
    ["on the step", { shell: "python" }, {}],
    ["in the job's defaults", {}, { defaults: { run: { shell: "python" } } }],
  ] as const)("reports a run-expression error for a shell it cannot rewrite (set %s), and writes nothing", async (_, stepOptions, jobOptions) => {
    const { files, diagnostics } = await compile([workflow("py", {
      on: { push: {} },
      jobs: [job("build", { "runs-on": "ubuntu-latest", ...jobOptions, steps: [run(`print("${github.ref}")`, stepOptions)] })],
    })]);
    expect(files).toEqual([]);
    const errors = diagnostics.filter((d) => d.severity === "error");
    expect(errors.map(({ rule, severity, path, message }) => ({ rule, severity, path, message }))).toEqual([{
      rule: "run-expression",
      severity: "error",
      path: "jobs.build.steps[0].run",
      message: 'cannot move `${{ }}` out of a script for shell "python"',
    }]);
  });
});

describe("hoist and here-documents", () => {
  const none = new Map<string, string>();
  it("expands in an unquoted here-document, whose quotes are text", () => {
    expect(hoist("cat <<EOF\nIt's ${{ github.sha }}\nEOF\necho '${{ github.ref }}'", "posix", none)).toEqual({
      run: "cat <<EOF\nIt's $SHA\nEOF\necho \"$REF\"",
      env: { SHA: "${{ github.sha }}", REF: "${{ github.ref }}" },
      problems: [],
    });
  });

  it("refuses to move an expression out of a quoted here-document, where $X would stay text", () => {
    const result = hoist("cat <<'EOF'\n${{ github.sha }}\nEOF\necho ${{ github.ref }}", "posix", none);
    expect(result.problems).toEqual(["`${{ github.sha }}` is inside a quoted here-document (<<'EOF'), where a shell variable would not expand"]);
    expect(result.run).toBe("cat <<'EOF'\n${{ github.sha }}\nEOF\necho $REF");
  });

  it("gives env names that are no shell identifier a variable of their own", () => {
    expect(hoist("cat <<-END\n\tx ${{ env.A-B }}\n\tEND", "posix", none).env).toEqual({ ENV_A_B: "${{ env.A-B }}" });
  });
});
