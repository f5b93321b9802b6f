import { z } from "zod";
import { checkout, setupPython } from "../actions/index.js";
import { env } from "../dsl/contexts.js";
import { always, ne } from "../dsl/functions.js";
import { job, relocateJob, type JobRef, type StepValue } from "../dsl/job.js";
import { run } from "../dsl/step.js";
import type { Expr } from "../model/expression.js";
import { callSite } from "../model/source.js";
import { dataFlowFields, onPushTo } from "./data-flow.js";
import { exprOnly, parseOptions } from "./options.js";

const singleLine = (what: string) => z.string().min(1).regex(/^[^\n\r]+$/, `${what} on one line`);

const Options = z.object({
  /** The playbook to run, relative to `workingDirectory`. */
  playbook: singleLine("a playbook path"),
  /** Inventory file or directory (`-i`); without it there is no dry run and the run uses ansible.cfg's. */
  inventory: singleLine("an inventory path").optional(),
  /** The GitHub environment the run happens in, so its protection rules apply. */
  environment: z.string().min(1).default("production"),
  /** The branch whose pushes run the playbook. */
  branch: dataFlowFields.branch,
  /** SSH private key, as an expression such as `secrets.DEPLOY_SSH_KEY`. */
  sshPrivateKey: exprOnly.optional(),
  /** Galaxy requirements file, for `ansible-galaxy install -r`. */
  requirements: singleLine("a requirements file path").optional(),
  workingDirectory: singleLine("a path").default(".")
    .transform((dir) => dir.replace(/^(\.\/)+/, "").replace(/\/+$/, "") || "."),
  idPrefix: z.string().regex(/^[A-Za-z_][A-Za-z0-9_-]*$/, "a job id prefix: letters, digits, - and _").default("ansible"),
}).strict();

export type AnsibleOptions = z.input<typeof Options>;

/** The two jobs of {@link ansible}; list both in the workflow's `jobs`. */
export interface AnsibleJobs {
  /** ansible-lint, and a `--check --diff` dry run when an inventory is given. Runs on every event. */
  readonly lint: JobRef<string, never>;
  /** The playbook run, on a push to the branch, in the environment. */
  readonly run: JobRef<string, never>;
}

/** A word the shell reads literally: bare when that is safe, else single-quoted. */
function shellWord(text: string): string {
  return /^[A-Za-z0-9_./:@%+=,-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}

/**
 * Writes the key to a file only the runner user can read, and points Ansible at it. Without a
 * key (a fork's pull request, or a key kept in the environment) the run fails, while the dry
 * run is skipped with a warning: lint alone still tells a contributor something useful.
 */
function sshKeySteps(key: Expr, optional: boolean): { write: StepValue; remove: StepValue } {
  const missing = optional
    ? `  echo "::warning::No SSH private key (pull requests from forks get no secrets): the dry run is skipped."
  exit 0`
    : `  echo "::error::The SSH private key is empty: set the secret in the repository or the environment."
  exit 1`;
  const write = run(`set -euo pipefail
if [ -z "$SSH_PRIVATE_KEY" ]; then
${missing}
fi
umask 077
key_file="$(mktemp "$RUNNER_TEMP/ssh-key.XXXXXX")"
printf '%s\\n' "$SSH_PRIVATE_KEY" > "$key_file"
echo "ANSIBLE_PRIVATE_KEY_FILE=$key_file" >> "$GITHUB_ENV"`, { name: "Write the SSH key", env: { SSH_PRIVATE_KEY: key } });
  // Self-hosted runners keep their temp folder between jobs: do not leave the key behind.
  const remove = run(`rm -f "\${ANSIBLE_PRIVATE_KEY_FILE:-}"`, { name: "Remove the SSH key", if: always() });
  return { write, remove };
}

/**
 * Ansible on GitHub Actions: `ansible-lint` (and, given an inventory, an `ansible-playbook
 * --check --diff` dry run) for every change, and on a push to `branch` (default main) the
 * playbook run behind a GitHub environment, so its approval rules apply. Returns two jobs: list
 * both, `jobs: [infra.lint, infra.run]`.
 *
 * @example
 * const infra = ansible({ playbook: "site.yml", inventory: "inventory/production.ini", sshPrivateKey: secrets.DEPLOY_SSH_KEY });
 * workflow("ansible", { on: { pull_request: {}, push: { branches: ["main"] } }, jobs: [infra.lint, infra.run] });
 * // ansible-lint:
 * //   steps: checkout, setup-python, pip install ansible-core ansible-lint, ansible-lint,
 * //     Write the SSH key, ansible-playbook --check --diff -i inventory/production.ini site.yml
 * //     (the dry run is skipped, with a warning, when the secret is empty, as for a fork)
 * // ansible-run:
 * //   needs: [ansible-lint]
 * //   if: ${{ (github.event_name == 'push') && (github.ref == 'refs/heads/main') }}
 * //   environment: production
 * //   steps: ..., Write the SSH key, ansible-playbook -i inventory/production.ini site.yml
 */
export function ansible(options: AnsibleOptions): AnsibleJobs {
  const source = callSite(ansible);
  const { playbook, inventory, environment, branch, sshPrivateKey, requirements, workingDirectory: dir, idPrefix } =
    parseOptions("ansible", Options, options);
  const where = dir === "." ? "" : ` (${dir})`;
  const shared = {
    "runs-on": "ubuntu-latest",
    permissions: { contents: "read" },
    ...(dir === "." ? {} : { defaults: { run: { "working-directory": dir } } }),
  } as const;
  const playbookCommand = (check: boolean) =>
    `ansible-playbook${check ? " --check --diff" : ""}${inventory ? ` -i ${shellWord(inventory)}` : ""} ${shellWord(playbook)}`;
  const setup = (packages: string): StepValue[] => [
    checkout({}, { name: "Check out" }),
    setupPython({ "python-version": "3.12" }, { name: "Set up Python" }),
    run(`pip install ${packages}`, { name: "Install Ansible" }),
    ...(requirements ? [run(`ansible-galaxy install -r ${shellWord(requirements)}`, { name: "Install Galaxy requirements" })] : []),
  ];
  // Each phase that reaches the hosts gets the key just before and loses it after, even on failure.
  const withKey = (step: StepValue, optional: boolean): StepValue[] => {
    if (!sshPrivateKey) return [step];
    const key = sshKeySteps(sshPrivateKey, optional);
    return [key.write, step, key.remove];
  };

  const lint = job(`${idPrefix}-lint`, {
    name: `Ansible lint${where}`,
    ...shared,
    "timeout-minutes": 20,
    steps: [
      ...setup("ansible-core ansible-lint"),
      run("ansible-lint", { name: "Lint" }),
      ...(inventory ? withKey(run(playbookCommand(true), {
        name: "Dry run",
        ...(sshPrivateKey ? { if: ne(env.ANSIBLE_PRIVATE_KEY_FILE, "") } : {}),
      }), true) : []),
    ],
  });

  const playbookRun = job(`${idPrefix}-run`, {
    name: `Ansible playbook ${playbook}${where}`,
    needs: [lint],
    if: onPushTo(branch),
    ...shared,
    environment,
    // Two runs of one playbook at once would race on the same hosts; a queued run waits its turn.
    concurrency: { group: `ansible-run-${dir === "." ? "" : `${dir}/`}${playbook}`, "cancel-in-progress": false },
    "timeout-minutes": 60,
    steps: [...setup("ansible-core"), ...withKey(run(playbookCommand(false), { name: "Run the playbook" }), false)],
  });
  return { lint: relocateJob(lint, source), run: relocateJob(playbookRun, source) };
}
