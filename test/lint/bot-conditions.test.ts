import { eq, github, job, ne, run, workflow } from "../../src/index.js";
import { ruleTester } from "./rule-tester.js";
import { yaml, yamlRuleTester } from "./yaml-rule-tester.js";

const HINT = "check who opened the pull request instead: `github.event.pull_request.user.login == 'dependabot[bot]'`";
const trusts = (condition: string) => `\`${condition}\` trusts whoever caused the latest event, and a fork can get a bot to cause one: it does not prove the bot made the change`;
const automerge = (condition: unknown, step: Record<string, unknown> = {}) =>
  workflow("automerge", {
    on: "pull_request",
    jobs: [job("merge", { if: condition, "runs-on": "ubuntu-latest", permissions: { "pull-requests": "write" }, steps: [run('gh pr merge --auto "$PR"', { env: { PR: "${{ github.event.pull_request.html_url }}" }, ...step })] } as never)],
  });

ruleTester("bot-conditions", {
  valid: [
    { name: "the pull request's author", code: automerge(eq(github.event.pull_request.user.login, "dependabot[bot]")) },
    // Spoofing a bot can only skip a job that is kept from bots.
    { name: "a job skipped for the bot", code: automerge(ne(github.actor, "dependabot[bot]")) },
    { name: "a person", code: automerge(eq(github.actor, "octocat")) },
  ],
  invalid: [
    {
      name: "the actor on a job",
      code: automerge(eq(github.actor, "dependabot[bot]")),
      errors: [{ severity: "warning", path: "jobs.merge.if", message: trusts("${{ github.actor == 'dependabot[bot]' }}"), hint: HINT }],
    },
    {
      name: "the triggering actor in a step's text test",
      code: automerge(undefined, { if: "endsWith(github.triggering_actor, '[bot]')" }),
      errors: [{ severity: "warning", path: "jobs.merge.steps[0].if", message: trusts("endsWith(github.triggering_actor, '[bot]')"), hint: HINT }],
    },
  ],
});

yamlRuleTester("bot-conditions", {
  valid: [{
    name: "the actor together with the author",
    yaml: yaml("on: pull_request", "permissions: {}", "jobs:", "  update:", "    if: github.actor == 'dependabot[bot]' && github.event.pull_request.user.login == 'dependabot[bot]'", "    runs-on: ubuntu-latest", "    steps:", "      - run: make dist"),
  }],
  invalid: [
    {
      name: "an app's bot, negated twice",
      yaml: yaml("on: pull_request", "jobs:", "  assign:", "    if: ${{ !(github.actor != 'renovate[bot]' && !(github.actor == 'renovate[bot]')) }}", "    runs-on: ubuntu-latest", "    steps:", "      - run: echo assign"),
      errors: [{ severity: "warning", at: "4:5", path: "jobs.assign.if", message: trusts("${{ !(github.actor != 'renovate[bot]' && !(github.actor == 'renovate[bot]')) }}"), hint: HINT }],
    },
  ],
});
