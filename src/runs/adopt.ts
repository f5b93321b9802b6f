/**
 * `pipewright import --adopt`: generate from the imported TypeScript into a temporary folder,
 * prove every regenerated file parses to the same data as its original, and only then replace
 * the originals, all together. One file that would change meaning, and nothing is replaced.
 */
import { randomBytes } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "yaml";
import { compile } from "../compile/compile.js";
import { hasPrettierConfig, prettierOptionsFor } from "../emit/format.js";
import { firstDifference } from "../import/same-data.js";
import { formatDiagnostic } from "../lint/diagnostic.js";
import type { Config } from "../project/config.js";
import { regenerateCommand } from "../project/fix-command.js";
import { loadSource, stopLoader } from "../project/load.js";
import { writeAtomically } from "../project/write.js";

export interface AdoptResult {
  /** Original → generated path, for each file replaced. */
  readonly adopted: readonly { readonly original: string; readonly generated: string }[];
  /** Files left as they were, and why. */
  readonly notAdopted: readonly { readonly file: string; readonly reason: string }[];
}

/** Adopts `originals` (relative paths of imported YAML files) from the module at `source`. */
export async function adopt(cwd: string, source: string, originals: readonly string[], config: Config): Promise<AdoptResult> {
  const out = (config.out ?? ".github/workflows").replace(/\/+$/, "");
  const left = (reason: string) => ({ adopted: [], notAdopted: originals.map((file) => ({ file, reason })) });
  let entries: readonly unknown[];
  try {
    entries = (await loadSource(join(cwd, source), cwd)).entries;
  } catch (error) {
    return left(`${source} does not load: ${(error as Error).message}`);
  } finally {
    // esbuild's service would outlive the command otherwise.
    await stopLoader();
  }
  const prettier = (await hasPrettierConfig(join(cwd, out))) ? await prettierOptionsFor(join(cwd, out, "workflow.yml")) : undefined;
  const compiled = await compile(entries, {
    // The header names the same command `generate` would: the adopted files are then up to date.
    outDir: out, sourceLabel: source, regenerate: regenerateCommand(cwd),
    ...(config.rules ? { rules: config.rules } : {}), ...(config.strict ? { strict: true } : {}), ...(prettier ? { prettier } : {}),
  });
  const errors = compiled.diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0) return left(`generate from ${source} fails:\n${errors.map(formatDiagnostic).join("\n")}`);
  // The proof reads the files back from the disk, as a reader of the repository would.
  const temp = join(cwd, `.pipewright-adopt-${randomBytes(4).toString("hex")}`);
  const stemOf = (path: string) => path.replace(/^.*\//, "").replace(/\.ya?ml$/i, "").toLowerCase();
  const notAdopted: { file: string; reason: string }[] = [];
  const adopted: { original: string; generated: string }[] = [];
  const writes: { path: string; contents: string }[] = [];
  try {
    await mkdir(temp, { recursive: true });
    for (const original of originals) {
      const generated = compiled.files.find((f) => f.path.endsWith(".yml") && stemOf(f.path) === stemOf(original));
      if (!generated) {
        notAdopted.push({ file: original, reason: `${source} generates no workflow named "${stemOf(original)}"` });
        continue;
      }
      const staged = join(temp, `${stemOf(original)}.yml`);
      await writeFile(staged, generated.contents);
      const difference = firstDifference(read(await readFile(join(cwd, original), "utf8")), read(await readFile(staged, "utf8")));
      if (difference) {
        notAdopted.push({ file: original, reason: `the generated file would change its meaning at ${difference.path || "the top"}: ${JSON.stringify(difference.original)} would become ${JSON.stringify(difference.regenerated)}` });
        continue;
      }
      adopted.push({ original, generated: generated.path });
      writes.push({ path: generated.path, contents: generated.contents });
    }
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
  if (notAdopted.length > 0) {
    const because = notAdopted.map((n) => n.file).join(", ");
    return { adopted: [], notAdopted: [...notAdopted, ...adopted.map((a) => ({ file: a.original, reason: `left as it is because ${because} cannot be adopted (adoption is all or nothing)` }))] };
  }
  // Originals under another name (`ci.yaml`, a subfolder) give way to the generated `ci.yml`.
  const remove = adopted.filter((a) => a.original !== a.generated).map((a) => a.original);
  await writeAtomically(cwd, writes, remove);
  return { adopted, notAdopted: [] };
}

const read = (text: string): unknown => parse(text, { merge: true, maxAliasCount: -1 });

