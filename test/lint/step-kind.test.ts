import { job, run, uses, workflow } from "../../src/index.js";
import { ruleTester } from "./rule-tester.js";

const NEITHER = "step has neither `run` nor `uses`";
const ADD = "add `run: <script>` or `uses: <action>@<ref>`";
const SPLIT = "split it into one step per command or action";
const ci = (steps: readonly unknown[]) =>
  workflow("ci", { on: "push", jobs: [job("build", { "runs-on": "ubuntu-latest", steps: steps as never })] });

ruleTester("step-kind", {
  valid: [
    { name: "run() and uses() steps", code: ci([uses("actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1"), run("make", { name: "Build" })]) },
    { name: "plain-object steps", code: ci([{ uses: "actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1" }, { name: "Test", run: "make test" }]) },
    { name: "a Docker action", code: ci([uses("docker://alpine@sha256:4bcff63911fcb4448bd4fdacec207030997caf25e9bea4045fa6c8c44de311d1", { with: { args: "echo hi" } })]) },
    {
      name: "a job map with plain steps",
      code: workflow("ci", { on: "push", jobs: { lint: { "runs-on": "ubuntu-latest", steps: [{ uses: "actions/setup-node@820762786026740c76f36085b0efc47a31fe5020" }, { run: "npm run lint" }] } } }),
    },
  ],
  invalid: [
    {
      // The schema would also call `uses` an unknown key of a run step; the rule's message wins.
      name: "both `run` and `uses`",
      code: ci([{ name: "Checkout and build", uses: "actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1", run: "make" }]),
      errors: [{ path: "jobs.build.steps[0]", message: "step has both `run` and `uses`", hint: SPLIT }],
    },
    {
      name: "a run() step given `uses` through options that bypassed the types",
      code: ci([uses("actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1"), run("make", { uses: "actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1" } as any)]),
      errors: [{ path: "jobs.build.steps[1]", message: "step has both `run` and `uses`", hint: SPLIT }],
    },
    {
      name: "a step with only a name",
      code: ci([run("make"), { name: "Forgot the command" }]),
      errors: [{ path: "jobs.build.steps[1]", message: NEITHER, hint: ADD }],
    },
    {
      name: "`with` but no `uses`",
      code: ci([{ with: { "fetch-depth": 0 } }]),
      errors: [{ path: "jobs.build.steps[0]", message: NEITHER, hint: ADD }],
    },
    {
      name: "an empty step in a job map",
      code: workflow("ci", { on: "push", jobs: { lint: { "runs-on": "ubuntu-latest", steps: [{ run: "make" }, {} as never] } } }),
      errors: [{ path: "jobs.lint.steps[1]", message: NEITHER, hint: ADD }],
    },
    {
      name: "`uses` together with a background-step key",
      code: ci([{ uses: "actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1", wait: "server" }]),
      errors: [{ path: "jobs.build.steps[0]", message: "step has both `uses` and `wait`", hint: SPLIT }],
    },
    {
      name: "each bad step of each job",
      code: workflow("ci", {
        on: "push",
        jobs: {
          a: { "runs-on": "ubuntu-latest", steps: [{ name: "x" }, { run: "ok" }, { run: "y", uses: "z/z@1111111111111111111111111111111111111111" }] },
          b: { "runs-on": "ubuntu-latest", steps: [{ id: "nothing" }] },
        } as never,
      }),
      errors: [
        { path: "jobs.a.steps[0]", message: NEITHER, hint: ADD },
        { path: "jobs.a.steps[2]", message: "step has both `run` and `uses`", hint: SPLIT },
        { path: "jobs.b.steps[0]", message: NEITHER, hint: ADD },
      ],
    },
  ],
});
