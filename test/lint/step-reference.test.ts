import { eq, job, or, run, steps, workflow, type AnyJobRef } from "../../src/index.js";
import { ruleTester } from "./rule-tester.js";
import { yaml, yamlRuleTester } from "./yaml-rule-tester.js";

const runner = "ubuntu-latest";
const meta = run('echo "tag=v1" >> "$GITHUB_OUTPUT"', { id: "meta" });
const ci = (jobs: readonly AnyJobRef[]) => workflow("ci", { on: "push", jobs });

ruleTester("step-reference", {
  valid: [
    { name: "a step reads an earlier step's output", code: ci([job("build", { "runs-on": runner, steps: [meta, run(`echo ${meta.outputs.tag}`)] })]) },
    {
      name: "outcome and conclusion of an earlier step in an `if`",
      code: ci([job("build", { "runs-on": runner, steps: [meta, run("echo failed", { if: or(eq(meta.outcome, "failure"), eq(meta.conclusion, "failure")) })] })]),
    },
    {
      // The job's outputs are read once every step has finished.
      name: "job outputs read the last step",
      code: ci([job("build", { "runs-on": runner, outputs: { tag: meta.outputs.tag }, steps: [run("make"), meta] })]),
    },
    { name: "an id in another case, as GitHub compares them", code: ci([job("build", { "runs-on": runner, steps: [meta, run(`echo ${steps.META!.outputs.tag}`)] })]) },
    {
      name: "the same id in two jobs, each read in its own job",
      code: ci([job("a", { "runs-on": runner, steps: [meta, run(`echo ${meta.outputs.tag}`)] }), job("b", { "runs-on": runner, steps: [meta, run(`echo ${meta.outputs.tag}`)] })]),
    },
  ],
  invalid: [
    {
      name: "a step reads a step that runs later",
      code: ci([job("build", { "runs-on": runner, steps: [run(`echo ${meta.outputs.tag}`), meta] })]),
      errors: [{ path: "jobs.build.steps[0].env.STEPS_META_OUTPUTS_TAG", message: '`steps.meta` is read in steps[0], before step "meta" runs (steps[1])', hint: 'move step "meta" above the step that reads it' }],
    },
    {
      name: "a step reads its own outputs",
      code: ci([job("build", { "runs-on": runner, steps: [run("make"), run(`echo ${steps.self!.outputs.x}`, { id: "self" })] })]),
      errors: [{ path: "jobs.build.steps[1].env.STEPS_SELF_OUTPUTS_X", message: "steps[1] reads its own `steps.self`, which is set only when it has finished", hint: "use the value inside the step itself (a shell variable), or read it in a later step" }],
    },
    {
      name: "a step of another job",
      code: ci([job("build", { "runs-on": runner, steps: [meta] }), job("deploy", { "runs-on": runner, steps: [run(`echo ${meta.outputs.tag}`)] })]),
      errors: [{
        path: "jobs.deploy.steps[0].env.STEPS_META_OUTPUTS_TAG",
        message: '`steps.meta` is a step of job "build", not of "deploy"; a job sees only its own steps',
        hint: 'expose the value as an output of job "build" and read `needs.build.outputs.<name>` (with "build" in `needs`)',
      }],
    },
    {
      name: "an id no step has, with the ids it could have meant",
      code: ci([job("build", { "runs-on": runner, steps: [meta, run("make", { id: "compile" }), run(`echo ${steps.metadata!.outputs.tag}`)] })]),
      errors: [{ path: "jobs.build.steps[2].env.STEPS_METADATA_OUTPUTS_TAG", message: '`steps.metadata` names no step of job "build"', hint: "give the step `id: metadata`, or fix the name (steps it can read: meta, compile)" }],
    },
    {
      name: "an id when no step has one",
      code: ci([job("build", { "runs-on": runner, steps: [run("make"), run("echo failed", { if: eq(steps.tests!.outcome, "failure") })] })]),
      errors: [{ path: "jobs.build.steps[1].if", message: '`steps.tests` names no step of job "build"', hint: "give the step `id: tests`, or fix the name (no step it can read has an id)" }],
    },
    {
      name: "a property a step does not have",
      code: ci([job("build", { "runs-on": runner, steps: [meta, run(`echo ${steps.meta!.output.tag}`)] })]),
      errors: [{ path: "jobs.build.steps[1].env.STEPS_META_OUTPUT_TAG", message: "`steps.meta.output` does not exist: a step has outputs, outcome and conclusion", hint: "write `steps.meta.outputs.output` for an output, or `steps.meta.outcome`" }],
    },
    {
      name: "job outputs read a step the job does not have",
      code: ci([job("build", { "runs-on": runner, outputs: { tag: steps.meta!.outputs.tag }, steps: [run("make")] })]),
      errors: [{ path: "jobs.build.outputs.tag", message: '`steps.meta` names no step of job "build"', hint: "give the step `id: meta`, or fix the name (no step it can read has an id)" }],
    },
  ],
});

