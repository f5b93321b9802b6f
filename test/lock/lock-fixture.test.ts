// `pipewright actions add` against the stand-in GitHub server, end to end in one process: the
// lock and module it writes are compared byte for byte with test/lock/fixture/, which the type
// tests (bindings-types.test.ts) and compile tests then use. UPDATE_FIXTURES=1 rewrites them.
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actionsCommand } from "../../src/cli/actions-command.js";
import type { StandInServer } from "../support/github-server.js";
import { startActionsServer } from "./fake-actions.js";

export const FIXTURE = fileURLToPath(new URL("./fixture/", import.meta.url));
/** The fixture module imports the bindings from this checkout's sources. */
export const IMPORT_FROM = "../../../src/actions/index.js";
export const FIXTURE_ACTIONS = ["acme/hello-action@v1.2.0", "acme/tools/lint@v3.1.0", "other-org/hello-action@v5", "./.github/actions/db-migrate"];

let server: StandInServer;
let dir: string;
beforeAll(async () => {
  server = await startActionsServer();
  dir = await mkdtemp(join(tmpdir(), "pipewright-lock-"));
  await cp(join(FIXTURE, ".github"), join(dir, ".github"), { recursive: true });
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

describe("pipewright actions add", () => {
  it("writes the lock and the module of test/lock/fixture", async () => {
    const out = await actionsCommand(["add", ...FIXTURE_ACTIONS], {}, dir, { GITHUB_API_URL: server.url, GITHUB_TOKEN: "s3cret" }, { importFrom: IMPORT_FROM });
    expect(out).toEqual({
      code: 0,
      stderr: "",
      stdout: [
        "added acme/hello-action v1.2.0 (a1a1a1a1a1a1) as acmeHelloAction",
        "added acme/tools/lint v3.1.0 (d3d3d3d3d3d3) as toolsLint",
        "added other-org/hello-action v5.0.0 (e5e5e5e5e5e5) as otherOrgHelloAction",
        "added ./.github/actions/db-migrate as dbMigrate",
        "wrote pipewright.lock.json and pipewright.actions.ts",
        'use it in your source: import { acmeHelloAction, toolsLint, otherOrgHelloAction, dbMigrate } from "./pipewright.actions.js";',
        "then run: npx pipewright generate",
        "",
      ].join("\n"),
    });
    for (const file of ["pipewright.lock.json", "pipewright.actions.ts"]) {
      const written = await readFile(join(dir, file), "utf8");
      if (process.env.UPDATE_FIXTURES) await writeFile(join(FIXTURE, file), written);
      expect(written, file).toBe(await readFile(join(FIXTURE, file), "utf8"));
    }
    // Only the four documented endpoints, each with the token.
    expect(new Set(server.requests.map((r) => r.path.replace(/^\/repos\/[^/]+\/[^/]+\//, "").replace(/\/.*$/, "")))).toEqual(new Set(["commits", "tags", "contents"]));
    expect(server.requests.every((r) => r.headers.authorization === "Bearer s3cret")).toBe(true);
  });
});
