import type { Rule } from "../rule.js";
import { envOf, severityOf, taintOf, variablesIn } from "../untrusted.js";
import { jobsOf, stepsOf } from "../walk.js";

const ENV_FILE = /\$\{?GITHUB_(ENV|PATH)\b|\$env:GITHUB_(ENV|PATH)\b|%GITHUB_(ENV|PATH)%/i;
const HEREDOC = /<<-?\s*(['"]?)([A-Za-z_][A-Za-z0-9_]*)\1/;
const CLOSES = /^\s*(\}|done\b|\))/;
const OPENS = /(\{|\bdo|\()\s*$/;

/**
 * The lines whose output a line writing to the environment file sends there: itself, its
 * here-document, and the lines of a `{ ...; } >> "$GITHUB_ENV"` group or a loop it closes.
 */
function writtenLines(lines: readonly string[], at: number): string[] {
  const line = lines[at]!;
  const heredoc = HEREDOC.exec(line);
  if (heredoc) {
    const end = lines.findIndex((l, i) => i > at && l.trim() === heredoc[2]);
    return lines.slice(at, end < 0 ? lines.length : end);
  }
  if (!CLOSES.test(line)) return [line];
  let depth = 0;
  for (let i = at; i >= 0; i--) {
    if (CLOSES.test(lines[i]!)) depth++;
    if (OPENS.test(lines[i]!)) depth--;
    if (depth === 0) return lines.slice(i, at + 1);
  }
  return [line];
}

/**
 * The step's `env` plus the shell variables a script sets from them before it writes:
 * `message=$(echo "$TITLE" | cut -c1-50)` carries the title on as `$message`. Each variable
 * stands for the expressions its value was made from; a hash of it, or what `sed 's/[^a-z0-9]/_/g'`
 * or `tr -dc` leave of it, carries nothing on.
 */
const SANITIZED = /\b(sha(1|224|256|384|512)sum|md5sum|cksum|b2sum)\b|\bsed\b[^|]*\bs(.)\[\^|\btr\s+-(dc|cd)\b/;

function throughAssignments(lines: readonly string[], env: ReadonlyMap<string, string>, untrusted: (text: string) => boolean): Map<string, string> {
  const flowing = new Map(env);
  for (const line of lines) {
    const assignment = /^\s*(?:export\s+|local\s+|readonly\s+|declare\s+)?([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (!assignment) continue;
    // A hash of the value, or the value with all but a set of characters replaced, carries no line break.
    if (SANITIZED.test(assignment[2]!)) continue;
    const value = [assignment[2]!, ...variablesIn(assignment[2]!).map((name) => flowing.get(name) ?? "")].join(" ");
    if (untrusted(value)) flowing.set(assignment[1]!, value);
  }
  return flowing;
}

/** Variables the runner sets to its own paths and ids: no caller can put a line break in them. */
const RUNNER_OWN = new Set(["HOME", "PWD", "RUNNER_TEMP", "RUNNER_TOOL_CACHE", "RUNNER_WORKSPACE", "RUNNER_OS", "RUNNER_ARCH",
  "GITHUB_WORKSPACE", "GITHUB_ACTION_PATH", "GITHUB_SHA", "GITHUB_RUN_ID", "GITHUB_RUN_NUMBER", "GITHUB_RUN_ATTEMPT"]);

/**
 * What a line writes that the script does not spell out: a command's output (`$(...)`,
 * backticks) or a variable (`$BAR`, `${BAR}`, `$env:BAR`, `%BAR%`), other than the file's own
 * name and the runner's own paths and ids.
 */
function dynamicPart(line: string): string | undefined {
  const rest = line.replace(/\$\{?GITHUB_(ENV|PATH)\}?|\$env:GITHUB_(ENV|PATH)|%GITHUB_(ENV|PATH)%/gi, "");
  for (const match of rest.matchAll(/\$\([^)]*\)?|`[^`]*`?|\$env:([A-Za-z_][A-Za-z0-9_]*)|\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?|%([A-Za-z_][A-Za-z0-9_]*)%/g)) {
    const name = match[1] ?? match[2] ?? match[3];
    if (name === undefined || !RUNNER_OWN.has(name.toUpperCase())) return match[0];
  }
  return undefined;
}

/**
 * Whatever a step writes to $GITHUB_ENV or $GITHUB_PATH applies to every later step of
 * the job, so an untrusted value with a line break in it sets any variable (BASH_ENV,
 * NODE_OPTIONS, LD_PRELOAD), and an untrusted directory on PATH replaces any command. Quoting
 * or moving the value into `env:` does not help here: the value itself is the problem.
 */
export const githubEnv: Rule = {
  id: "github-env",
  severity: "error",
  actionSteps: true,
  severityReason: "error when the value is an outsider's (a pull request title, branch name, comment): a line break in it takes over every later step. A warning when every value is a free-text `inputs` of `workflow_dispatch` or `workflow_call`, whose senders have write access or are the calling workflow, and in a composite action for any value the script does not spell out: the action cannot know what its callers pass.",
  description: "untrusted values (pull request titles, branch names, comments, free-text inputs) written to $GITHUB_ENV or $GITHUB_PATH, directly, through an `env` variable or a shell variable set from one",
  examples: {
    bad: "steps:\n  - run: echo \"TITLE=$TITLE\" >> \"$GITHUB_ENV\"\n    env:\n      TITLE: ${{ github.event.pull_request.title }}\n",
    good: "steps:\n  - run: ./scripts/check-title.sh\n    env:\n      TITLE: ${{ github.event.pull_request.title }}\n",
  },
  check({ model, report, composite }) {
    const taint = taintOf(model);
    for (const job of jobsOf(model)) {
      for (const { step, path } of stepsOf(job)) {
        const run = (step as { run?: unknown }).run;
        if (typeof run !== "string" || !ENV_FILE.test(run)) continue;
        const lines = run.split("\n");
        const env = throughAssignments(lines, envOf(model, job.job, step), (text) => taint.text(text).length > 0);
        for (const [index, line] of lines.entries()) {
          const file = ENV_FILE.exec(line);
          if (!file) continue;
          const written = writtenLines(lines, index);
          const direct = written.flatMap((l) => taint.text(l)).map((field) => `\`${field}\``);
          const through = written.flatMap(variablesIn).flatMap((name) => taint.text(env.get(name) ?? "").map((field) => `\`${field}\` (as $${name})`));
          const fields = [...new Set([...direct, ...through])];
          const reads = [...new Set([...written.flatMap((l) => taint.text(l)), ...written.flatMap(variablesIn).flatMap((name) => taint.text(env.get(name) ?? ""))])];
          const target = `GITHUB_${(file[1] ?? file[2] ?? file[3]!).toUpperCase()}`;
          const effect = target === "GITHUB_PATH" ? "a directory it names comes first on PATH for every later step" : "a line break in it sets any variable for every later step (BASH_ENV, NODE_OPTIONS, ...)";
          const hint = "do not pass untrusted values on through the environment file: give each later step that needs the value its own `env:` entry, or pass it as a step output";
          if (fields.length > 0) {
            report([...path, "run"], `the script writes untrusted ${fields.join(", ")} to $${target}: ${effect}`, hint, severityOf(reads));
            break;
          }
          const dynamic = composite ? written.map(dynamicPart).find((part) => part !== undefined) : undefined;
          if (dynamic) {
            report([...path, "run"], `the action writes \`${dynamic}\` to $${target}, a value from its caller's run that it cannot vouch for: ${effect}`, hint, "warning");
            break;
          }
        }
      }
    }
  },
};
