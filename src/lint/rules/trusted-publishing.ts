import type { Rule } from "../rule.js";
import { envOf } from "../untrusted.js";
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
  readonly docs: string;
}[] = [
  { registry: "PyPI", action: { uses: "pypa/gh-action-pypi-publish", input: "password" }, command: /\b(twine upload|uv publish|poetry publish|flit publish)\b/,
    variables: ["TWINE_PASSWORD", "UV_PUBLISH_TOKEN", "POETRY_PYPI_TOKEN_PYPI", "FLIT_PASSWORD"], flag: /\s(--password|-p|--token|-t)[\s=]/, docs: "https://docs.pypi.org/trusted-publishers/" },
  { registry: "npm", command: /\b(npm|pnpm|yarn) (npm )?publish\b/, variables: ["NODE_AUTH_TOKEN", "NPM_TOKEN"], docs: "https://docs.npmjs.com/trusted-publishers" },
  { registry: "crates.io", command: /\bcargo publish\b/, variables: ["CARGO_REGISTRY_TOKEN"], flag: /\s--token[\s=]/, docs: "https://crates.io/docs/trusted-publishing" },
  { registry: "RubyGems", action: { uses: "rubygems/release-gem", input: "api-key" }, command: /\bgem push\b/, variables: ["GEM_HOST_API_KEY"], docs: "https://guides.rubygems.org/trusted-publishing/" },
];

const usesSecret = (value: unknown) => typeof value === "string" && /\$\{\{[^}]*\bsecrets\./i.test(value);

/**
 * A step that publishes a package to a registry which accepts GitHub's OIDC token (PyPI, npm,
 * crates.io, RubyGems) with a stored secret instead: trusted publishing gives each run a token
 * that expires within minutes and works only for this repository's workflow.
 */
export const trustedPublishing: Rule = {
  id: "trusted-publishing",
  severity: "warning",
  severityReason: "A stored publishing token works; it is a standing credential that leaks with any compromised step or log, where trusted publishing has none to leak.",
  description: "publishing to PyPI, npm, crates.io or RubyGems with a stored token where the registry accepts GitHub's OIDC token (trusted publishing)",
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
          if (typeof run !== "string" || !r.command?.test(run)) continue;
          const env = envOf(model, job.job, step);
          const variable = r.variables?.find((name) => usesSecret(env.get(name)));
          const flagged = r.flag && run.split("\n").some((line) => r.command!.test(line) && r.flag!.test(` ${line} `) && /\$\{\{[^}]*\bsecrets\.|\$\{?[A-Z_]*(TOKEN|PASSWORD|KEY)/i.test(line));
          if (variable || flagged) {
            report([...path, "run"], `the script publishes to ${r.registry} with a stored token${variable ? ` (\`${variable}\`)` : ""}, where ${r.registry} accepts GitHub's short-lived OIDC token instead`, hint);
          }
        }
      }
    }
  },
};
