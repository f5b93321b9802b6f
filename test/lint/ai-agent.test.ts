import { yaml, yamlRuleTester } from "./yaml-rule-tester.js";

const agent = (on: string, ...lines: string[]) => yaml(`on: ${on}`, "permissions: {}", "jobs:", "  agent:", "    runs-on: ubuntu-latest", ...lines);
const claude = (...inputs: string[]) => ["    steps:", "      - uses: anthropics/claude-code-action@v1", "        with:", ...inputs];
const GATE = "    if: contains(fromJSON('[\"OWNER\", \"MEMBER\", \"COLLABORATOR\"]'), github.event.comment.author_association)";
const TRIGGER_HINT = "add `if: contains(fromJSON('[\"OWNER\", \"MEMBER\", \"COLLABORATOR\"]'), github.event.comment.author_association)` (or the event's author) to the job";

yamlRuleTester("ai-agent", {
  valid: [
    { name: "a fixed prompt on push", yaml: agent("push", ...claude("          prompt: Review the last commit")) },
    { name: "comments, gated to maintainers", yaml: agent("issue_comment", GATE, ...claude("          prompt: Answer the comment that triggered this run.")) },
    { name: "bots listed by name", yaml: agent("push", ...claude("          allowed_bots: dependabot[bot]")) },
    { name: "Gemini with a list of tools", yaml: agent("push", "    steps:", "      - uses: google-github-actions/run-gemini-cli@v0", "        with:", "          prompt: Review the code", "          settings: '{\"tools\": {\"core\": [\"read_file\", \"run_shell_command(npm test)\"]}}'") },
  ],
  invalid: [
    {
      // Claude Code answers only users with write access by default: the prompt is the finding.
      name: "a comment body as the prompt",
      yaml: agent("issue_comment", ...claude("          prompt: \"Answer: ${{ github.event.comment.body }}\"")),
      errors: [
        { severity: "error", at: "9:11", path: "jobs.agent.steps[0].with.prompt", message: "`github.event.comment.body` flows into Claude Code's prompt: whoever writes it can instruct the agent", hint: "give the agent a fixed prompt; it reads the issue or comment through its own tools, where it is data, not instructions" },
      ],
    },
    {
      name: "comments from users without write access let in, without a maintainer gate",
      yaml: agent("issue_comment", ...claude("          allowed_non_write_users: renovate-bot")),
      errors: [
        { severity: "warning", at: "7:9", path: "jobs.agent.steps[0]", message: "Claude Code runs on issue_comment, which outsiders raise, allowed_non_write_users lets users without write access in, and nothing lets only maintainers through", hint: TRIGGER_HINT },
      ],
    },
    {
      name: "Gemini, which has no gate of its own, on issues",
      yaml: agent("issues", "    steps:", "      - uses: google-github-actions/run-gemini-cli@v0", "        with:", "          prompt: Triage the issue", "          settings: '{\"tools\": {\"core\": [\"read_file\"]}}'"),
      errors: [
        { severity: "warning", at: "7:9", path: "jobs.agent.steps[0]", message: "Gemini CLI runs on issues, which outsiders raise, and nothing lets only maintainers through", hint: TRIGGER_HINT },
      ],
    },
    {
      name: "open to any user, with any shell command",
      yaml: agent("push", ...claude("          allowed_non_write_users: \"*\"", "          claude_args: '--allowedTools \"Bash(*)\"'")),
      errors: [
        { severity: "warning", at: "9:11", path: "jobs.agent.steps[0].with.allowed_non_write_users", message: 'allowed_non_write_users: "*" lets anyone, outsiders included, direct Claude Code with this job\'s token', hint: "list the users or bots that may, by name" },
        { severity: "warning", at: "10:11", path: "jobs.agent.steps[0].with.claude_args", message: "claude_args give Claude Code any shell command (Bash(*))", hint: "allow the commands it needs by name, e.g. --allowedTools \"Bash(npm test)\"" },
      ],
    },
    {
      name: "Codex with full access",
      yaml: agent("push", "    steps:", "      - uses: openai/codex-action@v1", "        with:", "          sandbox: danger-full-access"),
      errors: [{ severity: "warning", at: "9:11", path: "jobs.agent.steps[0].with.sandbox", message: "sandbox: danger-full-access lets Codex run anything, anywhere on the runner", hint: "use workspace-write or read-only" }],
    },
    {
      name: "Gemini without settings",
      yaml: agent("push", "    steps:", "      - uses: google-github-actions/run-gemini-cli@v0", "        with:", "          prompt: Review the code"),
      errors: [{ severity: "warning", at: "7:9", path: "jobs.agent.steps[0]", message: "Gemini CLI: no `settings` restrict its tools (tools.core or tools.exclude), so it may use every tool, the shell included", hint: "list the tools it may use in settings.tools.core, shell commands by name (run_shell_command(npm test))" }],
    },
  ],
});
