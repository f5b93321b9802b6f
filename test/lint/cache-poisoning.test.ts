import { cache, checkout, setupPython, setupUv } from "../../src/actions/index.js";
import { hashFiles, job, run, workflow } from "../../src/index.js";
import { ruleTester } from "./rule-tester.js";
import { yaml, yamlRuleTester } from "./yaml-rule-tester.js";

const onTags = (...steps: unknown[]) =>
  workflow("release", { on: { push: { tags: ["v*"] } }, jobs: [job("publish", { "runs-on": "ubuntu-latest", steps: [checkout(), ...steps, run("make dist")] as never })] });
const poisoned = (action: string, trigger: string) =>
  `${action} restores a cache in a workflow run by ${trigger}: a cache poisoned by another run of this repository ends up in what it releases`;
const hint = (fix: string) => `build releases without caches: ${fix} here, or restore caches only in workflows that publish nothing`;
const pipCache = cache({ path: "~/.cache/pip", key: `pip-${hashFiles("requirements.txt")}` });

ruleTester("cache-poisoning", {
  valid: [
    { name: "setup actions with caching off", code: onTags(setupPython({ "python-version": "3.12" }), setupUv({ "enable-cache": false })) },
    { name: "caches in a workflow for branches", code: workflow("ci", { on: { push: { branches: ["main"] } }, jobs: [job("test", { "runs-on": "ubuntu-latest", steps: [checkout(), pipCache, run("make test")] })] }) },
  ],
  invalid: [
    {
      name: "actions/cache, a pip cache and setup-uv's default, on tag pushes",
      code: onTags(pipCache, setupPython({ "python-version": "3.12", cache: "pip" }), setupUv()),
      errors: [
        { severity: "warning", path: "jobs.publish.steps[1].uses", message: poisoned("actions/cache", "tag pushes"), hint: hint("remove the step") },
        { severity: "warning", path: "jobs.publish.steps[2].with.cache", message: poisoned("actions/setup-python", "tag pushes"), hint: hint("remove `cache`") },
        // setup-uv caches by default on GitHub's runners since v6.
        { severity: "warning", path: "jobs.publish.steps[3].uses", message: poisoned("astral-sh/setup-uv", "tag pushes"), hint: hint("set `enable-cache: false`") },
      ],
    },
  ],
});

const release = ["on:", "  release:", "    types: [published]", "permissions: {}", "jobs:", "  publish:", "    runs-on: ubuntu-latest", "    steps:"];

