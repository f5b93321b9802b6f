import { job, run, workflow } from "../../src/index.js";
import { type ExpectedDiagnostic, type InvalidCase, ruleTester } from "./rule-tester.js";
import { MAKE_JOB, yaml, yamlRuleTester } from "./yaml-rule-tester.js";

const jobs = [job("deploy", { "runs-on": "ubuntu-latest", steps: [run("./deploy.sh")] })];
type Event = "workflow_dispatch" | "workflow_call";
/** One trigger with these inputs; types bypassed, as in YAML or JavaScript. */
const ci = (event: Event, inputs: Record<string, unknown>) => workflow("deploy", { on: { [event]: { inputs } } as never, jobs });
const dispatch = (inputs: Record<string, unknown>) => ci("workflow_dispatch", inputs);
const call = (inputs: Record<string, unknown>) => ci("workflow_call", inputs);
const one = (name: string, code: ReturnType<typeof ci>, error: ExpectedDiagnostic): InvalidCase => ({ name, code, errors: [error] });

ruleTester("dispatch-inputs", {
  valid: [
    {
      name: "every dispatch type with a default that fits",
      code: dispatch({
        ref: { type: "string", default: "main" },
        "dry-run": { type: "boolean", default: true },
        shards: { type: "number", default: 3 },
        target: { type: "choice", options: ["staging", "production"], default: "staging" },
        environment: { type: "environment", default: "staging" },
      }),
    },
    { name: "a dispatch input without a type is a string", code: dispatch({ ref: { description: "Ref to build", default: "main" } }) },
    { name: "every call type, a number default written as text", code: call({ ref: { type: "string" }, verbose: { type: "boolean", default: false }, retries: { type: "number", default: "2" } }) },
    { name: "a call default from an expression", code: call({ ref: { type: "string", default: "${{ github.ref_name }}" } }) },
    { name: "a choice without a default", code: dispatch({ target: { type: "choice", options: ["staging"] } }) },
  ],
  invalid: [
    one("a type that does not exist", dispatch({ flag: { type: "bool" } }), {
      path: "on.workflow_dispatch.inputs.flag.type",
      message: 'input "flag" has type "bool"; workflow_dispatch inputs are string, boolean, number, choice, environment',
      hint: "use one of: string, boolean, number, choice, environment",
    }),
    // The shape check would say the same place is invalid; the rule's message replaces it.
    one("choice on workflow_call", call({ target: { type: "choice" } }), {
      path: "on.workflow_call.inputs.target.type",
      message: 'input "target" has type "choice"; workflow_call inputs are string, boolean, number',
      hint: "`choice` exists only for workflow_dispatch: use `type: string` and check the value in the workflow",
    }),
    one("environment on workflow_call", call({ env: { type: "environment" } }), {
      path: "on.workflow_call.inputs.env.type",
      message: 'input "env" has type "environment"; workflow_call inputs are string, boolean, number',
      hint: "`environment` exists only for workflow_dispatch: use `type: string` and check the value in the workflow",
    }),
    one("options on a string input", dispatch({ target: { type: "string", options: ["a", "b"] } }), {
      path: "on.workflow_dispatch.inputs.target.options",
      message: 'input "target" has `options` but type string; options belong to `type: choice`',
      hint: "set `type: choice`, or remove `options`",
    }),
    one("a choice without options", dispatch({ target: { type: "choice" } }), {
      path: "on.workflow_dispatch.inputs.target", message: 'choice input "target" has no options', hint: "list the choices: `options: [staging, production]`",
    }),
    one("a choice with an empty list of options", dispatch({ target: { type: "choice", options: [] } }), {
      path: "on.workflow_dispatch.inputs.target.options", message: 'choice input "target" has no options', hint: "list the choices: `options: [staging, production]`",
    }),
    one("a choice default outside the options", dispatch({ target: { type: "choice", options: ["staging", "production"], default: "prod" } }), {
      path: "on.workflow_dispatch.inputs.target.default", message: 'the default "prod" of choice input "target" is not one of its options', hint: "use one of: staging, production",
    }),
    one("a boolean default written as text", dispatch({ "dry-run": { type: "boolean", default: "true" } }), {
      path: 'on.workflow_dispatch.inputs.dry-run.default', message: 'the default of boolean input "dry-run" is a string, not true or false', hint: "write `default: true` or `default: false`, without quotes",
    }),
    one("a number default that is not a number", call({ retries: { type: "number", default: "three" } }), {
      path: "on.workflow_call.inputs.retries.default", message: 'the default of number input "retries" is "three", not a number', hint: "write a number, e.g. `default: 3`",
    }),
    one("a number default for a string input", dispatch({ version: { type: "string", default: 3.1 } }), {
      path: "on.workflow_dispatch.inputs.version.default", message: 'the default of string input "version" is a number; a string input\'s default must be text', hint: 'quote it: `default: "3.1"`',
    }),
    {
      name: "several problems in several inputs, in order",
      code: dispatch({ a: { type: "choice", default: "x" }, b: { type: "text" }, c: { type: "boolean", default: 1 } }),
      errors: [
        { path: "on.workflow_dispatch.inputs.a", message: 'choice input "a" has no options', hint: "list the choices: `options: [staging, production]`" },
        { path: "on.workflow_dispatch.inputs.b.type", message: 'input "b" has type "text"; workflow_dispatch inputs are string, boolean, number, choice, environment', hint: "use one of: string, boolean, number, choice, environment" },
        { path: "on.workflow_dispatch.inputs.c.default", message: 'the default of boolean input "c" is a number, not true or false', hint: "write `default: true` or `default: false`, without quotes" },
      ],
    },
  ],
});

yamlRuleTester("dispatch-inputs", {
  valid: [
    {
      name: "GitHub's own choice example",
      yaml: yaml(
        "on:",
        "  workflow_dispatch:",
        "    inputs:",
        "      logLevel:",
        "        description: Log level",
        "        required: true",
        "        default: warning",
        "        type: choice",
        "        options: [info, warning, debug]",
        ...MAKE_JOB,
      ),
    },
  ],
  invalid: [
    {
      name: "26 workflow_dispatch inputs, one more than GitHub accepts",
      yaml: yaml("on:", "  workflow_dispatch:", "    inputs:", ...Array.from({ length: 26 }, (_, n) => `      in${n}: { type: string }`), ...MAKE_JOB),
      errors: [{
        at: "3:5", path: "on.workflow_dispatch.inputs",
        message: "workflow_dispatch declares 26 inputs; GitHub accepts at most 25",
        hint: "group related values into one input (a JSON string or a choice), or split the workflow",
      }],
    },
    {
      name: "a call input typed choice, reported once, and a quoted boolean",
      yaml: yaml(
        "on:",
        "  workflow_call:",
        "    inputs:",
        "      target:",
        "        type: choice",
        "      publish:",
        "        type: boolean",
        "        default: \"false\"",
        ...MAKE_JOB,
      ),
      errors: [
        {
          at: "5:9",
          path: "on.workflow_call.inputs.target.type",
          message: 'input "target" has type "choice"; workflow_call inputs are string, boolean, number',
          hint: "`choice` exists only for workflow_dispatch: use `type: string` and check the value in the workflow",
        },
        { at: "8:9", path: "on.workflow_call.inputs.publish.default", message: 'the default of boolean input "publish" is a string, not true or false', hint: "write `default: true` or `default: false`, without quotes" },
      ],
    },
  ],
});
