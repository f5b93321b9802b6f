import { job, run, workflow } from "../../src/index.js";
import { describe, expect, it } from "vitest";
import { lintText } from "../../src/runs/lint-files.js";
import { githubParserErrors } from "../support/oracles.js";
import { type InvalidCase, ruleTester } from "./rule-tester.js";

const HINT = 'write five fields, e.g. "30 5 * * 1-5" (05:30 UTC on weekdays); https://crontab.guru helps';
const build = job("build", { "runs-on": "ubuntu-latest", steps: [run("make")] });
const nightly = (...crons: unknown[]) =>
  workflow("nightly", { on: { schedule: crons.map((cron) => ({ cron })) as never }, jobs: [build] });

/** One schedule with one bad cron: the message after `cron "<text>" ` is what differs. */
const bad = (name: string, cron: string, problem: string): InvalidCase => ({
  name,
  code: nightly(cron),
  errors: [{ path: "on.schedule[0].cron", message: `cron "${cron}" ${problem}`, hint: HINT }],
});

ruleTester("cron", {
  valid: [
    { name: "weekdays at 05:30", code: nightly("30 5 * * 1-5") },
    { name: "every 15 minutes", code: nightly("*/15 * * * *") },
    { name: "a step from a start value", code: nightly("5/15 * * * *") },
    { name: "lists and ranges", code: nightly("0,30 8-18 * * *") },
    { name: "month names in a list", code: nightly("0 0 1 JAN,JUL *") },
    { name: "lower-case day names in a range", code: nightly("0 9 * * mon-fri") },
    { name: "a stepped range of day names", code: nightly("0 0 * * MON-FRI/2") },
    { name: "the top of every range", code: nightly("59 23 31 12 6") },
    { name: "the largest step a field allows", code: nightly("0 0 */31 */12 *") },
    { name: "several schedules", code: nightly("0 3 * * *", "0 15 * * 0") },
    { name: "no schedule at all", code: workflow("ci", { on: { push: {} }, jobs: [build] }) },
  ],
  invalid: [
    bad("a minute past 59", "61 * * * *", "minute 61 is out of range 0-59"),
    bad("four fields", "0 5 * *", "has 4 fields, cron needs 5 (minute hour day-of-month month day-of-week)"),
    bad("six fields (a seconds column)", "0 0 5 * * *", "has 6 fields, cron needs 5 (minute hour day-of-month month day-of-week)"),
    bad("a nickname GitHub does not support", "@daily", "has 1 field, cron needs 5 (minute hour day-of-month month day-of-week)"),
    bad("hour 24", "0 24 * * *", "hour 24 is out of range 0-23"),
    bad("day of month 0", "0 0 0 * *", "day of month 0 is out of range 1-31"),
    bad("month 13", "0 0 * 13 *", "month 13 is out of range 1-12"),
    bad("day of week 7", "0 0 * * 7", "day of week 7 is out of range 0-6"),
    bad("a step of zero", "*/0 * * * *", 'minute step "/0" never matches'),
    bad("a minute step of 60", "*/60 * * * *", 'minute step "/60" is larger than 59'),
    bad("an hour step of 24", "0 */24 * * *", 'hour step "/24" is larger than 23'),
    bad("a day-of-week step of 7", "0 0 * * */7", 'day of week step "/7" is larger than 6'),
    bad("a range that runs backwards", "0 0 * * FRI-MON", 'day of week range "FRI-MON" runs backwards'),
    bad("an unknown day name", "0 0 * * FUN", 'day of week "FUN" is not a number or name'),
    bad("a name in a numeric field", "JAN 0 * * *", 'minute "JAN" is not a number'),
    bad("Quartz's L", "0 0 L * *", 'day of month "L" is not a number'),
    bad("Quartz's ?", "0 0 ? * *", 'day of month "?" is not a number'),
    bad("a range with no end", "0 12 * * 1-", 'day of week "1-" is not a value, range, list or step'),
    bad("a leading space", " 0 5 * * *", "starts or ends with a space"),
    bad("a trailing space", "0 5 * * * ", "starts or ends with a space"),
    bad("a tab between fields", "0\t5 * * *", "separates fields with a tab or line break, where GitHub accepts only spaces"),
    bad("an empty cron", "", "has 1 field, cron needs 5 (minute hour day-of-month month day-of-week)"),
    {
      name: "the bad entry among several",
      code: nightly("0 3 * * *", "0 3 * * 8", "0 4 * * *", "60 4 * * *"),
      errors: [
        { path: "on.schedule[1].cron", message: 'cron "0 3 * * 8" day of week 8 is out of range 0-6', hint: HINT },
        { path: "on.schedule[3].cron", message: 'cron "60 4 * * *" minute 60 is out of range 0-59', hint: HINT },
      ],
    },
    {
      name: "schedule named without a cron, as a string and in a list",
      code: [workflow("nightly", { on: "schedule" as never, jobs: [build] }), workflow("weekly", { on: ["schedule", "push"] as never, jobs: [build] })],
      errors: [
        { file: ".github/workflows/nightly.yml", path: "on", message: "`schedule` is listed without any `cron` entry, so the workflow is never started on a schedule", hint: 'write it as a mapping: `on: { schedule: [{ cron: "30 5 * * 1-5" }] }`' },
        { file: ".github/workflows/weekly.yml", path: "on[0]", message: "`schedule` is listed without any `cron` entry, so the workflow is never started on a schedule", hint: 'write it as a mapping: `on: { schedule: [{ cron: "30 5 * * 1-5" }] }`' },
      ],
    },
    {
      name: "a time zone that is no IANA name",
      code: workflow("nightly", { on: { schedule: [{ cron: "0 2 * * *" }, { cron: "0 3 * * *", timezone: "Not/A/Timezone" }] }, jobs: [build] }),
      errors: [{
        path: "on.schedule[1].timezone",
        message: 'timezone "Not/A/Timezone" is not a time zone of the IANA database, so GitHub cannot tell when to start the workflow',
        hint: 'name one such as "Europe/London" or "America/New_York" (the TZ identifiers of https://en.wikipedia.org/wiki/List_of_tz_database_time_zones)',
      }],
    },
    // GitHub reads a number as its text, so the rule does too.
    { ...bad("a number where the cron text goes", "5", "has 1 field, cron needs 5 (minute hour day-of-month month day-of-week)"), code: nightly(5) },
  ],
});

// actionlint 1.7 predates `timezone` and rejects the key, so these valid cases are checked
// against GitHub's parser alone.
describe("cron: a schedule's timezone", () => {
  for (const zone of ["Europe/Berlin", "America/Argentina/Buenos_Aires", "US/Pacific", "UTC"]) {
    it(`accepts ${zone}`, async () => {
      const yaml = `on:\n  schedule:\n    - cron: "0 2 * * *"\n      timezone: ${zone}\npermissions: {}\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n`;
      expect(await githubParserErrors("nightly.yml", yaml)).toEqual([]);
      expect((await lintText(yaml, "nightly.yml")).filter((d) => d.rule === "cron")).toEqual([]);
    });
  }
});
