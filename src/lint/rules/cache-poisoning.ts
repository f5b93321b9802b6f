import { formatPath } from "../../model/workflow.js";
import type { Rule } from "../rule.js";
import { eventsOf } from "../triggers.js";
import { isObject, jobsOf, stepsOf } from "../walk.js";
import { majorOf } from "../bundled-actions.js";

/**
 * How an action turns caching on: always, through an input naming a package manager
 * (`cache: pip`), or through a boolean input with a default that changed between majors.
 */
type CacheSwitch =
  | { readonly kind: "always" }
  | { readonly kind: "named"; readonly input: string; readonly auto?: { readonly input: string; readonly from: number; readonly off: string } }
  | { readonly kind: "flag"; readonly input: string; readonly onByDefaultFrom?: number; readonly off: string; readonly inverted?: boolean };

/** Actions that restore caches, by lower-case `owner/repo[/path]`. */
const CACHING: Readonly<Record<string, CacheSwitch>> = {
  "actions/cache": { kind: "always" },
  "actions/cache/restore": { kind: "always" },
  // From v5, setup-node also caches the package manager's files on its own (when package.json
  // names one) unless `package-manager-cache: false`.
  "actions/setup-node": { kind: "named", input: "cache", auto: { input: "package-manager-cache", from: 5, off: "false" } },
  "actions/setup-python": { kind: "named", input: "cache" },
  "actions/setup-java": { kind: "named", input: "cache" },
  "graalvm/setup-graalvm": { kind: "named", input: "cache" },
  "actions/setup-go": { kind: "flag", input: "cache", onByDefaultFrom: 4, off: "false" },
  "actions/setup-dotnet": { kind: "flag", input: "cache", off: "false" },
  "astral-sh/setup-uv": { kind: "flag", input: "enable-cache", onByDefaultFrom: 6, off: "false" },
  "ruby/setup-ruby": { kind: "flag", input: "bundler-cache", off: "false" },
  "gradle/actions/setup-gradle": { kind: "flag", input: "cache-disabled", onByDefaultFrom: 0, off: "true", inverted: true },
  "gradle/gradle-build-action": { kind: "flag", input: "cache-disabled", onByDefaultFrom: 0, off: "true", inverted: true },
  "swatinem/rust-cache": { kind: "always" },
  "mozilla-actions/sccache-action": { kind: "always" },
  "determinatesystems/magic-nix-cache-action": { kind: "always" },
  "pyo3/maturin-action": { kind: "flag", input: "sccache", off: "false" },
  "actions-rust-lang/setup-rust-toolchain": { kind: "flag", input: "cache", onByDefaultFrom: 0, off: "false" },
  "jdx/mise-action": { kind: "flag", input: "cache", onByDefaultFrom: 0, off: "false" },
  "ramsey/composer-install": { kind: "flag", input: "ignore-cache", onByDefaultFrom: 0, off: "true", inverted: true },
};

