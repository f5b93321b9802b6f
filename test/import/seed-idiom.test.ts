// The seed's dbt CI imports to idiomatic TypeScript: typed secrets and vars, job references,
// typed conditions, the YAML comments kept; and it compiles back to the same workflow.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compile } from "../../src/compile/compile.js";
import { importModules } from "../../src/import/import-modules.js";
import { firstDifference } from "../../src/import/same-data.js";
import { expectValidWorkflow } from "../support/oracles.js";
import { ROOT } from "../support/packed.js";
import { RELEASE, SEED_CI, SEED_TS } from "./fixtures.js";
import { freshDir, loadEntries, parseWorkflowText, typeErrors, writeModules } from "./round-trip.js";

describe("importing the seed's dbt CI", () => {
  it("prints typed values, job references and the comments, and compiles back to the same workflow", async () => {
    const imported = await importModules([{ file: ".github/workflows/ci.yml", text: SEED_CI }], { layout: { kind: "file", path: "workflows.ts" } });
    expect(imported.diagnostics).toEqual([]);
    expect(imported.modules).toEqual([{ path: "workflows.ts", code: SEED_TS }]);
    expect(SEED_TS).not.toContain("${{");
    // The README shows this very output.
    expect(readFileSync(join(ROOT, "README.md"), "utf8")).toContain("imports as:\n\n```ts\n" + SEED_TS + "```\n");

    const dir = await freshDir("import-seed");
    const [file] = await writeModules(dir, imported.modules);
    expect(typeErrors([file!])).toEqual([]);
    const [values] = await loadEntries(dir, [file!]);
    const compiled = await compile(values!);
    expect(compiled.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(compiled.files.map((f) => f.path)).toEqual([".github/workflows/ci.yml"]);
    expect(firstDifference(parseWorkflowText(SEED_CI), parseWorkflowText(compiled.files[0]!.contents))).toBeUndefined();
    await expectValidWorkflow("ci.yml", compiled.files[0]!.contents);
  });

  it("turns needs into references declared first, conditions into functions, and notes how numbers were written", async () => {
    const imported = await importModules([{ file: ".github/workflows/release.yml", text: RELEASE }], { layout: { kind: "file", path: "workflows.ts" } });
    const code = imported.modules[0]!.code;
    expect(code).toContain(`const build = job("build", {`);
    expect(code.indexOf("const build")).toBeLessThan(code.indexOf("const publish"));
    expect(code).toContain(`  needs: build, // after the build\n  if: and(eq(github.event_name, "push"), startsWith(github.ref, "refs/tags/")),\n`);
    expect(code).toContain(`  "timeout-minutes": 90, // written 90.0 in the YAML\n`);
    expect(code).toContain("run(`./publish.sh \"${needs.build.outputs.version}\"`, {");
    expect(code).toContain(`        MODE: "yes",\n`);
    expect(code).toContain(`    // Releases on tags.\n    name: "Release",\n`);
  });

  it("with harden, leaves the defaults on and lists each change the compiler will make", async () => {
    const imported = await importModules([{ file: ".github/workflows/ci.yml", text: SEED_CI }, { file: ".github/workflows/release.yml", text: RELEASE }], { layout: { kind: "file", path: "workflows.ts" }, harden: true });
    expect(imported.modules[0]!.code).not.toContain("harden: false");
    expect(imported.workflows.map((w) => w.changes)).toEqual([
      [
        "permissions: added `contents: read` at the top; jobs without their own `permissions` get a read-only token",
        "jobs.validate_dbt_project.steps[0]: actions/checkout gets `persist-credentials: false`, so later steps cannot read the token from .git/config",
      ],
      ["jobs.publish.steps[0]: expressions in the script moved into `env:` (NEEDS_BUILD_OUTPUTS_VERSION), read as shell variables"],
    ]);
  });
});
