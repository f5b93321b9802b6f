import type { Rule } from "../rule.js";
import { contextReads, expressionSites } from "../expression-sites.js";
import { jobsOf } from "../walk.js";

/** Secrets every job has, which no environment can hold. */
const ALWAYS = new Set(["github_token", "actions_runner_debug", "actions_step_debug"]);

/**
 * A repository secret is given to any job of any workflow on any branch that asks for it; a
 * secret kept in a deployment environment is given only to jobs that name the environment and
 * pass its protection rules (reviewers, allowed branches). Pedantic: for secrets a build needs on
 * every branch (a read-only registry token), a repository secret is the right place.
 */
export const secretsOutsideEnv: Rule = {
  id: "secrets-outside-env",
  severity: "warning",
  tier: "pedantic",
  severityReason: "Pedantic, a warning: a repository secret is a valid choice; an environment adds reviewers and branch rules to who gets it.",
  description: "secrets read by a job that names no `environment`, so they are repository secrets any workflow on any branch can read",
  examples: {
    bad: "jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ./deploy.sh\n        env:\n          TOKEN: ${{ secrets.DEPLOY_TOKEN }}",
    good: "jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    environment: production\n    steps:\n      - run: ./deploy.sh\n        env:\n          TOKEN: ${{ secrets.DEPLOY_TOKEN }}",
  },
  check({ model, report }) {
    const withoutEnvironment = new Set(jobsOf(model).filter(({ job }) => (job as { environment?: unknown }).environment === undefined).map(({ id }) => id));
    for (const site of expressionSites(model)) {
      // A job's own reads; the workflow's `env` reaches every job.
      if (!site.tree || (site.path[0] !== "jobs" && site.path[0] !== "env")) continue;
      const owner = site.path[0] === "jobs" ? String(site.path[1]) : undefined;
      if (owner !== undefined ? !withoutEnvironment.has(owner) : withoutEnvironment.size === 0) continue;
      const names = [...contextReads(site.tree)]
        .filter((read) => read.context.toLowerCase() === "secrets" && read.keys[0] !== undefined && !ALWAYS.has(read.keys[0].toLowerCase()))
        .map((read) => read.keys[0]!);
      for (const name of new Set(names)) {
        const who = owner !== undefined ? `job "${owner}", which names no environment` : "every job through the workflow's env, and a job names no environment";
        report(site.path, `secret ${name} is read by ${who}: as a repository secret, any workflow on any branch can read it`,
          "keep the secret in a deployment environment and name it on the job (`environment: production`), so its protection rules decide who gets it");
      }
    }
  },
};
