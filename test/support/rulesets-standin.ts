// A repository's rulesets on the stand-in server, kept in memory and answered as GitHub
// documents it: the list holds summaries (no rules), one ruleset comes with ids, links,
// timestamps, bypass data and the rule parameters GitHub fills in by default. Tests change a
// ruleset "by hand" through `rulesets`.
import { startStandIn, type StandInRequest, type StandInServer } from "./github-server.js";

export interface StoredRuleset {
  id: number;
  name: string;
  target: string;
  enforcement: string;
  conditions: any;
  rules: any[];
  bypass_actors: unknown[];
}

export interface RulesetsStandIn {
  readonly server: StandInServer;
  /** By id, as GitHub holds them. */
  readonly rulesets: Map<number, StoredRuleset>;
  /** Requests that changed something (POST, PUT). */
  writes(): StandInRequest[];
}

/** GitHub adds parameters pipewright does not set; they must not read as differences. */
function withDefaults(rules: any[]): any[] {
  return rules.map((rule) => {
    if (rule.type === "pull_request") return { ...rule, parameters: { allowed_merge_methods: ["merge", "squash", "rebase"], automatic_copilot_code_review_enabled: false, ...rule.parameters } };
    if (rule.type === "required_status_checks") return { ...rule, parameters: { do_not_enforce_on_create: false, ...rule.parameters } };
    return rule;
  });
}

/** Starts a stand-in for `owner/repo` holding `initial` rulesets; `token`, when set, is required. */
export async function rulesetsStandIn(owner: string, repo: string, initial: Omit<StoredRuleset, "id">[] = [], token?: string): Promise<RulesetsStandIn> {
  const rulesets = new Map<number, StoredRuleset>();
  let next = 100;
  for (const r of initial) rulesets.set(next, { ...r, id: next++ });
  const full = (r: StoredRuleset) => ({
    ...r,
    source_type: "Repository",
    source: `${owner}/${repo}`,
    current_user_can_bypass: "never",
    node_id: `RRS_${r.id}`,
    _links: { self: { href: `https://api.github.com/repos/${owner}/${repo}/rulesets/${r.id}` }, html: { href: `https://github.com/${owner}/${repo}/rules/${r.id}` } },
    created_at: "2026-11-30T10:00:00.000Z",
    updated_at: "2026-11-30T10:00:00.000Z",
  });
  const guard = (req: StandInRequest, answer: () => { status?: number; body?: unknown }) => {
    if (token !== undefined && req.headers.authorization !== `Bearer ${token}`) return { status: 401, body: { message: "Bad credentials", status: "401" } };
    if (req.params.owner !== owner || req.params.repo !== repo) return { status: 404, body: { message: "Not Found", status: "404" } };
    return answer();
  };
  const server = await startStandIn({
    "GET /repos/:owner/:repo/rulesets": (req) => guard(req, () => {
      const perPage = Number(req.query.get("per_page") ?? 30);
      const page = Number(req.query.get("page") ?? 1);
      const all = [...rulesets.values()].map((r) => {
        const { rules: _rules, conditions: _conditions, bypass_actors: _bypass, ...summary } = full(r);
        return summary;
      });
      return { body: all.slice((page - 1) * perPage, page * perPage) };
    }),
    "GET /repos/:owner/:repo/rulesets/:id": (req) => guard(req, () => {
      const r = rulesets.get(Number(req.params.id));
      return r ? { body: full(r) } : { status: 404, body: { message: "Not Found" } };
    }),
    "POST /repos/:owner/:repo/rulesets": (req) => guard(req, () => {
      const body = req.body as StoredRuleset;
      const r: StoredRuleset = { ...body, bypass_actors: body.bypass_actors ?? [], rules: withDefaults(body.rules ?? []), id: next++ };
      rulesets.set(r.id, r);
      return { status: 201, body: full(r) };
    }),
    "PUT /repos/:owner/:repo/rulesets/:id": (req) => guard(req, () => {
      const r = rulesets.get(Number(req.params.id));
      if (!r) return { status: 404, body: { message: "Not Found" } };
      const body = req.body as Partial<StoredRuleset>;
      Object.assign(r, body, body.rules ? { rules: withDefaults(body.rules) } : {});
      return { body: full(r) };
    }),
  });
  return { server, rulesets, writes: () => server.requests.filter((r) => r.method !== "GET") };
}
