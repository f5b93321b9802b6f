// Jobs from presets, listed as a map (`jobs: { lint: lintJob("lint") }`), and the messages for
// the two ways people mix up job values and definitions. `npx tsc -p tsconfig.json` checks the
// `@ts-expect-error` lines: each must really be an error.
import { describe, expect, expectTypeOf, it } from "vitest";
import { compile, job, run, workflow, type AnyJobRef, type WorkflowDefinition } from "../../src/index.js";
import { expectValidWorkflow } from "../support/oracles.js";

/** A preset as a team writes one: it returns a job value with the id it is given. */
const lintJob = (id: string) => job(id, { "runs-on": "ubuntu-latest", steps: [run("npm run lint")] });
const body = (text: string) => text.replace(/^(#.*\n)+\n/, "");

describe("jobs as a map", () => {
  it("takes job values under their own ids, beside plain definitions, and needs between them", async () => {
    const lint = lintJob("lint");
    const ci = workflow("ci", {
      on: "push",
      jobs: {
        lint,
        deploy: { needs: [lint], "runs-on": "ubuntu-latest", steps: [run("make deploy")] },
      },
    });
    const { files, diagnostics } = await compile([ci]);
    expect(diagnostics).toEqual([]);
    expect(body(files[0]!.contents)).toBe(`on: push
permissions:
  contents: read
jobs:
  lint:
    runs-on: ubuntu-latest
    steps:
      - run: npm run lint
  deploy:
    needs:
      - lint
    runs-on: ubuntu-latest
    steps:
      - run: make deploy
`);
    await expectValidWorkflow("ci.yml", files[0]!.contents);
  });

  it("refuses a job value under another key, saying which id belongs there", async () => {
    const { files, diagnostics } = await compile([workflow("ci", { on: "push", jobs: { lint: lintJob("web-lint") } })]);
    expect(files).toEqual([]);
    expect(diagnostics.map((d) => [d.rule, d.severity, d.path, d.message, d.hint])).toEqual([[
      "shape", "error", "jobs.lint",
      'jobs.lint holds the job "web-lint": under a key, a job value\'s id must equal the key',
      'write `jobs: { "web-lint": ... }`, or make the job with the id "lint"',
    ]]);
    expect(diagnostics[0]!.source?.file).toMatch(/jobs-map\.test\.ts$/);
  });

  it("compiles with job values and definitions, and not with other values", () => {
    expectTypeOf({ on: "push", jobs: { lint: lintJob("lint") } } as const).toExtend<WorkflowDefinition>();
    expectTypeOf<{ readonly lint: AnyJobRef }>().toExtend<WorkflowDefinition["jobs"]>();
    workflow("mixed", { on: "push", jobs: { lint: lintJob("lint"), test: { "runs-on": "ubuntu-latest", steps: [run("npm test")] } } });
    // @ts-expect-error a step is not a job
    workflow("step", { on: "push", jobs: { lint: run("npm run lint") } });
  });
});

describe("job() called the wrong way", () => {
  const definition = { "runs-on": "ubuntu-latest", steps: [run("npm test")] } as const;

  it("without an id: the message shows the call with one", () => {
    // @ts-expect-error the id comes first
    expect(() => job(definition)).toThrow(new TypeError('job() needs an id first, got a definition. Write job("test", { "runs-on": "ubuntu-latest", steps: [...] }): the id is the job\'s key under `jobs:`.'));
    // @ts-expect-error the id is a string
    expect(() => job(undefined, definition)).toThrow(/^job\(\) needs an id first, got undefined\./);
  });

  it("with a job value where the definition belongs: the message says to list the value itself", () => {
    // @ts-expect-error a job value is not a definition
    expect(() => job("lint", lintJob("web-lint"))).toThrow(new TypeError('job("lint", ...) got a job value (job "web-lint") where its definition belongs. A job value is already a job: list it in `jobs` as it is (`jobs: { "web-lint": value }`), or make it with the id "lint" in the first place.'));
    // @ts-expect-error nor is it an id
    expect(() => job(lintJob("web-lint"))).toThrow(new TypeError('job() got a job value (job "web-lint") instead of an id. A job value is already a job: list it in `jobs` as it is, `jobs: [value]` or `jobs: { "web-lint": value }`.'));
    // @ts-expect-error a definition is an object
    expect(() => job("lint", [run("make")])).toThrow(/^job\("lint", \.\.\.\) needs a definition object as its second argument, got an array\./);
  });
});
