// What the import prints for the constructs real workflows use, checked piece by piece.
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { importModules } from "../../src/import/import-modules.js";
import { ROOT } from "../support/packed.js";

const SHA = "3d3c42e5aac5ba805825da76410c181273ba90b1";
const job = (steps: string, extra = "") => `on: push\npermissions: {}\njobs:\n  build:\n    runs-on: ubuntu-latest\n${extra}    steps:\n${steps}`;
async function imported(text: string): Promise<string> {
  const result = await importModules([{ file: ".github/workflows/ci.yml", text }], { layout: { kind: "file", path: "workflows.ts" } });
  expect(result.diagnostics).toEqual([]);
  return result.modules[0]!.code;
}

describe("import printing", () => {
  it("uses the typed binding only where the ref and the version comment are the bundled pin's", async () => {
    const code = await imported(job(`      - uses: actions/checkout@${SHA} # v7.0.1\n        with:\n          fetch-depth: 0\n      - uses: actions/checkout@${SHA}\n      - uses: actions/checkout@v4\n`));
    expect(code).toContain(`import { checkout } from "pipewright/actions";`);
    expect(code).toContain(`    checkout({\n      "fetch-depth": 0,\n    }),\n    uses("actions/checkout@${SHA}"),\n    uses("actions/checkout@v4"),\n`);
  });

  it("prints interpolations as template literals, whole expressions as values, and the rest as written", async () => {
    const code = await imported(job(
      `      - run: echo "\${{ github.ref }}-\${{ matrix.os }}" \${{ fromJSON(steps.x.outputs.list)[0] }}\n` +
      `        env:\n          COUNT: \${{ github.run_number }}\n          ODD: \${{ github.event.commits.*.message }}\n          CASE: \${{ GitHub.ref }}\n`,
      "    strategy:\n      matrix:\n        os: [a]\n"));
    expect(code).toContain("        `echo \"${github.ref}-${matrix.os}\" \\${{ fromJSON(steps.x.outputs.list)[0] }}`,\n");
    expect(code).toContain(`            COUNT: github.run_number,\n            ODD: expr("github.event.commits.*.message"),\n            CASE: expr("GitHub.ref"),\n`);
    // A step reading a step the job does not have: kept, and acknowledged for this job alone.
    expect(code).toContain(`      // line 10 (jobs.build.steps[0].run): \`steps.x\` names no step of job "build"\n      "step-reference": "off",\n`);
  });

  it("prints the steps of a parallel group with the step builders, and hardens them with --harden", async () => {
    const yaml = job([
      "      - parallel:",
      `          - uses: actions/checkout@${SHA} # v7.0.1`,
      "          - name: Greet",
      '            run: echo "${{ github.head_ref }}"',
      "",
    ].join("\n"));
    const code = await imported(yaml);
    expect(code).toContain(`    steps: [\n      {\n        parallel: [\n          checkout({}),\n          run(\`echo "\${github.head_ref}"\`, {\n            name: "Greet",\n          }),\n        ],\n      },\n    ],\n`);
    // The injection inside the group is found, and acknowledged as any other would be.
    expect(code).toContain("// line 10 (jobs.build.steps[0].parallel[1].run): untrusted `github.head_ref` is expanded into the shell script");
    const hardened = await importModules([{ file: ".github/workflows/ci.yml", text: yaml }], { layout: { kind: "file", path: "workflows.ts" }, harden: true });
    expect(hardened.workflows[0]!.changes).toEqual([
      "jobs.build.steps[0].parallel[0]: actions/checkout gets `persist-credentials: false`, so later steps cannot read the token from .git/config",
      "jobs.build.steps[0].parallel[1]: expressions in the script moved into `env:` (HEAD_REF), read as shell variables",
    ]);
  });

  it("expands anchors and aliases, and keeps what scalars mean", async () => {
    const code = await imported(`on: push\npermissions: {}\nenv: &common\n  A: "3.10"\n  B: 3.10\n  C: 0755\n  D: 1e3\n  E: yes\n  F: on\n  G: "on"\njobs:\n  build:\n    runs-on: ubuntu-latest\n    env: *common\n    timeout-minutes: 90.0\n    steps:\n      - run: echo\n`);
    expect(code).toContain(`    env: {\n      A: "3.10",\n      B: 3.1, // written 3.10 in the YAML\n      C: 755, // written 0755 in the YAML\n      D: 1000, // written 1e3 in the YAML\n      E: "yes",\n      F: "on",\n      G: "on",\n    },`);
    expect(code).toContain(`  env: {\n    A: "3.10",\n    B: 3.1,\n    C: 755,\n    D: 1000,\n    E: "yes",\n    F: "on",\n    G: "on",\n  },\n  "timeout-minutes": 90, // written 90.0 in the YAML\n`);
  });

  it("refuses an alias inside its own anchor, naming the file and the line, and still imports the other files", async () => {
    const text = `on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    strategy:\n      matrix:\n        include: &rows\n          - os: linux\n            nested: *rows\n    steps:\n      - run: echo\n`;
    const result = await importModules([{ file: ".github/workflows/ci.yml", text }, { file: ".github/workflows/ok.yml", text: job("      - run: echo\n") }], { layout: { kind: "file", path: "workflows.ts" } });
    expect(result.diagnostics.map((d) => [d.file, d.source?.line, d.message])).toEqual([[".github/workflows/ci.yml", 9, "an alias inside its own anchor (a value that never ends) cannot be written back as the same YAML"]]);
    expect(result.modules[0]!.code).toContain(`export const ok = workflow(`);
  });

  it("refuses a merge key as GitHub's parser does, naming the file and the line", async () => {
    const text = `on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    env: &common\n      A: a\n    steps:\n      - env:\n          <<: *common\n          B: b\n        run: echo\n`;
    const result = await importModules([{ file: ".github/workflows/ci.yml", text }, { file: ".github/workflows/ok.yml", text: job("      - run: echo\n") }], { layout: { kind: "file", path: "workflows.ts" } });
    expect(result.diagnostics.map((d) => [d.file, d.source?.line, d.message])).toEqual([[".github/workflows/ci.yml", 6, "GitHub's workflow parser rejects the file: A mapping was not expected"]]);
    expect(result.modules.map((m) => m.path)).toEqual(["workflows.ts"]);
    expect(result.modules[0]!.code).toContain(`export const ok = workflow(`);
  });

  it("acknowledges an error the original raises with a scoped rule override that says what it was", async () => {
    const code = await imported(`on: pull_request\npermissions: {}\njobs:\n  greet:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "\${{ github.event.pull_request.title }}"\n`);
    expect(code).toContain(`const greet = job(\n  "greet",\n  {`);
    expect(code).toContain(`  {\n    rules: {\n      // Acknowledged on import: the original workflow does this.\n      // line 7 (jobs.greet.steps[0].run): untrusted \`github.event.pull_request.title\` is expanded into the shell script: a crafted value runs as code\n      "template-injection": "off",\n    },\n  },\n);`);
  });

  it("keeps comments above keys and items, after values and at the end of blocks", async () => {
    const code = await imported(`# about the file\non: push # the trigger\npermissions: {}\njobs:\n  # the build\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      # first\n      - run: make # builds\n      # no more steps\n`);
    for (const line of ["// about the file", "on: \"push\", // the trigger", "// the build\nconst build", "// first\n    run(\n      \"make\", // builds\n    ),\n", "// no more steps"]) expect(code).toContain(line);
  });

  it("formats with the project's prettier configuration where one applies to the output, prettier's defaults otherwise", async () => {
    const dir = join(ROOT, "tmp", "import-prettier-config");
    await rm(dir, { recursive: true, force: true });
    await mkdir(join(dir, "styled"), { recursive: true });
    await writeFile(join(dir, "styled", ".prettierrc.json"), JSON.stringify({ singleQuote: true, tabWidth: 4, semi: false }));
    const text = job("      - run: make\n");
    const at = (folder: string) => importModules([{ file: ".github/workflows/ci.yml", text }], { layout: { kind: "file", path: `${folder}/workflows.ts` }, formatAt: (path) => join(dir, path) });
    const styled = (await at("styled")).modules[0]!.code;
    const plain = (await at("plain")).modules[0]!.code;
    expect(styled).toContain(`const build = job('build', {\n    'runs-on': 'ubuntu-latest',\n    steps: [run('make')],\n})\n`);
    expect(plain).toContain(`const build = job("build", {\n  "runs-on": "ubuntu-latest",\n  steps: [run("make")],\n});\n`);
  });
});

