import { yaml, yamlRuleTester } from "./yaml-rule-tester.js";

const step = (...inputs: string[]) => yaml("on: push", "permissions: {}", "jobs:", "  release:", "    runs-on: ubuntu-latest", "    steps:", "      - uses: actions/create-github-app-token@v2", "        with:",
  "          app-id: ${{ vars.APP_ID }}", "          private-key: ${{ secrets.APP_KEY }}", ...inputs);
const HINT = "let the action revoke the token when the job ends: remove skip-token-revoke, and make a token in each job that needs one";

yamlRuleTester("app-token-revoke", {
  valid: [
    { name: "revoked when the job ends", yaml: step() },
    { name: "skip-token-revoke: false", yaml: step("          skip-token-revoke: false") },
  ],
  invalid: [
    { name: "never revoked", yaml: step("          skip-token-revoke: true"), errors: [{ severity: "warning", at: "11:11", path: "jobs.release.steps[0].with.skip-token-revoke", message: "skip-token-revoke leaves the app's token valid for up to an hour after the job, with every permission of the app", hint: HINT }] },
    {
      name: "not revoked when an expression says so",
      yaml: step("          skip-token-revoke: ${{ github.ref_name == 'main' }}"),
      errors: [{ severity: "warning", at: "11:11", path: "jobs.release.steps[0].with.skip-token-revoke", message: "skip-token-revoke (when its expression is true) leaves the app's token valid for up to an hour after the job, with every permission of the app", hint: HINT }],
    },
  ],
});
