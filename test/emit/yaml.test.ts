import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { formatYaml } from "../../src/emit/format.js";
import { toYaml } from "../../src/emit/yaml.js";

// GitHub reads workflows with a YAML 1.2 parser, but linters and editors often use 1.1, where
// `on`, `yes` and `0755` mean something else: the output has to read the same in both.
const VERSIONS = ["1.1", "1.2"] as const;
const readBoth = (text: string) => VERSIONS.map((version) => parse(text, { version }) as unknown);

const MISREADABLE = [
  "on", "off", "yes", "no", "y", "n", "true", "null", "~", "3.10", "0755", "1e3", "0o14", "0x1F", ".inf",
  "1:30", "2024-01-01", "", "*x", "#c", "a: b",
];

// Characters with a meaning in YAML, so generated strings hit indicators, comments and escapes often.
const yamlish = fc.constantFrom(
  ...MISREADABLE, "<<", "-", "?", ":", " ", "\n", "\t", "'", '"', "\\", "#", "&", "!", "|", ">", "%", "@", "`",
  "{", "}", "[", "]", ",", "\r", "\u0085", "\u2028", "\ufeff", "\u0000", "é", "😀", "${{ x }}", "0", ".", "x",
);
// Few characters, mostly blanks: lines of spaces, blank lines and indentation, where literal blocks go wrong.
const blanks = fc.constantFrom(" ", " ", "\t", "\n", "\n", "a", "#", "-", ":");
const text = fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.string({ unit: yamlish }), fc.string({ unit: blanks }));
const mapping = fc.dictionary(text, text, { noNullPrototype: true });

describe("toYaml quoting", () => {
  it.each(MISREADABLE)("%j comes back as the same string in YAML 1.1 and 1.2", (value) => {
    const data = { value, list: [value], map: { [value]: value } };
    for (const read of readBoth(toYaml(data))) expect(read).toEqual(data);
  });

  it("quotes every string a reader would take for something else", () => {
    const lines = toYaml({ values: MISREADABLE }).split("\n").slice(1, -1);
    expect(lines).toEqual(MISREADABLE.map((value) => `  - ${JSON.stringify(value)}`));
  });

  it("quotes the 1.1 merge key `<<` and a leading byte-order mark", () => {
    const data = { "<<": "<<", "\ufeffa": "\ufeffb" };
    expect(toYaml(data)).toBe('"<<": "<<"\n"\ufeffa": "\ufeffb"\n');
    for (const read of readBoth(toYaml(data))) expect(read).toEqual(data);
  });

  it("round-trips arbitrary strings as values, keys and list items", () => {
    fc.assert(
      fc.property(text, (value) => {
        const data = { value, map: { [value]: "v" }, list: [value] };
        for (const read of readBoth(toYaml(data))) expect(read).toEqual(data);
      }),
      { numRuns: 500 },
    );
  });

  it("round-trips arbitrary string-keyed maps, nested and at the top", () => {
    fc.assert(
      fc.property(mapping, mapping, (nested, top) => {
        // The top-level `on` key is deliberately plain (see below), so it is left out here.
        delete top.on;
        for (const data of [{ env: nested, jobs: { a: { with: nested } } }, top]) {
          for (const read of readBoth(toYaml(data))) expect(read).toEqual(data);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("still round-trips after prettier formats the text", async () => {
    await fc.assert(
      fc.asyncProperty(text, mapping, async (value, map) => {
        const data = { value, map, list: [value] };
        for (const read of readBoth(await formatYaml(toYaml(data)))) expect(read).toEqual(data);
      }),
      { numRuns: 200 },
    );
  });

  it("double-quotes multi-line strings whose spaces a literal block would lose: blank-only values, keys", async () => {
    expect(toYaml({ a: " \n", b: "\t\n\n" })).toBe('a: "\\ \\n"\nb: "\\t\\n\\n"\n');
    // prettier trims trailing spaces inside a literal block used as a key.
    expect(await formatYaml(toYaml({ "a \nb": "x \ny" }))).toBe('"a\\ \\nb": |-\n  x \n  y\n');
  });
});
