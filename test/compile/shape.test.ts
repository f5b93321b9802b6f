import { expr, fromJSON, github, inputs, job, matrix, run, secrets, uses, vars, workflow } from "../../src/index.js";
import { ruleTester } from "../lint/rule-tester.js";
import { yaml, yamlRuleTester } from "../lint/yaml-rule-tester.js";

const SPELLING = "check the spelling against GitHub's workflow syntax; every key GitHub accepts is typed in pipewright";
const SYNTAX = "see GitHub's workflow syntax for this key";
const TEXT_HINT = "write the number or boolean without quotes, e.g. `timeout-minutes: 30`, or use an expression";
const runner = "ubuntu-latest";
const steps = [run("make")];
/** One job whose definition bypassed the types, as JavaScript users and `as any` do. */
const withJob = (def: Record<string, unknown>, top: Record<string, unknown> = {}) =>
  workflow("ci", { on: "push", ...top, jobs: [job("build", { "runs-on": runner, steps, ...def } as any)] });
const unknownKey = (path: string, key: string, near?: string) => ({ path, message: `unknown key "${key}"${near ? `; did you mean "${near}"?` : ""}`, hint: SPELLING });

ruleTester("shape", {
  valid: [
    {
      name: "a workflow using most of GitHub's keys",
      code: workflow("ci", {
        name: "CI",
        "run-name": `CI for ${github.ref_name}`,
        on: {
          push: { branches: ["main"], "paths-ignore": ["docs/**"] },
          pull_request: { types: ["opened", "synchronize"] },
          workflow_dispatch: { inputs: { target: { type: "choice", options: ["dev", "prod"], default: "dev", required: true } } },
          schedule: [{ cron: "0 3 * * *" }],
        },
        permissions: { contents: "read" },
        env: { PYTHONUNBUFFERED: "1" },
        defaults: { run: { shell: "bash" } },
        concurrency: { group: `ci-${github.ref}`, "cancel-in-progress": true },
        jobs: [
          job("test", {
            name: "Test on ${{ matrix.python }}",
            "runs-on": runner,
            "timeout-minutes": 30,
            permissions: { contents: "read", "pull-requests": "write" },
            "continue-on-error": false,
            strategy: { matrix: { python: ["3.11", "3.12"] }, "fail-fast": false, "max-parallel": 2 },
            services: { postgres: { image: "postgres:16", env: { POSTGRES_PASSWORD: "postgres" }, ports: ["5432:5432"] } },
            environment: { name: "ci" },
            outputs: { version: "${{ steps.version.outputs.value }}" },
            steps: [
              uses("actions/setup-python@5fda3b95a4ea91299a34e894583c3862153e4b97", { with: { "python-version": matrix.python } }),
              run("echo value=1 >> $GITHUB_OUTPUT", { id: "version", shell: "bash", "working-directory": "app", env: { TOKEN: secrets.TOKEN } }),
            ],
          }),
        ],
      }),
    },
    {
      name: "number and boolean keys given as expressions",
      code: withJob({ "timeout-minutes": expr("fromJSON(vars.TIMEOUT)"), "continue-on-error": fromJSON(vars.ALLOW_FAILURE!) }),
    },
    {
      name: "a reusable-workflow job",
      code: workflow("ci", { on: "push", jobs: [job("call", { uses: "octo-org/pipelines/.github/workflows/dbt.yml@8f4b7f84864484a7bf31766abe9204da3cbe65b3", with: { target: "prod" }, secrets: { token: secrets.PIPELINES_TOKEN } })] }),
    },
    { name: "dispatch inputs read in a job", code: workflow("ci", { on: { workflow_dispatch: { inputs: { dry: { type: "boolean" } } } }, jobs: [job("a", { "runs-on": runner, steps: [run(`echo ${inputs.dry}`)] })] }) },
  ],
  invalid: [
    {
      name: "a misspelt job key, and the key it was meant to be",
      code: workflow("ci", { on: "push", jobs: [job("build", { "runs-onn": runner, steps } as any)] }),
      errors: [
        { path: "jobs.build.runs-on", message: 'required key "runs-on" is missing', hint: "add `runs-on`" },
        unknownKey("jobs.build.runs-onn", "runs-onn", "runs-on"),
      ],
    },
    { name: "an unknown top-level key", code: workflow("ci", { on: "push", nmae: "CI", jobs: [job("a", { "runs-on": runner, steps })] } as any), errors: [unknownKey("nmae", "nmae", "name")] },
    { name: "an unknown event", code: withJob({}, { on: { pushh: {} } }), errors: [unknownKey("on.pushh", "pushh", "push")] },
    { name: "an unknown event filter", code: withJob({}, { on: { push: { branchs: ["main"] } } }), errors: [unknownKey("on.push.branchs", "branchs", "branches")] },
    { name: "an unknown key in a job's concurrency", code: withJob({ concurrency: { group: "x", "cancel-in-progres": true } }), errors: [unknownKey("jobs.build.concurrency.cancel-in-progres", "cancel-in-progres", "cancel-in-progress")] },
    {
      // The step could be a run step or an action step; it has `uses`, so only the typo is news.
      name: "a typo in an action step picks the action-step branch",
      code: withJob({ steps: [{ uses: "actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1", withh: { "fetch-depth": 0 } }] }),
      errors: [unknownKey("jobs.build.steps[0].withh", "withh", "with")],
    },
    {
      name: "a typo in a reusable-workflow job picks the caller branch",
      code: workflow("ci", { on: "push", jobs: { call: { uses: "./.github/workflows/dbt.yml", withh: { target: "prod" } } as any } }),
      errors: [unknownKey("jobs.call.withh", "withh", "with")],
    },
    {
      name: "a job map entry without runs-on",
      code: workflow("ci", { on: "push", jobs: { lint: { steps: [{ run: "make lint" }] } as any } }),
      errors: [{ path: "jobs.lint.runs-on", message: 'required key "runs-on" is missing', hint: "add `runs-on`" }],
    },
    {
      name: "a schedule entry without cron",
      code: withJob({}, { on: { schedule: [{ timezone: "Europe/Paris" }] } }),
      errors: [{ path: "on.schedule[0].cron", message: 'required key "cron" is missing', hint: "add `cron`" }],
    },
    {
      name: "text where a number goes",
      code: withJob({ "timeout-minutes": "abc" }),
      errors: [{ path: "jobs.build.timeout-minutes", message: 'text "abc" is not valid here: only an expression `${{ ... }}` may be text', hint: TEXT_HINT }],
    },
    {
      name: "text where a boolean goes, in a step",
      code: withJob({ steps: [run("make", { "continue-on-error": "yes" } as any)] }),
      errors: [{ path: "jobs.build.steps[0].continue-on-error", message: 'text "yes" is not valid here: only an expression `${{ ... }}` may be text', hint: TEXT_HINT }],
    },
    {
      name: "text where a boolean goes, in a strategy",
      code: withJob({ strategy: { matrix: { os: ["linux"] }, "fail-fast": "no" } }),
      errors: [{ path: "jobs.build.strategy.fail-fast", message: 'text "no" is not valid here: only an expression `${{ ... }}` may be text', hint: TEXT_HINT }],
    },
    {
      name: "a value no branch of a union takes",
      code: withJob({ env: ["PYTHONUNBUFFERED=1"] }),
      errors: [{ path: "jobs.build.env", message: "value is not valid here: expected object or string", hint: SYNTAX }],
    },
    { name: "a nested mapping as an env value", code: withJob({ env: { A: { b: 1 } } }), errors: [{ path: "jobs.build.env.A", message: "value is not valid here: expected string or number or boolean", hint: SYNTAX }] },
    { name: "a permission level that does not exist", code: withJob({}, { permissions: { contents: "readd" } }), errors: [{ path: "permissions.contents", message: 'value is not valid here: expected "read" or "write" or "none"', hint: SYNTAX }] },
    {
      // `on` is an event name (itself a union of names), a list of them, or a mapping; the
      // mapping is the branch meant here, so the finding is the typo, not every event name.
      name: "a union inside a union still picks the intended branch",
      code: withJob({}, { on: { schedule: [{ cron: "0 3 * * *", timezon: "UTC" }] } }),
      errors: [unknownKey("on.schedule[0].timezon", "timezon", "timezone")],
    },
    {
      name: "a step with both run and uses is explained once, by step-kind",
      code: withJob({ steps: [{ run: "make", uses: "actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1", withh: {} }] }),
      errors: [{ rule: "step-kind", path: "jobs.build.steps[0]", message: "step has both `run` and `uses`", hint: "split it into one step per command or action" }],
    },
    {
      name: "an empty cron is explained once, by the cron rule",
      code: withJob({}, { on: { schedule: [{ cron: "" }] } }),
      errors: [{
        rule: "cron", path: "on.schedule[0].cron", message: 'cron "" has 1 field, cron needs 5 (minute hour day-of-month month day-of-week)',
        hint: 'write five fields, e.g. "30 5 * * 1-5" (05:30 UTC on weekdays); https://crontab.guru helps',
      }],
    },
    {
      name: "a rule's finding does not hide a shape problem elsewhere",
      code: workflow("ci", {
        on: "push",
        jobs: { a: { "runs-on": runner, steps: [{ name: "nothing" }] }, b: { "runs-on": runner, "timeout-minute": 5, steps } } as any,
      }),
      errors: [
        { rule: "step-kind", path: "jobs.a.steps[0]", message: "step has neither `run` nor `uses`", hint: "add `run: <script>` or `uses: <action>@<ref>`" },
        unknownKey("jobs.b.timeout-minute", "timeout-minute", "timeout-minutes"),
      ],
    },
  ],
});

const JOB_HEAD = ["on: push", "permissions: {}", "jobs:", "  build:", "    runs-on: ubuntu-latest"];

yamlRuleTester("shape", {
  valid: [
    {
      // GitHub reads an empty value of a plain string key as the key left out.
      name: "an empty container, job name and working directory",
      yaml: yaml(...JOB_HEAD, "    container: null", "    name:", "    steps:", "      - run: make", "        working-directory: null"),
    },
  ],
  invalid: [
    {
      name: "an empty shell, which must be a non-empty string",
      yaml: yaml(...JOB_HEAD, "    steps:", "      - run: make", "        shell: null"),
      errors: [{ at: "8:9", path: "jobs.build.steps[0].shell", message: "value is not valid here: expected string or number or boolean", hint: SYNTAX }],
    },
    {
      name: "an empty timeout, which must be a number",
      yaml: yaml(...JOB_HEAD, "    timeout-minutes: null", "    steps:", "      - run: make"),
      errors: [{ at: "6:5", path: "jobs.build.timeout-minutes", message: "value is not valid here: expected number or string", hint: SYNTAX }],
    },
  ],
});
