/**
 * The generated rulesets against a repository's rulesets on GitHub, matched by name, and the
 * requests that make GitHub hold what workflows.ts says. Only rulesets of the repository itself
 * whose names pipewright generates are ever read in full or written; any other ruleset is left
 * as it is.
 */
import type { GitHubClient } from "./client.js";
import type { Repository } from "./repository.js";
import { compareRuleset, type RulesetDifference, type RulesetJson } from "./ruleset-diff.js";

/** Rulesets on GitHub named as pipewright names them for this source but no longer generated. */
export interface StrayRuleset {
  readonly id: number;
  readonly name: string;
}

export interface RulesetState {
  /** The generated file, e.g. `.github/rulesets/main.json`. */
  readonly path: string;
  readonly wanted: RulesetJson;
  readonly status: "missing" | "different" | "same";
  /** GitHub's id of the ruleset with the same name, when there is one. */
  readonly id?: number;
  readonly differences: readonly RulesetDifference[];
}

interface RulesetSummary {
  readonly id: number;
  readonly name: string;
  readonly source_type?: string;
}

/** What a token needs to change rulesets (GitHub's fine-grained permission). */
export const ADMIN_PERMISSION = 'a token with the "Administration" repository permission set to write (a classic token needs the "repo" scope and admin rights on the repository)';

const PAGE = 100;

const slug = (repo: Repository) => `${encodeURIComponent(repo.owner)}/${encodeURIComponent(repo.name)}`;

/**
 * Compares each generated ruleset with the repository's ruleset of the same name; `stray` lists
 * the ones GitHub holds under a generated name (`<branch> (pipewright: <source>)`) for a branch
 * the source no longer protects, which pipewright reports but never deletes.
 */
export async function compareWithGitHub(client: GitHubClient, repo: Repository, wanted: readonly { path: string; json: RulesetJson }[], sourceLabel?: string): Promise<{ states: RulesetState[]; stray: StrayRuleset[] }> {
  const existing = await listRulesets(client, repo);
  const names = new Set(wanted.map((w) => w.json.name));
  const marker = sourceLabel === undefined ? undefined : ` (pipewright: ${sourceLabel})`;
  const stray = existing.filter((r) => marker !== undefined && r.name.endsWith(marker) && !names.has(r.name)).map(({ id, name }) => ({ id, name }));
  const states: RulesetState[] = [];
  for (const { path, json } of wanted) {
    const summary = existing.find((r) => r.name === json.name);
    if (!summary) {
      states.push({ path, wanted: json, status: "missing", differences: [] });
      continue;
    }
    // The list holds no rules or conditions: those come with the ruleset itself.
    const actual = await client.get<RulesetJson>(`/repos/${slug(repo)}/rulesets/${summary.id}`, { what: `the ruleset "${json.name}" of ${repo.owner}/${repo.name}` });
    const differences = compareRuleset(json, actual);
    states.push({ path, wanted: json, status: differences.length === 0 ? "same" : "different", id: summary.id, differences });
  }
  return { states, stray };
}

export interface ApplyResult {
  readonly created: readonly { name: string; id: number | undefined }[];
  readonly updated: readonly { name: string; id: number }[];
}

/** Creates the missing rulesets and replaces the different ones; sends nothing for the rest. */
export async function applyRulesets(client: GitHubClient, repo: Repository, states: readonly RulesetState[]): Promise<ApplyResult> {
  const created: { name: string; id: number | undefined }[] = [];
  const updated: { name: string; id: number }[] = [];
  for (const state of states) {
    const what = `the ruleset "${state.wanted.name}" of ${repo.owner}/${repo.name}`;
    if (state.status === "missing") {
      const answer = await client.request<{ id?: number } | undefined>("POST", `/repos/${slug(repo)}/rulesets`, { what, needs: ADMIN_PERMISSION, body: state.wanted });
      created.push({ name: state.wanted.name, id: answer?.id });
    } else if (state.status === "different" && state.id !== undefined) {
      // A PUT replaces the keys it sends and keeps the rest (bypass actors among them).
      await client.request("PUT", `/repos/${slug(repo)}/rulesets/${state.id}`, { what, needs: ADMIN_PERMISSION, body: state.wanted });
      updated.push({ name: state.wanted.name, id: state.id });
    }
  }
  return { created, updated };
}

/** The repository's own rulesets (not those inherited from its organization), every page. */
async function listRulesets(client: GitHubClient, repo: Repository): Promise<RulesetSummary[]> {
  const all: RulesetSummary[] = [];
  for (let page = 1; ; page++) {
    const batch = await client.get<RulesetSummary[]>(`/repos/${slug(repo)}/rulesets?includes_parents=false&per_page=${PAGE}&page=${page}`, { what: `the rulesets of ${repo.owner}/${repo.name}` });
    if (!Array.isArray(batch)) break;
    all.push(...batch.filter((r) => r.source_type === undefined || r.source_type === "Repository"));
    if (batch.length < PAGE) break;
  }
  return all;
}
