import { job, run, workflow } from "../../src/index.js";
import { ruleTester } from "./rule-tester.js";

const steps = [run("make")];
const runner = "ubuntu-latest";

const build = job("build", { "runs-on": runner, steps });
const test = job("test", { needs: [build], "runs-on": runner, steps });
// Defined but never listed in `jobs`: the DSL lets a reference escape the workflow.
const lint = job("lint", { "runs-on": runner, steps });

ruleTester("needs-unknown", {
  valid: [
    { name: "a job reference in needs", code: workflow("ci", { on: "push", jobs: [build, test] }) },
    {
      name: "a single reference, not a list",
      code: workflow("ci", { on: "push", jobs: [build, job("deploy", { needs: build, "runs-on": runner, steps })] }),
    },
    {
      name: "ids as strings",
      code: workflow("ci", { on: "push", jobs: [build, job("deploy", { needs: ["build"], "runs-on": runner, steps })] }),
    },
    {
      name: "a chain of three",
      code: workflow("ci", { on: "push", jobs: [build, test, job("deploy", { needs: [build, test], "runs-on": runner, steps })] }),
    },
    {
      name: "a job map with string needs",
      code: workflow("ci", {
        on: "push",
        jobs: { build: { "runs-on": runner, steps }, publish: { needs: "build", "runs-on": runner, steps } },
      }),
    },
  ],
  invalid: [
    {
      name: "a reference to a job left out of `jobs`",
      code: workflow("ci", { on: "push", jobs: [build, job("test", { needs: [build, lint], "runs-on": runner, steps })] }),
      errors: [{ path: "jobs.test.needs", message: 'job "test" needs "lint", which is not a job of this workflow', hint: "needs one of: build; or add the job to `jobs`" }],
    },
    {
      name: "a misspelt id",
      code: workflow("ci", { on: "push", jobs: [build, test, job("deploy", { needs: ["tset"], "runs-on": runner, steps })] }),
      errors: [{ path: "jobs.deploy.needs", message: 'job "deploy" needs "tset", which is not a job of this workflow', hint: "needs one of: build, test; or add the job to `jobs`" }],
    },
    {
      // GitHub's parser matches needs to ids exactly.
      name: "an id in the wrong case",
      code: workflow("ci", { on: "push", jobs: [build, job("deploy", { needs: "Build", "runs-on": runner, steps })] }),
      errors: [{ path: "jobs.deploy.needs", message: 'job "deploy" needs "Build", which is not a job of this workflow', hint: "needs one of: build; or add the job to `jobs`" }],
    },
    {
      name: "the only job needs a missing one",
      code: workflow("ci", { on: "push", jobs: [job("deploy", { needs: [build], "runs-on": runner, steps })] }),
      errors: [{ path: "jobs.deploy.needs", message: 'job "deploy" needs "build", which is not a job of this workflow', hint: "add the job to `jobs`" }],
    },
    {
      name: "two unknown needs in one job, in the order written",
      code: workflow("ci", { on: "push", jobs: [build, job("deploy", { needs: ["stage", build, "verify"], "runs-on": runner, steps })] }),
      errors: [
        { path: "jobs.deploy.needs", message: 'job "deploy" needs "stage", which is not a job of this workflow', hint: "needs one of: build; or add the job to `jobs`" },
        { path: "jobs.deploy.needs", message: 'job "deploy" needs "verify", which is not a job of this workflow', hint: "needs one of: build; or add the job to `jobs`" },
      ],
    },
    {
      name: "a job map naming a job that is not there",
      code: workflow("ci", {
        on: "push",
        jobs: { build: { "runs-on": runner, steps }, publish: { needs: ["biuld"], "runs-on": runner, steps } },
      }),
      errors: [{ path: "jobs.publish.needs", message: 'job "publish" needs "biuld", which is not a job of this workflow', hint: "needs one of: build; or add the job to `jobs`" }],
    },
    {
      // GitHub reads a number as its text, so the rule does too.
      name: "a number that bypassed the types",
      code: workflow("ci", { on: "push", jobs: { a: { "runs-on": runner, steps }, b: { needs: [5], "runs-on": runner, steps } as any } }),
      errors: [{ path: "jobs.b.needs", message: 'job "b" needs "5", which is not a job of this workflow', hint: "needs one of: a; or add the job to `jobs`" }],
    },
    {
      name: "unknown needs in several jobs",
      code: workflow("ci", {
        on: "push",
        jobs: { a: { "runs-on": runner, steps }, b: { needs: "x", "runs-on": runner, steps }, c: { needs: "y", "runs-on": runner, steps } },
      }),
      errors: [
        { path: "jobs.b.needs", message: 'job "b" needs "x", which is not a job of this workflow', hint: "needs one of: a, c; or add the job to `jobs`" },
        { path: "jobs.c.needs", message: 'job "c" needs "y", which is not a job of this workflow', hint: "needs one of: a, b; or add the job to `jobs`" },
      ],
    },
  ],
});
