// Where the config is found (walking up to the folder holding .git, and no further), the
// formats it is read from, and the messages for a config that is not valid.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { defineConfig } from "../../src/index.js";
import { findConfig } from "../../src/project/find-config.js";
import { loadModule } from "../../src/project/load.js";
import { DSL } from "../cli/temp-project.js";

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

/** A folder holding `files`; `.git` as a key makes it a repository root. */
async function tree(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "pipewright-find-config-"));
  dirs.push(root);
  for (const [path, text] of Object.entries(files)) {
    if (path.endsWith("/")) await mkdir(join(root, path), { recursive: true });
    else {
      await mkdir(dirname(join(root, path)), { recursive: true });
      await writeFile(join(root, path), text);
    }
  }
  return root;
}

const find = (dir: string) => findConfig(dir, loadModule);

describe("defineConfig", () => {
  it("returns its argument, and types every key", () => {
    expect(defineConfig({ sources: ["packages/*/workflows.ts"], scope: false })).toEqual({ sources: ["packages/*/workflows.ts"], scope: false });
    // @ts-expect-error sources is a list of globs
    defineConfig({ sources: "workflows.ts" });
    // @ts-expect-error a misspelled key does not compile
    defineConfig({ stict: true });
    // @ts-expect-error severities are error, warning or off
    defineConfig({ rules: { cron: "fatal" } });
  });
});

describe("finding the config", () => {
  it("walks up from a package folder to the repository root", async () => {
    const root = await tree({ ".git/": "", "pipewright.config.json": '{ "sources": ["packages/*/workflows.ts"] }', "packages/web/package.json": "{}" });
    const found = await find(join(root, "packages/web"));
    expect(found).toEqual({ config: { sources: ["packages/*/workflows.ts"] }, root, file: join(root, "pipewright.config.json"), inputs: [join(root, "pipewright.config.json")] });
  });

  it("takes the nearest: a package.json with a \"pipewright\" key below the root wins, one without is passed by", async () => {
    const root = await tree({
      ".git/": "", "pipewright.config.json": '{ "strict": true }',
      "apps/a/package.json": '{ "name": "a", "pipewright": { "out": "ci" } }', "apps/b/package.json": '{ "name": "b" }',
    });
    expect(await find(join(root, "apps/a"))).toMatchObject({ config: { out: "ci" }, root: join(root, "apps/a") });
    expect(await find(join(root, "apps/b"))).toMatchObject({ config: { strict: true }, root });
  });

  it("stops at the repository root, and outside a repository looks only in the working directory", async () => {
    const outer = await tree({ "pipewright.config.json": '{ "strict": true }', "repo/.git/": "", "repo/app/": "", "loose/app/": "" });
    expect(await find(join(outer, "repo/app"))).toEqual({ config: {}, root: join(outer, "repo/app"), inputs: [] });
    expect(await find(join(outer, "loose/app"))).toEqual({ config: {}, root: join(outer, "loose/app"), inputs: [] });
    expect((await find(outer)).config).toEqual({ strict: true });
  });

  it("reads pipewright.config.ts through the workflows.ts loader, and .mjs as it is", async () => {
    const root = await tree({
      ".git/": "",
      "shared.ts": 'export const rules = { "unpinned-uses": "error" } as const;',
      "pipewright.config.ts": `import { defineConfig } from ${JSON.stringify(DSL)};\nimport { rules } from "./shared";\nexport default defineConfig({ sources: ["workflows.ts", "packages/*/workflows.ts"], rules, prettier: false });\n`,
      "other/.git/": "",
      "other/pipewright.config.mjs": "export default { scope: false };\n",
    });
    const found = await find(root);
    expect(found.config).toEqual({ sources: ["workflows.ts", "packages/*/workflows.ts"], rules: { "unpinned-uses": "error" }, prettier: false });
    expect(found.inputs).toEqual(expect.arrayContaining([join(root, "pipewright.config.ts"), join(root, "shared.ts")]));
    expect((await find(join(root, "other"))).config).toEqual({ scope: false });
  });

  it("names the file and the key of a setting that is not valid", async () => {
    const root = await tree({
      "ts/.git/": "", "ts/pipewright.config.ts": "export default { sources: [1], strict: \"yes\" };\n",
      "pkg/.git/": "", "pkg/package.json": '{ "pipewright": { "sources": "workflows.ts" } }',
      "both/.git/": "", "both/pipewright.config.json": '{ "source": "a.ts", "sources": ["b.ts"] }',
      "two/.git/": "", "two/pipewright.config.json": "{}", "two/package.json": '{ "pipewright": {} }',
      "none/.git/": "", "none/pipewright.config.mjs": "export const config = {};\n",
    });
    await expect(find(join(root, "ts"))).rejects.toThrow(/^pipewright\.config\.ts is not valid:\n {2}- sources\.0: Invalid input: expected string, received number\n {2}- strict: Invalid input: expected boolean, received string\n/);
    await expect(find(join(root, "pkg"))).rejects.toThrow(/^package\.json \("pipewright" key\) is not valid:\n {2}- pipewright\.sources: Invalid input: expected array, received string\n/);
    await expect(find(join(root, "both"))).rejects.toThrow('pipewright.config.json is not valid:\n  - source: set either "source" or "sources", not both');
    await expect(find(join(root, "two"))).rejects.toThrow('.: pipewright.config.json and package.json ("pipewright" key) are both pipewright configurations. Keep one of them.');
    await expect(find(join(root, "none"))).rejects.toThrow("pipewright.config.mjs has no default export. Write `export default defineConfig({ sources: [\"workflows.ts\"] })`.");
  });
});
