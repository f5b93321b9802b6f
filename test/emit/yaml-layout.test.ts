// Layout of the YAML: which key goes where, block styles, and what is never written (anchors).
import { describe, expect, it } from "vitest";
import { toYaml } from "../../src/emit/yaml.js";
import { expectValidWorkflow } from "../support/oracles.js";

describe("toYaml layout", () => {
  it("keeps the top-level `on:` plain and quotes a nested `on`", async () => {
    const yaml = toYaml({
      on: { push: { branches: ["on"] } },
      jobs: { build: { "runs-on": "ubuntu-latest", env: { on: "on", off: "off" }, steps: [{ run: "echo on" }] } },
    });
    expect(yaml).toBe(`on:
  push:
    branches:
      - "on"
jobs:
  build:
    runs-on: ubuntu-latest
    env:
      "on": "on"
      "off": "off"
    steps:
      - run: echo on
`);
    await expectValidWorkflow("on.yml", yaml);
  });

  it("writes multi-line scripts as literal blocks and never uses anchors, even for a repeated object", async () => {
    const step = { name: "Build", run: "set -eu\nmake all\n" };
    const matrix = { python: ["3.10", "3.12"] };
    const job = { "runs-on": "ubuntu-latest", strategy: { matrix }, steps: [step, step, { run: "echo a\necho b" }] };
    const yaml = toYaml({ on: { push: {} }, jobs: { a: job, b: job } });
    const jobText = `    runs-on: ubuntu-latest
    strategy:
      matrix:
        python:
          - "3.10"
          - "3.12"
    steps:
      - name: Build
        run: |
          set -eu
          make all
      - name: Build
        run: |
          set -eu
          make all
      - run: |-
          echo a
          echo b
`;
    expect(yaml).toBe(`on:\n  push:\njobs:\n  a:\n${jobText}  b:\n${jobText}`);
    await expectValidWorkflow("literal.yml", yaml);
  });

  it("orders keys canonically whatever order they were written in", async () => {
    const yaml = toYaml({
      jobs: {
        build: {
          steps: [{ run: "make", env: { A: "1" }, shell: "bash", if: "success()", id: "make", name: "Make" }],
          services: { db: { options: "--health-cmd pg_isready", ports: ["5432:5432"], env: { PGPORT: "5432" }, image: "postgres:16" } },
          container: { options: "--cpus 1", image: "node:20" },
          "timeout-minutes": 10,
          env: { B: "2" },
          outputs: { out: "${{ steps.make.outputs.out }}" },
          "runs-on": "ubuntu-latest",
          if: "github.event_name == 'push'",
          name: "Build",
        },
      },
      concurrency: { "cancel-in-progress": true, group: "ci" },
      defaults: { run: { shell: "bash" } },
      env: { C: "3" },
      permissions: { contents: "read" },
      on: {
        push: { "paths-ignore": ["docs/**"], branches: ["main"] },
        workflow_call: {
          outputs: { digest: { value: "${{ jobs.build.outputs.out }}", description: "Image digest" } },
          secrets: { token: { required: true, description: "Registry token" } },
          inputs: { tag: { default: "latest", required: false, type: "string", description: "Image tag" } },
        },
      },
      "run-name": "CI",
      name: "CI",
    });
    expect(yaml).toBe(`name: CI
run-name: CI
on:
  push:
    branches:
      - main
    paths-ignore:
      - docs/**
  workflow_call:
    outputs:
      digest:
        description: Image digest
        value: \${{ jobs.build.outputs.out }}
    secrets:
      token:
        description: Registry token
        required: true
    inputs:
      tag:
        description: Image tag
        type: string
        required: false
        default: latest
permissions:
  contents: read
env:
  C: "3"
defaults:
  run:
    shell: bash
concurrency:
  group: ci
  cancel-in-progress: true
jobs:
  build:
    name: Build
    if: github.event_name == 'push'
    runs-on: ubuntu-latest
    outputs:
      out: \${{ steps.make.outputs.out }}
    env:
      B: "2"
    timeout-minutes: 10
    container:
      image: node:20
      options: --cpus 1
    services:
      db:
        image: postgres:16
        env:
          PGPORT: "5432"
        ports:
          - 5432:5432
        options: --health-cmd pg_isready
    steps:
      - name: Make
        id: make
        if: success()
        shell: bash
        env:
          A: "1"
        run: make
`);
    await expectValidWorkflow("order.yml", yaml);
  });

  it("keeps the user's order in maps the user names: env, with, jobs and matrix axes", async () => {
    const yaml = toYaml({
      on: { workflow_dispatch: {} },
      jobs: {
        zeta: {
          "runs-on": "ubuntu-latest",
          strategy: { matrix: { include: [{ os: "linux" }], os: ["linux"], python: ["3.12"], exclude: [{ python: "3.12" }] } },
          env: { ZED: "z", ALPHA: "a", MID: "m" },
          steps: [{ uses: "actions/setup-python@v5", with: { "python-version": "3.12", cache: "pip", architecture: "x64" } }],
        },
        alpha: { "runs-on": "ubuntu-latest", steps: [{ run: "true" }] },
      },
    });
    expect(yaml).toBe(`on:
  workflow_dispatch:
jobs:
  zeta:
    runs-on: ubuntu-latest
    env:
      ZED: z
      ALPHA: a
      MID: m
    strategy:
      matrix:
        os:
          - linux
        python:
          - "3.12"
        include:
          - os: linux
        exclude:
          - python: "3.12"
    steps:
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
          cache: pip
          architecture: x64
  alpha:
    runs-on: ubuntu-latest
    steps:
      - run: "true"
`);
    await expectValidWorkflow("user-order.yml", yaml);
  });

  it("prints an event without filters as a bare key, and keeps filters of the others", () => {
    const yaml = toYaml({ on: { workflow_dispatch: {}, pull_request: {}, push: { tags: ["v*"] } } });
    expect(yaml).toMatchInlineSnapshot(`
      "on:
        workflow_dispatch:
        pull_request:
        push:
          tags:
            - v*
      "
    `);
  });
});
