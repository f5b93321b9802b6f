// Workflow files the import tests start from: the seed's dbt CI (its `on` clause and job, as
// the seed document writes them) and a small release workflow with needs and expressions.
export const SEED_CI = `name: CI

on:
  pull_request:
    branches: [ main ]
    paths:
      - "path_with_code_changes/**"
  workflow_dispatch:

jobs:
  validate_dbt_project:
    runs-on: ubuntu-latest

    steps:
      - uses: actions/checkout@v4.2.0
      - uses: actions/setup-python@v5.2.0
        with:
          python-version: "3.12"

      - name: Install dependencies
        env:
          DBT_ENV_SECRET_GITHUB_TOKEN: \${{ secrets.SECRET_GH_TOKEN }}
          PIP_ROOT_USER_ACTION: ignore
        run: pip install -qr path_with_code_changes/requirements.txt --no-build-isolation

      - name: Install dbt package depenedencies
        working-directory: path_with_code_changes
        env:
          DBT_ENV_SECRET_GITHUB_TOKEN: \${{ secrets.SECRET_GH_TOKEN }}
        run: dbt -q deps

      - name: Mount profiles.yml
        # Required by dbt parse.
        # The var is the contents of the profiles.yml, encoded in base64:
        # echo .github/workflows/act/profiles.yml | base64
        env:
          PROFILES_YML_BASE64: \${{ vars.PROFILES_YML_BASE64 }}
        run: echo $PROFILES_YML_BASE64 | base64 --decode > path_with_code_changes/profiles.yml

      - name: Validate the dbt project
        working-directory: path_with_code_changes
        env:
          DBT_ENV_SECRET_GITHUB_TOKEN: \${{ secrets.SECRET_GH_TOKEN }}
        run: dbt -q parse
`;

export const RELEASE = `# Releases on tags.
name: Release
on:
  push:
    tags: ["v*"]
permissions:
  contents: read
jobs:
  build:
    runs-on: ubuntu-latest
    outputs:
      version: \${{ steps.meta.outputs.version }}
    steps:
      - id: meta
        run: echo "version=\${GITHUB_REF_NAME#v}" >> "$GITHUB_OUTPUT"
  publish:
    needs: build # after the build
    if: github.event_name == 'push' && startsWith(github.ref, 'refs/tags/')
    runs-on: ubuntu-latest
    timeout-minutes: 90.0
    steps:
      - run: ./publish.sh "\${{ needs.build.outputs.version }}"
        env:
          MODE: yes
`;

/** What `pipewright import` prints for SEED_CI (shown in the README). */
export const SEED_TS = `import { job, run, secrets, uses, vars, workflow } from "pipewright";

// From .github/workflows/ci.yml.
const validateDbtProject = job("validate_dbt_project", {
  "runs-on": "ubuntu-latest",
  steps: [
    uses("actions/checkout@v4.2.0"),
    uses("actions/setup-python@v5.2.0", {
      with: {
        "python-version": "3.12",
      },
    }),
    run(
      "pip install -qr path_with_code_changes/requirements.txt --no-build-isolation",
      {
        name: "Install dependencies",
        env: {
          DBT_ENV_SECRET_GITHUB_TOKEN: secrets.SECRET_GH_TOKEN,
          PIP_ROOT_USER_ACTION: "ignore",
        },
      },
    ),
    run("dbt -q deps", {
      name: "Install dbt package depenedencies",
      "working-directory": "path_with_code_changes",
      env: {
        DBT_ENV_SECRET_GITHUB_TOKEN: secrets.SECRET_GH_TOKEN,
      },
    }),
    run(
      "echo $PROFILES_YML_BASE64 | base64 --decode > path_with_code_changes/profiles.yml",
      {
        name: "Mount profiles.yml",
        // Required by dbt parse.
        // The var is the contents of the profiles.yml, encoded in base64:
        // echo .github/workflows/act/profiles.yml | base64
        env: {
          PROFILES_YML_BASE64: vars.PROFILES_YML_BASE64,
        },
      },
    ),
    run("dbt -q parse", {
      name: "Validate the dbt project",
      "working-directory": "path_with_code_changes",
      env: {
        DBT_ENV_SECRET_GITHUB_TOKEN: secrets.SECRET_GH_TOKEN,
      },
    }),
  ],
});

export const ci = workflow(
  "ci",
  {
    name: "CI",
    on: {
      pull_request: {
        branches: ["main"],
        paths: ["path_with_code_changes/**"],
      },
      workflow_dispatch: null,
    },
    jobs: [validateDbtProject],
  },
  { harden: false },
);

export default [ci];
`;