yamlRuleTester("cache-poisoning", {
  valid: [
    { name: "setup-dotnet, which caches only when asked, and setup-go with caching off", yaml: yaml(...release, "      - uses: actions/setup-dotnet@v4", "      - uses: actions/setup-go@v5", "        with:", "          cache: false") },
    { name: "only saving a cache", yaml: yaml(...release, "      - uses: actions/cache/save@v5", "        with:", "          path: dist", "          key: dist-${{ github.sha }}") },
  ],
  invalid: [
    {
      name: "setup-go's default and Gradle, on releases",
      yaml: yaml(...release, "      - uses: actions/setup-go@v5", "      - uses: gradle/actions/setup-gradle@v4", "        with:", "          cache-disabled: false"),
      errors: [
        { severity: "warning", at: "9:9", path: "jobs.publish.steps[0].uses", message: poisoned("actions/setup-go", "releases"), hint: hint("set `cache: false`") },
        { severity: "warning", at: "12:11", path: "jobs.publish.steps[1].with.cache-disabled", message: poisoned("gradle/actions/setup-gradle", "releases"), hint: hint("set `cache-disabled: true`") },
      ],
    },
    {
      name: "a pip cache switched on by an expression, on tag pushes",
      yaml: yaml(
        "on:", "  push:", "    tags: [\"v*\"]", "permissions: {}", "jobs:", "  publish:", "    runs-on: ubuntu-latest", "    steps:",
        "      - uses: actions/setup-python@v5", "        with:", "          cache: ${{ vars.PIP_CACHE }}",
      ),
      errors: [{
        severity: "warning", at: "11:11", path: "jobs.publish.steps[0].with.cache",
        message: "actions/setup-python restores a cache when `cache: ${{ vars.PIP_CACHE }}` turns it on in a workflow run by tag pushes: a cache poisoned by another run of this repository ends up in what it releases",
        hint: hint("remove `cache`"),
      }],
    },
    {
      // Publishing makes the job a release build whatever triggers it.
      name: "a cache in a job that publishes to PyPI, on pushes to main",
      yaml: yaml(
        "on:", "  push:", "    branches: [main]", "permissions: {}", "jobs:", "  publish:", "    runs-on: ubuntu-latest", "    steps:",
        "      - uses: astral-sh/setup-uv@v6", "      - run: uv build", "      - uses: pypa/gh-action-pypi-publish@release/v1",
      ),
      errors: [{
        severity: "warning", at: "9:9", path: "jobs.publish.steps[0].uses",
        message: "astral-sh/setup-uv restores a cache in a job that publishes with pypa/gh-action-pypi-publish: a cache poisoned by another run of this repository ends up in what it releases",
        hint: hint("set `enable-cache: false`"),
      }],
    },
      {
      name: "a Rust cache in a job that runs `cargo publish`, on pushes to a branch",
      yaml: yaml(
        "on:", "  push:", "    branches: [main]", "permissions: {}", "jobs:", "  publish:", "    runs-on: ubuntu-latest", "    steps:",
        "      - uses: Swatinem/rust-cache@v2", "      - run: |", "          cargo build --release", "          cargo publish --locked",
      ),
      errors: [{
        severity: "warning", at: "9:9", path: "jobs.publish.steps[0].uses",
        message: "Swatinem/rust-cache restores a cache in a job that publishes with `cargo publish`: a cache poisoned by another run of this repository ends up in what it releases",
        hint: hint("remove the step"),
      }],
    },
    {
      name: "maturin's sccache switched on by an expression, and Composer's cache on by default, on releases",
      yaml: yaml(
        ...release,
        "      - uses: PyO3/maturin-action@v1", "        with:", "          sccache: ${{ startsWith(github.ref, 'refs/tags/') }}",
        "      - uses: ramsey/composer-install@v3",
        "      - uses: ramsey/composer-install@v3", "        with:", "          ignore-cache: true",
      ),
      errors: [
        {
          severity: "warning", at: "11:11", path: "jobs.publish.steps[0].with.sccache",
          message: "PyO3/maturin-action restores a cache when `sccache: ${{ startsWith(github.ref, 'refs/tags/') }}` turns it on in a workflow run by releases: a cache poisoned by another run of this repository ends up in what it releases",
          hint: hint("set `sccache: false`"),
        },
        { severity: "warning", at: "12:9", path: "jobs.publish.steps[1].uses", message: poisoned("ramsey/composer-install", "releases"), hint: hint("set `ignore-cache: true`") },
      ],
    },
  ],
});

yamlRuleTester("cache-poisoning", {
  valid: [
    { name: "setup-node v4 caches only when asked", yaml: yaml(...release, "      - uses: actions/setup-node@v4", "        with:", "          node-version: 22") },
    { name: "setup-node v5 with its automatic cache off", yaml: yaml(...release, "      - uses: actions/setup-node@v5", "        with:", "          package-manager-cache: false") },
  ],
  invalid: [
    {
      name: "setup-node v5 caches the package manager's files on its own",
      yaml: yaml(...release, "      - uses: actions/setup-node@v5", "        with:", "          node-version: 22"),
      errors: [{ severity: "warning", at: "9:9", path: "jobs.publish.steps[0].uses", message: "actions/setup-node restores the package manager's cache on its own (`package-manager-cache`) in a workflow run by releases: a cache poisoned by another run of this repository ends up in what it releases", hint: hint("set `package-manager-cache: false`") }],
    },
  ],
});
