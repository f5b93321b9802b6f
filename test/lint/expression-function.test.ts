import {
  always, cancelled, contains, endsWith, eq, expr, failure, format, fromJSON, github, hashFiles, job, join, run, startsWith, success, toJSON, vars, workflow,
} from "../../src/index.js";
import { formatPlaceholders } from "../../src/lint/rules/expression-function.js";
import { describe, expect, it } from "vitest";
import { ruleTester } from "./rule-tester.js";
import { yaml, yamlRuleTester } from "./yaml-rule-tester.js";

const ci = (def: Record<string, unknown>) =>
  workflow("ci", { on: "push", jobs: [job("build", { "runs-on": "ubuntu-latest", steps: [run("make")], ...def })] });
const BRACES = "write `{{` and `}}` for literal braces; placeholders are `{0}`, `{1}`, ...";

ruleTester("expression-function", {
  valid: [
    {
      name: "every general function with its arguments",
      code: ci({
        env: {
          ON_MAIN: contains(github.ref, "main"), TAG: startsWith(github.ref, "refs/tags/"), DOCS: endsWith(github.ref, "/docs"),
          LABEL: format("{0}-{1}", github.workflow, github.run_number), EVENT: toJSON(github.event), SIZE: fromJSON(vars.SIZE!),
          LIST: join(fromJSON('["a","b"]'), ", "), DEFAULT_JOIN: join(fromJSON('["a","b"]')),
        },
      }),
    },
    {
      name: "status functions in the job's and the steps' conditions, hashFiles() in a step",
      code: ci({
        if: always(),
        steps: [run("make", { if: success() }), run("make report", { if: failure(), env: { KEY: hashFiles("**/package-lock.json", "**/yarn.lock") } }), run("make clean", { if: cancelled() })],
      }),
    },
    // GitHub's function names are case-insensitive.
    { name: "a function name in another case", code: ci({ env: { TAG: expr("StartsWith(github.ref, 'refs/tags/')") } }) },
    { name: "format() with escaped braces and a placeholder used twice", code: ci({ env: { LABEL: format("{{literal}} {0}-{0}", github.sha) } }) },
    { name: "format() whose string is not a literal is not read", code: ci({ env: { LABEL: expr("format(vars.PATTERN, github.sha)") } }) },
  ],
  invalid: [
    {
      name: "a misspelt function",
      code: ci({ env: { LABEL: expr("frmat('{0}', github.sha)") } }),
      errors: [{ path: "jobs.build.env.LABEL", message: "`frmat()` is not a function (in `frmat('{0}', github.sha)`)", hint: "did you mean `format()`?" }],
    },
    {
      name: "a function GitHub does not have",
      code: ci({ env: { NAME: expr("lower(github.actor)") } }),
      errors: [{
        path: "jobs.build.env.NAME", message: "`lower()` is not a function (in `lower(github.actor)`)",
        hint: "functions are case, contains, endsWith, format, fromJSON, join, startsWith, toJSON, always, cancelled, success, failure, hashFiles",
      }],
    },
    {
      name: "too few arguments",
      code: ci({ steps: [run("make", { if: expr("contains(github.ref)") })] }),
      errors: [{ path: "jobs.build.steps[0].if", message: "`contains()` takes 2 arguments, not 1 (in `contains(github.ref)`)", hint: "usage: contains( search, item )" }],
    },
    {
      name: "too many arguments",
      code: ci({ env: { DATA: expr("fromJSON(vars.A, vars.B)") } }),
      errors: [{ path: "jobs.build.env.DATA", message: "`fromJSON()` takes 1 argument, not 2 (in `fromJSON(vars.A, vars.B)`)", hint: "usage: fromJSON(value)" }],
    },
    {
      name: "case() with an even number of arguments",
      code: ci({ env: { LEVEL: expr("case(github.ref == 'refs/heads/main', 'prod', github.ref == 'refs/heads/dev', 'dev')") } }),
      errors: [{
        path: "jobs.build.env.LEVEL",
        message: "`case()` takes condition/value pairs and a default, an odd number of arguments, not 4 (in `case(github.ref == 'refs/heads/main', 'prod', github.ref == 'refs/heads/dev', 'dev')`)",
        hint: "usage: case(condition1, value1, condition2, value2, ..., default)",
      }],
    },
    {
      // A step's status functions take no arguments (the job's `if` may name jobs).
      name: "an argument to a status function in a step",
      code: ci({ steps: [run("make", { if: expr("success('build')") })] }),
      errors: [{ path: "jobs.build.steps[0].if", message: "`success()` takes no arguments in `jobs.<job_id>.steps[*].if`, not 1 (in `success('build')`)", hint: "write `success()`" }],
    },
    {
      name: "hashFiles() without a pattern",
      code: ci({ steps: [run("make", { env: { KEY: expr("hashFiles()") } })] }),
      errors: [{
        path: "jobs.build.steps[0].env.KEY", message: "`hashFiles()` takes 1 to 255 arguments in `jobs.<job_id>.steps[*].env.KEY`, not 0 (in `hashFiles()`)",
        hint: "give it one or more path patterns: hashFiles('**/package-lock.json')",
      }],
    },
    {
      name: "hashFiles() in a job's condition, before any runner exists",
      code: ci({ if: expr("hashFiles('requirements.txt') != ''") }),
      errors: [{
        path: "jobs.build.if", message: "`hashFiles()` is not available in `jobs.<job_id>.if` (in `hashFiles('requirements.txt') != ''`)",
        hint: "hashFiles() reads the runner's workspace: use it in a step (`with`, `env`, `run`, `if`)",
      }],
    },
    {
      name: "a status function outside a condition",
      code: ci({ steps: [run("make", { env: { FAILED: failure() } })] }),
      errors: [{ path: "jobs.build.steps[0].env.FAILED", message: "`failure()` is not available in `jobs.<job_id>.steps[*].env.FAILED` (in `failure()`)", hint: "status functions belong in a job's or a step's `if`" }],
    },
    {
      name: "a placeholder without a value",
      code: ci({ env: { LABEL: format("{0}-{1}", github.sha) } }),
      errors: [{
        path: "jobs.build.env.LABEL", message: "format string '{0}-{1}' uses {1} but gets 1 value, so the expression fails when it runs (in `format('{0}-{1}', github.sha)`)",
        hint: "pass a value for each placeholder; {0} is the first value after the string",
      }],
    },
    {
      name: "a value no placeholder uses",
      code: ci({ env: { LABEL: format("{0}", github.sha, github.ref) } }),
      errors: [{
        path: "jobs.build.env.LABEL", message: "format string '{0}' never uses {1}, so that value is dropped (in `format('{0}', github.sha, github.ref)`)",
        hint: "add {1} to the string or remove the unused value",
      }],
    },
    {
      name: "an unescaped brace",
      code: ci({ env: { JSON: format('{"sha": "{0}"}', github.sha) } }),
      errors: [{
        path: "jobs.build.env.JSON", message: "format string '{\"sha\": \"{0}\"}' is invalid: its `{` at character 1 opens no placeholder, so the expression fails when it runs (in `format('{\"sha\": \"{0}\"}', github.sha)`)",
        hint: BRACES,
      }],
    },
    {
      // Hoisting moved the expression from the script into the step's env.
      name: "a bad call in a run script, reported where hoisting put it",
      code: ci({ steps: [run(`echo "${format("v{0}.{1}", github.run_number)}"`)] }),
      errors: [{
        path: "jobs.build.steps[0].env.EXPR_1", message: "format string 'v{0}.{1}' uses {1} but gets 1 value, so the expression fails when it runs (in `format('v{0}.{1}', github.run_number)`)",
        hint: "pass a value for each placeholder; {0} is the first value after the string",
      }],
    },
  ],
});

