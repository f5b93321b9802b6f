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

it("lint names a locked release built for a Node GitHub removed, and the update that moves the lock", async () => {
  const { renderModule } = await import("../../src/lock/render-module.js");
  const lock = JSON.parse((await fixture("pipewright.lock.json")).replace(/("acme\/hello-action": \{[\s\S]*?"runs": )"node20"/, '$1"node16"'));
  expect(lock.actions["acme/hello-action"].metadata.runs).toBe("node16");
  const importFrom = /^import .* from "([^"]+)";$/m.exec(await fixture("pipewright.actions.ts"))?.[1];
  const project = await newProject({
    "pipewright.lock.json": JSON.stringify(lock, null, 2) + "\n",
    "pipewright.actions.ts": renderModule(lock, importFrom),
    ".github/workflows/hello.yml": `on: push
permissions: {}
jobs:
  greet:
    runs-on: ubuntu-latest
    steps:
      - uses: acme/hello-action@${"a1".repeat(20)} # v1.2.0
        with:
          who: world
`,
  });
  expect(await project.cli("lint", "--format", "json")).toMatchObject({ code: 1 });
  const { diagnostics } = JSON.parse((await project.cli("lint", "--format", "json")).stdout) as { diagnostics: { rule: string; message: string; hint: string }[] };
  expect(diagnostics.filter((d) => d.rule === "action-node-runtime")).toEqual([expect.objectContaining({
    message: `acme/hello-action@${"a1".repeat(20)} (v1) is built for Node 16, which GitHub's runners no longer have`,
    hint: "run `pipewright actions update --major acmeHelloAction` to lock the action's newest release, and check its release notes for changed inputs",
  })]);
});
