// Builds dist/: the library and the CLI bundled by esbuild, and with `--types`, declarations
// from tsc. Used by `prepack` and `gen-workflows`.
// Dependencies are bundled in: one file loads far faster than hundreds (a `check` run is
// mostly module loading), and Node 20 cannot import GitHub's parser's JSON schema as it
// ships. esbuild (a native binary) and prettier (loads its plugins lazily) stay external.
import { execFileSync } from "node:child_process";
import { readFile, rm } from "node:fs/promises";
import { build } from "esbuild";

const pkg = JSON.parse(await readFile(new URL("../package.json", import.meta.url), "utf8"));
const external = ["esbuild", "prettier"];

if (process.argv.includes("--clean")) await rm(new URL("../dist", import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: ["src/index.ts", "src/actions/index.ts", "src/presets/index.ts", "src/cli/bin.ts"],
  outdir: "dist",
  outbase: "src",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  sourcemap: "external",
  external,
  // jsonc-parser's `main` is a UMD build whose require() calls esbuild cannot follow; its ESM build bundles cleanly.
  alias: { "jsonc-parser": "jsonc-parser/lib/esm/main.js" },
  // Bundled CommonJS dependencies call require() for Node's built-ins.
  banner: { js: 'import { createRequire as __pwCreateRequire } from "node:module"; const require = __pwCreateRequire(import.meta.url);' },
  logLevel: "warning",
  chunkNames: "chunks/[name]-[hash]",
});
if (process.argv.includes("--types")) {
  execFileSync(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "tsconfig.build.json"], { stdio: "inherit" });
}
