import { inputs, job, run, workflow, type WorkflowDefinition } from "../../src/index.js";
import { ruleTester } from "./rule-tester.js";
import { yaml, yamlRuleTester } from "./yaml-rule-tester.js";

const on = {
  dispatch: { workflow_dispatch: { inputs: { target: { type: "choice", options: ["staging", "production"], default: "staging" } } } },
  call: { workflow_call: { inputs: { "dry-run": { type: "boolean", default: false } } } },
} as const;
const deploy = (script: string) => [job("deploy", { "runs-on": "ubuntu-latest", steps: [run(script)] })];
const ci = (trigger: WorkflowDefinition["on"], script: string, extra: Partial<WorkflowDefinition> = {}) =>
  workflow("deploy", { on: trigger, ...extra, jobs: deploy(script) });

ruleTester("inputs-reference", {
  valid: [
    { name: "a workflow_dispatch input", code: ci(on.dispatch, `./deploy.sh ${inputs.target}`) },
    { name: "a workflow_call input", code: ci(on.call, `./deploy.sh --dry-run=${inputs["dry-run"]}`) },
    { name: "inputs of both triggers", code: ci({ ...on.dispatch, ...on.call }, `./deploy.sh ${inputs.target} ${inputs["dry-run"]}`) },
    { name: "a name in another case, as GitHub compares them", code: ci(on.dispatch, `./deploy.sh ${inputs.TARGET}`) },
    { name: "the run name", code: ci(on.dispatch, "./deploy.sh", { "run-name": `Deploy to ${inputs.target}` }) },
  ],
  invalid: [
    {
      name: "a name no trigger declares",
      code: ci({ ...on.dispatch, ...on.call }, `./deploy.sh ${inputs.environment}`),
      errors: [{ path: "jobs.deploy.steps[0].env.INPUTS_ENVIRONMENT", message: "`inputs.environment` is not a declared input", hint: "declared inputs: target, dry-run" }],
    },
    {
      name: "workflow_dispatch without inputs",
      code: ci({ workflow_dispatch: {} }, `./deploy.sh ${inputs.target}`),
      errors: [{ path: "jobs.deploy.steps[0].env.INPUTS_TARGET", message: "`inputs.target` is not a declared input", hint: "declare it under `inputs` of workflow_dispatch or workflow_call" }],
    },
    {
      name: "no trigger that takes inputs",
      code: ci({ push: { branches: ["main"] } }, "./deploy.sh", { "run-name": `Deploy to ${inputs.target}` }),
      errors: [{
        path: "run-name",
        message: "`inputs.target` is read, but the workflow has no workflow_dispatch or workflow_call trigger to declare inputs",
        hint: "declare it under `on.workflow_dispatch.inputs` or `on.workflow_call.inputs`, or read the value from elsewhere (vars, env)",
      }],
    },
  ],
});

yamlRuleTester("inputs-reference", {
  valid: [
    {
      name: "a declared input in a job's `if` and `environment`",
      yaml: yaml(
        "on:",
        "  workflow_dispatch:",
        "    inputs:",
        "      environment:",
        "        type: environment",
        "permissions: {}",
        "jobs:",
        "  deploy:",
        "    if: inputs.environment != ''",
        "    runs-on: ubuntu-latest",
        "    environment: ${{ inputs.environment }}",
        "    steps:",
        "      - run: ./deploy.sh",
      ),
    },
  ],
  invalid: [
    {
      // GitHub fills a reusable workflow's inputs in order, each default seeing those above it.
      name: "a default reading itself or an input declared below it",
      yaml: yaml(
        "on:",
        "  workflow_call:",
        "    inputs:",
        "      image:",
        "        type: string",
        "        default: ${{ inputs.registry }}/app",
        "      registry:",
        "        type: string",
        "        default: ghcr.io",
        "      tag:",
        "        type: string",
        "        default: ${{ inputs.registry }}/app:${{ inputs.tag }}",
        "permissions: {}",
        "jobs:",
        "  build:",
        "    runs-on: ubuntu-latest",
        "    steps:",
        "      - run: make",
      ),
      errors: [
        { at: "6:9", path: "on.workflow_call.inputs.image.default", message: 'the default of input "image" reads `inputs.registry`, declared below it: inputs are filled in order', hint: "it can read no input: it is the first; use a literal default" },
        { at: "12:9", path: "on.workflow_call.inputs.tag.default", message: 'the default of input "tag" reads `inputs.tag`, itself', hint: "inputs it can read: image, registry" },
      ],
    },
    {
      name: "a short name for a declared input",
      yaml: yaml(
        "on:",
        "  workflow_dispatch:",
        "    inputs:",
        "      environment:",
        "        type: environment",
        "permissions: {}",
        "jobs:",
        "  deploy:",
        "    runs-on: ubuntu-latest",
        "    environment: ${{ inputs.env }}",
        "    steps:",
        "      - run: ./deploy.sh",
      ),
      errors: [{ at: "10:5", path: "jobs.deploy.environment", message: "`inputs.env` is not a declared input", hint: "declared inputs: environment" }],
    },
  ],
});
