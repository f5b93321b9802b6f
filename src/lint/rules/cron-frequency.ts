import type { Rule } from "../rule.js";
import { cronsOf } from "../walk.js";
import { cronProblem } from "./cron.js";

/** The values a numeric cron field matches (`*`, `5`, `1-9`, `*\/15`, `10-50/20`, lists of those). */
function expand(field: string, min: number, max: number): number[] {
  const values = new Set<number>();
  for (const item of field.split(",")) {
    const [range = "*", step = "1"] = item.split("/");
    const [low, high] = range === "*" ? [min, max] : range.split("-").map(Number);
    const end = high ?? (item.includes("/") ? max : low!);
    for (let n = low!; n <= end; n += Number(step)) values.add(n);
  }
  return [...values].sort((a, b) => a - b);
}

/** The shortest time between two runs of a valid cron, in minutes; undefined for once a day. */
export function shortestInterval(cron: string): number | undefined {
  const [minute, hour, dayOfMonth, , dayOfWeek] = cron.split(/ +/) as [string, string, string, string, string];
  const times = expand(hour, 0, 23).flatMap((h) => expand(minute, 0, 59).map((m) => h * 60 + m));
  // The last run of a day is followed by the first of the next only when every day runs.
  if (dayOfMonth === "*" && dayOfWeek === "*") times.push(times[0]! + 24 * 60);
  let shortest: number | undefined;
  for (let i = 1; i < times.length; i++) {
    const gap = times[i]! - times[i - 1]!;
    if (gap > 0 && (shortest === undefined || gap < shortest)) shortest = gap;
  }
  return shortest;
}

const MINIMUM = 5;

/** A schedule more frequent than GitHub runs schedules: every 5 minutes at most. */
export const cronFrequency: Rule = {
  id: "cron-frequency",
  severity: "error",
  severityReason: "GitHub never runs a schedule more often than every 5 minutes, so the schedule written is certainly not the one that runs.",
  description: "schedules that ask for runs less than 5 minutes apart, more often than GitHub runs them",
  examples: {
    bad: ["on:", "  schedule:", "    - cron: \"* * * * *\""].join("\n"),
    good: ["on:", "  schedule:", "    - cron: \"*/5 * * * *\""].join("\n"),
  },
  check({ model, report }) {
    for (const [value, path] of cronsOf(model)) {
      // The cron rule reports what is not a valid cron.
      if (cronProblem(value) !== undefined) continue;
      const interval = shortestInterval(value);
      if (interval === undefined || interval >= MINIMUM) continue;
      report(path,
        `cron "${value}" asks for runs ${interval} minute${interval === 1 ? "" : "s"} apart; GitHub runs a schedule at most once every ${MINIMUM} minutes`,
        `space the runs at least ${MINIMUM} minutes apart, e.g. "*/${MINIMUM} * * * *"`);
    }
  },
};
