/**
 * Rules for Dependabot's configuration (`.github/dependabot.yml`), which `pipewright lint` reads
 * beside the workflows: the model's `workflow` is the configuration as data.
 */
import type { Rule } from "../rule.js";
import { isObject } from "../walk.js";

/** Fewer days than this between a release and Dependabot's pull request for it are reported. */
const MIN_COOLDOWN_DAYS = 3;

const updatesOf = (data: unknown): [Record<string, unknown>, number][] => {
  const updates = isObject(data) ? data.updates : undefined;
  return Array.isArray(updates) ? updates.flatMap((u, i): [Record<string, unknown>, number][] => (isObject(u) ? [[u, i]] : [])) : [];
};

const ecosystem = (update: Record<string, unknown>) => String(update["package-ecosystem"] ?? "?");

/**
 * A hijacked package release (a stolen maintainer token, a compromised action) is usually found
 * and pulled within days; without a cooldown Dependabot proposes it the day it is published,
 * and an auto-merge or a busy reviewer takes it. Warning: a choice about risk and freshness.
 */
export const dependabotCooldown: Rule = {
  id: "dependabot-cooldown",
  severity: "warning",
  severityReason: "A trade of freshness for safety that the team makes; nothing is wrong until a release is compromised.",
  description: `Dependabot updates without a \`cooldown\` of at least ${MIN_COOLDOWN_DAYS} days, which propose a release the day it is published, compromised ones included`,
  examples: {
    bad: "version: 2\nupdates:\n  - package-ecosystem: pip\n    directory: /\n    schedule:\n      interval: weekly",
    good: "version: 2\nupdates:\n  - package-ecosystem: pip\n    directory: /\n    schedule:\n      interval: weekly\n    cooldown:\n      default-days: 7",
  },
  check({ model, report }) {
    const HINT = "add `cooldown: { default-days: 7 }`: releases then wait a week, long enough for a compromised one to be found and pulled";
    for (const [update, i] of updatesOf(model.workflow)) {
      const cooldown = update.cooldown;
      if (cooldown === undefined) {
        report(["updates", i], `the ${ecosystem(update)} updates have no cooldown: a release is proposed the day it is published`, HINT);
        continue;
      }
      const days = isObject(cooldown) ? cooldown["default-days"] : undefined;
      if (typeof days === "number" && days < MIN_COOLDOWN_DAYS) {
        report(["updates", i, "cooldown", "default-days"], `a cooldown of ${days} day${days === 1 ? "" : "s"} for the ${ecosystem(update)} updates is shorter than the few days a compromised release usually stays up`, HINT);
      } else if (days === undefined && !(isObject(cooldown) && Object.keys(cooldown).some((key) => /^semver-(major|minor|patch)-days$/.test(key)))) {
        report(["updates", i, "cooldown"], `the ${ecosystem(update)} updates' cooldown sets no days, so it delays nothing`, HINT);
      }
    }
  },
};

/**
 * `insecure-external-code-execution: allow` lets a package manager run code from the
 * dependencies while Dependabot resolves them (setup.py, install scripts), with Dependabot's
 * access to the registries' credentials. Warning: some ecosystems need it.
 */
export const dependabotExecution: Rule = {
  id: "dependabot-execution",
  severity: "warning",
  severityReason: "Some projects need it to resolve their dependencies; it gives any dependency's code Dependabot's registry credentials.",
  description: "`insecure-external-code-execution: allow`, which runs dependencies' code while Dependabot resolves them, with its registry credentials",
  examples: {
    bad: "version: 2\nupdates:\n  - package-ecosystem: pip\n    directory: /\n    schedule:\n      interval: weekly\n    insecure-external-code-execution: allow",
    good: "version: 2\nupdates:\n  - package-ecosystem: pip\n    directory: /\n    schedule:\n      interval: weekly\n    insecure-external-code-execution: deny",
  },
  check({ model, report }) {
    for (const [update, i] of updatesOf(model.workflow)) {
      if (update["insecure-external-code-execution"] === "allow") {
        report(["updates", i, "insecure-external-code-execution"], `the ${ecosystem(update)} updates let dependencies run code while Dependabot resolves them, with its registry credentials`, "remove it (the default is deny), or pin the dependencies whose install needs it");
      }
    }
  },
};

/** Every Dependabot rule, in the order their findings are listed. */
export const dependabotRules: readonly Rule[] = [dependabotCooldown, dependabotExecution];

/** Whether a file is Dependabot's configuration: named dependabot.yml, or `version` and `updates` without `jobs`. */
export function isDependabotConfig(file: string, data: unknown): boolean {
  if (/(^|\/)dependabot\.ya?ml$/i.test(file)) return true;
  return isObject(data) && "updates" in data && "version" in data && !("jobs" in data);
}
