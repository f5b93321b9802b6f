import { job, run, workflow } from "../../src/index.js";
import { ruleTester } from "./rule-tester.js";
import { yaml, yamlRuleTester } from "./yaml-rule-tester.js";

const ci = (env: Record<string, string>, where: "workflow" | "job" | "step" = "workflow") =>
  workflow("ci", {
    on: "push",
    ...(where === "workflow" ? { env } : {}),
    jobs: [job("build", { "runs-on": "ubuntu-latest", ...(where === "job" ? { env } : {}), steps: [run("make", where === "step" ? { env } : {})] })],
  });
const HINT = (name: string) => `use letters, digits and _, not starting with a digit: "${name}"`;

ruleTester("env-name", {
  valid: [
    { name: "names a shell can read", code: ci({ NODE_ENV: "production", _PRIVATE: "1", lower_case: "ok", V2: "x" }) },
    { name: "GITHUB_TOKEN, which is not one of GitHub's variables", code: ci({ GITHUB_TOKEN: "${{ github.token }}" }, "step") },
    {
      // Services are configured by their own programs' rules.
      name: "a dotted name in a service's env",
      code: workflow("ci", {
        on: "push",
        jobs: [job("test", { "runs-on": "ubuntu-latest", services: { search: { image: `elasticsearch@sha256:${"0".repeat(64)}`, env: { "discovery.type": "single-node" } } }, steps: [run("make test")] })],
      }),
    },
  ],
  invalid: [
    {
      name: "a dash in a workflow env name",
      code: ci({ "NODE-ENV": "production" }),
      errors: [{ path: "env.NODE-ENV", message: 'environment variable name "NODE-ENV" is not valid', hint: HINT("NODE_ENV") }],
    },
    {
      name: "a leading digit in a job env name",
      code: ci({ "3D_MODE": "on" }, "job"),
      errors: [{ path: "jobs.build.env.3D_MODE", message: 'environment variable name "3D_MODE" is not valid', hint: HINT("_3D_MODE") }],
    },
    {
      name: "a dot in a step env name",
      code: ci({ "app.port": "8080" }, "step"),
      errors: [{ path: "jobs.build.steps[0].env.app.port", message: 'environment variable name "app.port" is not valid', hint: HINT("app_port") }],
    },
  ],
});

yamlRuleTester("env-name", {
  valid: [
    {
      name: "a dotted name in a job container's env",
      yaml: yaml("on: push", "jobs:", "  build:", "    runs-on: ubuntu-latest", "    container:", "      image: eclipse-temurin:21", "      env:", "        spring.profiles.active: ci", "    steps:", "      - run: make"),
    },
    {
      // GitHub evaluates the name before the job runs; only its value could be wrong.
      name: "a name written as an expression",
      yaml: yaml("on: push", "permissions: {}", "jobs:", "  build:", "    runs-on: ubuntu-latest", "    env:", "      ${{ github.event_name }}: x", "    steps:", "      - run: make"),
    },
  ],
  invalid: [
    {
      name: "a space in a name, at its line",
      yaml: yaml("on: push", "env:", "  \"BUILD MODE\": release", "jobs:", "  build:", "    runs-on: ubuntu-latest", "    steps:", "      - run: make"),
      errors: [{ at: "3:3", path: "env.BUILD MODE", message: 'environment variable name "BUILD MODE" is not valid', hint: HINT("BUILD_MODE") }],
    },
  ],
});
