import { projectLock } from "../lock/project-lock.js";
import { readConfig } from "../project/find-config.js";
import { formatLintGithub, formatLintText, lintFiles } from "../runs/lint-files.js";
import type { CliOutput } from "./main.js";

export interface LintFlags {
  readonly format?: string | undefined;
  readonly rule?: readonly string[] | undefined;
  readonly ignore?: readonly string[] | undefined;
  readonly strict?: boolean | undefined;
  readonly pedantic?: boolean | undefined;
  readonly scripts?: boolean | undefined;
  readonly "no-scripts"?: boolean | undefined;
  readonly json?: boolean | undefined;
}

const split = (values: readonly string[] | undefined) => (values ?? []).flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean);

/** `pipewright lint [files or dirs...]`: exit 1 when any error is found. */
export async function lintCommand(targets: readonly string[], flags: LintFlags, cwd: string): Promise<CliOutput> {
  if (flags.scripts && flags["no-scripts"]) return { code: 2, stdout: "", stderr: "pipewright: --scripts and --no-scripts contradict each other: give one\n" };
  const format = flags.json ? "json" : (flags.format ?? "text");
  if (!["text", "json", "github"].includes(format)) {
    return { code: 2, stdout: "", stderr: `pipewright: --format must be text, json or github, not "${format}"\n` };
  }
  let result;
  try {
    const config = await readConfig(cwd);
    const { actions } = await projectLock(cwd);
    result = await lintFiles(targets.length ? targets : [".github/workflows"], {
      cwd,
      rules: split(flags.rule),
      ignore: split(flags.ignore),
      strict: flags.strict ?? config.strict ?? false,
      pedantic: flags.pedantic ?? config.pedantic ?? false,
      // shellcheck and pyflakes when installed, as actionlint does; --scripts requires them.
      scripts: flags["no-scripts"] ? false : (flags.scripts ?? config.scripts ?? "auto"),
      ...(config.rules ? { severities: config.rules } : {}),
      ...(actions ? { actions } : {}),
    });
  } catch (error) {
    if ((error as { code?: string }).code === "usage") return { code: 2, stdout: "", stderr: `pipewright: ${(error as Error).message}\n` };
    throw error;
  }
  const errors = result.diagnostics.filter((d) => d.severity === "error").length;
  const code = errors > 0 ? 1 : 0;
  if (format === "json") return { code, stdout: JSON.stringify({ files: result.files, diagnostics: result.diagnostics }, null, 2) + "\n", stderr: "" };
  const lines = result.diagnostics.map(format === "github" ? formatLintGithub : formatLintText);
  const warnings = result.diagnostics.length - errors;
  const summary = `${result.files.length} file${result.files.length === 1 ? "" : "s"} linted: ${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}`;
  return { code, stdout: [...lines, summary].map((l) => l + "\n").join(""), stderr: "" };
}
