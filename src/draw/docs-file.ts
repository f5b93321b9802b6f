/**
 * The docs page as a generated file. `generate` and `check` add it to their files when
 * the config names it (`"docs": "docs/workflows.md"`); `pipewright docs` writes it on demand.
 */
import { readFile } from "node:fs/promises";
import { isAbsolute, join, relative } from "node:path";
import type { CompiledFile } from "../compile/compile.js";
import { PipewrightError } from "../project/errors.js";
import { withDocsHeader } from "./docs-header.js";
import { docsPage } from "./docs-page.js";
import { inventoryOf } from "./inventory.js";

export const DEFAULT_DOCS = "docs/workflows.md";

/** The page with its header, for compiled files generated from `sourceLabel`. */
export function renderDocs(files: readonly CompiledFile[], sourceLabel: string): string {
  return withDocsHeader(docsPage(inventoryOf(files)), sourceLabel);
}

/** The page's path relative to the project, checked to stay inside it. */
export function docsPath(cwd: string, path: string): string {
  const rel = relative(cwd, join(cwd, path)).split("\\").join("/");
  if (isAbsolute(path) || rel.startsWith("..") || rel === "") {
    throw new PipewrightError("usage", `docs ${path}: the page must be a file inside the project (${cwd}), e.g. ${DEFAULT_DOCS}`);
  }
  if (!rel.endsWith(".md")) throw new PipewrightError("usage", `docs ${path}: the page is Markdown and its name must end in .md, e.g. ${DEFAULT_DOCS}`);
  return rel;
}

/**
 * The docs page at `path` as a generated file, drawn from `files`; the page on disk is read into
 * `onDisk`, so the plan compares it like any generated file.
 */
export async function docsFile(cwd: string, path: string, files: readonly CompiledFile[], onDisk: Map<string, string>, sourceLabel: string): Promise<CompiledFile> {
  const rel = docsPath(cwd, path);
  const text = await readFile(join(cwd, rel), "utf8").catch(() => undefined);
  if (text !== undefined) onDisk.set(rel, text.replaceAll("\r\n", "\n"));
  return { path: rel, contents: renderDocs(files, sourceLabel) };
}
