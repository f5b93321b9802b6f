import { job, run, workflow } from "../../src/index.js";
import { ruleTester } from "./rule-tester.js";

const CHARACTERS = "start with a letter or _ and use only letters, digits, - and _";
const steps = [run("make")];
const ci = (...ids: string[]) =>
  workflow("ci", { on: "push", jobs: ids.map((id) => job(id, { "runs-on": "ubuntu-latest", steps })) });

ruleTester("job-id", {
  valid: [
    { name: "letters", code: ci("build") },
    { name: "a leading underscore", code: ci("_private") },
    { name: "digits, - and _ after the first character", code: ci("build-and-test_2") },
    { name: "mixed case ids that differ in more than case", code: ci("Build", "test", "DEPLOY") },
    // GitHub's parser accepts ids below 100 characters.
    { name: "99 characters", code: ci("j".repeat(99)) },
    {
      name: "a job map with ids as keys",
      code: workflow("ci", { on: "push", jobs: { "deploy-prod": { "runs-on": "ubuntu-latest", steps: [{ run: "make deploy" }] } } }),
    },
  ],
  invalid: [
    {
      name: "a leading digit",
      code: ci("2nd-pass"),
      errors: [{ path: "jobs.2nd-pass", message: 'job id "2nd-pass" is not valid', hint: CHARACTERS }],
    },
    {
      name: "a leading hyphen",
      code: ci("-build"),
      errors: [{ path: "jobs.-build", message: 'job id "-build" is not valid', hint: CHARACTERS }],
    },
    {
      name: "a dot",
      code: ci("build.linux"),
      errors: [{ path: "jobs.build.linux", message: 'job id "build.linux" is not valid', hint: CHARACTERS }],
    },
    {
      name: "a space",
      code: ci("run tests"),
      errors: [{ path: "jobs.run tests", message: 'job id "run tests" is not valid', hint: CHARACTERS }],
    },
    {
      name: "a non-ASCII letter",
      code: ci("déploiement"),
      errors: [{ path: "jobs.déploiement", message: 'job id "déploiement" is not valid', hint: CHARACTERS }],
    },
    {
      name: "an empty id",
      code: ci(""),
      errors: [{ path: "jobs.", message: 'job id "" is not valid', hint: CHARACTERS }],
    },
    {
      name: "a leading double underscore, which GitHub reserves",
      code: ci("__internal"),
      errors: [{ path: "jobs.__internal", message: 'job id "__internal" starts with "__", which GitHub reserves', hint: "start with a letter or a single _" }],
    },
    {
      name: "100 characters",
      code: ci("j".repeat(100)),
      errors: [{ path: `jobs.${"j".repeat(100)}`, message: `job id "${"j".repeat(100)}" is 100 characters long; GitHub allows at most 99`, hint: "use a shorter id" }],
    },
    {
      name: "two ids equal but for case, reported at the second",
      code: ci("build", "test", "Build"),
      errors: [{ path: "jobs.Build", message: 'job ids "build" and "Build" differ only in case, which GitHub treats as the same id', hint: "rename one of the jobs" }],
    },
    {
      name: "case clashes in a job map",
      code: workflow("ci", {
        on: "push",
        jobs: { LINT: { "runs-on": "ubuntu-latest", steps }, lint: { "runs-on": "ubuntu-latest", steps }, Lint: { "runs-on": "ubuntu-latest", steps } },
      }),
      errors: [
        { path: "jobs.lint", message: 'job ids "LINT" and "lint" differ only in case, which GitHub treats as the same id', hint: "rename one of the jobs" },
        { path: "jobs.Lint", message: 'job ids "LINT" and "Lint" differ only in case, which GitHub treats as the same id', hint: "rename one of the jobs" },
      ],
    },
    {
      name: "a bad id in a job map",
      code: workflow("ci", { on: "push", jobs: { "deploy/prod": { "runs-on": "ubuntu-latest", steps } } }),
      errors: [{ path: "jobs.deploy/prod", message: 'job id "deploy/prod" is not valid', hint: CHARACTERS }],
    },
  ],
});
