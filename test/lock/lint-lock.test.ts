// `pipewright lint` reads the project's lock, without the network: YAML steps of locked actions
// are checked against the lock's metadata like those of bundled actions.
import { readFile } from "node:fs/promises";
import { expect, it } from "vitest";
import { tempProjects } from "../cli/temp-project.js";

const newProject = tempProjects();
const fixture = (name: string) => readFile(new URL(`./fixture/${name}`, import.meta.url), "utf8");

it("lint checks steps of locked actions against the lock", async () => {
  const project = await newProject({
    "pipewright.lock.json": await fixture("pipewright.lock.json"),
    "pipewright.actions.ts": await fixture("pipewright.actions.ts"),
    ".github/workflows/hello.yml": `on: push
permissions: {}
jobs:
  greet:
    runs-on: ubuntu-latest
    steps:
      - uses: acme/hello-action@${"a1".repeat(20)} # v1.2.0
        with:
          who: world
          gretting: Hi
      - uses: acme/hello-action@${"a1".repeat(20)} # v1.3.0
        with:
          who: world
      - uses: acme/hello-action@v1
        with:
          who: world
`,
  });
  expect(await project.cli("lint")).toEqual({ code: 1, stderr: "", stdout: [
    '.github/workflows/hello.yml:10:11: error: "gretting" is not an input of acme/hello-action v1 [action-ref]',
    ".github/workflows/hello.yml:11:9: warning: the comment says v1.3.0, but commit a1a1a1a1a1a1 of acme/hello-action is v1.2.0 [ref-version-mismatch]",
    '.github/workflows/hello.yml:14:9: warning: "acme/hello-action@v1" is pinned to a tag ("v1"), which the owner of acme/hello-action can move to other code [unpinned-uses]',
    '.github/workflows/hello.yml:14:9: warning: acme/hello-action is locked at v1.2.0 (a1a1a1a1a1a1) in pipewright.lock.json, but this step uses it at "v1" [locked-action-ref]',
    "1 file linted: 1 error, 3 warnings",
    "",
  ].join("\n") });
});
