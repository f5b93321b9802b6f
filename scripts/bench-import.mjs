// Imports every corpus workflow given on the command line in one process, the way
// `pipewright import` does (read, check, print TypeScript, prettier, write), one output folder
// per repository (their file names clash across repositories). Run by `npm run bench`, beside
// `pipewright lint` of the same files. Usage: node scripts/bench-import.mjs <bundle> <files...>
import { mkdirSync, rmSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [bundle, ...files] = process.argv.slice(2);
const { runImport } = await import(pathToFileURL(resolve(bundle)).href);
const out = resolve("tmp/bench/import");
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const byRepo = new Map();
for (const file of files) byRepo.set(dirname(file), [...(byRepo.get(dirname(file)) ?? []), resolve(file)]);
let imported = 0;
for (const [repo, targets] of byRepo) {
  const result = await runImport({ cwd: out, targets, outDir: basename(repo), force: true });
  imported += result.imported.length;
}
console.log(`${files.length} files, ${imported} imported`);
