import { job, run, secrets, workflow } from "../../src/index.js";
import { ruleTester } from "./rule-tester.js";
import { yaml, yamlRuleTester } from "./yaml-rule-tester.js";

const HINT = "store it as a secret and write `password: ${{ secrets.REGISTRY_PASSWORD }}`; then change the password, which stays in the history";
const build = (definition: Record<string, unknown>) => workflow("ci", { on: "push", jobs: [job("build", { "runs-on": "ubuntu-latest", steps: [run("make")], ...definition } as never)] });

ruleTester("hardcoded-container-credentials", {
  valid: [
    { name: "a password from a secret", code: build({ container: { image: "ghcr.io/acme/build:1.4", credentials: { username: "acme-bot", password: secrets.REGISTRY_PASSWORD } } }) },
    // A throwaway database's settings are not a credential of anything outside the job.
    { name: "a service configured through env", code: build({ services: { postgres: { image: "postgres:16", env: { POSTGRES_PASSWORD: "test" } } } }) },
  ],
  invalid: [
    {
      name: "a literal password on the container and on a service",
      code: build({
        container: { image: "ghcr.io/acme/build:1.4", credentials: { username: "acme-bot", password: "hunter2" } },
        services: { cache: { image: "ghcr.io/acme/cache:2", credentials: { username: "acme-bot", password: "hunter2" } } },
      }),
      errors: [
        { path: "jobs.build.container.credentials.password", message: 'the registry password of job "build"\'s container is written in the workflow, for everyone who can read the repository', hint: HINT },
        { path: "jobs.build.services.cache.credentials.password", message: 'the registry password of service "cache" is written in the workflow, for everyone who can read the repository', hint: HINT },
      ],
    },
  ],
});

yamlRuleTester("hardcoded-container-credentials", {
  valid: [
    {
      name: "a secret",
      yaml: yaml("on: push", "permissions: {}", "jobs:", "  build:", "    runs-on: ubuntu-latest", "    container:", "      image: ghcr.io/acme/build:1.4", "      credentials:", "        username: ${{ github.actor }}", "        password: ${{ secrets.GITHUB_TOKEN }}", "    steps:", "      - run: make"),
    },
  ],
  invalid: [
    {
      name: "a number as the password",
      yaml: yaml("on: push", "jobs:", "  build:", "    runs-on: ubuntu-latest", "    services:", "      db:", "        image: ghcr.io/acme/db:1", "        credentials:", "          username: bot", "          password: 123456", "    steps:", "      - run: make"),
      errors: [{ at: "10:11", path: "jobs.build.services.db.credentials.password", message: 'the registry password of service "db" is written in the workflow, for everyone who can read the repository', hint: HINT }],
    },
  ],
});
