// pipewright.lock.json and its JSON Schema: the schema shipped in schemas/ is generated from the
// zod schema pipewright reads the lock with (UPDATE_SCHEMAS=1 rewrites it), accepts real locks,
// and rejects what pipewright rejects; every bad lock is an error naming the entry at fault.
import { readFile, writeFile } from "node:fs/promises";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { parseLock, renderLock } from "../../src/lock/lock-file.js";
import { isPlainLock } from "../../src/lock/lock-names.js";
import { lockJsonSchema, lockSchema } from "../../src/lock/lock-schema.js";

const committed = new URL("../../schemas/pipewright-lock.schema.json", import.meta.url);
const fixture = await readFile(new URL("./fixture/pipewright.lock.json", import.meta.url), "utf8");

const validate = new Ajv2020({ strict: true, allErrors: true }).compile(JSON.parse(await readFile(committed, "utf8").catch(() => "{}")));

/** The fixture lock with one change. */
function changed(edit: (lock: { actions: Record<string, Record<string, unknown> & { metadata: Record<string, unknown> }> } & Record<string, unknown>) => void): string {
  const lock = JSON.parse(fixture);
  edit(lock);
  return JSON.stringify(lock);
}

const messageOf = async (text: string) => {
  try {
    await parseLock(text);
  } catch (error) {
    return (error as Error).message;
  }
  return "accepted";
};

const HELLO = "acme/hello-action";

describe("pipewright.lock.json", () => {
  it("schemas/pipewright-lock.schema.json is generated from the zod schema", async () => {
    const expected = JSON.stringify(lockJsonSchema(), null, 2) + "\n";
    if (process.env.UPDATE_SCHEMAS) await writeFile(committed, expected);
    expect(await readFile(committed, "utf8")).toBe(expected);
  });

  it("the schema and pipewright accept a real lock, and pipewright writes it back byte for byte", async () => {
    expect(validate(JSON.parse(fixture)), JSON.stringify(validate.errors)).toBe(true);
    expect(renderLock(await parseLock(fixture))).toBe(fixture);
  });

  it("the check made without zod accepts real locks and nothing zod would reject", () => {
    expect(isPlainLock(JSON.parse(fixture))).toBe(true);
    const variants = [
      changed((l) => { l.actions[HELLO]!.commit = "A1".repeat(20); }),
      changed((l) => { l.actions[HELLO]!.metadata.inputs = { who: { required: "yes" } }; }),
      changed((l) => { l.actions[HELLO]!.metadata.outputs = { message: "text" }; }),
      changed((l) => { l.actions[HELLO]!.metadata.runs = ""; }),
      changed((l) => { l.actions[HELLO]!.ref = ""; }),
      changed((l) => { l.actions["acme/x@v1"] = l.actions[HELLO]!; }),
      changed((l) => { l.extra = true; }),
      changed((l) => { l.$schema = "./node_modules/pipewright/schemas/pipewright-lock.schema.json"; }),
    ].map((text) => JSON.parse(text));
    for (const data of variants) {
      if (isPlainLock(data)) expect(lockSchema.safeParse(data).success, JSON.stringify(data).slice(0, 200)).toBe(true);
      expect(isPlainLock(data)).toBe(validate(data));
    }
  });

  it.each([
    ["a short commit", changed((l) => { l.actions[HELLO]!.commit = "a1a1a1"; }), `actions["${HELLO}"].commit: Invalid string: must match pattern /^[0-9a-f]{40}$/`],
    ["an unknown key", changed((l) => { l.actions[HELLO]!.sha = "x"; }), `actions["${HELLO}"]: Unrecognized key: "sha"`],
    ["a binding that is not an identifier", changed((l) => { l.actions[HELLO]!.binding = "hello-action"; }), `actions["${HELLO}"].binding: Invalid string: must match pattern`],
    ["no runs", changed((l) => { delete l.actions[HELLO]!.metadata.runs; }), `actions["${HELLO}"].metadata.runs: Invalid input: expected string, received undefined`],
    ["another lockfileVersion", changed((l) => { l.lockfileVersion = 2; }), "lockfileVersion: Invalid input: expected 1"],
    ["a name that is not an action", changed((l) => { l.actions["not an action"] = l.actions[HELLO]!; }), `actions["not an action"]: Invalid key in record`],
  ])("the schema and pipewright both reject %s, naming the entry", async (_, text, message) => {
    expect(validate(JSON.parse(text))).toBe(false);
    expect(await messageOf(text)).toContain(message);
    expect(await messageOf(text)).toMatch(/^pipewright\.lock\.json does not match its schema \(schemas\/pipewright-lock\.schema\.json in the pipewright package\):\n/);
  });

  it("rejects what the schema cannot say: a remote action without its pin, a local one with one, two actions with one binding", async () => {
    expect(await messageOf(changed((l) => { delete l.actions[HELLO]!.commit; }))).toBe(`pipewright.lock.json is not valid:
  - actions["${HELLO}"]: needs "ref", "version", "commit" and "metadata.commit"
Fix those entries, or remove them and run \`pipewright actions add\` again.`);
    expect(await messageOf(changed((l) => { l.actions["./.github/actions/db-migrate"]!.commit = "a".repeat(40); }))).toContain(`  - actions["./.github/actions/db-migrate"]: a local action has no ref, version or commit; it is read from this repository`);
    expect(await messageOf(changed((l) => { l.actions["acme/tools/lint"]!.binding = "acmeHelloAction"; }))).toContain(`  - actions["acme/tools/lint"]: binding "acmeHelloAction" is also the binding of ${HELLO}`);
  });

  it("a lock that is not JSON says so and how to recover", async () => {
    expect(await messageOf(fixture.slice(0, 100))).toMatch(/^pipewright\.lock\.json is not valid JSON \(.+\)\. Restore it \(`git checkout -- pipewright\.lock\.json`\) or fix it by hand\.$/);
  });
});

describe("the README's Renovate custom manager", () => {
  it("finds every remote action of a lock, with its version and commit", async () => {
    const readme = await readFile(new URL("../../README.md", import.meta.url), "utf8");
    const block = /```json\n(\{\n {2}"ignorePaths"[\s\S]*?)```/.exec(readme)?.[1];
    expect(block, "the Renovate example in README.md").toBeDefined();
    const config = JSON.parse(block!) as { customManagers: { managerFilePatterns: string[]; matchStrings: string[] }[] };
    const [manager] = config.customManagers;
    expect(new RegExp(manager!.managerFilePatterns[0]!.slice(1, -1)).test("pipewright.lock.json")).toBe(true);
    const found = [...fixture.matchAll(new RegExp(manager!.matchStrings[0]!, "g"))].map((m) => [m.groups!.depName, m.groups!.currentValue, m.groups!.currentDigest]);
    expect(found).toEqual([
      ["acme/hello-action", "v1.2.0", "a1".repeat(20)],
      ["acme/tools", "v3.1.0", "d3".repeat(20)],
      ["other-org/hello-action", "v5.0.0", "e5".repeat(20)],
    ]);
  });
});
