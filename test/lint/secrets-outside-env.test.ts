import { yaml, yamlRuleTester } from "./yaml-rule-tester.js";

const HINT = "keep the secret in a deployment environment and name it on the job (`environment: production`), so its protection rules decide who gets it";
const deploy = (...lines: string[]) => yaml("on: push", "permissions: {}", "jobs:", "  deploy:", "    runs-on: ubuntu-latest", ...lines, "    steps:", "      - run: ./deploy.sh", "        env:", "          TOKEN: ${{ secrets.DEPLOY_TOKEN }}");

yamlRuleTester("secrets-outside-env", {
  valid: [
    { name: "a job in an environment", yaml: deploy("    environment: production") },
    { name: "GITHUB_TOKEN is every job's", yaml: yaml("on: push", "permissions: {}", "jobs:", "  build:", "    runs-on: ubuntu-latest", "    steps:", "      - run: gh pr list", "        env:", "          GH_TOKEN: ${{ secrets.GITHUB_TOKEN }}") },
  ],
  invalid: [
    {
      name: "a repository secret in a job with no environment",
      yaml: deploy(),
      errors: [{ severity: "warning", at: "9:11", path: "jobs.deploy.steps[0].env.TOKEN", message: 'secret DEPLOY_TOKEN is read by job "deploy", which names no environment: as a repository secret, any workflow on any branch can read it', hint: HINT }],
    },
    {
      name: "through the workflow's env",
      yaml: yaml("on: push", "permissions: {}", "env:", "  TOKEN: ${{ secrets.DEPLOY_TOKEN }}", "jobs:", "  deploy:", "    runs-on: ubuntu-latest", "    steps:", "      - run: ./deploy.sh"),
      errors: [{ severity: "warning", at: "4:3", path: "env.TOKEN", message: "secret DEPLOY_TOKEN is read by every job through the workflow's env, and a job names no environment: as a repository secret, any workflow on any branch can read it", hint: HINT }],
    },
  ],
});
