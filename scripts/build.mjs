// Builds dist/: the library and the CLI bundled by esbuild, and with `--types`, declarations
// from tsc. Used by `prepack` and `gen-workflows`.
// Dependencies are bundled in: one file loads far faster than hundreds (a `check` run is
// mostly module loading), and Node 20 cannot import GitHub's parser's JSON schema as it
// ships. esbuild (a native binary) and prettier (loads its plugins lazily) stay external.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdir, readFile, rm } from "node:fs/promises";
import { build } from "esbuild";

const pkg = JSON.parse(await readFile(new URL("../package.json", import.meta.url), "utf8"));
const external = ["esbuild", "prettier"];

// Identifies this build (a hash of everything it is made from): the compile cache of
// `pipewright check` only trusts entries written by the same build.
const hash = createHash("sha256");
for (const file of ["package.json", "package-lock.json", ...(await readdir("src", { recursive: true })).sort().map((f) => `src/${f}`)]) {
  const bytes = await readFile(file).catch((error) => (error.code === "EISDIR" ? undefined : Promise.reject(error)));
  if (bytes) hash.update(`${file}\0`).update(bytes).update("\0");
}
const buildId = hash.digest("hex").slice(0, 16);

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
  define: { PIPEWRIGHT_BUILD_ID: JSON.stringify(buildId) },
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
