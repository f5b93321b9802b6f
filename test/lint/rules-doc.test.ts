/**
 * docs/rules.md is rendered from the rules themselves (id, severity, description, examples),
 * so it cannot drift from the code. `npm run gen-docs` (UPDATE_DOCS=1) rewrites it.
 */
import { readFile, writeFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { dependabotRules } from "../../src/lint/dependabot/rules.js";
import { rules as workflowRules } from "../../src/lint/rules/index.js";

const rules = [...workflowRules, ...dependabotRules];
const where = (r: (typeof rules)[number]) => (dependabotRules.includes(r) ? " (dependabot.yml)" : r.tier === "pedantic" ? " (pedantic)" : "");

const doc = new URL("../../docs/rules.md", import.meta.url);

/** Findings made by stages other than rules, listed so every id a user can see is explained. */
const STAGES: readonly [string, string, string][] = [
  ["shape", "error", "A key, value or type that GitHub's workflow schema does not accept (unknown or misspelled key, missing required key, wrong type)."],
  ["yaml-syntax", "error", "`pipewright lint`: the file is not valid YAML, or not a mapping."],
  ["duplicate-key", "error", "`pipewright lint`: a key written twice in one mapping."],
  ["source", "error", "The default export of workflows.ts: an entry that is not a workflow or ruleset, a bad or repeated workflow name."],
  ["job-id-duplicate", "error", "Two `job()` values with the same id in one workflow."],
  ["run-expression", "error", "A `${{ }}` in a `run:` script for a shell pipewright cannot move it out of (e.g. `shell: python`)."],
  ["required-check", "error", "A ruleset's required job whose workflow would not run on every pull request, or whose check name cannot be derived."],
  ["github-parser", "error", "GitHub's own parser rejects an emitted file: a pipewright bug if every check above passed."],
  ["file-conflict", "error", "`generate` would overwrite a file pipewright did not write, or one edited by hand."],
];

function render(): string {
  const lines = [
    "# Rules",
    "",
    "Generated from `src/lint/rules/` by `npm run gen-docs`; do not edit.",
    "",
    "Every rule runs on every compile of `workflows.ts` and in `pipewright lint` on YAML files, except the",
    "**pedantic** ones: sound advice too noisy for every repository, run with `pipewright lint --pedantic`,",
    "`\"pedantic\": true` in the config, or for one rule by giving it a severity in `\"rules\"`. `pipewright lint`",
    "also checks composite actions (`action.yml`: the step rules) and Dependabot's configuration (the rules marked dependabot.yml).",
    "**error**: GitHub would reject it or it is certainly wrong; no file is written.",
    "**warning**: risky but valid; printed, and an error under `--strict` or `\"strict\": true` in",
    "pipewright.config.json. Per-rule severity: `\"rules\": { \"rule-id\": \"error\" | \"warning\" | \"off\" }` in",
    "pipewright.config.json; in YAML, `# pipewright-ignore: rule-id` on the line (or alone on the line above).",
    "",
    "| rule | severity | catches |",
    "|---|---|---|",
    ...rules.map((r) => `| [${r.id}](#${r.id}) | ${r.severity}${where(r)} | ${r.description.replaceAll("|", "\\|")} |`),
    "",
  ];
  for (const rule of rules) {
    lines.push(`## ${rule.id}`, "", `**${rule.severity}**${rule.tier === "pedantic" ? " (pedantic: only when asked)" : ""}${dependabotRules.includes(rule) ? " (on Dependabot's configuration, .github/dependabot.yml)" : ""}${rule.input === "yaml" ? " (YAML input only)" : ""}: ${rule.description}`, "",
      ...(rule.actionSteps ? ["Also checks the steps of composite actions (`action.yml`).", ""] : []),
      `Why ${rule.severity === "error" ? "an error" : "a warning"}: ${rule.severityReason}`, "");
    if (rule.examples) {
      lines.push("Reported:", "", "```yaml", rule.examples.bad, "```", "", "Fixed:", "", "```yaml", rule.examples.good, "```", "");
    }
  }
  lines.push("## Findings of other stages", "", "| id | severity | meaning |", "|---|---|---|",
    ...STAGES.map(([id, severity, meaning]) => `| ${id} | ${severity} | ${meaning} |`), "");
  return lines.join("\n");
}

describe("docs/rules.md", () => {
  it("documents every rule with a bad and a good example and the reason for its severity", () => {
    expect(rules.filter((r) => !r.examples || !r.examples.bad.trim() || !r.examples.good.trim()).map((r) => r.id)).toEqual([]);
    expect(rules.filter((r) => r.severityReason.trim().length < 20).map((r) => r.id)).toEqual([]);
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
  });

  it("is what `npm run gen-docs` would write", async () => {
    const expected = render();
    if (process.env.UPDATE_DOCS) await writeFile(doc, expected);
    expect(await readFile(doc, "utf8")).toBe(expected);
  });
});