yamlRuleTester("step-reference", {
  valid: [
    {
      // paths-filter names an output after each filter: its metadata cannot list them.
      name: "an output a paths-filter names after its filter",
      yaml: yaml(
        "on: push", "permissions: {}", "jobs:", "  build:", "    runs-on: ubuntu-latest", "    steps:",
        "      - id: filter", "        uses: dorny/paths-filter@v4", "        with:", "          filters: |", "            docs: ['docs/**']",
        "      - if: steps.filter.outputs.docs == 'true'", "        run: make docs",
      ),
    },
    {
      name: "an earlier step, read in run, if and with",
      yaml: yaml(
        "on: push",
        "permissions: {}",
        "jobs:",
        "  build:",
        "    runs-on: ubuntu-latest",
        "    steps:",
        "      - id: meta",
        "        run: echo \"tag=v1\" >> \"$GITHUB_OUTPUT\"",
        "      - if: steps.meta.outcome == 'success'",
        "        run: echo \"${{ steps.meta.outputs.tag }}\"",
      ),
    },
  ],
  invalid: [
    {
      // Inputs open (octokit/request-action reads undeclared ones), outputs still known.
      name: "an output of an action whose inputs are open",
      yaml: yaml(
        "on: push",
        "permissions: {}",
        "jobs:",
        "  release:",
        "    runs-on: ubuntu-latest",
        "    steps:",
        "      - id: latest",
        "        uses: octokit/request-action@v2.x",
        "        with: { route: 'GET /repos/{owner}/{repo}/releases/latest', owner: octokit, repo: request-action }",
        "      - run: echo \"$DATA\"",
        "        env: { DATA: \"${{ steps.latest.outputs.data }}\", TAG: \"${{ steps.latest.outputs.tag_name }}\" }",
      ),
      errors: [{ at: "11:58", path: "jobs.release.steps[1].env.TAG", message: "`steps.latest.outputs.tag_name` is not an output of octokit/request-action v2", hint: "its outputs are: status, headers, data" }],
    },
    {
      // The metadata of the actions pipewright bundles lists their outputs.
      name: "an output a bundled action does not have",
      yaml: yaml(
        "on: push",
        "permissions: {}",
        "jobs:",
        "  build:",
        "    runs-on: ubuntu-latest",
        "    steps:",
        "      - id: cache",
        "        uses: actions/cache@27d5ce7f107fe9357f9df03efb73ab90386fccae # v5.0.5",
        "        with: { path: dist, key: dist }",
        "      - if: steps.cache.outputs.cache-hit != 'true' && steps.cache.outputs.hit != 'true'",
        "        run: make",
      ),
      errors: [{ at: "10:9", path: "jobs.build.steps[1].if", message: "`steps.cache.outputs.hit` is not an output of actions/cache v5", hint: "its outputs are: cache-hit" }],
    },
    {
      name: "a condition on a step that never got that id",
      yaml: yaml(
        "on: push",
        "permissions: {}",
        "jobs:",
        "  check:",
        "    runs-on: ubuntu-latest",
        "    steps:",
        "      - run: npm run build",
        "      - if: ${{ failure() && steps.diff.conclusion == 'failure' }}",
        "        run: git diff",
      ),
      errors: [{ at: "8:9", path: "jobs.check.steps[1].if", message: '`steps.diff` names no step of job "check"', hint: "give the step `id: diff`, or fix the name (no step it can read has an id)" }],
    },
    {
      name: "a later step and another job's step, each reported once",
      yaml: yaml(
        "on: push",
        "permissions: {}",
        "jobs:",
        "  build:",
        "    runs-on: ubuntu-latest",
        "    steps:",
        "      - run: echo \"${{ steps.meta.outputs.tag }} ${{ steps.meta.outputs.tag }}\"",
        "      - id: meta",
        "        run: echo \"tag=v1\" >> \"$GITHUB_OUTPUT\"",
        "  deploy:",
        "    runs-on: ubuntu-latest",
        "    steps:",
        "      - run: echo \"${{ steps.meta.outputs.tag }}\"",
      ),
      errors: [
        { at: "7:9", path: "jobs.build.steps[0].run", message: '`steps.meta` is read in steps[0], before step "meta" runs (steps[1])', hint: 'move step "meta" above the step that reads it' },
        {
          at: "13:9",
          path: "jobs.deploy.steps[0].run",
          message: '`steps.meta` is a step of job "build", not of "deploy"; a job sees only its own steps',
          hint: 'expose the value as an output of job "build" and read `needs.build.outputs.<name>` (with "build" in `needs`)',
        },
      ],
    },
  ],
});
