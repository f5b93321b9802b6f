import { describe, expect, it } from "vitest";
import { job, run, workflow } from "../../src/index.js";
import { shortestInterval } from "../../src/lint/rules/cron-frequency.js";
import { type InvalidCase, ruleTester } from "./rule-tester.js";
import { yaml, yamlRuleTester } from "./yaml-rule-tester.js";

const HINT = 'space the runs at least 5 minutes apart, e.g. "*/5 * * * *"';
const build = job("build", { "runs-on": "ubuntu-latest", steps: [run("make")] });
const nightly = (...crons: string[]) => workflow("nightly", { on: { schedule: crons.map((cron) => ({ cron })) }, jobs: [build] });
const message = (cron: string, minutes: number) =>
  `cron "${cron}" asks for runs ${minutes} minute${minutes === 1 ? "" : "s"} apart; GitHub runs a schedule at most once every 5 minutes`;
const tooOften = (name: string, cron: string, minutes: number): InvalidCase => ({
  name,
  code: nightly(cron),
  errors: [{ path: "on.schedule[0].cron", message: message(cron, minutes), hint: HINT }],
});

ruleTester("cron-frequency", {
  valid: [
    { name: "every 5 minutes", code: nightly("*/5 * * * *") },
    { name: "every 15 minutes from minute 3", code: nightly("3/15 * * * *") },
    { name: "twice an hour", code: nightly("0,30 * * * *") },
    { name: "once a day", code: nightly("0 3 * * *") },
    { name: "a range stepped by 10", code: nightly("10-50/10 8-18 * * 1-5") },
    // 23:58 runs on Mondays, and 00:01 only the next Monday: close across midnight only when every day runs.
    { name: "minutes close across midnight on one day of the week", code: nightly("1,58 0,23 * * 1") },
  ],
  invalid: [
    tooOften("every minute", "* * * * *", 1),
    tooOften("every 2 minutes", "*/2 * * * *", 2),
    tooOften("a range of minutes", "0-10 3 * * *", 1),
    tooOften("a list with a close pair", "0,3,30 * * * *", 3),
    tooOften("minutes close across the hour", "1,58 * * * *", 3),
    tooOften("minutes close across midnight, every day", "1,58 0,23 * * *", 3),
    {
      name: "only the frequent entry among several",
      code: nightly("0 3 * * *", "*/1 9-17 * * 1-5", "*/10 * * * *"),
      errors: [{ path: "on.schedule[1].cron", message: message("*/1 9-17 * * 1-5", 1), hint: HINT }],
    },
    {
      // The cron rule reports it; a frequency of a cron GitHub cannot read means nothing.
      name: "an invalid cron is the cron rule's alone",
      code: nightly("*/2 * * * * *"),
      errors: [{ rule: "cron", path: "on.schedule[0].cron", message: 'cron "*/2 * * * * *" has 6 fields, cron needs 5 (minute hour day-of-month month day-of-week)', hint: 'write five fields, e.g. "30 5 * * 1-5" (05:30 UTC on weekdays); https://crontab.guru helps' }],
    },
  ],
});

describe("shortestInterval", () => {
  it.each([
    ["*/5 * * * *", 5],
    ["0 * * * *", 60],
    ["0 */6 * * *", 360],
    ["0 3 * * *", 1440],
    ["15 3 * * 1", undefined],
    ["0,20 3 * * 1", 20],
  ])("%s → %s", (cron, minutes) => expect(shortestInterval(cron)).toBe(minutes));
});

yamlRuleTester("cron-frequency", {
  valid: [
    {
      name: "every 5 minutes",
      yaml: yaml("on:", "  schedule:", "    - cron: \"*/5 * * * *\"", "permissions: {}", "jobs:", "  build:", "    runs-on: ubuntu-latest", "    steps:", "      - run: make"),
    },
  ],
  invalid: [
    {
      name: "every minute",
      yaml: yaml("on:", "  schedule:", "    - cron: \"0 0 * * *\"", "    - cron: \"* * * * *\"", "permissions: {}", "jobs:", "  build:", "    runs-on: ubuntu-latest", "    steps:", "      - run: make"),
      errors: [{ at: "4:7", path: "on.schedule[1].cron", message: message("* * * * *", 1), hint: HINT }],
    },
  ],
});
