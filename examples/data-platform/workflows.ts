// A data platform's whole CI/CD, built from pipewright's presets. The repository it describes:
//
//   analytics/   the dbt project (requirements.txt, dbt_project.yml)
//   ingest/      a Python service shipped as a container image (Dockerfile)
//   charts/      Helm charts, among them charts/ingest, which runs the image on the cluster
//   infra/       Terraform for the cloud resources (AWS, state in S3)
//   flows/       Prefect flows and their prefect.yaml
//
// One workflow, ci.yml, runs on every pull request and on every push to main. Pull requests
// get every check; main gets the same checks (chart tests aside) and then the deploys: the
// image and the chart pushed to GHCR, and Terraform, Prefect and the ingest rollout behind the
// `production` environment, whose reviewers approve them. A single gate job is the one status
// check the ruleset requires; rulesets.yml applies that ruleset to GitHub and watches it.
//
// From the repository root, regenerate .github/ here with
// `node scripts/build.mjs && node dist/cli/bin.js generate --cwd examples/data-platform`.
// The DSL is imported from this checkout's sources so the example always builds against them;
// a project of your own writes `from "pipewright"`, `"pipewright/presets"` and `"pipewright/actions"`.
import { and, eq, github, job, run, secrets, vars, workflow } from "../../src/index.js";
import { checkout, configureAwsCredentials, setupHelm } from "../../src/actions/index.js";
import { branchProtection, buildPush, helmChart, prefectDeploy, requiredChecksGate, rulesetsSync, terraform, validateDbt } from "../../src/presets/index.js";

const region = "eu-west-1";

const dbt = validateDbt({
  projectDir: "analytics",
  profiles: { base64: vars.PROFILES_YML_BASE64 },
  // Private dbt packages are fetched over git with this token.
  env: { DBT_ENV_SECRET_GITHUB_TOKEN: secrets.SECRET_GH_TOKEN },
  pipCache: true,
});

// Nothing triggers this workflow on a tag, so the image is pushed from main only.
const image = buildPush({ image: "ingest", context: "ingest", file: "ingest/Dockerfile", pushOn: { branches: ["main"], tags: false } });

const charts = helmChart({ chartsDir: "charts", registry: { oci: "oci://ghcr.io/acme-data/charts" }, helmVersion: "v3.16.2" });

const infra = terraform({
  workingDirectory: "infra",
  backend: { bucket: "acme-data-tf-state", key: "platform.tfstate", region },
  cloud: { provider: "aws", roleToAssume: vars.AWS_ROLE_ARN, region },
  // plan and apply must run the same version for the saved plan to apply.
  terraformVersion: "1.9.8",
});

const flows = prefectDeploy({
  workingDirectory: "flows",
  installer: "uv",
  apiUrl: vars.PREFECT_API_URL,
  apiKey: secrets.PREFECT_API_KEY,
});

// helm-lint only runs on pull requests and helm-install only when a chart changed, so their
// skips count as passing; every other check must succeed. A failed or cancelled job always fails
// the gate.
const gate = requiredChecksGate({
  jobs: [dbt, image, charts.lint, charts.install, infra.plan, flows.validate],
  allowSkipped: [charts.lint, charts.install],
});

const onMain = and(eq(github.event_name, "push"), eq(github.ref, "refs/heads/main"));

// The application's rollout: the image just pushed, by digest, through the chart in this commit.
// It waits for Terraform so the cluster it deploys to is the one main describes.
const deployIngest = job("deploy-ingest", {
  name: "Deploy ingest",
  needs: [image, infra.apply],
  if: onMain,
  "runs-on": "ubuntu-latest",
  environment: "production",
  permissions: { contents: "read", "id-token": "write" },
  concurrency: { group: "deploy-ingest", "cancel-in-progress": false },
  "timeout-minutes": 20,
  steps: [
    checkout({}, { name: "Check out" }),
    configureAwsCredentials({ "role-to-assume": vars.AWS_DEPLOY_ROLE_ARN, "aws-region": region }, { name: "Configure AWS credentials" }),
    setupHelm({ version: "v3.16.2" }, { name: "Set up Helm" }),
    run(`aws eks update-kubeconfig --name "${vars.EKS_CLUSTER_NAME}" --region ${region}`, { name: "Point kubectl at the cluster" }),
    // GHCR needs a lowercase repository; ${GITHUB_REPOSITORY,,} lowercases the owner and name.
    run([
      "set -euo pipefail",
      "helm upgrade --install ingest charts/ingest \\",
      "  --namespace ingest --create-namespace \\",
      `  --set image.repository="ghcr.io/\${GITHUB_REPOSITORY,,}/ingest" \\`,
      '  --set image.digest="$IMAGE_DIGEST" \\',
      "  --wait --timeout 10m",
    ].join("\n"), { name: "Roll out the new image", env: { IMAGE_DIGEST: image.outputs.digest } }),
  ],
});

export const ci = workflow("ci", {
  name: "CI/CD",
  // No paths or branches filter: the gate is a required check, so this workflow must run for
  // every pull request, or a pull request would wait for a check that never reports.
  on: { pull_request: {}, push: { branches: ["main"] } },
  // A new push to a pull request cancels its older run; runs on main queue instead, so a deploy
  // is never stopped halfway.
  concurrency: { group: `ci-${github.ref}`, "cancel-in-progress": eq(github.event_name, "pull_request") },
  jobs: [
    dbt, image, ...Object.values(charts), infra.plan, flows.validate,
    gate,
    infra.apply, flows.deploy, deployIngest,
  ],
});

// The ruleset is applied from main by CI, and compared with GitHub every morning, so nobody sets
// branch protection by hand and a hand change turns a run red.
export const rulesets = rulesetsSync("rulesets", { token: secrets.RULESETS_TOKEN });

export default [ci, rulesets, branchProtection({ branch: "main", requiredApprovals: 1, requiredChecks: [gate] })];
