import type { Rule } from "../rule.js";
import { eventsOf } from "../triggers.js";
import { cronsOf, isObject } from "../walk.js";

const MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
const DAYS = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];
const FIELDS = [
  { name: "minute", min: 0, max: 59, names: [] as string[] },
  { name: "hour", min: 0, max: 23, names: [] },
  { name: "day of month", min: 1, max: 31, names: [] },
  { name: "month", min: 1, max: 12, names: MONTHS },
  { name: "day of week", min: 0, max: 6, names: DAYS },
];

/** Explains what is wrong with a POSIX cron expression, or returns undefined when it is valid. */
export function cronProblem(cron: string): string | undefined {
  // GitHub splits the fields on spaces and nothing else, so stray whitespace makes a field it cannot read.
  if (/[^\S ]/.test(cron)) return "separates fields with a tab or line break, where GitHub accepts only spaces";
  if (cron.trim() !== cron) return "starts or ends with a space";
  const parts = cron.split(/ +/);
  if (parts.length !== 5) return `has ${parts.length} field${parts.length === 1 ? "" : "s"}, cron needs 5 (minute hour day-of-month month day-of-week)`;
  for (const [i, part] of parts.entries()) {
    const field = FIELDS[i]!;
    const value = (text: string): number | undefined => {
      if (/^\d+$/.test(text)) return Number(text);
      const named = field.names.indexOf(text.toUpperCase());
      if (named >= 0) return field.name === "month" ? named + 1 : named;
      return undefined;
    };
    for (const item of part.split(",")) {
      const match = /^(\*|[^-/]+(?:-[^-/]+)?)(?:\/(\d+))?$/.exec(item);
      if (!match) return `${field.name} "${item}" is not a value, range, list or step`;
      const [, range, step] = match;
      if (step !== undefined && Number(step) === 0) return `${field.name} step "/0" never matches`;
      if (step !== undefined && Number(step) > field.max) return `${field.name} step "/${step}" is larger than ${field.max}`;
      if (range === "*") continue;
      const [low, high] = range!.split("-").map(value);
      if (low === undefined || (range!.includes("-") && high === undefined)) return `${field.name} "${item}" is not a number${field.names.length ? " or name" : ""}`;
      for (const n of [low, high]) {
        if (n !== undefined && (n < field.min || n > field.max)) return `${field.name} ${n} is out of range ${field.min}-${field.max}`;
      }
      if (high !== undefined && high < low) return `${field.name} range "${range}" runs backwards`;
    }
  }
  return undefined;
}

/** Whether `name` is a time zone of the IANA database (or one of its links, such as `US/Pacific`). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/**
 * `on.schedule[].cron` must be a valid 5-field cron expression, `schedule` needs such entries, and
 * an entry's `timezone` must name an IANA time zone.
 */
export const cron: Rule = {
  id: "cron",
  severity: "error",
  severityReason: "GitHub rejects a cron expression it cannot read.",
  description: "schedule cron expressions GitHub cannot read, `schedule` without any, and a `timezone` that is no IANA time zone",
  examples: {
    bad: "on:\n  schedule:\n    - cron: \"0 25 * * *\"",
    good: "on:\n  schedule:\n    - cron: \"0 5 * * *\"",
  },
  check({ model, report }) {
    // `on: schedule` or `on: [schedule]` names the event without a time: nothing ever starts it.
    const on = (model.workflow as { on?: unknown }).on;
    for (const event of isObject(on) ? [] : eventsOf(model)) {
      if (event.name === "schedule") {
        report(event.path, "`schedule` is listed without any `cron` entry, so the workflow is never started on a schedule",
          'write it as a mapping: `on: { schedule: [{ cron: "30 5 * * 1-5" }] }`');
      }
    }
    for (const [text, path] of cronsOf(model)) {
      const problem = cronProblem(text);
      if (problem) report(path, `cron "${text}" ${problem}`, 'write five fields, e.g. "30 5 * * 1-5" (05:30 UTC on weekdays); https://crontab.guru helps');
    }
    const schedule = isObject(on) ? on.schedule : undefined;
    for (const [i, entry] of (Array.isArray(schedule) ? schedule : []).entries()) {
      const zone = isObject(entry) ? entry.timezone : undefined;
      if (typeof zone === "string" && !zone.includes("${{") && !isTimeZone(zone)) {
        report(["on", "schedule", i, "timezone"], `timezone "${zone}" is not a time zone of the IANA database, so GitHub cannot tell when to start the workflow`,
          'name one such as "Europe/London" or "America/New_York" (the TZ identifiers of https://en.wikipedia.org/wiki/List_of_tz_database_time_zones)');
      }
    }
  },
};
