import { cache, checkout, setupQemu } from "../../src/actions/index.js";
import { job, run, uses, workflow } from "../../src/index.js";
import { ruleTester } from "./rule-tester.js";
import { yaml, yamlRuleTester } from "./yaml-rule-tester.js";

const ci = (steps: readonly unknown[]) => workflow("ci", { on: "push", jobs: [job("build", { "runs-on": "ubuntu-latest", steps: steps as never })] });
const FORMAT = "write owner/repo@ref or owner/repo/path@ref (an action in another repository), ./path (one in this repository) or docker://image";
const QEMU = "docker/setup-qemu-action v4 takes: image, platforms, reset, cache-image";
const CACHE = "actions/cache v5 takes: path, key, restore-keys, upload-chunk-size, enableCrossOsArchive, fail-on-cache-miss, lookup-only, save-always";
const steps = (...lines: string[]) => yaml("on: push", "jobs:", "  build:", "    runs-on: ubuntu-latest", "    steps:", ...lines);

const QEMU_AT = "docker/setup-qemu-action@96fe6ef7f33517b61c61be40b68a1882f3264fb8";
const CACHE_AT = "actions/cache@27d5ce7f107fe9357f9df03efb73ab90386fccae";
const SOME_SHA = "0123456789abcdef0123456789abcdef01234567";

ruleTester("action-ref", {
  valid: [
    { name: "bindings with their inputs", code: ci([checkout({ "fetch-depth": 0 }), setupQemu({ platforms: "arm64" }), cache({ path: "~/.cache/pip", key: "pip" })]) },
    { name: "the bundled commit, with its inputs", code: ci([uses(QEMU_AT, { with: { platforms: "arm64" } })]) },
    { name: "a local action", code: ci([uses("./.github/actions/setup")]) },
    { name: "a Docker action by digest", code: ci([uses(`docker://alpine@sha256:${"0".repeat(64)}`, { with: { args: "echo hi" } })]) },
    { name: "an action in a folder of its repository", code: ci([uses(`github/codeql-action/init@${SOME_SHA}`, { with: { languages: "python" } })]) },
    // Inputs of releases pipewright has no metadata for are not guessed at.
    { name: "another commit of a bundled action", code: ci([uses(`docker/setup-qemu-action@${SOME_SHA}`, { with: { platform: "arm64" } })]) },
    { name: "an action pipewright does not bundle", code: ci([uses(`octo-org/notify@${SOME_SHA}`, { with: { channel: "#ci" } })]) },
    { name: "a step without `uses`", code: ci([run("make")]) },
  ],
  invalid: [
    {
      name: "no ref",
      code: ci([uses("actions/checkout")]),
      errors: [{ path: "jobs.build.steps[0].uses", message: 'uses "actions/checkout" has no @ref: GitHub needs a version to fetch', hint: FORMAT }],
    },
    {
      name: "an empty ref",
      code: ci([uses("actions/checkout@")]),
      errors: [{ path: "jobs.build.steps[0].uses", message: 'uses "actions/checkout@" has an empty ref after @', hint: FORMAT }],
    },
    {
      name: "no owner",
      code: ci([uses(`checkout@${SOME_SHA}`)]),
      errors: [{ path: "jobs.build.steps[0].uses", message: `uses "checkout@${SOME_SHA}" names no repository: "checkout" is not owner/repo`, hint: FORMAT }],
    },
    {
      name: "a local path without ./",
      code: ci([uses(".github/actions/setup")]),
      errors: [{ path: "jobs.build.steps[0].uses", message: 'uses ".github/actions/setup" is a path that does not start with ./', hint: FORMAT }],
    },
    {
      name: "a reusable workflow in a step",
      code: ci([uses(`octo-org/ci/.github/workflows/build.yml@${SOME_SHA}`)]),
      errors: [{ path: "jobs.build.steps[0].uses", message: `"octo-org/ci/.github/workflows/build.yml@${SOME_SHA}" is a reusable workflow, which a step cannot run`, hint: "call it from a job: `jobs.<id>.uses`, with `with` and `secrets` on that job" }],
    },
    {
      name: "a misspelt input",
      code: ci([uses(QEMU_AT, { with: { platform: "arm64" } })]),
      errors: [{ path: "jobs.build.steps[0].with.platform", message: '"platform" is not an input of docker/setup-qemu-action v4', hint: `did you mean "platforms"? ${QEMU}` }],
    },
    {
      name: "an input no binding would take, slipped past the types",
      code: ci([setupQemu({ arch: "arm64" } as never)]),
      errors: [{ path: "jobs.build.steps[0].with.arch", message: '"arch" is not an input of docker/setup-qemu-action v4', hint: QEMU }],
    },
    {
      name: "a required input missing",
      code: ci([uses(CACHE_AT, { with: { path: "~/.cache/pip" } })]),
      errors: [{ path: "jobs.build.steps[0].with", message: 'actions/cache v5 needs input "key"', hint: "add `key` under `with`" }],
    },
    {
      name: "every required input missing, and no `with` at all",
      code: ci([uses(CACHE_AT)]),
      errors: [{ path: "jobs.build.steps[0]", message: 'actions/cache v5 needs inputs "path", "key"', hint: "add `path`, `key` under `with`" }],
    },
  ],
});

