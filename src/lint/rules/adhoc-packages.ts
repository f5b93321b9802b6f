import type { Rule } from "../rule.js";
import { jobsOf, stepsOf } from "../walk.js";

/** Package managers' install commands that name the package on the command line. */
const INSTALLS: readonly { readonly tool: string; readonly subcommands: ReadonlySet<string>; readonly fix: string }[] = [
  { tool: "npm", subcommands: new Set(["install", "i", "add", "isntall", "in", "ins", "inst", "insta", "instal", "exec", "x"]), fix: "add it to package.json and install with `npm ci` (package-lock.json pins its integrity hash), or use an action pinned to a commit" },
  { tool: "pnpm", subcommands: new Set(["add", "dlx"]), fix: "add it to package.json and install with `pnpm install --frozen-lockfile`" },
  { tool: "yarn", subcommands: new Set(["add", "dlx"]), fix: "add it to package.json and install with `yarn install --immutable`" },
  { tool: "gem", subcommands: new Set(["install", "i"]), fix: "add it to the Gemfile and install with `bundle install` (Gemfile.lock pins its checksum)" },
];

/** Flags of these commands that take a value (`--prefix dir`), so the value is no package. */
const VALUED = new Set(["--prefix", "-C", "--dir", "--registry", "--cache", "-v", "--version", "--install-dir", "-i", "--bindir", "--source", "-s", "--userconfig", "--workspace", "-w", "--filter", "--package", "-p"]);

/** The commands of a script, split at line ends, `;`, `&&`, `||` and `|`, as words. */
function commandsOf(script: string): string[][] {
  return script.replace(/\\\r?\n/g, " ").split(/\r?\n|;|&&|\|\|?/)
    .map((command) => command.trim().split(/\s+/).filter(Boolean).map((word) => word.replace(/^["']|["']$/g, "")))
    .filter((words) => words.length > 0 && !words[0]!.startsWith("#"));
}

/** What a command installs by name from a registry, as written; undefined when it installs from a lock file. */
function adhoc(words: readonly string[]): { command: string; packages: string[]; fix: string } | undefined {
  // `sudo npm install -g x`, `env X=1 gem install y`
  let start = 0;
  while (start < words.length && (words[start] === "sudo" || words[start] === "env" || /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[start]!))) start++;
  const tool = words[start]?.replace(/\.(cmd|exe)$/i, "");
  if (tool === "npx") {
    const yes = words.slice(start + 1).some((w) => w === "-y" || w === "--yes");
    const pkg = words.slice(start + 1).find((w) => !w.startsWith("-"));
    return yes && pkg ? { command: `npx ${words.slice(start + 1).join(" ")}`, packages: [pkg], fix: "add it to package.json's devDependencies and run it with `npx` after `npm ci` (no --yes needed)" } : undefined;
  }
  const install = INSTALLS.find((i) => i.tool === tool);
  if (!install) return undefined;
  let at = start + 1;
  // `npm --prefix dir install x`, `yarn global add x`
  while (at < words.length && words[at]!.startsWith("-")) at += VALUED.has(words[at]!) ? 2 : 1;
  if (words[at] === "global" && install.tool === "yarn") at++;
  if (!install.subcommands.has(words[at] ?? "")) return undefined;
  const packages: string[] = [];
  for (let i = at + 1; i < words.length; i++) {
    const word = words[i]!;
    if (word === "--") continue;
    if (word.startsWith("-")) {
      if (VALUED.has(word)) i++;
      continue;
    }
    // Local paths and archives, and `$VAR`s or `${{ }}` whose value pipewright cannot see.
    if (/^(\.|\/|~|\$|file:|[A-Za-z]:\\)/.test(word) || /\.(tgz|tar\.gz|gem)$/.test(word) || word === "{{" || word.includes("${{")) continue;
    packages.push(word);
  }
  return packages.length > 0 ? { command: words.slice(start).join(" "), packages, fix: install.fix } : undefined;
}

/**
 * `npm install lodash`, `gem install rake`, `npx -y tool` fetch whatever the registry serves at
 * that moment, with no lock file to pin its checksum, and run its install scripts with the job's
 * token and secrets in reach: a compromised release reaches the job the minute it is published.
 * A version (`tool@1.2.3`) pins the name, not the content. Warning: the registry is usually
 * honest; the lock file is what makes it not matter.
 */
export const adhocPackages: Rule = {
  id: "adhoc-packages",
  severity: "warning",
  actionSteps: true,
  severityReason: "A supply-chain exposure, not a bug: the step works, but it runs whatever the registry serves without a checksum a lock file would pin.",
  description: "`npm install <pkg>`, `npx --yes <pkg>`, `pnpm add`, `yarn add`, `gem install <pkg>` in a script: packages fetched by name, outside the lock file",
  examples: {
    bad: "steps:\n  - run: npm install -g markdownlint-cli@0.45.0 && markdownlint docs",
    good: "steps:\n  - run: npm ci && npx markdownlint docs",
  },
  check({ model, report }) {
    for (const job of jobsOf(model)) {
      for (const { step, path } of stepsOf(job)) {
        const run = (step as { run?: unknown }).run;
        if (typeof run !== "string") continue;
        for (const words of commandsOf(run)) {
          const found = adhoc(words);
          if (!found) continue;
          const command = found.command.length > 80 ? `${found.command.slice(0, 79)}…` : found.command;
          report([...path, "run"], `\`${command}\` fetches ${found.packages.map((p) => `\`${p}\``).join(", ")} by name from the registry, outside any lock file: whatever is published then runs in the job`,
            found.fix);
        }
      }
    }
  },
};
