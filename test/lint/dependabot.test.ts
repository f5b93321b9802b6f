// Dependabot's configuration, read by `pipewright lint` beside the workflows.
import { yaml, yamlRuleTester } from "./yaml-rule-tester.js";

const config = (...lines: string[]) => yaml("version: 2", "updates:", "  - package-ecosystem: pip", "    directory: /", "    schedule:", "      interval: weekly", ...lines);
const HINT = "add `cooldown: { default-days: 7 }`: releases then wait a week, long enough for a compromised one to be found and pulled";

// Not workflows: GitHub's workflow parser and actionlint have nothing to say about them.
yamlRuleTester("dependabot-cooldown", {
  valid: [
    { name: "a week's cooldown", yaml: config("    cooldown:", "      default-days: 7"), skipOracles: true },
    { name: "days per kind of release", yaml: config("    cooldown:", "      semver-major-days: 14"), skipOracles: true },
  ],
  invalid: [
    { name: "no cooldown", yaml: config(), errors: [{ severity: "warning", at: "3:5", path: "updates[0]", message: "the pip updates have no cooldown: a release is proposed the day it is published", hint: HINT }] },
    {
      name: "two days",
      yaml: config("    cooldown:", "      default-days: 2"),
      errors: [{ severity: "warning", at: "8:7", path: "updates[0].cooldown.default-days", message: "a cooldown of 2 days for the pip updates is shorter than the few days a compromised release usually stays up", hint: HINT }],
    },
    { name: "a cooldown without days", yaml: config("    cooldown: {}"), errors: [{ severity: "warning", at: "7:5", path: "updates[0].cooldown", message: "the pip updates' cooldown sets no days, so it delays nothing", hint: HINT }] },
  ],
});

yamlRuleTester("dependabot-execution", {
  valid: [{ name: "deny, said so", yaml: config("    cooldown:", "      default-days: 7", "    insecure-external-code-execution: deny"), skipOracles: true }],
  invalid: [
    {
      name: "allow",
      yaml: config("    cooldown:", "      default-days: 7", "    insecure-external-code-execution: allow"),
      errors: [{ severity: "warning", at: "9:5", path: "updates[0].insecure-external-code-execution", message: "the pip updates let dependencies run code while Dependabot resolves them, with its registry credentials", hint: "remove it (the default is deny), or pin the dependencies whose install needs it" }],
    },
  ],
});
