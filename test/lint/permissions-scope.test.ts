/**
 * Permission scopes and levels need no rule of their own: GitHub's workflow schema lists every
 * scope with the levels it takes (`id-token` only write or none, `models` only read or none), and
 * the shape check reads it. These cases pin that, for the DSL and for YAML.
 */
import { job, run, workflow } from "../../src/index.js";
import { ruleTester } from "./rule-tester.js";
import { yaml, yamlRuleTester } from "./yaml-rule-tester.js";

const ci = (permissions: unknown, jobPermissions?: unknown) =>
  workflow("ci", {
    on: "push",
    permissions: permissions as never,
    jobs: [job("build", { "runs-on": "ubuntu-latest", ...(jobPermissions ? { permissions: jobPermissions as never } : {}), steps: [run("make")] })],
  });
const LEVEL = "see GitHub's workflow syntax for this key";
const UNKNOWN = "check the spelling against GitHub's workflow syntax; every key GitHub accepts is typed in pipewright";

ruleTester("permissions-scope", {
  valid: [
    { name: "scopes at the levels they take", code: ci({ contents: "read" }, { contents: "read", "id-token": "write", "pull-requests": "write" }) },
    { name: "no access at all", code: ci({}) },
  ],
  invalid: [
    {
      name: "id-token can only be written",
      code: ci({ contents: "read", "id-token": "read" }),
      errors: [{ rule: "shape", path: "permissions.id-token", message: 'value is not valid here: expected "write" or "none"', hint: LEVEL }],
    },
    {
      name: "models can only be read",
      code: ci({ contents: "read" }, { models: "write" }),
      errors: [{ rule: "shape", path: "jobs.build.permissions.models", message: 'value is not valid here: expected "read" or "none"', hint: LEVEL }],
    },
    {
      name: "a level that does not exist",
      code: ci({ contents: "admin" }),
      errors: [{ rule: "shape", path: "permissions.contents", message: 'value is not valid here: expected "read" or "write" or "none"', hint: LEVEL }],
    },
    {
      name: "a scope that does not exist",
      code: ci({ contents: "read", metadata: "read" }),
      errors: [{ rule: "shape", path: "permissions.metadata", message: 'unknown key "metadata"', hint: UNKNOWN }],
    },
  ],
});

yamlRuleTester("permissions-scope", {
  // actionlint 1.7.7 does not know the `models` scope yet.
  valid: [{ name: "models read", yaml: yaml("on: push", "permissions:", "  models: read", "jobs:", "  build:", "    runs-on: ubuntu-latest", "    steps:", "      - run: make"), skipOracles: true }],
  invalid: [
    {
      name: "id-token read, at its line",
      yaml: yaml("on: push", "permissions:", "  id-token: read", "jobs:", "  build:", "    runs-on: ubuntu-latest", "    steps:", "      - run: make"),
      errors: [{ rule: "shape", at: "3:3", path: "permissions.id-token", message: 'value is not valid here: expected "write" or "none"', hint: LEVEL }],
    },
    {
      name: "a shorthand that does not exist",
      yaml: yaml("on: push", "permissions: read", "jobs:", "  build:", "    runs-on: ubuntu-latest", "    steps:", "      - run: make"),
      errors: [{ rule: "shape", at: "2:1", path: "permissions", message: 'value is not valid here: expected object or "read-all" or "write-all"', hint: LEVEL }],
    },
  ],
});
