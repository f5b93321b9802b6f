import { job, run, secrets, uses, workflow } from "../../src/index.js";
import { ruleTester } from "./rule-tester.js";
import { yaml, yamlRuleTester } from "./yaml-rule-tester.js";

const SHA = "76f52bc884231f62b9a034ebfe128415bbaabdfc";
const release = (steps: unknown[], permissions: Record<string, string> = { contents: "read" }) =>
  workflow("release", { on: { release: { types: ["published"] } }, permissions: {}, jobs: [job("publish", { "runs-on": "ubuntu-latest", permissions, steps: steps as never })] });
const hint = (registry: string, docs: string) => `set up trusted publishing for this repository on ${registry} (${docs}), give the job \`permissions: { id-token: write }\` and drop the secret`;

ruleTester("trusted-publishing", {
  valid: [
    { name: "PyPI by trusted publishing", code: release([uses(`pypa/gh-action-pypi-publish@${SHA}`)], { "id-token": "write" }) },
    { name: "npm publish without a stored token", code: release([run("npm publish --provenance")], { "id-token": "write" }) },
    { name: "a registry without trusted publishing", code: release([run("helm push chart.tgz oci://ghcr.io/acme", { env: { HELM_TOKEN: `${secrets.HELM_TOKEN}` } })]) },
    { name: "twine upload to a private index", code: release([run("twine upload --repository-url https://pypi.acme.internal/ dist/*", { env: { TWINE_PASSWORD: `${secrets.INDEX_TOKEN}` } })]) },
    { name: "npm publish to GitHub Packages", code: release([run("npm publish --registry https://npm.pkg.github.com", { env: { NODE_AUTH_TOKEN: "${{ github.token }}" } })], { packages: "write" }) },
  ],
  invalid: [
    {
      name: "the PyPI action given a password",
      code: release([uses(`pypa/gh-action-pypi-publish@${SHA}`, { with: { password: `${secrets.PYPI_TOKEN}` } })]),
      errors: [{ severity: "warning", path: "jobs.publish.steps[0].with.password", message: "pypa/gh-action-pypi-publish publishes to PyPI with a stored token, where PyPI accepts GitHub's short-lived OIDC token instead", hint: hint("PyPI", "https://docs.pypi.org/trusted-publishers/") }],
    },
    {
      name: "npm publish with NODE_AUTH_TOKEN from a secret",
      code: release([run("npm publish", { env: { NODE_AUTH_TOKEN: `${secrets.NPM_TOKEN}` } })]),
      errors: [{ severity: "warning", path: "jobs.publish.steps[0].run", message: "the script publishes to npm with a stored token (`NODE_AUTH_TOKEN`), where npm accepts GitHub's short-lived OIDC token instead", hint: hint("npm", "https://docs.npmjs.com/trusted-publishers") }],
    },
  ],
});

yamlRuleTester("trusted-publishing", {
  valid: [{ name: "cargo publish with the OIDC token of the run", yaml: yaml("on: release", "permissions:", "  id-token: write", "jobs:", "  publish:", "    runs-on: ubuntu-latest", "    steps:", "      - run: cargo publish") }],
  invalid: [
    {
      name: "twine upload over continued lines, in a workflow that cannot ask for an OIDC token",
      yaml: yaml("on: release", "permissions:", "  contents: read", "jobs:", "  publish:", "    runs-on: ubuntu-latest", "    steps:", "      - run: |", "          python -m twine \\", "            upload dist/*"),
      errors: [{
        severity: "warning", at: "8:9", path: "jobs.publish.steps[0].run",
        message: "the script publishes to PyPI, and without `id-token: write` it can only do so with a stored token, where PyPI accepts GitHub's short-lived OIDC token instead",
        hint: hint("PyPI", "https://docs.pypi.org/trusted-publishers/"),
      }],
    },
    {
      name: "cargo publish --token from a secret",
      yaml: yaml("on: release", "permissions: {}", "jobs:", "  publish:", "    runs-on: ubuntu-latest", "    steps:", "      - run: cargo publish --token ${{ secrets.CRATES_TOKEN }}"),
      errors: [{ severity: "warning", at: "7:9", path: "jobs.publish.steps[0].run", message: "the script publishes to crates.io with a stored token, where crates.io accepts GitHub's short-lived OIDC token instead", hint: hint("crates.io", "https://crates.io/docs/trusted-publishing") }],
    },
  ],
});

yamlRuleTester("trusted-publishing", {
  valid: [
    {
      name: "NuGet with the key its login action exchanges for the OIDC token",
      yaml: yaml("on: push", "permissions: {}", "jobs:", "  pack:", "    runs-on: ubuntu-latest", "    permissions:", "      id-token: write", "    steps:",
        "      - id: login", "        uses: NuGet/login@v1", "        with:", "          user: acme",
        "      - run: dotnet nuget push app.nupkg --api-key \"$KEY\" --source https://api.nuget.org/v3/index.json", "        env:", "          KEY: ${{ steps.login.outputs.NUGET_API_KEY }}"),
    },
    { name: "NuGet to a private feed", yaml: yaml("on: push", "permissions: {}", "jobs:", "  pack:", "    runs-on: ubuntu-latest", "    steps:", "      - run: dotnet nuget push app.nupkg --source https://nuget.acme.internal/v3/index.json") },
  ],
  invalid: [
    {
      name: "NuGet with a stored key",
      yaml: yaml("on: push", "permissions: {}", "jobs:", "  pack:", "    runs-on: ubuntu-latest", "    permissions:", "      id-token: write", "    steps:",
        "      - run: dotnet nuget push app.nupkg --api-key ${{ secrets.NUGET_KEY }} --source https://api.nuget.org/v3/index.json"),
      errors: [{ severity: "warning", at: "9:9", path: "jobs.pack.steps[0].run", message: "the script publishes to NuGet with a stored token, where NuGet accepts GitHub's short-lived OIDC token instead", hint: hint("NuGet", "https://learn.microsoft.com/nuget/nuget-org/trusted-publishing") }],
    },
    {
      name: "nuget push in a job that cannot ask for the OIDC token",
      yaml: yaml("on: push", "permissions: {}", "jobs:", "  pack:", "    runs-on: windows-latest", "    steps:", "      - run: nuget.exe push app.nupkg"),
      errors: [{ severity: "warning", at: "7:9", path: "jobs.pack.steps[0].run", message: "the script publishes to NuGet, and without `id-token: write` it can only do so with a stored token, where NuGet accepts GitHub's short-lived OIDC token instead", hint: hint("NuGet", "https://learn.microsoft.com/nuget/nuget-org/trusted-publishing") }],
    },
  ],
});
