/**
 * What the data-flow presets (`prefectDeploy`, `dagsterDeploy`, `airflowDags`) share: the
 * Python set-up, the install command, and the rule that a deploy happens only on a push to
 * one branch.
 */
import { z } from "zod";
import { setupPython, setupUv } from "../actions/index.js";
import { github, runner } from "../dsl/contexts.js";
import { and, eq } from "../dsl/functions.js";
import type { StepValue } from "../dsl/job.js";
import { run } from "../dsl/step.js";
import type { Expr } from "../model/expression.js";
import { repoPath } from "./dbt.js";
import { exprOnly } from "./options.js";

const BRANCH = /^(?!\/)(?!.*\/$)(?!.*\.\.)[^\s~^:?*[\\]+$/;

/** Options every data-flow preset takes, with their defaults. */
export const dataFlowFields = {
  /** `pip` (actions/setup-python) or `uv` (astral-sh/setup-uv with an activated venv). */
  installer: z.enum(["pip", "uv"], { error: 'either "pip" or "uv"' }).default("pip"),
  pythonVersion: z.string({ error: 'a version string such as "3.12" (quoted: 3.10 as a number is 3.1)' })
    .regex(/^3\.\d+(\.\d+)?$/, 'a Python 3 version such as "3.12" or "3.12.4"').default("3.12"),
  /** The project folder: scripts run there and its other paths are relative to it. */
  workingDirectory: repoPath.default("."),
  /** The GitHub environment the deploy job runs in, so its protection rules apply. */
  environment: z.string().regex(/^[^\n\r]+$/, "an environment name on one line").default("production"),
  /** The branch whose pushes deploy. */
  branch: z.string().regex(BRANCH, "an exact branch name such as main (no patterns)").default("main"),
};

/** A job id prefix option with the preset's own default. */
export const idPrefixField = (fallback: string) =>
  z.string().regex(/^[A-Za-z_][A-Za-z0-9_-]*$/, "a job id prefix: letters, digits, - and _").default(fallback);

/** A string or an expression, with a message that says which (zod's own for a union is "Invalid input"). */
export const textOrExpr = (message: string) => z.union([z.string(), exprOnly], { error: message });

/** A requirements file relative to the working directory, or `false` for none. */
export const requirementsField = z.union([repoPath, z.literal(false)], {
  error: 'a requirements file such as "requirements.txt", or false to install none',
});

export interface PythonSetup {
  readonly installer: "pip" | "uv";
  readonly pythonVersion: string;
  readonly workingDirectory: string;
}

/** A word the shell reads literally: bare when that is safe, else single-quoted. */
export function shellWord(text: string): string {
  return /^[A-Za-z0-9_./:@%+=,-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}

/** `dir/name`, or `name` when the folder is the repository root. */
export function inDirectory(dir: string, name: string): string {
  return dir === "." ? name : `${dir}/${name}`;
}

/** The job keys that make `run` steps start in the working directory. */
export function runDefaults(dir: string): { defaults?: { run: { "working-directory": string } } } {
  return dir === "." ? {} : { defaults: { run: { "working-directory": dir } } };
}

/** ` (dir)` for job names, so two projects' jobs can be told apart. */
export function where(dir: string): string {
  return dir === "." ? "" : ` (${dir})`;
}

/** Sets up Python with the chosen installer. */
export function pythonSteps(o: PythonSetup): StepValue[] {
  if (o.installer === "pip") return [setupPython({ "python-version": o.pythonVersion }, { name: "Set up Python" })];
  return [setupUv({
    "python-version": o.pythonVersion,
    "activate-environment": true,
    // Outside the checkout, so no deploy ever ships the virtualenv with the code.
    "venv-path": `${runner.temp}/venv`,
    ...(o.workingDirectory === "." ? {} : { "working-directory": o.workingDirectory }),
  }, { name: "Set up uv and Python" })];
}

/** `pip install` or, into the activated venv, `uv pip install`. */
export function pipInstall(installer: "pip" | "uv"): string {
  return installer === "uv" ? "uv pip install" : "pip install";
}

/** Installs the requirements file (if any) and the tool's own packages in one resolution. */
export function installStep(o: PythonSetup, requirements: string | false, packages: readonly string[]): StepValue {
  const args = [...(requirements === false ? [] : [`-r ${requirements}`]), ...packages.map(shellWord)];
  return run(`${pipInstall(o.installer)} ${args.join(" ")}`, { name: "Install dependencies" });
}

/** True only for a push to `branch`: pull requests, tags and other branches never deploy. */
export function onPushTo(branch: string): Expr {
  return and(eq(github.event_name, "push"), eq(github.ref, `refs/heads/${branch}`));
}
