import type { YamlPath } from "../../model/workflow.js";
import type { Rule } from "../rule.js";
import { parseActionRef } from "../bundled-actions.js";
import { eventsOf } from "../triggers.js";
import { envOf, severityOf, taintOf } from "../untrusted.js";
import { isObject, jobsOf, stepsOf } from "../walk.js";

/** AI coding agents run as actions, by lower-case `owner/repo`, and what in their inputs opens them up. */
/**
 * `users`: the inputs that let people without write access in; an agent with such inputs
 * answers only users with write access unless they are set.
 */
const AGENTS: Readonly<Record<string, { readonly name: string; readonly users: readonly string[]; readonly prompt: readonly string[] }>> = {
  "anthropics/claude-code-action": { name: "Claude Code", users: ["allowed_non_write_users", "allowed_bots"], prompt: ["prompt", "direct_prompt", "override_prompt", "custom_instructions"] },
  "openai/codex-action": { name: "Codex", users: ["allow-users", "allow-bots"], prompt: ["prompt"] },
  "google-github-actions/run-gemini-cli": { name: "Gemini CLI", users: [], prompt: ["prompt"] },
  "google-gemini/gemini-cli-action": { name: "Gemini CLI", users: [], prompt: ["prompt"] },
};

/** Events an outsider raises: an issue, a comment, a pull request from a fork, a discussion. */
const OUTSIDER_EVENTS = new Set(["issue_comment", "issues", "pull_request", "pull_request_target", "pull_request_review", "pull_request_review_comment", "discussion", "discussion_comment"]);