/** Commands that publish from a `run` step: a job running one is a release job too. */
const PUBLISH_COMMAND = /(?:^|[\s;&|(])(cargo publish|npm publish|pnpm publish|yarn (?:npm )?publish|twine upload|poetry publish|uv publish|flit publish|gem push|gh release (?:create|upload)|goreleaser release|mvn deploy)\b/m;

const USES = /^([^@\s]+)@([^@\s]+)$/;

/** Actions that publish what a job built, by lower-case `owner/repo[/path]`: a job using one is a release job. */
const PUBLISHERS = new Set([
  "pypa/gh-action-pypi-publish", "softprops/action-gh-release", "ncipollo/release-action", "goreleaser/goreleaser-action",
  "docker/build-push-action", "helm/chart-releaser-action", "actions/create-release", "actions/upload-release-asset",
  "svenstaro/upload-release-action", "changesets/action", "rubygems/release-gem", "crazy-max/ghaction-import-gpg",
]);

/** What makes a workflow a release build, in words for the message; undefined when nothing does. */
function releaseTrigger(model: Parameters<Rule["check"]>[0]["model"]): string | undefined {
  for (const { name, config } of eventsOf(model)) {
    if (name === "release") return "releases";
    if (name !== "push" || !config) continue;
    if (config.tags !== undefined && config.tags !== null) return "tag pushes";
    // Deploying from a release branch is ordinary continuous delivery (pipewright's own deploy
    // presets do it); such a workflow counts only when a job also publishes (PUBLISHERS).
  }
  return undefined;
}
const isOn = (value: unknown) => value === true || (typeof value === "string" && ["true", "auto"].includes(value.trim().toLowerCase()));

/**
 * Warning: caches are shared across a repository's runs, so a cache that any other run saved
 * (a compromised dependency in a pull request build on the default branch) is restored into the
 * build that makes the release. Release builds are better made from scratch.
 */
export const cachePoisoning: Rule = {
  id: "cache-poisoning",
  severity: "warning",
  severityReason: "A poisoned cache needs an earlier write from an untrusted run of the same key; the risk is real for releases but not a certain exploit.",
  description: "release builds (run by releases or tag pushes, or jobs using a publishing action) that restore caches (actions/cache, setup-* caching on by default, by an input or by an expression), so a poisoned cache ends up in the release",
  examples: {
    bad: "on:\n  push:\n    tags: [\"v*\"]\njobs:\n  publish:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/setup-node@v6\n        with:\n          cache: npm\n",
    good: "on:\n  push:\n    tags: [\"v*\"]\njobs:\n  publish:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/setup-node@v6\n",
  },
  check({ model, report }) {
    const workflowTrigger = releaseTrigger(model);
    for (const job of jobsOf(model)) {
      const steps = stepsOf(job);
      const publisher = steps.map(({ step }) => (step as { uses?: unknown }).uses).find((uses) => typeof uses === "string" && PUBLISHERS.has(uses.split("@")[0]!.toLowerCase()));
      const command = steps.map(({ step }) => (step as { run?: unknown }).run).map((run) => (typeof run === "string" ? PUBLISH_COMMAND.exec(run)?.[1] : undefined)).find(Boolean);
      const trigger = workflowTrigger ?? (typeof publisher === "string" ? `a job that publishes with ${publisher.split("@")[0]}` : command ? `a job that publishes with \`${command}\`` : undefined);
      if (!trigger) continue;
      for (const { step, path } of steps) {
        const { uses, with: inputs } = step as { uses?: unknown; with?: unknown };
        const match = typeof uses === "string" ? USES.exec(uses.trim()) : null;
        const action = match ? CACHING[match[1]!.toLowerCase()] : undefined;
        if (!match || !action) continue;
        const given = isObject(inputs) && action.kind !== "always" ? inputs[action.input] : undefined;
        // The major the step runs: its tag, else the version comment beside a SHA.
        const majorHere = () => majorOf(match[2]!) ?? model.comments.get(formatPath([...path, "uses"]))?.split(/[\s=@]+/).map(majorOf).find((m) => m !== undefined);
        // An expression decides at run time: the cache may be on, and an attacker needs it on once.
        const computed = typeof given === "string" && given.includes("${{");
        let on: boolean;
        if (action.kind === "always" || computed) on = true;
        else if (action.kind === "named") on = typeof given === "string" && given.trim() !== "";
        else if (given === undefined || given === null) {
          const major = majorHere();
          on = action.onByDefaultFrom !== undefined && (major === undefined || Number(major) >= action.onByDefaultFrom);
        } else on = action.inverted ? !isOn(given) : isOn(given);
        let automatic: { input: string; off: string } | undefined;
        if (!on && action.kind === "named" && action.auto) {
          const flag = isObject(inputs) ? inputs[action.auto.input] : undefined;
          const major = majorHere();
          const byDefault = flag === undefined || flag === null ? major === undefined || Number(major) >= action.auto.from : typeof flag === "string" && flag.includes("${{") ? true : isOn(flag);
          if (byDefault) automatic = action.auto;
        }
        if (!on && !automatic) continue;
        const name = match[1]!;
        if (automatic) {
          report([...path, "uses"], `${name} restores the package manager's cache on its own (\`${automatic.input}\`) in ${trigger.startsWith("a job") ? trigger : `a workflow run by ${trigger}`}: a cache poisoned by another run of this repository ends up in what it releases`,
            `build releases without caches: set \`${automatic.input}: ${automatic.off}\` here, or restore caches only in workflows that publish nothing`);
          continue;
        }
        const at = given === undefined || given === null ? [...path, "uses"] : [...path, "with", (action as { input: string }).input];
        const fix = action.kind === "always" ? "remove the step" : action.kind === "named" ? `remove \`${action.input}\`` : `set \`${action.input}: ${action.off}\``;
        const how = computed ? ` when \`${(action as { input: string }).input}: ${String(given)}\` turns it on` : "";
        report(at, `${name} restores a cache${how} in ${trigger.startsWith("a job") ? trigger : `a workflow run by ${trigger}`}: a cache poisoned by another run of this repository ends up in what it releases`,
          `build releases without caches: ${fix} here, or restore caches only in workflows that publish nothing`);
      }
    }
  },
};
