// An alias inside its own anchor stands for a value that never ends: lint reports it where it
// is written, once, instead of reading forever.
import { expect, it } from "vitest";
import { lintText } from "../../src/runs/lint-files.js";
import { yaml } from "./yaml-rule-tester.js";

it("reports an alias inside its own anchor at the alias, and reads the rest", async () => {
  const text = yaml(
    "on: push",
    "permissions: {}",
    "jobs:",
    "  build:",
    "    runs-on: ubuntu-latest",
    "    strategy:",
    "      matrix:",
    "        include: &rows",
    "          - os: linux",
    "            nested: *rows",
    "    steps:",
    "      - &step",
    "        run: make",
    "      - *step",
  );
  const found = (await lintText(text, "ci.yml")).filter((d) => d.rule === "yaml-syntax");
  expect(found.map((d) => ({ at: `${d.source?.line}:${d.source?.column}`, path: d.path, message: d.message }))).toEqual([
    { at: "10:21", path: "jobs.build.strategy.matrix.include[0].nested", message: "alias *rows refers to its own anchor, so its value never ends" },
  ]);
});
