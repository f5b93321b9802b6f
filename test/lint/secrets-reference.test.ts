import { job, run, secrets, workflow } from "../../src/index.js";
import { ruleTester } from "./rule-tester.js";
import { yaml, yamlRuleTester } from "./yaml-rule-tester.js";

const called = (declared: Record<string, object> | undefined, script: string, extra: object = {}) =>
  workflow("push-image", {
    on: { workflow_call: declared === undefined ? {} : { secrets: declared }, ...extra },
    jobs: [job("push", { "runs-on": "ubuntu-latest", steps: [run(script)] })],
  });

ruleTester("secrets-reference", {
  valid: [
    { name: "a declared secret", code: called({ "registry-token": { required: true } }, `./push.sh ${secrets["registry-token"]}`) },
    { name: "the token GitHub always provides", code: called({ "registry-token": {} }, `./push.sh ${secrets.GITHUB_TOKEN}`) },
    { name: "a declared name in another case, as GitHub compares them", code: called({ "registry-token": {} }, `./push.sh ${secrets["REGISTRY-TOKEN"]}`) },
    // No declaration: the callers pass `secrets: inherit`, and any name can be there.
    { name: "a reusable workflow that declares no secrets", code: called(undefined, `./push.sh ${secrets.ANY_SECRET}`) },
    { name: "a workflow that is not reusable", code: workflow("ci", { on: "push", jobs: [job("push", { "runs-on": "ubuntu-latest", steps: [run(`./push.sh ${secrets.DEPLOY_KEY}`)] })] }) },
  ],
  invalid: [
    {
      name: "a name the workflow does not declare, near one it does",
      code: called({ "registry-token": { required: true } }, `./push.sh ${secrets.registry_token}`),
      errors: [{
        path: "jobs.push.steps[0].env.REGISTRY_TOKEN",
        message: "`secrets.registry_token` is not a secret this reusable workflow declares under `on.workflow_call.secrets`",
        hint: "declare it under `on.workflow_call.secrets` (callers then pass it by name); did you mean `secrets.registry-token`?",
      }],
    },
  ],
});

/** A reusable workflow declaring `npm-token` (with more triggers in `extra`), whose step reads `secrets.<read>`. */
const publish = (read: string, extra: string[] = []) => yaml(
  "on:", ...extra, "  workflow_call:", "    secrets:", "      npm-token:", "        required: true", "permissions: {}",
  "jobs:", "  publish:", "    runs-on: ubuntu-latest", "    steps:", "      - run: npm publish", "        env:",
  `          NODE_AUTH_TOKEN: \${{ secrets.${read} }}`, "          GH_TOKEN: ${{ secrets.GITHUB_TOKEN }}",
);

yamlRuleTester("secrets-reference", {
  valid: [
    {
      // Another trigger runs it with the repository's secrets, all of them. (actionlint 1.7.7
      // types `secrets` from workflow_call even so, and reports the read.)
      name: "a reusable workflow that also runs on push",
      skipOracles: true,
      yaml: publish("NPM_TOKEN", ["  push:", "    branches: [main]"]),
    },
    { name: "declared secrets and the token, in env", yaml: publish("npm-token") },
  ],
  invalid: [
    {
      name: "an undeclared secret, reported where it is read",
      yaml: publish("NPM_TOKEN"),
      errors: [{
        at: "13:11",
        path: "jobs.publish.steps[0].env.NODE_AUTH_TOKEN",
        message: "`secrets.NPM_TOKEN` is not a secret this reusable workflow declares under `on.workflow_call.secrets`",
        hint: "declare it under `on.workflow_call.secrets` (callers then pass it by name); did you mean `secrets.npm-token`?",
      }],
    },
  ],
});
