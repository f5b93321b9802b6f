// Builds dist/: the library and the CLI bundled by esbuild (GitHub's parser packages are
// bundled in, since Node 20 cannot import their JSON schema as they ship it), and with
// `--types`, declarations from tsc. Used by `prepack` and `gen-workflows`.
import { execFileSync } from "node:child_process";
import { readFile, rm } from "node:fs/promises";
import { build } from "esbuild";

const pkg = JSON.parse(await readFile(new URL("../package.json", import.meta.url), "utf8"));
const bundled = new Set(["@actions/workflow-parser", "@actions/expressions"]);
const external = Object.keys(pkg.dependencies).filter((name) => !bundled.has(name));

if (process.argv.includes("--clean")) await rm(new URL("../dist", import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: ["src/index.ts", "src/cli/bin.ts"],
  outdir: "dist",
  outbase: "src",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  sourcemap: true,
  external: [...external, "cronstrue"],
  logLevel: "warning",
  chunkNames: "chunks/[name]-[hash]",
});
if (process.argv.includes("--types")) {
  execFileSync(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "tsconfig.build.json"], { stdio: "inherit" });
}