yamlRuleTester("action-ref", {
  valid: [
    { name: "an input in another case, as the runner reads it", yaml: steps("      - uses: docker/setup-qemu-action@v4", "        with:", "          Platforms: arm64"), skipOracles: true },
    // Without a version comment, a commit could be any release.
    { name: "a commit without a version comment", yaml: steps("      - uses: actions/cache@0400d5f644dc74513175e3cd8d07132dd4860809", "        with:", "          path: x") },
    { name: "an expression in `with`, known at run time", yaml: steps("      - uses: actions/cache@v5", "        with:", "          path: ${{ github.workspace }}/.cache", "          key: ${{ runner.os }}-pip") },
    // octokit/request-action passes undeclared inputs as URL parameters (more-actions.json: openInputs).
    { name: "inputs an action reads without declaring them", yaml: steps("      - uses: octokit/request-action@v2.x", "        with:", "          route: GET /repos/{owner}/{repo}/releases/latest", "          owner: octokit", "          repo: request-action") },
    { name: "a branch that follows the major with its inputs", yaml: steps("      - uses: pypa/gh-action-pypi-publish@release/v1", "        with:", "          packages-dir: dist/") },
  ],
  invalid: [
    {
      // Metadata recorded by hand (schemas/actions/metadata/more-actions.json).
      name: "`entrypoint` given to a JavaScript action known from hand-recorded metadata",
      yaml: steps("      - uses: rhysd/action-setup-vim@v1", "        with:", "          entrypoint: foo"),
      errors: [{ at: "8:11", path: "jobs.build.steps[0].with.entrypoint", message: "`entrypoint` is given only to Docker actions, but rhysd/action-setup-vim v1 runs on node24", hint: "remove `entrypoint`; rhysd/action-setup-vim v1 takes: version, neovim, configure-args, token" }],
    },
    {
      name: "a misspelt input on a branch that follows one major (`release/v1`)",
      yaml: steps("      - uses: pypa/gh-action-pypi-publish@release/v1", "        with:", "          packages-dri: dist/"),
      errors: [{ at: "8:11", path: "jobs.build.steps[0].with.packages-dri", message: '"packages-dri" is not an input of pypa/gh-action-pypi-publish v1', hint: 'did you mean "packages-dir"? pypa/gh-action-pypi-publish v1 takes: user, password, repository-url, repository_url, packages-dir, packages_dir, verify-metadata, verify_metadata, skip-existing, skip_existing, verbose, print-hash, print_hash, attestations' }],
    },
    {
      name: "`args` given to a JavaScript action",
      yaml: steps("      - uses: docker/setup-qemu-action@v4", "        with:", "          args: --privileged"),
      errors: [{ at: "8:11", path: "jobs.build.steps[0].with.args", message: "`args` is given only to Docker actions, but docker/setup-qemu-action v4 runs on node24", hint: "remove `args`; docker/setup-qemu-action v4 takes: image, platforms, reset, cache-image" }],
    },
    {
      // Metadata without a binding: the inputs of actions/setup-go's latest major are known.
      name: "a misspelt input of an action pipewright knows without binding it",
      yaml: steps("      - uses: actions/setup-go@v7", "        with:", "          go-versoin: \"1.23\""),
      errors: [{
        at: "8:11", path: "jobs.build.steps[0].with.go-versoin",
        message: '"go-versoin" is not an input of actions/setup-go v7',
        hint: 'did you mean "go-version"? actions/setup-go v7 takes: go-version, go-version-file, check-latest, token, cache, cache-dependency-path, architecture, go-download-base-url',
      }],
    },
    {
      name: "a Docker action without an image",
      yaml: steps("      - uses: docker://"),
      errors: [{ at: "6:9", path: "jobs.build.steps[0].uses", message: 'uses "docker://" names no image after docker://', hint: FORMAT }],
    },
    {
      name: "an artifact action GitHub retired",
      yaml: steps("      - uses: actions/upload-artifact@v3", "        with:", "          path: dist/"),
      errors: [{
        at: "6:9",
        path: "jobs.build.steps[0].uses",
        message: "actions/upload-artifact@v3 no longer works: GitHub retired artifact actions v1-v3 in January 2025; jobs that use them fail",
        hint: "use actions/upload-artifact@v7 (pipewright pins v7.0.0); check its inputs, which changed between majors",
      }],
    },
    {
      name: "a tag of the bundled major with a misspelt input",
      yaml: steps("      - uses: docker/setup-qemu-action@v4.2.0", "        with:", "          platform: arm64"),
      errors: [{ at: "8:11", path: "jobs.build.steps[0].with.platform", message: '"platform" is not an input of docker/setup-qemu-action v4', hint: `did you mean "platforms"? ${QEMU}` }],
    },
    {
      name: "a commit whose version comment names the bundled major",
      yaml: steps("      - uses: actions/cache@0400d5f644dc74513175e3cd8d07132dd4860809 # v5.0.1", "        with:", "          paths: ~/.cache/pip", "          key: pip"),
      errors: [{ at: "8:11", path: "jobs.build.steps[0].with.paths", message: '"paths" is not an input of actions/cache v5', hint: `did you mean "path"? ${CACHE}` }],
    },
    {
      name: "a repeated @",
      yaml: steps("      - uses: actions/checkout@v7@main"),
      errors: [{ at: "6:9", path: "jobs.build.steps[0].uses", message: 'uses "actions/checkout@v7@main" has more than one @', hint: FORMAT }],
    },
    {
      name: "a cache version whose service GitHub shut down",
      yaml: steps("      - uses: actions/cache@v2", "        with:", "          path: x", "          key: y"),
      errors: [{
        at: "6:9",
        path: "jobs.build.steps[0].uses",
        message: "actions/cache@v2 no longer works: GitHub shut down the cache service actions/cache v1-v2 talk to in 2025; jobs that use them fail",
        hint: "use actions/cache@v5 (pipewright pins v5.0.5); check its inputs, which changed between majors",
      }],
    },
  ],
});