yamlRuleTester("expression-function", {
  valid: [
    {
      name: "functions in a multi-line script and a bare condition",
      yaml: yaml(
        "on: push",
        "jobs:",
        "  build:",
        "    runs-on: ubuntu-latest",
        "    steps:",
        "      - if: startsWith(github.ref, 'refs/tags/') && !cancelled()",
        "        run: |",
        "          echo '${{ toJSON(github.event.head_commit) }}'",
        "          echo \"${{ format('{0}/{1}', github.repository, github.sha) }}\"",
      ),
    },
    {
      // actionlint 1.7.7 predates case().
      name: "case() with a default",
      skipOracles: true,
      yaml: yaml(
        "on: push",
        "jobs:",
        "  build:",
        "    runs-on: ubuntu-latest",
        "    environment: ${{ case(github.ref == 'refs/heads/main', 'production', 'staging') }}",
        "    steps:",
        "      - run: make",
      ),
    },
  ],
  invalid: [
    {
      name: "a wrong call in a run script, at the key's line",
      yaml: yaml(
        "on: push",
        "jobs:",
        "  build:",
        "    runs-on: ubuntu-latest",
        "    steps:",
        "      - run: |",
        "          echo start",
        "          echo \"${{ startsWith(github.ref) }}\"",
      ),
      errors: [{ at: "6:9", path: "jobs.build.steps[0].run", message: "`startsWith()` takes 2 arguments, not 1 (in `startsWith(github.ref)`)", hint: "usage: startsWith( searchString, searchValue )" }],
    },
    {
      name: "format() braces in a bare step condition",
      yaml: yaml(
        "on: push",
        "jobs:",
        "  build:",
        "    runs-on: ubuntu-latest",
        "    steps:",
        "      - if: github.ref == format('refs/heads/{0}}', vars.BRANCH)",
        "        run: make",
      ),
      errors: [{
        at: "6:9", path: "jobs.build.steps[0].if",
        message: "format string 'refs/heads/{0}}' is invalid: its `}` at character 15 closes no placeholder, so the expression fails when it runs (in `github.ref == format('refs/heads/{0}}', vars.BRANCH)`)",
        hint: BRACES,
      }],
    },
  ],
});

describe("formatPlaceholders", () => {
  it("reads placeholders and escapes as GitHub's evaluator does", () => {
    expect(formatPlaceholders("{0}-{1}-{0}")).toEqual({ used: new Set([0, 1]) });
    expect(formatPlaceholders("{{0}} {{ {1} }}")).toEqual({ used: new Set([1]) });
    expect(formatPlaceholders("no placeholders")).toEqual({ used: new Set() });
    expect(formatPlaceholders("{}").broken).toBe("its `{` at character 1 opens no placeholder");
    expect(formatPlaceholders("{x}").broken).toBe("its `{` at character 1 opens no placeholder");
    expect(formatPlaceholders("a}b").broken).toBe("its `}` at character 2 closes no placeholder");
    expect(formatPlaceholders("{0").broken).toBe("its `{` at character 1 opens no placeholder");
  });
});
