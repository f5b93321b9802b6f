import type { YamlPath } from "../../model/workflow.js";
import type { Rule } from "../rule.js";
import { knownOwners, parseActionRef } from "../bundled-actions.js";
import { editDistance } from "../spelling.js";
import { usesOf } from "../walk.js";

/** Characters that look alike in a repository name: `acti0ns`, `dockeг`. */
const LOOKALIKE: Readonly<Record<string, string>> = { "0": "o", "1": "l", "3": "e", "5": "s", "7": "t", "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "і": "i", "г": "r" };
const plain = (name: string) => [...name].map((c) => LOOKALIKE[c] ?? c).join("").replaceAll("rn", "m");

/** Owners compared: five letters or more, where one edit is a slip and not another name. */
const COMPARED = [...knownOwners].filter((owner) => owner.length >= 5);

const nearByOwner = new Map<string, string | undefined>();

/** The well-known owner one slip from `owner`, if any; owners repeat across files, so each is compared once. */
function nearOwner(owner: string): string | undefined {
  if (!nearByOwner.has(owner)) {
    const looks = plain(owner);
    if (nearByOwner.size > 10_000) nearByOwner.clear();
    nearByOwner.set(owner, COMPARED.find((known) => looks === known || (Math.abs(known.length - owner.length) <= 1 && editDistance(owner, known) === 1)));
  }
  return nearByOwner.get(owner);
}

/**
 * An owner one slip away from the owner of a well-known action (`actoins/checkout`,
 * `dokcer/login-action`) is anyone's to register: whoever does runs code in every workflow
 * with the typo. Only owners of five letters or more are compared, where one edit is a slip and
 * not another name. Warning: the owner may be a real organisation with a similar name.
 */
export const typosquatUses: Rule = {
  id: "typosquat-uses",
  severity: "warning",
  actionSteps: true,
  severityReason: "Likely a slip that anyone can exploit by registering the name, but the owner may be a real organisation with a similar name.",
  description: "actions whose owner is one typing slip or a look-alike character away from the owner of a well-known action (`actoins/checkout`)",
  examples: {
    bad: "steps:\n  - uses: actoins/checkout@v5",
    good: "steps:\n  - uses: actions/checkout@v5",
  },
  check({ model, report }) {
    const check = (uses: unknown, path: YamlPath) => {
      if (typeof uses !== "string") return;
      const ref = parseActionRef(uses);
      if (!ref) return;
      const owner = ref.repo.split("/")[0]!.toLowerCase();
      if (knownOwners.has(owner)) return;
      const near = nearOwner(owner);
      if (near) report(path, `owner "${ref.repo.split("/")[0]}" is one slip from "${near}", the owner of well-known actions: whoever registers it runs code here`, `check the name: did you mean ${near}/${ref.repo.split("/")[1]}?`);
    };
    for (const { uses, path } of usesOf(model)) check(uses, path);
  },
};
