// Scoping a package's workflows to the package: what is added, and everything the user wrote
// that is left alone.
import { describe, expect, it } from "vitest";
import { compile, job, run, workflow, type WorkflowValue } from "../../src/index.js";
import { expectValidWorkflow } from "../support/oracles.js";

const scope = { directory: "packages/web" };
const test = job("test", { "runs-on": "ubuntu-latest", steps: [run("npm test")] });
const body = (text: string) => text.replace(/^(#.*\n)+\n/, "");

async function compiled(value: WorkflowValue, options: { scope?: typeof scope } = { scope }): Promise<string> {
  const { files, diagnostics } = await compile([value], { ...options, sourceLabel: "packages/web/workflows.ts" });
  expect(diagnostics).toEqual([]);
  await expectValidWorkflow(`${value.fileStem}.yml`, files[0]!.contents);
  return body(files[0]!.contents);
}

const TEST_JOB = `jobs:
  test:
    runs-on: ubuntu-latest
    defaults:
      run:
        working-directory: packages/web
    steps:
      - run: npm test
`;

describe("a workflow of a package's workflows.ts", () => {
  it("gets a paths filter on push and pull_request without one, and the package as working directory", async () => {
    const ci = workflow("web-ci", { on: { push: { branches: ["main"] }, pull_request: null, workflow_dispatch: {} }, jobs: [test] });
    expect(await compiled(ci)).toBe(`on:
  push:
    branches:
      - main
    paths:
      - packages/web/**
      - .github/workflows/web-ci.yml
  pull_request:
    paths:
      - packages/web/**
      - .github/workflows/web-ci.yml
  workflow_dispatch:
permissions:
  contents: read
${TEST_JOB}`);
  });

  it("turns a trigger written as a name or a list into filters", async () => {
    expect(await compiled(workflow("one", { on: "pull_request", jobs: [test] }))).toBe(`on:
  pull_request:
    paths:
      - packages/web/**
      - .github/workflows/one.yml
permissions:
  contents: read
${TEST_JOB}`);
    expect(await compiled(workflow("two", { on: ["push", "workflow_dispatch"], jobs: [test] }))).toBe(`on:
  push:
    paths:
      - packages/web/**
      - .github/workflows/two.yml
  workflow_dispatch:
permissions:
  contents: read
${TEST_JOB}`);
    expect(await compiled(workflow("three", { on: "workflow_dispatch", jobs: [test] }))).toBe(`on: workflow_dispatch
permissions:
  contents: read
${TEST_JOB}`);
  });

  it("keeps the user's paths, paths-ignore, tag pushes and working directories", async () => {
    const own = job("own", { "runs-on": "ubuntu-latest", defaults: { run: { "working-directory": "." } }, steps: [run("make")] });
    const call = job("call", { uses: "./.github/workflows/reusable.yml" });
    const ci = workflow("wide", {
      on: { push: { tags: ["v*"] }, pull_request: { paths: ["packages/**"] }, merge_group: {} },
      jobs: [own, call],
    });
    expect(await compiled(ci)).toBe(`on:
  push:
    tags:
      - v*
  pull_request:
    paths:
      - packages/**
  merge_group:
permissions:
  contents: read
jobs:
  own:
    runs-on: ubuntu-latest
    defaults:
      run:
        working-directory: "."
    steps:
      - run: make
  call:
    uses: ./.github/workflows/reusable.yml
`);
    const workflowDefaults = workflow("defaults", { on: { push: { "paths-ignore": ["docs/**"] } }, defaults: { run: { "working-directory": "app" } }, jobs: [test] });
    expect(await compiled(workflowDefaults)).toBe(`on:
  push:
    paths-ignore:
      - docs/**
permissions:
  contents: read
defaults:
  run:
    working-directory: app
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - run: npm test
`);
  });

  it("is left as written with { scope: false }, or without a scope", async () => {
    const plain = `on: push
permissions:
  contents: read
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - run: npm test
`;
    expect(await compiled(workflow("all", { on: "push", jobs: [test] }, { scope: false }))).toBe(plain);
    expect(await compiled(workflow("root", { on: "push", jobs: [test] }), {})).toBe(plain);
  });

  it("takes only pipewright's own options as the third argument", () => {
    // @ts-expect-error a misspelled option does not compile
    workflow("typo", { on: "push", jobs: [test] }, { scpoe: false });
    // @ts-expect-error scope is a boolean
    workflow("word", { on: "push", jobs: [test] }, { scope: "no" });
    expect(workflow("off", { on: "push", jobs: [test] }, { scope: false }).options).toEqual({ scope: false });
  });
});
