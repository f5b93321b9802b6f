import { job, run, workflow } from "../../src/index.js";
import { ruleTester } from "./rule-tester.js";

const HINT = "remove one of these `needs` so the jobs can run in order";
const steps = [run("make")];
const runner = "ubuntu-latest";
/** A job map in plain data: each id maps to the ids it needs. */
const graph = (needs: Record<string, string[]>) =>
  workflow("ci", {
    on: "push",
    jobs: Object.fromEntries(Object.entries(needs).map(([id, ids]) => [id, ids.length ? { needs: ids, "runs-on": runner, steps } : { "runs-on": runner, steps }])),
  });

const extract = job("extract", { "runs-on": runner, steps });
const transform = job("transform", { needs: [extract], "runs-on": runner, steps });
const load = job("load", { needs: [transform], "runs-on": runner, steps });
// References only point backwards, so a DSL cycle needs an id written as a string.
const first = job("first", { needs: ["second"], "runs-on": runner, steps });
const second = job("second", { needs: [first], "runs-on": runner, steps });

ruleTester("needs-cycle", {
  valid: [
    { name: "a chain of references", code: workflow("etl", { on: "push", jobs: [extract, transform, load] }) },
    { name: "jobs listed after the jobs that need them", code: workflow("etl", { on: "push", jobs: [load, transform, extract] }) },
    { name: "a diamond", code: graph({ a: [], b: ["a"], c: ["a"], d: ["b", "c"] }) },
    { name: "two independent chains", code: graph({ a: [], b: ["a"], x: [], y: ["x"] }) },
    { name: "no needs at all", code: graph({ a: [], b: [], c: [] }) },
  ],
  invalid: [
    {
      name: "a job that needs itself",
      code: graph({ build: [], loop: ["loop"] }),
      errors: [{ path: "jobs.loop.needs", message: "jobs depend on each other in a cycle: loop → loop", hint: HINT }],
    },
    {
      name: "two jobs that need each other, reported once",
      code: graph({ build: [], a: ["b"], b: ["a"] }),
      errors: [{ path: "jobs.a.needs", message: "jobs depend on each other in a cycle: a → b → a", hint: HINT }],
    },
    {
      name: "a cycle of three behind a job that can start",
      code: graph({ setup: [], build: ["setup", "deploy"], test: ["build"], deploy: ["test"] }),
      errors: [{ path: "jobs.build.needs", message: "jobs depend on each other in a cycle: build → deploy → test → build", hint: HINT }],
    },
    {
      name: "a cycle with no job that can start",
      code: graph({ a: ["b"], b: ["a"] }),
      errors: [{ path: "jobs.a.needs", message: "jobs depend on each other in a cycle: a → b → a", hint: HINT }],
    },
    {
      name: "two separate cycles",
      code: graph({ e: [], c: ["d"], d: ["c"], a: ["b"], b: ["a"] }),
      errors: [
        { path: "jobs.a.needs", message: "jobs depend on each other in a cycle: a → b → a", hint: HINT },
        { path: "jobs.c.needs", message: "jobs depend on each other in a cycle: c → d → c", hint: HINT },
      ],
    },
    {
      name: "a cycle through a job reference and a string id",
      code: workflow("ci", { on: "push", jobs: [extract, first, second] }),
      errors: [{ path: "jobs.first.needs", message: "jobs depend on each other in a cycle: first → second → first", hint: HINT }],
    },
    {
      name: "a single `needs` string that closes a loop",
      code: workflow("ci", {
        on: "push",
        jobs: { root: { "runs-on": runner, steps }, ping: { needs: "pong", "runs-on": runner, steps }, pong: { needs: "ping", "runs-on": runner, steps } },
      }),
      errors: [{ path: "jobs.ping.needs", message: "jobs depend on each other in a cycle: ping → pong → ping", hint: HINT }],
    },
    {
      // An unknown id is not part of the loop; both rules speak, each about its own problem.
      name: "a cycle next to an unknown need",
      code: graph({ root: [], a: ["b", "ghost"], b: ["a"] }),
      errors: [
        { rule: "needs-unknown", path: "jobs.a.needs", message: 'job "a" needs "ghost", which is not a job of this workflow', hint: "needs one of: root, b; or add the job to `jobs`" },
        { path: "jobs.a.needs", message: "jobs depend on each other in a cycle: a → b → a", hint: HINT },
      ],
    },
  ],
});
