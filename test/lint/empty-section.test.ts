import { job, run, uses, workflow } from "../../src/index.js";
import { ruleTester } from "./rule-tester.js";

const NO_TRIGGERS = "the workflow has no triggers (`on` is empty)";
const ADD_TRIGGER = 'add an event, e.g. `on: { push: { branches: ["main"] } }`';
const build = () => job("build", { "runs-on": "ubuntu-latest", steps: [run("make")] });

ruleTester("empty-section", {
  valid: [
    { name: "a push trigger and a job with a step", code: workflow("ci", { on: { push: { branches: ["main"] } }, jobs: [build()] }) },
    { name: "`on` as a single event name", code: workflow("ci", { on: "workflow_dispatch", jobs: [build()] }) },
    { name: "`on` as a list of event names", code: workflow("ci", { on: ["push", "pull_request"], jobs: [build()] }) },
    // An event without filters is written `workflow_dispatch:`; only `on` itself must not be empty.
    { name: "an event with an empty mapping", code: workflow("ci", { on: { workflow_dispatch: {} }, jobs: [build()] }) },
    {
      name: "a job map in plain data",
      code: workflow("ci", { on: "push", jobs: { lint: { "runs-on": "ubuntu-latest", steps: [{ run: "make lint" }] } } }),
    },
    {
      // A job that calls a reusable workflow has no steps of its own.
      name: "a reusable-workflow job without steps",
      code: workflow("ci", { on: "push", jobs: [job("call", { uses: "octo-org/pipelines/.github/workflows/dbt.yml@8f4b7f84864484a7bf31766abe9204da3cbe65b3" })] }),
    },
    {
      name: "several jobs, each with steps",
      code: workflow("ci", {
        on: "push",
        jobs: [build(), job("docs", { "runs-on": "ubuntu-latest", steps: [uses("actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1"), run("make docs")] })],
      }),
    },
  ],
  invalid: [
    {
      name: "`on` is an empty mapping",
      code: workflow("ci", { on: {}, jobs: [build()] }),
      errors: [{ path: "on", message: NO_TRIGGERS, hint: ADD_TRIGGER }],
    },
    {
      name: "`on` is an empty list",
      code: workflow("ci", { on: [], jobs: [build()] }),
      errors: [{ path: "on", message: NO_TRIGGERS, hint: ADD_TRIGGER }],
    },
    {
      name: "`on` is an empty string",
      code: workflow("ci", { on: "" as never, jobs: [build()] }),
      errors: [{ path: "on", message: NO_TRIGGERS, hint: ADD_TRIGGER }],
    },
    {
      name: "`on` is missing (data that bypassed the types)",
      code: workflow("ci", { jobs: [build()] } as any),
      errors: [{ path: "on", message: NO_TRIGGERS, hint: ADD_TRIGGER }],
    },
    {
      name: "an empty jobs list",
      code: workflow("ci", { on: "push", jobs: [] }),
      errors: [{ path: "jobs", message: "the workflow has no jobs", hint: "add at least one job" }],
    },
    {
      name: "an empty jobs map",
      code: workflow("ci", { on: "push", jobs: {} }),
      errors: [{ path: "jobs", message: "the workflow has no jobs", hint: "add at least one job" }],
    },
    {
      // The schema also requires `jobs`; the rule's message is the one reported, once.
      name: "`jobs` is missing",
      code: workflow("ci", { on: "push" } as any),
      errors: [{ path: "jobs", message: "the workflow has no jobs", hint: "add at least one job" }],
    },
    {
      name: "a job with an empty steps list",
      code: workflow("ci", { on: "push", jobs: [job("test", { "runs-on": "ubuntu-latest", steps: [] })] }),
      errors: [{ path: "jobs.test.steps", message: 'job "test" has no steps', hint: "add at least one step" }],
    },
    {
      name: "a runner job without a steps key",
      code: workflow("ci", { on: "push", jobs: [job("test", { "runs-on": "ubuntu-latest" })] }),
      errors: [{ path: "jobs.test.steps", message: 'job "test" has no steps', hint: "add at least one step" }],
    },
    {
      name: "a job map entry with no steps",
      code: workflow("ci", { on: "push", jobs: { build: { "runs-on": "ubuntu-latest", steps: [run("make")] }, lint: { "runs-on": "ubuntu-latest" } } }),
      errors: [{ path: "jobs.lint.steps", message: 'job "lint" has no steps', hint: "add at least one step" }],
    },
    {
      name: "every empty section at once, in order",
      code: workflow("ci", {
        on: {},
        jobs: [job("a", { "runs-on": "ubuntu-latest", steps: [] }), job("b", { "runs-on": "ubuntu-latest", steps: [] })],
      }),
      errors: [
        { path: "on", message: NO_TRIGGERS, hint: ADD_TRIGGER },
        { path: "jobs.a.steps", message: 'job "a" has no steps', hint: "add at least one step" },
        { path: "jobs.b.steps", message: 'job "b" has no steps', hint: "add at least one step" },
      ],
    },
  ],
});
