// The two workflows of the seed document on CI/CD for a data platform, written with pipewright.
// From the repository root, regenerate .github/workflows/ here with
// `node scripts/build.mjs && node dist/cli/bin.js generate --cwd examples/seed`.
// docs/seed-differences.md lists how the YAML differs from the seed's, and why.
//
// The DSL is imported from this checkout's sources so the example always builds against them;
// a project of your own writes `from "pipewright"`.
import { and, eq, github, job, run, secrets, uses, vars, workflow } from "../../src/index.js";

/** Every dbt step reads the private package token from the same secret. */
const dbtToken = { DBT_ENV_SECRET_GITHUB_TOKEN: secrets.SECRET_GH_TOKEN };

const validateDbtProject = job("validate_dbt_project", {
  "runs-on": "ubuntu-latest",
  steps: [
    uses("actions/checkout@v4.2.0"),
    uses("actions/setup-python@v5.2.0", { with: { "python-version": "3.12" } }),
    run("pip install -qr path_with_code_changes/requirements.txt --no-build-isolation", {
      name: "Install dependencies",
      env: { ...dbtToken, PIP_ROOT_USER_ACTION: "ignore" },
    }),
    // The step name keeps the seed's spelling, so the output compares equal to the seed.
    run("dbt -q deps", {
      name: "Install dbt package depenedencies",
      "working-directory": "path_with_code_changes",
      env: dbtToken,
    }),
    // Required by dbt parse. The variable holds profiles.yml encoded in base64:
    // base64 < .github/workflows/act/profiles.yml
    run("echo $PROFILES_YML_BASE64 | base64 --decode > path_with_code_changes/profiles.yml", {
      name: "Mount profiles.yml",
      env: { PROFILES_YML_BASE64: vars.PROFILES_YML_BASE64 },
    }),
    run("dbt -q parse", {
      name: "Validate the dbt project",
      "working-directory": "path_with_code_changes",
      env: dbtToken,
    }),
  ],
});

/** CI: runs on pull requests that touch the dbt project, and by hand. */
export const ci = workflow("ci", {
  on: {
    pull_request: { branches: ["main"], paths: ["path_with_code_changes/**"] },
    workflow_dispatch: {},
  },
  jobs: [validateDbtProject],
});

const build = job("build", {
  "runs-on": "ubuntu-latest",
  // The seed relies on the repository's default token permissions. pipewright makes the
  // workflow's token read-only, so the one job that pushes to ghcr.io asks for that right.
  permissions: { contents: "read", packages: "write" },
  steps: [
    uses("actions/checkout@v4.2.0", { name: "Checkout the code" }),
    uses("docker/setup-buildx-action@v3.6.1", { name: "Set up Docker Buildx" }),
    uses("docker/login-action@v3.3.0", {
      name: "Login to GitHub Container Registry",
      with: {
        registry: "ghcr.io",
        // The seed reads `secrets.GITHUB_ACTOR`, a secret that does not exist: the user
        // who triggered the run is `github.actor`.
        username: github.actor,
        password: secrets.GITHUB_TOKEN,
      },
    }),
    uses("docker/build-push-action@v6.7.0", {
      name: "Build Docker Image",
      id: "docker_build",
      with: {
        context: ".",
        file: "./Dockerfile",
        platforms: "linux/amd64,linux/arm64",
        tags: `ghcr.io/${github.repository}/my-image:tag`,
        // Pull requests only build; the image is pushed once the change is on main.
        push: and(eq(github.event_name, "push"), eq(github.ref, "refs/heads/main")),
      },
    }),
  ],
});

/** CD: builds the image on every pull request to main, and pushes it from main. */
export const cd = workflow("cd", {
  name: "Build and Push Docker Image",
  on: {
    pull_request: { branches: ["main"] },
    push: { branches: ["main"] },
  },
  jobs: [build],
});

export default [ci, cd];
