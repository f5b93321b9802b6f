// What the DSL's types accept and refuse. `npx tsc -p tsconfig.json` checks this file: every
// `@ts-expect-error` must sit on a line that really is an error, or tsc fails ("unused
// directive"). Each offending key is on the line right after its directive, so an error
// anywhere else in the same call is still reported. The runtime assertions check that what
// does compile also builds the expressions it claims to.
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  eq, github, job, matrix, run, secrets, steps, uses, vars, workflow,
  type AnyJobRef, type Expr, type JobRef, type Need,
} from "../../src/index.js";

const test = job("test", { "runs-on": "ubuntu-latest", steps: [run("npm test")] });

describe("misspelled keys do not compile", () => {
  it("in a workflow, a job and a step", () => {
    workflow("typo", {
      on: "push",
      // @ts-expect-error `concurency` is not a workflow key
      concurency: "ci",
      jobs: [test],
    });
    job("build", {
      // @ts-expect-error `runs-onn` is not a job key
      "runs-onn": "ubuntu-latest",
      steps: [run("make")],
    });
    job("build", {
      "runs-on": "ubuntu-latest",
      // @ts-expect-error `stpes` is not a job key
      stpes: [run("make")],
    });
    uses("actions/setup-python@v5", {
      // @ts-expect-error `wiht` is not a step key
      wiht: { "python-version": "3.12" },
    });
    run("make", {
      // @ts-expect-error `working-dir` is not a step key
      "working-dir": "app",
    });
    job("build", {
      "runs-on": "ubuntu-latest",
      // @ts-expect-error `wiht` in a step written as a plain object
      steps: [{ uses: "actions/setup-python@v5", wiht: { "python-version": "3.12" } }],
    });
  });
});

describe("values of the wrong type do not compile", () => {
  it("timeout-minutes takes a number or an expression", () => {
    // @ts-expect-error a word is not a number of minutes
    job("a", { "runs-on": "ubuntu-latest", "timeout-minutes": "abc", steps: [run("make")] });
    // @ts-expect-error the same for a step
    run("make", { "timeout-minutes": "abc" });
    job("b", { "runs-on": "ubuntu-latest", "timeout-minutes": 30, steps: [run("make")] });
    job("c", { "runs-on": "ubuntu-latest", "timeout-minutes": "${{ inputs.minutes }}", steps: [run("make")] });
    job("d", { "runs-on": "ubuntu-latest", "timeout-minutes": vars.TIMEOUT_MINUTES, steps: [run("make")] });
  });

  it("continue-on-error takes a boolean or an expression", () => {
    // @ts-expect-error "yes" is a string, not a boolean
    run("make", { "continue-on-error": "yes" });
    run("make", { "continue-on-error": true });
    run("make", { "continue-on-error": eq(github.event_name, "schedule") });
  });

  it("branch filters take names", () => {
    workflow("w", {
      // @ts-expect-error 3 is not a branch name
      on: { push: { branches: 3 } },
      jobs: [test],
    });
    workflow("w", { on: { push: { branches: ["main", "release/**"] } }, jobs: [test] });
  });
});

describe("unknown events and activity types do not compile", () => {
  it("as a mapping, a name, a list", () => {
    // @ts-expect-error `pull_requst` is not an event
    workflow("w", { on: { pull_requst: {} }, jobs: [test] });
    // @ts-expect-error `pushh` is not an event
    workflow("w", { on: "pushh", jobs: [test] });
    // @ts-expect-error nor in a list
    workflow("w", { on: ["push", "pushh"], jobs: [test] });
    // @ts-expect-error `openned` is not a pull_request activity type
    workflow("w", { on: { pull_request: { types: ["openned"] } }, jobs: [test] });
    workflow("w", { on: { pull_request: { types: ["opened", "synchronize"] }, workflow_dispatch: {} }, jobs: [test] });
  });
});

describe("contexts", () => {
  it("github's properties are known", () => {
    expectTypeOf(github.ref).toEqualTypeOf<Expr>();
    // @ts-expect-error `evnt` is not a property of the github context
    void github.evnt;
    expect(String(github.event.pull_request.title)).toBe("${{ github.event.pull_request.title }}");
  });

  it("names TypeScript cannot know are usable as values, even with noUncheckedIndexedAccess", () => {
    const step = uses("docker/login-action@v3", {
      with: { username: github.actor, password: secrets.GITHUB_TOKEN, registry: vars.REGISTRY },
      env: { TAGS: steps.meta.outputs.tags, OS: matrix.os },
    });
    expect(step.with).toEqual({ username: github.actor, password: secrets.GITHUB_TOKEN, registry: vars.REGISTRY });
    expect(String(steps.meta.outputs.tags)).toBe("${{ steps.meta.outputs.tags }}");
  });
});

describe("job outputs and needs", () => {
  const build = job("build", {
    "runs-on": "ubuntu-latest",
    outputs: { digest: steps.push.outputs.digest },
    steps: [run("make")],
  });

  it("a job's outputs are typed from its `outputs`", () => {
    expectTypeOf(build).toEqualTypeOf<JobRef<"build", "digest">>();
    expectTypeOf(build.outputs.digest).toEqualTypeOf<Expr>();
    // @ts-expect-error `image` is not among build's outputs
    void build.outputs.image;
    // @ts-expect-error `test` declares no outputs at all
    void test.outputs.digest;
    expect(String(build.outputs.digest)).toBe("${{ needs.build.outputs.digest }}");
    expect(String(build.result)).toBe("${{ needs.build.result }}");
  });

  it("needs takes job references and ids, alone or in a list", () => {
    expectTypeOf(build).toExtend<AnyJobRef>();
    expectTypeOf(test).toExtend<Need>();
    expectTypeOf<"lint">().toExtend<Need>();
    const deploy = job("deploy", { "runs-on": "ubuntu-latest", needs: [build, test, "lint"], steps: [run("make")] });
    job("one", { "runs-on": "ubuntu-latest", needs: build, steps: [run("make")] });
    job("by-id", { "runs-on": "ubuntu-latest", needs: "build", steps: [run("make")] });
    job("x", {
      "runs-on": "ubuntu-latest",
      // @ts-expect-error a number is neither a job reference nor an id
      needs: [build, 3],
      steps: [run("make")],
    });
    // Jobs with and without outputs go in one list.
    workflow("release", { on: "push", jobs: [build, test, deploy] });
    expect(deploy.definition.needs).toEqual([build, test, "lint"]);
  });
});
