// Adding the gen-workflows script to a package.json edits the text in place: every other byte
// (key order, indentation, compact arrays, line endings, the final newline) stays as it was.
import { describe, expect, it } from "vitest";
import { addScript } from "../../src/project/package-json-script.js";

const add = (text: string) => addScript(text, "gen-workflows", "pipewright generate");
const added = (text: string) => {
  const edit = add(text);
  if (edit.kind !== "added") throw new Error(`expected an edit, got ${edit.kind}`);
  expect(JSON.parse(edit.text).scripts["gen-workflows"]).toBe("pipewright generate");
  return edit.text;
};

describe("addScript", () => {
  it.each<[string, string, string]>([
    ["after the last script, two spaces",
      '{\n  "name": "app",\n  "scripts": {\n    "test": "vitest",\n    "build": "tsc"\n  },\n  "files": ["dist"]\n}\n',
      '{\n  "name": "app",\n  "scripts": {\n    "test": "vitest",\n    "build": "tsc",\n    "gen-workflows": "pipewright generate"\n  },\n  "files": ["dist"]\n}\n'],
    ["a new scripts key after the last key, four spaces, a compact array kept compact",
      '{\n    "name": "app",\n    "files": ["dist", "schemas"]\n}\n',
      '{\n    "name": "app",\n    "files": ["dist", "schemas"],\n    "scripts": {\n        "gen-workflows": "pipewright generate"\n    }\n}\n'],
    ["tabs and CRLF, into an empty scripts object, no final newline",
      '{\r\n\t"name": "app",\r\n\t"scripts": {}\r\n}',
      '{\r\n\t"name": "app",\r\n\t"scripts": {\r\n\t\t"gen-workflows": "pipewright generate"\r\n\t}\r\n}'],
    ["an empty object", "{}\n", '{\n  "scripts": {\n    "gen-workflows": "pipewright generate"\n  }\n}\n'],
  ])("%s", (_, before, after) => {
    expect(added(before)).toBe(after);
  });

  it("leaves a script that is already there, or runs something else, alone", () => {
    expect(add('{ "scripts": { "gen-workflows": "pipewright generate" } }')).toEqual({ kind: "present" });
    expect(add('{ "scripts": { "gen-workflows": "node build.mjs && pipewright generate" } }')).toEqual({ kind: "different", existing: "node build.mjs && pipewright generate" });
  });

  it.each<[string, string]>([
    ["package.json:2:11: not a JSON object (a syntax error here); fix it, then run pipewright init again", "{\n  \"name\": }"],
    ["package.json: not a JSON object; fix it, then run pipewright init again", "[]"],
    ['package.json: "scripts" must be an object of script names and commands', '{ "scripts": ["build"] }'],
  ])("refuses %s", (message, text) => {
    expect(() => add(text)).toThrow(message);
  });
});
