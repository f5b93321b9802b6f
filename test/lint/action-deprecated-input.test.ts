import { cache, setupHelm } from "../../src/actions/index.js";
import { job, secrets, uses, workflow } from "../../src/index.js";
import { ruleTester } from "./rule-tester.js";
import { yaml, yamlRuleTester } from "./yaml-rule-tester.js";

const ci = (steps: readonly unknown[]) => workflow("ci", { on: "push", jobs: [job("build", { "runs-on": "ubuntu-latest", steps: steps as never })] });
const CACHE_HINT = "remove it; the action's README (https://github.com/actions/cache) says what replaces it";

ruleTester("action-deprecated-input", {
  valid: [
    { name: "current inputs only", code: ci([cache({ path: "~/.cache/pip", key: "pip" }), setupHelm({ version: "v3.16.0" })]) },
    // The flag belongs to the bundled release; another commit may predate it.
    { name: "an input deprecated in a release the step does not use", code: ci([uses("actions/cache@0123456789abcdef0123456789abcdef01234567", { with: { path: "x", key: "k", "save-always": true } })]) },
  ],
  invalid: [
    {
      name: "a deprecated input of a binding",
      code: ci([cache({ path: "~/.cache/pip", key: "pip", "save-always": true })]),
      errors: [{ severity: "warning", path: "jobs.build.steps[0].with.save-always", message: 'input "save-always" of actions/cache v5 is deprecated', hint: CACHE_HINT }],
    },
    {
      name: "a deprecated token input",
      code: ci([setupHelm({ version: "v3.16.0", token: `${secrets.GITHUB_TOKEN}` })]),
      errors: [{ severity: "warning", path: "jobs.build.steps[0].with.token", message: 'input "token" of Azure/setup-helm v5 is deprecated', hint: "remove it; the action's README (https://github.com/Azure/setup-helm) says what replaces it" }],
    },
  ],
});

yamlRuleTester("action-deprecated-input", {
  valid: [{ name: "a subfolder action is another action", yaml: yaml("on: push", "jobs:", "  build:", "    runs-on: ubuntu-latest", "    steps:", "      - uses: actions/cache/save@v5", "        with:", "          path: x", "          key: k") }],
  invalid: [
    {
      name: "a deprecated input under a tag, in another case",
      yaml: yaml("on: push", "jobs:", "  build:", "    runs-on: ubuntu-latest", "    steps:", "      - uses: actions/cache@v5", "        with:", "          path: x", "          key: k", "          Save-Always: true"),
      errors: [{ severity: "warning", at: "10:11", path: "jobs.build.steps[0].with.Save-Always", message: 'input "Save-Always" of actions/cache v5 is deprecated', hint: CACHE_HINT }],
    },
    {
      name: "an input renamed to kebab-case, on the branch that follows the major (`release/v1`)",
      yaml: yaml("on: push", "jobs:", "  publish:", "    runs-on: ubuntu-latest", "    steps:", "      - uses: pypa/gh-action-pypi-publish@release/v1", "        with:", "          packages_dir: wheels/"),
      errors: [{ severity: "warning", at: "8:11", path: "jobs.publish.steps[0].with.packages_dir", message: 'input "packages_dir" of pypa/gh-action-pypi-publish v1 is deprecated', hint: "write `packages-dir` instead" }],
    },
  ],
});
