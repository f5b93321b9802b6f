// Property: any workflow pipewright emits survives import → emit with identical bytes.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { and, compile, contains, eq, github, job, ne, not, or, run, secrets, startsWith, success, uses, vars, workflow, type Expr } from "../../src/index.js";
import { checkout } from "../../src/actions/index.js";
import { importModules } from "../../src/import/import-modules.js";
import { expectValidWorkflow } from "../support/oracles.js";
import { freshDir, loadEntries, writeModules } from "./round-trip.js";

const CHECKOUT = "actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1";
// Strings a YAML reader could take for something else, or that are awkward in TypeScript.
const tricky = fc.constantFrom("yes", "on", "3.10", "0755", "1e3", "null", "~", "true", "a: b", "# hash", "it's \"quoted\"", "back`tick ${x}", "tab\there", "two\nlines\n", "  indented", "<<", "");
const text = fc.oneof(tricky, fc.string({ maxLength: 12 }));
const value: fc.Arbitrary<Expr> = fc.constantFrom(github.ref, github.event_name, github.sha, secrets.API_TOKEN, vars.REGION, github.event.pull_request.title);
const literal = fc.constantFrom("main", "refs/heads/main", "push", "it's");
const condition: fc.Arbitrary<Expr> = fc.letrec<{ c: Expr }>((tie) => ({
  c: fc.oneof({ depthSize: "small", withCrossShrink: true },
    fc.tuple(value, literal).map(([a, b]) => eq(a, b)),
    fc.tuple(value, literal).map(([a, b]) => ne(a, b)),
    fc.tuple(value, literal).map(([a, b]) => startsWith(a, b)),
    fc.tuple(value, literal).map(([a, b]) => contains(a, b)),
    fc.constant(success()),
    tie("c").map((c) => not(c)),
    fc.tuple(tie("c"), tie("c")).map(([a, b]) => and(a, b)),
    fc.tuple(tie("c"), tie("c")).map(([a, b]) => or(a, b))),
})).c;
const scalar = fc.oneof(text, fc.integer({ min: -5, max: 5000 }), fc.double({ min: -100, max: 100, noNaN: true }), fc.boolean(), value);
const script = fc.tuple(text, fc.option(value, { nil: undefined }), text).map(([a, v, b]) => (v === undefined ? `echo ${JSON.stringify(a)}` : `echo ${JSON.stringify(a)} "${v}" ${JSON.stringify(b)}`));
const envName = fc.stringMatching(/^[A-Z][A-Z0-9_]{0,8}$/);
const step = fc.oneof(
  fc.record({ script, name: fc.option(text, { nil: undefined }), env: fc.dictionary(envName, scalar, { maxKeys: 2 }), cond: fc.option(condition, { nil: undefined }) })
    .map(({ script, name, env, cond }) => run(script, { ...(name !== undefined ? { name } : {}), ...(Object.keys(env).length ? { env } : {}), ...(cond ? { if: cond } : {}) })),
  fc.record({ path: text, depth: fc.integer({ min: 1, max: 10 }) }).map(({ path, depth }) => uses(CHECKOUT, { with: { path, "fetch-depth": depth, "persist-credentials": false } })),
  fc.record({ name: text, depth: fc.integer({ min: 0, max: 10 }) }).map(({ name, depth }) => checkout({ "fetch-depth": depth, "persist-credentials": false }, { name })),
);
const model = fc.record({
  name: text,
  branches: fc.array(fc.constantFrom("main", "release/*", "v[0-9]*"), { minLength: 1, maxLength: 2 }),
  jobs: fc.uniqueArray(fc.record({ id: fc.stringMatching(/^[a-z][a-z0-9_-]{0,8}$/), steps: fc.array(step, { minLength: 1, maxLength: 3 }),
    cond: fc.option(condition, { nil: undefined }), timeout: fc.option(fc.integer({ min: 1, max: 360 }), { nil: undefined }), needsPrevious: fc.boolean() }),
  { minLength: 1, maxLength: 3, selector: (j) => j.id }),
}).map(({ name, branches, jobs }) => {
  const refs: ReturnType<typeof job>[] = [];
  for (const [i, j] of jobs.entries()) {
    refs.push(job(j.id, {
      ...(j.needsPrevious && i > 0 ? { needs: [refs[i - 1]!] } : {}),
      ...(j.cond ? { if: j.cond } : {}),
      "runs-on": "ubuntu-latest",
      ...(j.timeout !== undefined ? { "timeout-minutes": j.timeout } : {}),
      steps: j.steps,
    }));
  }
  return workflow("ci", { name, on: { push: { branches } }, permissions: { contents: "read" }, jobs: refs });
});

describe("emit → import → emit", () => {
  it("gives the same bytes for random workflows", { timeout: 300_000 }, async () => {
    const dir = await freshDir("import-property");
    let checked = 0;
    await fc.assert(fc.asyncProperty(model, async (wf) => {
      const first = await compile([wf]);
      fc.pre(first.files.length === 1); // random names can trip a lint rule; those are not emitted at all
      const yaml = first.files[0]!.contents;
      const imported = await importModules([{ file: ".github/workflows/ci.yml", text: yaml }], { layout: { kind: "file", path: `m${checked}.ts` } });
      expect(imported.diagnostics).toEqual([]);
      const [file] = await writeModules(dir, imported.modules);
      const [values] = await loadEntries(dir, [file!]);
      const second = await compile(values!);
      expect(second.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      expect(second.files[0]?.contents).toBe(yaml);
      if (checked++ < 3) await expectValidWorkflow("ci.yml", yaml);
    }), { numRuns: 20 });
    expect(checked).toBeGreaterThan(10);
  });
});
