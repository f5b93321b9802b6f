import { job, matrix, run, workflow } from "../../src/index.js";
import { ruleTester } from "./rule-tester.js";
import { yaml, yamlRuleTester } from "./yaml-rule-tester.js";

const DIGEST = "sha256:4bcff63911fcb4448bd4fdacec207030997caf25e9bea4045fa6c8c44de311d1";
const build = (definition: Record<string, unknown>) => workflow("ci", { on: "push", jobs: [job("test", { "runs-on": "ubuntu-latest", steps: [run("make test")], ...definition } as never)] });

ruleTester("unpinned-images", {
  valid: [
    { name: "version tags and a digest", code: build({ container: "python:3.12-slim", services: { db: { image: `postgres@${DIGEST}` }, cache: { image: "registry.example.com:5000/acme/redis:7.2" } } }) },
    {
      name: "an image chosen by the matrix",
      code: build({ strategy: { matrix: { image: ["postgres:15", "postgres:16"] } }, services: { db: { image: matrix.image } } }),
    },
  ],
  invalid: [
    {
      name: "no tag and latest",
      code: build({ container: { image: "node" }, services: { cache: { image: "ghcr.io/acme/redis:latest" } } }),
      errors: [
        { severity: "warning", path: "jobs.test.container.image", message: 'job "test"\'s container image "node" has no tag, so it is whatever was pushed last', hint: 'name a version: "node:<version>", or pin a digest: "node@sha256:<digest>"' },
        {
          severity: "warning", path: "jobs.test.services.cache.image", message: 'service "cache" image "ghcr.io/acme/redis:latest" uses the `latest` tag, which moves with every release',
          hint: 'name a version instead of latest, or pin a digest: "ghcr.io/acme/redis@sha256:<digest>"',
        },
      ],
    },
  ],
});

yamlRuleTester("unpinned-images", {
  valid: [{ name: "a tag", yaml: yaml("on: push", "permissions: {}", "jobs:", "  test:", "    runs-on: ubuntu-latest", "    container: node:22", "    steps:", "      - run: make") }],
  invalid: [
    {
      name: "a matrix value without a tag, and an empty service image",
      yaml: yaml(
        "on: push", "permissions: {}", "jobs:", "  test:", "    runs-on: ubuntu-latest", "    strategy:", "      matrix:", "        image: [\"postgres:16\", postgres]",
        "    container: ${{ matrix.image }}", "    services:", "      cache:", "        image: ${{ '' }}", "    steps:", "      - run: make",
      ),
      errors: [
        { severity: "warning", at: "9:5", path: "jobs.test.container", message: 'job "test"\'s container image "postgres" (through `matrix.image`) has no tag, so it is whatever was pushed last', hint: 'name a version: "postgres:<version>", or pin a digest: "postgres@sha256:<digest>"' },
        { at: "12:9", path: "jobs.test.services.cache.image", message: 'service "cache" image is empty: the job cannot start', hint: "name an image with a version tag, or remove the container" },
      ],
    },
    {
      name: "an image name with capitals",
      yaml: yaml("on: push", "permissions: {}", "jobs:", "  test:", "    runs-on: ubuntu-latest", "    container: Acme/Builder:2.1", "    steps:", "      - run: make"),
      errors: [{
        at: "6:5", path: "jobs.test.container", message: 'job "test"\'s container image "Acme/Builder:2.1" is not a valid image reference: the job cannot start',
        hint: "write [registry/]name[:tag][@sha256:digest] with a lower-case name (letters, digits, `.`, `_`, `-`, `/`)",
      }],
    },
    {
      name: "a registry port, no tag",
      yaml: yaml("on: push", "jobs:", "  test:", "    runs-on: ubuntu-latest", "    container: localhost:5000/build", "    steps:", "      - run: make"),
      errors: [{
        severity: "warning", at: "5:5", path: "jobs.test.container", message: 'job "test"\'s container image "localhost:5000/build" has no tag, so it is whatever was pushed last',
        hint: 'name a version: "localhost:5000/build:<version>", or pin a digest: "localhost:5000/build@sha256:<digest>"',
      }],
    },
  ],
});
