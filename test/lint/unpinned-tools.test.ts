import { job, workflow } from "../../src/index.js";
import { setupHelm, setupTerraform } from "../../src/actions/index.js";
import { ruleTester } from "./rule-tester.js";
import { yaml, yamlRuleTester } from "./yaml-rule-tester.js";

const TERRAFORM = "hashicorp/setup-terraform@dfe3c3f87815947d99a8997f908cb6525fc44e9e # v4.0.1";
const KUBECTL = "Azure/setup-kubectl@829323503d1be3d00ca8346e5391ca0b07a9ab0d # v5.1.0";
const JUST = "extractions/setup-just@53165ef7e734c5c07cb06b3c8e7b647c5aa16db3 # v4.0.0";
const steps = (...lines: string[]) => yaml("on: push", "permissions: {}", "jobs:", "  build:", "    runs-on: ubuntu-latest", "    steps:", ...lines);
const byDefault = (uses: string, input: string) => `${uses} installs the latest release of its tool: its input "${input}" defaults to "latest"`;
const pinDefault = (input: string) => `pin the release: \`with: { ${input}: <version> }\` (one that has been tested with this workflow)`;
const explicit = (input: string, value: string, uses: string) => `\`${input}: ${value}\` of ${uses} installs whatever release is newest when the job runs`;
const pinExplicit = (input: string) => `pin the release: \`${input}: <version>\` (one that has been tested with this workflow)`;

yamlRuleTester("unpinned-tools", {
  valid: [
    { name: "a pinned release", yaml: steps(`      - uses: ${TERRAFORM}`, "        with:", "          terraform_version: 1.9.8") },
    { name: "a release chosen by an input of the workflow", yaml: steps(`      - uses: ${KUBECTL}`, "        with:", "          version: ${{ vars.KUBECTL_VERSION }}") },
    { name: "an action of another major than the metadata describes", yaml: steps("      - uses: hashicorp/setup-terraform@b9cd54a3c349d3f38e8881555d616ced269862dd # v3.1.2") },
    { name: "an unknown action without a version input", yaml: steps(`      - uses: ${JUST}`) },
    { name: "a step that never runs (kept for Dependabot)", yaml: steps(`      - uses: ${TERRAFORM}`, "        if: false", `      - uses: ${JUST}`, "        if: ${{ false }}", "        with:", "          just-version: latest") },
    { name: "a version input that is not a tool's release", yaml: steps("      - uses: actions/setup-node@48b55a011bda9f5d6aeb4c2d9c7362e8dae4041e # v6.4.0", "        with:", "          node-version-file: .nvmrc") },
  ],
  invalid: [
    {
      name: "the action's default is the latest release",
      yaml: steps(`      - uses: ${TERRAFORM}`, `      - uses: ${KUBECTL}`, "        with:", "          namespace: web"),
      errors: [
        { severity: "warning", at: "7:9", path: "jobs.build.steps[0].uses", message: byDefault("hashicorp/setup-terraform", "terraform_version"), hint: pinDefault("terraform_version") },
        { severity: "warning", at: "8:9", path: "jobs.build.steps[1].uses", message: byDefault("Azure/setup-kubectl", "version"), hint: pinDefault("version") },
      ],
    },
    {
      name: "latest, * and x given, of any action",
      yaml: steps(`      - uses: ${JUST}`, "        with:", '          just-version: "*"', `      - uses: ${KUBECTL}`, "        with:", "          version: latest", "      - uses: acme/setup-tool@v2", "        with:", "          tool_version: X"),
      errors: [
        { severity: "warning", at: "9:11", path: "jobs.build.steps[0].with.just-version", message: explicit("just-version", "*", "extractions/setup-just"), hint: pinExplicit("just-version") },
        { severity: "warning", at: "12:11", path: "jobs.build.steps[1].with.version", message: explicit("version", "latest", "Azure/setup-kubectl"), hint: pinExplicit("version") },
        { severity: "warning", at: "15:11", path: "jobs.build.steps[2].with.tool_version", message: explicit("tool_version", "X", "acme/setup-tool"), hint: pinExplicit("tool_version") },
      ],
    },
  ],
});

const build = (step: unknown) => workflow("ci", { on: "push", permissions: {}, jobs: [job("build", { "runs-on": "ubuntu-latest", steps: [step as never] })] });

ruleTester("unpinned-tools", {
  valid: [
    { name: "setupTerraform with a release", code: build(setupTerraform({ terraform_version: "1.9.8" })) },
    { name: "setupHelm with a release", code: build(setupHelm({ version: "v3.16.2" })) },
  ],
  invalid: [
    {
      name: "setupHelm without one",
      code: build(setupHelm({})),
      errors: [{ severity: "warning", path: "jobs.build.steps[0].uses", message: byDefault("Azure/setup-helm", "version"), hint: pinDefault("version") }],
    },
    {
      name: "setupTerraform at latest",
      code: build(setupTerraform({ terraform_version: "latest" })),
      errors: [{ severity: "warning", path: "jobs.build.steps[0].with.terraform_version", message: explicit("terraform_version", "latest", "hashicorp/setup-terraform"), hint: pinExplicit("terraform_version") }],
    },
  ],
});
