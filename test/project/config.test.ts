import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { adjustSeverities, type Diagnostic } from "../../src/lint/diagnostic.js";
import { configJsonSchema, isPlainConfig } from "../../src/project/config.js";
import { readConfig } from "../../src/project/find-config.js";

const CONFIG_FILE = "pipewright.config.json";

const committed = new URL("../../schemas/config.schema.json", import.meta.url);
const dirs: string[] = [];
afterEach(async () => Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true }))));

async function project(config: string | undefined) {
  const dir = await mkdtemp(join(tmpdir(), "pipewright-config-"));
  dirs.push(dir);
  if (config !== undefined) await writeFile(join(dir, CONFIG_FILE), config);
  return dir;
}

describe("pipewright.config.json", () => {
  it("schemas/config.schema.json is generated from the zod schema (UPDATE_SCHEMAS=1 rewrites it)", async () => {
    const expected = JSON.stringify(await configJsonSchema(), null, 2) + "\n";
    if (process.env.UPDATE_SCHEMAS) await writeFile(committed, expected);
    expect(await readFile(committed, "utf8")).toBe(expected);
  });

  it("is optional", async () => {
    expect(await readConfig(await project(undefined))).toEqual({});
  });

  it("reads source, out, strict and per-rule severities", async () => {
    const dir = await project(JSON.stringify({ source: "ci/workflows.ts", out: ".github/workflows", strict: true, rules: { "needs-cycle": "warning", cron: "off" } }));
    expect(await readConfig(dir)).toEqual({ source: "ci/workflows.ts", out: ".github/workflows", strict: true, rules: { "needs-cycle": "warning", cron: "off" } });
  });

  it("rejects unknown settings and bad severities, naming the place", async () => {
    await expect(readConfig(await project(JSON.stringify({ stict: true })))).rejects.toThrow(/pipewright\.config\.json is not valid:\n {2}- \(root\): Unrecognized key: "stict"/);
    await expect(readConfig(await project(JSON.stringify({ rules: { cron: "fatal" } })))).rejects.toThrow(/- rules\.cron: Invalid option/);
    await expect(readConfig(await project("{ nope"))).rejects.toThrow(/pipewright\.config\.json: not valid JSON/);
  });
});

describe("adjustSeverities", () => {
  const d = (rule: string, severity: Diagnostic["severity"]): Diagnostic => ({ rule, severity, message: "m", file: "f", path: "" });
  it("turns rules off, changes severities, and makes warnings errors under strict", () => {
    const found = [d("a", "error"), d("b", "warning"), d("c", "warning")];
    expect(adjustSeverities(found, { rules: { a: "off", b: "error" } }).map((x) => [x.rule, x.severity])).toEqual([["b", "error"], ["c", "warning"]]);
    expect(adjustSeverities(found, { strict: true }).map((x) => x.severity)).toEqual(["error", "error", "error"]);
  });
});

describe("the quick check of a config", () => {
  it("accepts only configs the zod schema accepts, and the plain ones it is meant for", async () => {
    const fc = (await import("fast-check")).default;
    const { z } = await import("zod");
    const schema = z.fromJSONSchema(JSON.parse(await readFile(committed, "utf8")));
    const value = fc.oneof(fc.string(), fc.boolean(), fc.integer(), fc.constant(null), fc.constantFrom("error", "warning", "off", "fatal"));
    const key = fc.constantFrom("$schema", "source", "sources", "out", "strict", "rules", "prettier", "scope", "stict", "cron", "needs-cycle", "Bad_Id", "");
    const config = fc.dictionary(key, fc.oneof(value, fc.dictionary(key, value, { maxKeys: 3 }), fc.array(value, { maxLength: 3 })), { maxKeys: 5 });
    fc.assert(fc.property(config, (data) => !isPlainConfig(data) || schema.safeParse(data).success), { numRuns: 2000 });
    expect(isPlainConfig({ source: "workflows.ts", strict: true, rules: { "unpinned-uses": "off" } })).toBe(true);
    expect(isPlainConfig({ sources: ["workflows.ts", "packages/*/workflows.ts"], prettier: false, scope: false })).toBe(true);
    expect(isPlainConfig({ sources: [] })).toBe(false);
    expect(isPlainConfig({ rules: { cron: "fatal" } })).toBe(false);
  });
});
