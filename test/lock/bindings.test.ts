// The bindings of test/lock/fixture/pipewright.actions.ts (what `actions add` writes, see
// lock-fixture.test.ts): what their types accept and refuse (checked by `tsc -p tsconfig.json`:
// every `@ts-expect-error` must sit on a real error), what they compile to, and how compile()
// checks steps against the lock whether written with a binding or a plain `uses()`.
import { readFileSync } from "node:fs";
import { describe, expect, expectTypeOf, it } from "vitest";
import { compile, job, run, uses, workflow, type Expr } from "../../src/index.js";
import { parseLock } from "../../src/lock/lock-file.js";
import { lockLookup } from "../../src/lock/lock-lookup.js";
import { expectValidWorkflow } from "../support/oracles.js";
import { acmeHelloAction, dbMigrate, otherOrgHelloAction, toolsLint } from "./fixture/pipewright.actions.js";

const lock = await parseLock(readFileSync(new URL("./fixture/pipewright.lock.json", import.meta.url), "utf8"));
const actions = lockLookup(lock);
const HELLO = "acme/hello-action@a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1";

const wf = (steps: unknown[]) => workflow("hello", {
  on: { push: { branches: ["main"] } },
  jobs: [job("greet", { "runs-on": "ubuntu-latest", steps: [run("echo start"), ...(steps as [])] })],
});
const body = (contents: string) => contents.replace(/^(#.*\n)+\n/, "");

describe("types of the generated bindings", () => {
  it("require required inputs, refuse unknown ones and type outputs", () => {
    // Only checked by tsc: never called.
    const typeOnly = () => {
      // @ts-expect-error `who` is required
      acmeHelloAction();
      // @ts-expect-error `who` is required
      acmeHelloAction({ greeting: "Hi" });
      acmeHelloAction({
        who: "world",
        // @ts-expect-error `gretting` is not an input of acme/hello-action
        gretting: "Hi",
      });
      otherOrgHelloAction({
        // @ts-expect-error other-org/hello-action takes no inputs
        anything: 1,
      });
      // @ts-expect-error `paths` is required
      toolsLint({});
      const step = dbMigrate({ database: "sales" }, { id: "migrate" });
      // @ts-expect-error db-migrate has no output `skipped`
      void step.outputs.skipped;
      const none = otherOrgHelloAction(undefined, { id: "hi" });
      // @ts-expect-error other-org/hello-action has no outputs
      void none.outputs.anything;
    };
    expect(typeof typeOnly).toBe("function");
    expectTypeOf(acmeHelloAction({ who: "world" }, { id: "hello" }).outputs.message).toEqualTypeOf<Expr>();
    expectTypeOf(dbMigrate({ database: "sales", "dry-run": true }, { id: "m" }).outputs).toEqualTypeOf<{ readonly applied: Expr }>();
    expectTypeOf(otherOrgHelloAction).toBeCallableWith();
  });
});

describe("compiling steps of locked actions", () => {
  it("pins remote actions to the lock's commit with the version in a comment; a local action has no ref", async () => {
    const hello = acmeHelloAction({ who: "world", greeting: "Hi" }, { id: "hello" });
    const { files, diagnostics } = await compile([wf([
      hello,
      dbMigrate({ database: "sales" }),
      toolsLint({ paths: "src" }),
      otherOrgHelloAction(),
      run(`echo ${hello.outputs.message}`),
    ])], { actions });
    expect(diagnostics).toEqual([]);
    expect(body(files[0]!.contents)).toBe(`on:
  push:
    branches:
      - main
permissions:
  contents: read
jobs:
  greet:
    runs-on: ubuntu-latest
    steps:
      - run: echo start
      - id: hello
        uses: acme/hello-action@a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1 # v1.2.0
        with:
          who: world
          greeting: Hi
      - uses: ./.github/actions/db-migrate
        with:
          database: sales
      - uses: acme/tools/lint@d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3 # v3.1.0
        with:
          paths: src
      - uses: other-org/hello-action@e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5 # v5.0.0
      - env:
          STEPS_HELLO_OUTPUTS_MESSAGE: \${{ steps.hello.outputs.message }}
        run: echo $STEPS_HELLO_OUTPUTS_MESSAGE
`);
    await expectValidWorkflow("hello.yml", files[0]!.contents);
  });

  it("checks inputs against the lock, written with a binding (as any) or a plain uses()", async () => {
    const { files, diagnostics } = await compile([wf([
      acmeHelloAction({ who: "world", gretting: "Hi" } as never),
      uses(HELLO, { with: { greeting: "Hi" } }),
      uses("./.github/actions/db-migrate", { with: { database: "x", dryrun: true } }),
      uses("acme/tools/lint@d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3d3"),
    ])], { actions });
    expect(files).toEqual([]);
    expect(diagnostics.map(({ rule, severity, path, message, hint }) => ({ rule, severity, path, message, hint }))).toEqual([
      { rule: "action-ref", severity: "error", path: "jobs.greet.steps[1].with.gretting", message: '"gretting" is not an input of acme/hello-action v1', hint: 'did you mean "greeting"? acme/hello-action v1 takes: who, greeting, shout' },
      { rule: "action-ref", severity: "error", path: "jobs.greet.steps[2].with", message: 'acme/hello-action v1 needs input "who"', hint: "add `who` under `with`" },
      { rule: "action-ref", severity: "error", path: "jobs.greet.steps[3].with.dryrun", message: '"dryrun" is not an input of ./.github/actions/db-migrate', hint: 'did you mean "dry-run"? ./.github/actions/db-migrate takes: database, dry-run' },
      { rule: "action-ref", severity: "error", path: "jobs.greet.steps[4]", message: 'acme/tools/lint v3 needs input "paths"', hint: "add `paths` under `with`" },
    ]);
  });

  it("warns when a plain uses() names a locked action at another ref, pointing at the binding", async () => {
    const { diagnostics } = await compile([wf([uses("acme/hello-action@v1", { with: { who: "world" } })])], { actions });
    expect(diagnostics.map(({ rule, path, message, hint }) => ({ rule, path, message, hint }))).toEqual([
      { rule: "unpinned-uses", path: "jobs.greet.steps[1].uses", message: '"acme/hello-action@v1" is pinned to a tag ("v1"), which the owner of acme/hello-action can move to other code',
        hint: "pin the commit with the version in a comment: `acme/hello-action@a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1 # v1.2.0` (the release pipewright's binding uses)" },
      { rule: "locked-action-ref", path: "jobs.greet.steps[1].uses", message: 'acme/hello-action is locked at v1.2.0 (a1a1a1a1a1a1) in pipewright.lock.json, but this step uses it at "v1"',
        hint: "use the binding `acmeHelloAction(...)` from ./pipewright.actions.js, which pins acme/hello-action@a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1 # v1.2.0 and types its inputs; `pipewright actions update` moves the lock" },
    ]);
  });

  it("without the lock, the same steps are not checked (the bundled metadata does not know them)", async () => {
    const { diagnostics } = await compile([wf([uses(HELLO, { with: { greeting: "Hi" } })])]);
    expect(diagnostics).toEqual([]);
  });
});
