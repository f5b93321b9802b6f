import type { Rule } from "../rule.js";
import { envOf, variablesIn } from "../untrusted.js";
import { isObject, jobsOf, stepsOf } from "../walk.js";

/** Registries that accept GitHub's OIDC token instead of a stored one, and how a step publishes to each. */
const REGISTRIES: readonly {
  readonly registry: string;
  /** The action that publishes, by lower-case `owner/repo`, and its input that takes a token. */
  readonly action?: { readonly uses: string; readonly input: string };
  /** A publishing command in a script, and the variables or flags that hand it a token. */
  readonly command?: RegExp;
  readonly variables?: readonly string[];
  readonly flag?: RegExp;
  /**
   * The token flag counts only with a secret behind it (`--api-key ${{ secrets.X }}`, or a
   * variable set from one): where the OIDC exchange itself hands over a key to pass by flag.
   */
  readonly flagNeedsSecret?: boolean;
  /** What sends the package to another registry, where trusted publishing may not exist. */
  readonly elsewhere: RegExp;
  readonly docs: string;
}[] = [
  { registry: "PyPI", action: { uses: "pypa/gh-action-pypi-publish", input: "password" }, command: /\b(twine(==[\w.]+)?\s+upload|uv\s+publish|poetry\s+publish|flit\s+publish)\b/,
    variables: ["TWINE_PASSWORD", "UV_PUBLISH_TOKEN", "POETRY_PYPI_TOKEN_PYPI", "FLIT_PASSWORD"], flag: /\s(--password|-p|--token|-t)[\s=]/,
    elsewhere: /--repository-url|--publish-url|--index-url|TWINE_REPOSITORY_URL|UV_PUBLISH_URL|poetry publish\s.*(-r|--repository)\s/, docs: "https://docs.pypi.org/trusted-publishers/" },
  { registry: "npm", command: /\b(npm|pnpm|yarn)\s+(npm\s+)?publish\b/, variables: ["NODE_AUTH_TOKEN", "NPM_TOKEN"], elsewhere: /--registry|npm\.pkg\.github\.com/, docs: "https://docs.npmjs.com/trusted-publishers" },
  { registry: "crates.io", command: /\bcargo\s+publish\b/, variables: ["CARGO_REGISTRY_TOKEN"], flag: /\s--token[\s=]/, elsewhere: /--registry|--index/, docs: "https://crates.io/docs/trusted-publishing" },
  { registry: "NuGet", command: /\b(dotnet\s+nuget|nuget(\.exe)?)\s+push\b/i, flag: /\s(--api-key|-k|-ApiKey)[\s=]/i, flagNeedsSecret: true,
    elsewhere: /(--source|-s|-Source)\s+["']?(?!https:\/\/(api|www)\.nuget\.org)\S|nuget\.pkg\.github\.com/i, docs: "https://learn.microsoft.com/nuget/nuget-org/trusted-publishing" },
  { registry: "RubyGems", action: { uses: "rubygems/release-gem", input: "api-key" }, command: /\bgem\s+push\b/, variables: ["GEM_HOST_API_KEY"], elsewhere: /--host|GEM_HOST\b|rubygems\.pkg\.github\.com/, docs: "https://guides.rubygems.org/trusted-publishing/" },
];

/** Whether the job may request GitHub's OIDC token: `id-token: write` on the job, else on the workflow. */
function mayUseOidc(workflow: unknown, job: unknown): boolean {
  const own = isObject(job) ? job.permissions : undefined;
  const permissions = own !== undefined ? own : isObject(workflow) ? workflow.permissions : undefined;
  if (permissions === "write-all") return true;
  if (!isObject(permissions)) return typeof permissions === "string" && permissions.includes("${{");
  const value = permissions["id-token"];
  return value === "write" || (typeof value === "string" && value.includes("${{"));
}

const usesSecret = (value: unknown) => typeof value === "string" && /\$\{\{[^}]*\bsecrets\./i.test(value);

/**
 * A step that publishes a package to a registry which accepts GitHub's OIDC token (PyPI, npm,
 * crates.io, NuGet, RubyGems) with a stored secret instead: trusted publishing gives each run a token
 * that expires within minutes and works only for this repository's workflow.
 */
export const trustedPublishing: Rule = {
  id: "trusted-publishing",
  severity: "warning",
  actionSteps: true,
  severityReason: "A stored publishing token works; it is a standing credential that leaks with any compromised step or log, where trusted publishing has none to leak.",
  description: "publishing to PyPI, npm, crates.io, NuGet or RubyGems with a stored token where the registry accepts GitHub's OIDC token (trusted publishing)",
  examples: {
    bad: "steps:\n  - uses: pypa/gh-action-pypi-publish@release/v1\n    with:\n      password: ${{ secrets.PYPI_TOKEN }}\n",
    good: "permissions:\n  id-token: write\nsteps:\n  - uses: pypa/gh-action-pypi-publish@release/v1\n",
  },
  check({ model, report }) {
    for (const job of jobsOf(model)) {
      for (const { step, path } of stepsOf(job)) {
        const { uses, run, with: inputs } = step as { uses?: unknown; run?: unknown; with?: unknown };
        const action = typeof uses === "string" ? uses.split("@")[0]!.toLowerCase() : undefined;
        for (const r of REGISTRIES) {
          const hint = `set up trusted publishing for this repository on ${r.registry} (${r.docs}), give the job \`permissions: { id-token: write }\` and drop the secret`;
          if (r.action && action === r.action.uses && isObject(inputs)) {
            const key = Object.keys(inputs).find((k) => k.toLowerCase() === r.action!.input);
            if (key !== undefined && usesSecret(inputs[key])) {
              report([...path, "with", key], `${r.action.uses} publishes to ${r.registry} with a stored token, where ${r.registry} accepts GitHub's short-lived OIDC token instead`, hint);
            }
          }
          // Commands continued over lines (`twine \` / `upload`) read as one.
          const script = typeof run === "string" ? run.replace(/\\\r?\n\s*/g, " ") : undefined;
          if (script === undefined || !r.command?.test(script)) continue;
          const env = envOf(model, job.job, step);
          if (r.elsewhere.test(script) || [...env].some(([name, value]) => r.elsewhere.test(`${name}=${value}`))) continue;
          const variable = r.variables?.find((name) => usesSecret(env.get(name)));
          const secretBehind = (line: string) => /\$\{\{[^}]*\bsecrets\./i.test(line) || variablesIn(line).some((name) => usesSecret(env.get(name)));
          const flagged = r.flag && script.split("\n").some((line) => r.command!.test(line) && r.flag!.test(` ${line} `) &&
            (r.flagNeedsSecret ? secretBehind(line) : /\$\{\{[^}]*\bsecrets\.|\$\{?[A-Z_]*(TOKEN|PASSWORD|KEY)/i.test(line)));
          if (variable || flagged) {
            report([...path, "run"], `the script publishes to ${r.registry} with a stored token${variable ? ` (\`${variable}\`)` : ""}, where ${r.registry} accepts GitHub's short-lived OIDC token instead`, hint);
          } else if (!mayUseOidc(model.workflow, job.job)) {
            // Without `id-token: write` the run has no OIDC token: the command publishes with one stored somewhere.
            report([...path, "run"], `the script publishes to ${r.registry}, and without \`id-token: write\` it can only do so with a stored token, where ${r.registry} accepts GitHub's short-lived OIDC token instead`, hint);
          }
        }
      }
    }
  },
};
