/**
 * `pipewright rulesets diff|apply [--repo owner/name]`: the generated branch rulesets against
 * the repository's on GitHub. `diff` reads only and exits 1 on any difference; `apply` creates
 * or updates the generated ones and sends nothing when GitHub already holds them.
 */
import { rulesetSource } from "../compile/rulesets.js";
import { clientOptionsFromEnv, createGitHubClient, GitHubError } from "../github/client.js";
import { resolveRepository } from "../github/repository.js";
import { describeDifference, type RulesetJson } from "../github/ruleset-diff.js";
import { applyRulesets, compareWithGitHub, type RulesetState } from "../github/rulesets.js";
import { formatDiagnostic } from "../lint/diagnostic.js";
import { compileProject } from "../project/compiled.js";
import { PipewrightError } from "../project/errors.js";
import type { CliOutput } from "./main.js";

export interface RulesetsFlags {
  readonly repo?: string | undefined;
  readonly source?: readonly string[] | undefined;
  readonly out?: string | undefined;
  readonly json?: boolean | undefined;
}

const USAGE = "usage: pipewright rulesets diff|apply [--repo owner/name]";

/** Runs `rulesets <action>`; `env` supplies GITHUB_REPOSITORY, GITHUB_API_URL and the token. */
export async function rulesetsCommand(args: readonly string[], flags: RulesetsFlags, cwd: string, env: Readonly<Record<string, string | undefined>> = process.env): Promise<CliOutput> {
  const [action, ...extra] = args;
  if (action !== "diff" && action !== "apply") return fail(2, action === undefined ? USAGE : `unknown rulesets action "${action}"; ${USAGE}`);
  if (extra.length > 0) return fail(2, `unexpected argument "${extra[0]}"; ${USAGE}`);
  try {
    const project = await compileProject({ cwd, sources: flags.source, out: flags.out });
    const problems = project.diagnostics.map((d) => formatDiagnostic(d) + "\n").join("");
    if (!project.ok) return { code: 1, stdout: "", stderr: problems };
    const wanted = project.files.flatMap((f) => (f.path.endsWith(".json") && rulesetSource(f.contents) !== undefined ? [{ path: f.path, json: JSON.parse(f.contents) as RulesetJson }] : []));
    if (wanted.length === 0) return { code: 0, stdout: "No rulesets to compare: the source exports no branchProtection().\n", stderr: problems };
    const repo = await resolveRepository({ flag: flags.repo, env, cwd });
    const client = createGitHubClient(clientOptionsFromEnv(env));
    const source = rulesetSource(JSON.stringify({ name: wanted[0]!.json.name }));
    const { states, stray } = await compareWithGitHub(client, repo, wanted, source);
    const slug = `${repo.owner}/${repo.name}`;
    // Never deleted (a branch may have been dropped from the source by mistake): said, for a person to decide.
    const notes = stray.map((r) => `note: ruleset "${r.name}" (id ${r.id}) on ${slug} is no longer generated from ${source}; pipewright leaves it, delete it in the repository's settings if it is not needed\n`).join("");
    if (action === "diff") {
      const stale = states.filter((s) => s.status !== "same").length;
      const lines = states.flatMap((s) => describeState(s, slug));
      lines.push(stale === 0
        ? `${states.length} ruleset${states.length === 1 ? " matches" : "s match"} GitHub (${slug}).`
        : `${stale} ruleset${stale === 1 ? " differs" : "s differ"} from GitHub (${slug}). Run \`npx pipewright rulesets apply\` to make GitHub match ${sourceOf(states[0]!)}.`);
      if (flags.json) return { code: stale === 0 ? 0 : 1, stdout: JSON.stringify({ repository: slug, rulesets: states.map(toJson), stray }, null, 2) + "\n", stderr: problems + notes };
      return { code: stale === 0 ? 0 : 1, stdout: lines.map((l) => l + "\n").join(""), stderr: problems + notes };
    }
    const applied = await applyRulesets(client, repo, states);
    const lines: string[] = [];
    for (const state of states) {
      if (state.status === "missing") lines.push(`created ruleset "${state.wanted.name}" on ${slug}${idOf(applied.created.find((c) => c.name === state.wanted.name)?.id)}`);
      else if (state.status === "different") lines.push(`updated ruleset "${state.wanted.name}" on ${slug} (id ${state.id}):`, ...state.differences.map((d) => `  ${describeDifference(d, sourceOf(state))}`));
      else lines.push(`ruleset "${state.wanted.name}" is up to date on ${slug}`);
    }
    if (flags.json) return { code: 0, stdout: JSON.stringify({ repository: slug, created: applied.created, updated: applied.updated }, null, 2) + "\n", stderr: problems + notes };
    return { code: 0, stdout: lines.map((l) => l + "\n").join(""), stderr: problems + notes };
  } catch (error) {
    // GitHub could not be asked: not a difference (exit 1) but a setup problem.
    if (error instanceof GitHubError) return fail(2, error.message);
    if (error instanceof PipewrightError) return fail(error.code === "usage" ? 2 : 1, error.message);
    throw error;
  }
}

function describeState(state: RulesetState, slug: string): string[] {
  const name = `ruleset "${state.wanted.name}" (${state.path})`;
  if (state.status === "missing") return [`${name}: missing on GitHub (${slug})`];
  if (state.status === "same") return [`${name}: matches GitHub`];
  return [`${name}: differs from GitHub (id ${state.id}):`, ...state.differences.map((d) => `  ${describeDifference(d, sourceOf(state))}`)];
}

/** The source file a generated ruleset names: `workflows.ts`. */
const sourceOf = (state: RulesetState) => rulesetSource(JSON.stringify({ name: state.wanted.name })) ?? "the source";

const idOf = (id: number | undefined) => (id === undefined ? "" : ` (id ${id})`);

function toJson(state: RulesetState) {
  return { name: state.wanted.name, path: state.path, status: state.status, ...(state.id === undefined ? {} : { id: state.id }), differences: state.differences };
}

function fail(code: 1 | 2, message: string): CliOutput {
  return { code, stdout: "", stderr: `pipewright: ${message}\n` };
}
