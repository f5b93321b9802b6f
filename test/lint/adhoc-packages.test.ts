import { job, run, workflow } from "../../src/index.js";
import { ruleTester } from "./rule-tester.js";
import { yaml, yamlRuleTester } from "./yaml-rule-tester.js";

const steps = (...runs: string[]) => yaml("on: push", "permissions: {}", "jobs:", "  build:", "    runs-on: ubuntu-latest", "    steps:", ...runs.map((r) => `      - run: ${r}`));
const NPM = "add it to package.json and install with `npm ci` (package-lock.json pins its integrity hash), or use an action pinned to a commit";
const GEM = "add it to the Gemfile and install with `bundle install` (Gemfile.lock pins its checksum)";
const NPX = "add it to package.json's devDependencies and run it with `npx` after `npm ci` (no --yes needed)";
const message = (command: string, packages: string) => `\`${command}\` fetches ${packages} by name from the registry, outside any lock file: whatever is published then runs in the job`;

yamlRuleTester("adhoc-packages", {
  valid: [
    { name: "installs from the lock file", yaml: steps("npm ci", "npm install --no-fund", "bundle install", "pnpm install --frozen-lockfile") },
    { name: "a local package or archive", yaml: steps("npm install ./packages/cli", "gem install ./pkg/tool-1.0.gem") },
    { name: "npx without --yes runs what is installed", yaml: steps("npx eslint .") },
    { name: "other subcommands", yaml: steps("gem build tool.gemspec", "npm run build") },
  ],
  invalid: [
    {
      name: "npm install of a named package, also pinned to a version and global",
      yaml: steps("npm install -g markdownlint-cli@0.45.0 && markdownlint docs", "sudo npm i lodash"),
      errors: [
        { severity: "warning", at: "7:9", path: "jobs.build.steps[0].run", message: message("npm install -g markdownlint-cli@0.45.0", "`markdownlint-cli@0.45.0`"), hint: NPM },
        { severity: "warning", at: "8:9", path: "jobs.build.steps[1].run", message: message("npm i lodash", "`lodash`"), hint: NPM },
      ],
    },
    {
      name: "gem install with a version flag, and npx --yes, in a multi-line script",
      yaml: yaml("on: push", "permissions: {}", "jobs:", "  build:", "    runs-on: ubuntu-latest", "    steps:", "      - run: |", "          echo start", "          gem install rake -v 13.0.6", "          npx --yes cowsay hi"),
      errors: [
        { severity: "warning", at: "7:9", path: "jobs.build.steps[0].run", message: message("gem install rake -v 13.0.6", "`rake`"), hint: GEM },
        { severity: "warning", at: "7:9", path: "jobs.build.steps[0].run", message: message("npx --yes cowsay hi", "`cowsay`"), hint: NPX },
      ],
    },
  ],
});

ruleTester("adhoc-packages", {
  valid: [{ name: "npm ci", code: workflow("ci", { on: "push", jobs: [job("build", { "runs-on": "ubuntu-latest", steps: [run("npm ci"), run("npm test")] })] }) }],
  invalid: [
    {
      name: "yarn global add",
      code: workflow("ci", { on: "push", jobs: [job("build", { "runs-on": "ubuntu-latest", steps: [run("yarn global add serve")] })] }),
      errors: [{ severity: "warning", path: "jobs.build.steps[0].run", message: message("yarn global add serve", "`serve`"), hint: "add it to package.json and install with `yarn install --immutable`" }],
    },
  ],
});
