import type { YamlPath } from "../../model/workflow.js";
import type { ExpressionNode } from "../expression-tree.js";
import type { Rule } from "../rule.js";
import { chainOf, expressionsIn, parseExpression, readsOf } from "../untrusted.js";
import { jobsOf, stepsOf } from "../walk.js";

/** Who caused the latest event, not who wrote the change. */
const ACTORS = new Set(["github.actor", "github.triggering_actor"]);
/** Conditions that check the author of the pull request, which a fork cannot arrange. */
const AUTHOR = "github.event.pull_request.user.login";
const TEXT_TESTS = new Set(["contains", "startswith", "endswith"]);

const isActor = (node: ExpressionNode) => ACTORS.has(chainOf(node)?.join(".").toLowerCase() ?? "");
const isBotName = (node: ExpressionNode) => node.kind === "literal" && typeof node.value === "string" && /bot/i.test(node.value);

/** The tests in the tree that pass when a bot is the actor (not under a `!`). */
function botTests(node: ExpressionNode, negated = false): ExpressionNode[] {
  switch (node.kind) {
    case "group": return botTests(node.operand, negated);
    case "not": return botTests(node.operand, !negated);
    case "logical": return node.args.flatMap((arg) => botTests(arg, negated));
    case "compare":
      if (negated || node.operator !== "==") return [];
      return (isActor(node.left) && isBotName(node.right)) || (isActor(node.right) && isBotName(node.left)) ? [node] : [];
    case "call":
      if (negated || !TEXT_TESTS.has(node.name.toLowerCase())) return [];
      return node.args.some(isActor) && node.args.some(isBotName) ? [node] : [];
    default: return [];
  }
}

/**
 * Warning: `github.actor` is whoever caused the latest event. A fork can get a bot to cause
 * one (Dependabot updating a branch of the fork's pull request), so a job kept for the bot's
 * own changes also runs for the fork's. The pull request's author cannot be arranged that way.
 */
export const botConditions: Rule = {
  id: "bot-conditions",
  severity: "warning",
  severityReason: "Whether a fork can arrange the condition depends on the trigger and on what the job does with it.",
  description: "`if:` conditions that trust `github.actor == 'dependabot[bot]'` and similar, which a fork can arrange (warning)",
  examples: {
    bad: "jobs:\n  automerge:\n    if: github.actor == 'dependabot[bot]'\n",
    good: "jobs:\n  automerge:\n    if: github.event.pull_request.user.login == 'dependabot[bot]'\n",
  },
  check({ model, report }) {
    const check = (condition: unknown, path: YamlPath) => {
      if (typeof condition !== "string") return;
      const sources = condition.includes("${{") ? expressionsIn(condition) : [condition];
      if (sources.flatMap(readsOf).some((read) => read.toLowerCase() === AUTHOR)) return;
      const tests = sources.flatMap((source) => {
        const tree = parseExpression(source);
        return tree ? botTests(tree) : [];
      });
      if (tests.length === 0) return;
      report(path, `\`${condition.trim()}\` trusts whoever caused the latest event, and a fork can get a bot to cause one: it does not prove the bot made the change`,
        "check who opened the pull request instead: `github.event.pull_request.user.login == 'dependabot[bot]'`");
    };
    for (const job of jobsOf(model)) {
      check((job.job as { if?: unknown }).if, [...job.path, "if"]);
      for (const { step, path } of stepsOf(job)) check((step as { if?: unknown }).if, [...path, "if"]);
    }
  },
};
