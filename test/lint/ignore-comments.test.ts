// Comments in workflow YAML that silence findings: pipewright's own `# pipewright-ignore: id`
// and zizmor's `# zizmor: ignore[audit]`, whose audits map to the rules that report the same
// problem, so a repository that ran zizmor keeps its decisions.
import { expect, it } from "vitest";
import { lintText } from "../../src/runs/lint-files.js";
import { ZIZMOR_AUDITS } from "../../src/lint/zizmor-audits.js";
import { rules } from "../../src/lint/rules/index.js";
import { dependabotRules } from "../../src/lint/dependabot/rules.js";

const found = async (text: string) => (await lintText(text, ".github/workflows/ci.yml")).map((d) => `${d.source?.line} ${d.rule}`);
const workflow = (...steps: string[]) => ["on: pull_request", "permissions: {}", "jobs:", "  build:", "    runs-on: ubuntu-latest", "    steps:", ...steps, ""].join("\n");
const TITLE = '      - run: echo "${{ github.event.pull_request.title }}"';

it("reports what no comment silences", async () => {
  expect(await found(workflow(TITLE, "      - uses: actions/checkout@v5"))).toEqual(["7 template-injection", "8 unpinned-uses", "8 artipacked"]);
});

it("silences a rule by a trailing comment on its line, or by a comment alone on the line before", async () => {
  expect(await found(workflow(`${TITLE} # pipewright-ignore: template-injection`, "      # pipewright-ignore: unpinned-uses, artipacked", "      - uses: actions/checkout@v5"))).toEqual([]);
});

it("honours zizmor's ignore comments through the rules of the audits they name", async () => {
  expect(await found(workflow(`${TITLE} # zizmor: ignore[template-injection]`, "      - uses: actions/checkout@v5 # zizmor: ignore[unpinned-uses,artipacked]"))).toEqual([]);
  // An audit pipewright has no rule for silences nothing; nor does an audit on another line.
  expect(await found(workflow(`${TITLE} # zizmor: ignore[impostor-commit]`, "      # zizmor: ignore[artipacked]", "      - run: make", "      - uses: actions/checkout@v5"))).toEqual(["7 template-injection", "10 unpinned-uses", "10 artipacked"]);
});

it("maps every audit to rules that exist", () => {
  const ids = new Set([...rules, ...dependabotRules].map((rule) => rule.id).concat("shellcheck"));
  for (const [audit, mapped] of Object.entries(ZIZMOR_AUDITS)) {
    expect(mapped.filter((id) => !ids.has(id)), audit).toEqual([]);
  }
});
