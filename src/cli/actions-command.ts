/**
 * `pipewright actions add | update | absorb`: the commands that talk to GitHub to move the
 * project's action pins. GitHub is reached through GITHUB_API_URL (GitHub Enterprise Server),
 * with GITHUB_TOKEN or GH_TOKEN; generate, check and lint never do.
 */
import { clientOptionsFromEnv, createGitHubClient, type GitHubClientOptions } from "../github/client.js";
import { formatDiagnostic } from "../lint/diagnostic.js";
import { absorbPins } from "../lock/absorb-pins.js";
import { addActions, type ActionsContext } from "../lock/add-actions.js";
import { formatChange } from "../lock/lock-changes.js";
import { LOCK_FILE, MODULE_FILE } from "../lock/lock-names.js";
import { updateActions } from "../lock/update-actions.js";
import { PipewrightError } from "../project/errors.js";
import type { CliOutput } from "./main.js";

export interface ActionsFlags {
  readonly major?: boolean | undefined;
  readonly source?: readonly string[] | undefined;
  readonly out?: string | undefined;
}

export interface ActionsCommandOptions {
  /** Overrides of the client settings read from the environment (tests: a short timeout). */
  readonly client?: Partial<GitHubClientOptions>;
  /** Where the generated module imports bindings from (default `pipewright/actions`). */
  readonly importFrom?: string;
}

const USAGE = "usage: pipewright actions add <owner>/<repo>[/<path>]@<ref>... | ./<path>...\n       pipewright actions update [names...] [--major]\n       pipewright actions absorb";
const WROTE = `wrote ${LOCK_FILE} and ${MODULE_FILE}`;

const usage = (message: string): CliOutput => ({ code: 2, stdout: "", stderr: `pipewright: ${message}\n${USAGE}\n` });
const lines = (...text: string[]) => text.map((l) => l + "\n").join("");

/** Runs `pipewright actions <sub> ...` in `cwd` with GitHub settings from `env`. */
export async function actionsCommand(args: readonly string[], flags: ActionsFlags, cwd: string, env: Readonly<Record<string, string | undefined>>, options: ActionsCommandOptions = {}): Promise<CliOutput> {
  const [sub, ...rest] = args;
  if (sub !== "add" && sub !== "update" && sub !== "absorb") return usage(sub === undefined ? "actions needs a command" : `unknown actions command "${sub}"`);
  if (flags.major && sub !== "update") return usage("--major only applies to actions update");
  if (sub === "add" && rest.length === 0) return usage("actions add needs at least one action");
  if (sub === "absorb" && rest.length > 0) return usage(`unexpected argument "${rest[0]}"`);
  const context: ActionsContext = {
    cwd,
    client: createGitHubClient({ ...clientOptionsFromEnv(env), ...options.client }),
    ...(options.importFrom ? { importFrom: options.importFrom } : {}),
  };
  try {
    if (sub === "add") {
      const added = await addActions(context, rest);
      return {
        code: 0,
        stderr: "",
        stdout: lines(
          ...added.map((a) => `added ${a.name}${a.version ? ` ${a.version} (${a.commit!.slice(0, 12)})` : ""} as ${a.binding}`),
          WROTE,
          `use it in your source: import { ${added.map((a) => a.binding).join(", ")} } from "./pipewright.actions.js";`,
          "then run: npx pipewright generate",
        ),
      };
    }
    if (sub === "update") {
      const result = await updateActions(context, rest, { major: flags.major ?? false });
      const text = result.changed.flatMap(formatChange);
      if (result.current.length) text.push(`already at the newest release${flags.major ? "" : " of their major version"}: ${result.current.join(", ")}`);
      if (result.changed.length) text.push(WROTE, "then run: npx pipewright generate");
      return { code: 0, stderr: "", stdout: lines(...text) };
    }
    const result = await absorbPins(context, { ...(flags.source ? { source: flags.source } : {}), ...(flags.out ? { out: flags.out } : {}) });
    if (result.diagnostics.some((d) => d.severity === "error")) {
      return { code: 1, stdout: lines(`nothing absorbed: the source does not compile${result.rolledBack ? " with the new pins" : ""}; ${LOCK_FILE} is unchanged`), stderr: lines(...result.diagnostics.map(formatDiagnostic)) };
    }
    if (result.absorbed.length === 0) return { code: 0, stderr: "", stdout: lines("nothing to absorb: no generated workflow differs from its source only in action pins, and the lock matches its module") };
    return {
      code: 0,
      stderr: lines(...result.diagnostics.map(formatDiagnostic)),
      stdout: lines(
        ...result.absorbed.flatMap((change) => [...formatChange(change).map((l, i) => (i === 0 ? `absorbed ${l}, from ${change.from.join(", ")}` : l))]),
        WROTE,
        ...result.written.map((path) => `wrote ${path}`),
      ),
    };
  } catch (error) {
    if (error instanceof PipewrightError) return { code: 1, stdout: "", stderr: `pipewright: ${error.message}\n` };
    return { code: 2, stdout: "", stderr: `pipewright: internal error: ${(error as Error).stack ?? String(error)}\n` };
  }
}
