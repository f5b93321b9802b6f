import { dockerLogin } from "../../src/actions/index.js";
import { github, job, run, secrets, workflow, type StepValue } from "../../src/index.js";
import { ruleTester } from "./rule-tester.js";
import { yaml, yamlRuleTester } from "./yaml-rule-tester.js";

const ci = (step: StepValue, on: Parameters<typeof workflow>[1]["on"] = "push") =>
  workflow("ci", { on, jobs: [job("publish", { "runs-on": "ubuntu-latest", permissions: { packages: "write" }, steps: [step] })] });
const env = (value: unknown) => run("./publish.sh", { env: { VALUE: value as string } });
const PREFIX = "`secrets.%s` cannot exist: secret names may not start with GITHUB_ (only GITHUB_TOKEN is provided)";
const CHARS = "`secrets.%s` cannot exist: secret names hold only letters, digits and _, and do not start with a digit";

ruleTester("secret-name", {
  valid: [
    { name: "GITHUB_TOKEN", code: ci(dockerLogin({ registry: "ghcr.io", username: github.actor, password: secrets.GITHUB_TOKEN })) },
    { name: "github_token in lower case, as GitHub compares names", code: ci(env(secrets.github_token)) },
    { name: "letters, digits and underscores", code: ci(env(secrets.DEPLOY_KEY_2)) },
    { name: "a leading underscore", code: ci(env(secrets._INTERNAL)) },
    {
      // The caller maps its own secrets onto the names a reusable workflow declares.
      name: "a GITHUB_ name that the reusable workflow declares",
      code: ci(env(secrets.github_app_id), { workflow_call: { secrets: { github_app_id: { required: false } } } }),
    },
  ],
  invalid: [
    {
      name: "secrets.GITHUB_ACTOR, as in the seed document",
      code: ci(dockerLogin({ registry: "ghcr.io", username: secrets.GITHUB_ACTOR, password: secrets.GITHUB_TOKEN })),
      errors: [{ path: "jobs.publish.steps[0].with.username", message: PREFIX.replace("%s", "GITHUB_ACTOR"), hint: "use `github.actor`" }],
    },
    {
      name: "a GITHUB_ name with no github property to suggest",
      code: ci(env(secrets.GITHUB_PAT)),
      errors: [{ path: "jobs.publish.steps[0].env.VALUE", message: PREFIX.replace("%s", "GITHUB_PAT"), hint: "store the secret under a name without the GITHUB_ prefix" }],
    },
    {
      name: "a GITHUB_ name in lower case",
      code: ci(env(secrets.github_repository)),
      errors: [{ path: "jobs.publish.steps[0].env.VALUE", message: PREFIX.replace("%s", "github_repository"), hint: "use `github.repository`" }],
    },
    {
      name: "a hyphen",
      code: ci(env(secrets["deploy-key"])),
      errors: [{ path: "jobs.publish.steps[0].env.VALUE", message: CHARS.replace("%s", "deploy-key"), hint: "store the secret as DEPLOY_KEY and read `secrets.DEPLOY_KEY`" }],
    },
    {
      name: "a leading digit",
      code: ci(env(secrets["1PASSWORD_TOKEN"])),
      errors: [{ path: "jobs.publish.steps[0].env.VALUE", message: CHARS.replace("%s", "1PASSWORD_TOKEN"), hint: "store the secret as _1PASSWORD_TOKEN and read `secrets._1PASSWORD_TOKEN`" }],
    },
    {
      name: "a declared name exempts only itself",
      code: ci(env(`${secrets.github_app_id}:${secrets.GITHUB_APP_KEY}`), { workflow_call: { secrets: { github_app_id: { required: false } } } }),
      errors: [{ path: "jobs.publish.steps[0].env.VALUE", message: PREFIX.replace("%s", "GITHUB_APP_KEY"), hint: "store the secret under a name without the GITHUB_ prefix" }],
    },
  ],
});

yamlRuleTester("secret-name", {
  valid: [
    {
      name: "ordinary secret names",
      yaml: yaml(
        "on: push",
        "permissions: {}",
        "jobs:",
        "  publish:",
        "    runs-on: ubuntu-latest",
        "    steps:",
        "      - run: ./publish.sh",
        "        env:",
        "          TOKEN: ${{ secrets.GITHUB_TOKEN }}",
        "          KEY: ${{ secrets.NPM_TOKEN }}",
      ),
    },
  ],
  invalid: [
    {
      name: "the seed's docker login, one report per name and place",
      yaml: yaml(
        "on: push",
        "permissions: {}",
        "jobs:",
        "  publish:",
        "    runs-on: ubuntu-latest",
        "    steps:",
        "      - run: echo \"${{ secrets.GITHUB_ACTOR }}\" | docker login ghcr.io -u \"${{ secrets.GITHUB_ACTOR }}\" --password-stdin",
      ),
      errors: [{ at: "7:9", path: "jobs.publish.steps[0].run", message: PREFIX.replace("%s", "GITHUB_ACTOR"), hint: "use `github.actor`" }],
    },
  ],
});