/** A condition that lets only maintainers through: an author association of OWNER, MEMBER or COLLABORATOR asked for. */
const gatedToMaintainers = (condition: unknown): boolean =>
  typeof condition === "string" && /author_association/i.test(condition) && /['"](OWNER|MEMBER|COLLABORATOR)['"]/.test(condition) && !/!=\s*['"]NONE['"]/i.test(condition);

/** What a Gemini `settings` JSON leaves open: shell commands without a list, no sandbox, yolo approval. */
function geminiProblems(settings: unknown): string[] {
  if (typeof settings !== "string" || settings.includes("${{")) return settings === undefined ? ["no `settings` restrict its tools (tools.core or tools.exclude), so it may use every tool, the shell included"] : [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(settings);
  } catch {
    return [];
  }
  if (!isObject(parsed)) return [];
  const problems: string[] = [];
  const tools = isObject(parsed.tools) ? parsed.tools : {};
  const core = parsed.coreTools ?? tools.core;
  if (core === undefined && tools.exclude === undefined) problems.push("its `settings` restrict no tools (tools.core or tools.exclude), so it may use every tool, the shell included");
  if (Array.isArray(core) && core.some((tool) => typeof tool === "string" && /^(run_shell_command|ShellTool)(\(\s*\))?$/.test(tool))) problems.push("its `settings` allow any shell command (`run_shell_command` without a list of commands)");
  if (parsed.sandbox === false || (isObject(tools) && tools.sandbox === false)) problems.push("its `settings` switch the sandbox off");
  if (/yolo/i.test(settings)) problems.push("its `settings` approve every tool call (yolo mode)");
  return problems;
}

/**
 * An AI agent acts with the job's token and tools on what it reads. Open to anyone (`"*"` as
 * its allowed users), triggered by what outsiders write, or given an outsider's text as its
 * prompt, it can be told what to do by someone outside the repository: a prompt injection is a
 * command. Unrestricted shell access, a disabled sandbox or auto-approved tools turn that into
 * code execution. The outsider's text in the prompt is an error, like template injection into
 * a script; the rest are warnings, since gates outside the workflow (a bot's own settings, a
 * private repository) may close them.
 */
export const aiAgent: Rule = {
  id: "ai-agent",
  severity: "warning",
  actionSteps: true,
  severityReason: "An error when an outsider's text (an issue body, a comment, a pull request title) is the agent's prompt: a prompt injection anyone can write. Warnings for agents open to any user, triggered by outsiders' events without a maintainer gate, or given unrestricted shell, no sandbox or auto-approval: risky settings that other gates may close.",
  description: "AI agent actions (Claude Code, Codex, Gemini CLI) that outsiders can direct: open to any user, triggered by their issues and comments, an outsider's text in the prompt, unrestricted shell, no sandbox",
  examples: {
    bad: "on: issue_comment\njobs:\n  agent:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: anthropics/claude-code-action@v1\n        with:\n          prompt: \"Answer: ${{ github.event.comment.body }}\"\n          allowed_non_write_users: \"*\"",
    good: "on: issue_comment\njobs:\n  agent:\n    if: contains(fromJSON('[\"OWNER\", \"MEMBER\", \"COLLABORATOR\"]'), github.event.comment.author_association)\n    runs-on: ubuntu-latest\n    steps:\n      - uses: anthropics/claude-code-action@v1\n        with:\n          prompt: \"Answer the comment that triggered this run.\"",
  },
  check({ model, report }) {
    const outsiderEvents = eventsOf(model).filter((e) => OUTSIDER_EVENTS.has(e.name));
    const taint = taintOf(model);
    for (const job of jobsOf(model)) {
      const jobGate = gatedToMaintainers((job.job as { if?: unknown }).if);
      for (const { step, path } of stepsOf(job)) {
        const { uses, with: inputs, if: condition } = step as { uses?: unknown; with?: unknown; if?: unknown };
        const ref = typeof uses === "string" ? parseActionRef(uses) : undefined;
        const agent = ref ? AGENTS[ref.repo.toLowerCase()] : undefined;
        if (!agent) continue;
        const given = isObject(inputs) ? inputs : {};
        const at = (input: string): YamlPath => [...path, "with", input];
        for (const input of agent.users) {
          if (typeof given[input] === "string" && given[input].split(",").some((user) => user.trim() === "*")) {
            report(at(input), `${input}: "*" lets anyone, outsiders included, direct ${agent.name} with this job's token`, "list the users or bots that may, by name");
          }
        }
        for (const input of agent.prompt) {
          if (typeof given[input] !== "string") continue;
          const fields = taint.withEnv(envOf(model, job.job, step)).text(given[input]);
          if (fields.length > 0) {
            report(at(input), `${fields.map((f) => `\`${f}\``).join(", ")} ${fields.length === 1 ? "flows" : "flow"} into ${agent.name}'s prompt: whoever writes it can instruct the agent`,
              "give the agent a fixed prompt; it reads the issue or comment through its own tools, where it is data, not instructions", severityOf(fields));
          }
        }
        // Claude Code and Codex answer only users with write access, unless told to let others in.
        const lettingIn = agent.users.filter((input) => typeof given[input] === "string" && given[input].trim() !== "");
        const builtInGate = agent.users.length > 0 && lettingIn.length === 0;
        if (outsiderEvents.length > 0 && !jobGate && !gatedToMaintainers(condition) && !builtInGate) {
          const names = outsiderEvents.map((e) => e.name).join(", ");
          const opened = lettingIn.length > 0 ? ` ${lettingIn.join(" and ")} let${lettingIn.length === 1 ? "s" : ""} users without write access in,` : "";
          report(path, `${agent.name} runs on ${names}, which outsiders raise,${opened} and nothing lets only maintainers through`,
            "add `if: contains(fromJSON('[\"OWNER\", \"MEMBER\", \"COLLABORATOR\"]'), github.event.comment.author_association)` (or the event's author) to the job");
        }
        const claudeArgs = typeof given.claude_args === "string" ? given.claude_args : "";
        if (/Bash\(\s*\*?\s*\)/.test(claudeArgs) || /--dangerously-skip-permissions/.test(claudeArgs)) {
          report(at("claude_args"), `claude_args give ${agent.name} any shell command (${/--dangerously/.test(claudeArgs) ? "--dangerously-skip-permissions" : "Bash(*)"})`, "allow the commands it needs by name, e.g. --allowedTools \"Bash(npm test)\"");
        }
        if (given.sandbox === "danger-full-access") report(at("sandbox"), `sandbox: danger-full-access lets ${agent.name} run anything, anywhere on the runner`, "use workspace-write or read-only");
        if (given["safety-strategy"] === "unsafe") report(at("safety-strategy"), `safety-strategy: unsafe runs ${agent.name} without its privilege drop`, "use drop-sudo or unprivileged-user");
        if (agent.name === "Gemini CLI") for (const problem of geminiProblems(given.settings)) report(given.settings === undefined ? path : at("settings"), `${agent.name}: ${problem}`, "list the tools it may use in settings.tools.core, shell commands by name (run_shell_command(npm test))");
      }
    }
  },
};
