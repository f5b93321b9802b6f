import { job, matrix, run, uses, workflow } from "../../src/index.js";
import { ruleTester } from "./rule-tester.js";

const CHARACTERS = "start with a letter or _ and use only letters, digits, - and _";
const UNIQUE = "give each step of a job its own id";
const ci = (steps: readonly unknown[]) =>
  workflow("ci", { on: "push", jobs: [job("build", { "runs-on": "ubuntu-latest", steps: steps as never })] });

ruleTester("step-id", {
  valid: [
    { name: "letters, digits, - and _", code: ci([uses("actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1", { id: "checkout" }), run("make", { id: "build-2" }), run("ls", { id: "_list" })]) },
    { name: "steps without ids", code: ci([run("make"), run("make test")]) },
    { name: "99 characters", code: ci([run("make", { id: "s".repeat(99) })]) },
    {
      name: "the same id in different jobs",
      code: workflow("ci", {
        on: "push",
        jobs: [
          job("a", { "runs-on": "ubuntu-latest", steps: [run("make", { id: "build" })] }),
          job("b", { "runs-on": "ubuntu-latest", steps: [run("make", { id: "build" })] }),
        ],
      }),
    },
    {
      name: "a job map with plain steps",
      code: workflow("ci", { on: "push", jobs: { lint: { "runs-on": "ubuntu-latest", steps: [{ id: "lint", run: "make lint" }, { id: "fmt", run: "make fmt" }] } } }),
    },
  ],
  invalid: [
    {
      name: "a leading digit",
      code: ci([run("make", { id: "1st" })]),
      errors: [{ path: "jobs.build.steps[0].id", message: 'step id "1st" is not valid', hint: CHARACTERS }],
    },
    {
      name: "a space",
      code: ci([run("make"), run("make test", { id: "unit tests" })]),
      errors: [{ path: "jobs.build.steps[1].id", message: 'step id "unit tests" is not valid', hint: CHARACTERS }],
    },
    {
      // GitHub's parser reads `id` before any expression is evaluated, and rejects this.
      name: "an expression",
      code: workflow("ci", {
        on: "push",
        jobs: [job("build", { "runs-on": "ubuntu-latest", strategy: { matrix: { os: ["linux"] } }, steps: [run("make", { id: matrix.os })] })],
      }),
      errors: [
        { path: "jobs.build.steps[0].id", message: 'step id "${{ matrix.os }}" is not valid', hint: "step ids cannot be expressions: use a fixed id" },
        {
          rule: "expression-context",
          path: "jobs.build.steps[0].id",
          message: "the `matrix` context is not available in `jobs.<job_id>.steps[*].id` (in `matrix.os`)",
          hint: "GitHub evaluates no expressions in `jobs.<job_id>.steps[*].id`: write the value literally",
        },
      ],
    },
    {
      name: "a leading double underscore, which GitHub reserves",
      code: ci([run("make", { id: "__meta" })]),
      errors: [{ path: "jobs.build.steps[0].id", message: 'step id "__meta" starts with "__", which GitHub reserves', hint: "start with a letter or a single _" }],
    },
    {
      name: "100 characters",
      code: ci([run("make", { id: "s".repeat(100) })]),
      errors: [{ path: "jobs.build.steps[0].id", message: `step id "${"s".repeat(100)}" is 100 characters long; GitHub allows at most 99`, hint: "use a shorter id" }],
    },
    {
      name: "an id used twice in a job",
      code: ci([run("make", { id: "build" }), run("make test"), run("make again", { id: "build" })]),
      errors: [{ path: "jobs.build.steps[2].id", message: 'step id "build" is already used by step 0 of job "build"', hint: UNIQUE }],
    },
    {
      // Expressions read `steps.<id>` case-insensitively; actionlint rejects this too.
      name: "ids equal but for case",
      code: ci([uses("actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1", { id: "Checkout" }), run("make", { id: "checkout" })]),
      errors: [{ path: "jobs.build.steps[1].id", message: 'step id "checkout" is already used by step 0 of job "build"', hint: UNIQUE }],
    },
    {
      name: "an id used three times",
      code: ci([run("a", { id: "x" }), run("b", { id: "x" }), run("c", { id: "x" })]),
      errors: [
        { path: "jobs.build.steps[1].id", message: 'step id "x" is already used by step 0 of job "build"', hint: UNIQUE },
        { path: "jobs.build.steps[2].id", message: 'step id "x" is already used by step 0 of job "build"', hint: UNIQUE },
      ],
    },
    {
      name: "problems in plain steps of a job map",
      code: workflow("ci", {
        on: "push",
        jobs: { lint: { "runs-on": "ubuntu-latest", steps: [{ id: "fmt", run: "a" }, { id: "fmt", run: "b" }, { id: "lint.all", run: "c" }] } },
      }),
      errors: [
        { path: "jobs.lint.steps[1].id", message: 'step id "fmt" is already used by step 0 of job "lint"', hint: UNIQUE },
        { path: "jobs.lint.steps[2].id", message: 'step id "lint.all" is not valid', hint: CHARACTERS },
      ],
    },
    {
      // GitHub reads a number as its text, so the rule does too.
      name: "a numeric id that bypassed the types",
      code: ci([{ id: 7, run: "make" }]),
      errors: [{ path: "jobs.build.steps[0].id", message: 'step id "7" is not valid', hint: CHARACTERS }],
    },
  ],
});
