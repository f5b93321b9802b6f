import { z } from "zod";
import { checkout, downloadArtifact, setupPython } from "../actions/index.js";
import { github, runner } from "../dsl/contexts.js";
import { and, ne, or } from "../dsl/functions.js";
import { job, relocateJob, type JobRef, type StepValue } from "../dsl/job.js";
import { run } from "../dsl/step.js";
import { isExpr, type Expr } from "../model/expression.js";
import { callSite, type SourceLocation } from "../model/source.js";
import { exprOnly, parseOptions } from "./options.js";

/** Where a downloaded production manifest is put: outside the checkout, so it is never committed or parsed. */
const STATE_DIR = "dbt-state";

/** A path inside the repository, without `..`; written into scripts unquoted, so no shell characters. */
export const repoPath = z.string()
  .regex(/^[A-Za-z0-9._@+-]+(?:\/+[A-Za-z0-9._@+-]+)*\/*$/, "a path relative to the repository root, such as analytics or ci/profiles (letters, digits and . _ - @ +)")
  .refine((path) => !path.split("/").includes(".."), "a path inside the repository, without ..")
  .transform((path) => path.split("/").filter((part) => part !== "" && part !== ".").join("/") || ".");

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A string or an expression, with a message that says which (zod's own for a union is "Invalid input"). */
const textOrExpr = (message: string) => z.union([z.string(), exprOnly], { error: message });

/** The options of the dbt job, shared by {@link validateDbt} and `dbtWorkflow`. */
export const dbtJobFields = {
  projectDir: repoPath.default("."),
  pythonVersion: textOrExpr('a version string such as "3.12" (quoted: 3.10 as a number is 3.1), or an expression').default("3.12"),
  requirements: repoPath.optional(),
  pipCache: z.boolean().default(false),
  profiles: z.union([z.object({ base64: exprOnly }).strict(), z.object({ path: repoPath }).strict()], {
    error: "either { base64: vars.NAME } (or secrets.NAME) or { path: \"ci/profiles\" }, the folder holding profiles.yml",
  }).optional(),
  // Names are checked in checkDbtOptions: a record key's own message would be lost.
  env: z.record(z.string(), textOrExpr("a string or an expression such as secrets.NAME")).default({}),
  command: z.enum(["parse", "compile", "build"]).default("parse"),
  slimCi: z.union([
    z.object({ workflow: z.string().min(1), artifact: z.string().min(1).default("dbt-manifest"), branch: z.string().min(1).default("main") }).strict(),
    z.object({ statePath: repoPath }).strict(),
  ], { error: "either { workflow: \"deploy.yml\", artifact?, branch? } or { statePath: \"state/prod\" }, the folder holding manifest.json" }).optional(),
  id: z.string().regex(/^[A-Za-z_][A-Za-z0-9_-]*$/, "a job id: letters, digits, - and _").default("validate_dbt_project"),
  runsOn: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).default("ubuntu-latest"),
  timeoutMinutes: z.number().int().min(1).max(360).default(30),
};

type DbtFields = z.output<z.ZodObject<typeof dbtJobFields>>;
/** The job's options after parsing, with how dbt's log flag is chosen. */
export type DbtJobOptions = DbtFields & { readonly debug: boolean | Expr };

/** Checks between options, shared by both presets' schemas. */
export function checkDbtOptions(options: DbtFields & { debug?: unknown }, ctx: z.RefinementCtx): void {
  if (options.slimCi !== undefined && options.command === "parse") {
    ctx.addIssue({ code: "custom", path: ["slimCi"], message: 'dbt parse selects nothing, so slim CI needs command "compile" or "build"' });
  }
  const taken = ["LOG_FLAG", ...(options.profiles && "path" in options.profiles ? ["DBT_PROFILES_DIR"] : [])];
  for (const name of Object.keys(options.env)) {
    if (!ENV_NAME.test(name)) ctx.addIssue({ code: "custom", path: ["env", name], message: "not an environment variable name: use letters, digits and _, e.g. DBT_ENV_SECRET_GITHUB_TOKEN" });
    if (taken.includes(name)) ctx.addIssue({ code: "custom", path: ["env", name], message: `${name} is set by the preset itself` });
  }
}

const Options = z.object({
  ...dbtJobFields,
  /** `true` runs dbt with `--debug` instead of `-q`; an expression (`inputs.debug`) decides at run time. */
  debug: z.union([z.boolean(), exprOnly]).default(false),
}).strict().superRefine(checkDbtOptions);

export type ValidateDbtOptions = z.input<typeof Options>;

/** `dir/name`, or `name` when the project is the repository root. */
export function inProject(dir: string, name: string): string {
  return dir === "." ? name : `${dir}/${name}`;
}

const TITLES = { parse: "Validate the dbt project", compile: "Compile the dbt project", build: "Build and test the dbt project" };

/** The steps of the slim CI variant: find the production manifest, then run dbt on what changed. */
function slimSteps(o: DbtJobOptions, flag: string, dbtEnv: Record<string, string | Expr>): StepValue[] {
  const slim = o.slimCi!;
  const found: StepValue[] = [];
  let state: string;
  if ("workflow" in slim) {
    const find = run([
      "set -euo pipefail",
      `run_id=$(gh run list --workflow "$WORKFLOW" --branch "$BRANCH" --status success --limit 1 --json databaseId --jq '.[0].databaseId // empty')`,
      `[ -n "$run_id" ] || echo "::warning::No successful run of $WORKFLOW on $BRANCH yet."`,
      `echo "run_id=$run_id" >> "$GITHUB_OUTPUT"`,
    ].join("\n"), {
      name: "Find the latest production run",
      id: "production_run",
      env: { GH_TOKEN: github.token, GH_REPO: github.repository, WORKFLOW: slim.workflow, BRANCH: slim.branch },
    });
    const runId = find.outputs.run_id as Expr;
    // An expired or missing artifact only costs the speed-up: the next step then builds everything.
    found.push(find, downloadArtifact(
      { name: slim.artifact, path: `${runner.temp}/${STATE_DIR}`, "run-id": runId, "github-token": github.token },
      { name: "Download the production manifest", if: ne(runId, ""), "continue-on-error": true },
    ));
    state = `$RUNNER_TEMP/${STATE_DIR}`;
  } else {
    state = `$GITHUB_WORKSPACE/${slim.statePath}`;
  }
  const script = [
    "set -euo pipefail",
    `state="${state}"`,
    `if [ -f "$state/manifest.json" ]; then`,
    `  dbt ${flag} ${o.command} --select state:modified+ --defer --state "$state"`,
    "else",
    `  echo "::warning::No production manifest in $state: dbt ${o.command} runs on the whole project."`,
    `  dbt ${flag} ${o.command}`,
    "fi",
  ].join("\n");
  return [...found, run(script, { name: `${TITLES[o.command]} (slim CI)`, ...workingDirectory(o.projectDir), ...envKey(dbtEnv) })];
}

const workingDirectory = (dir: string) => (dir === "." ? {} : { "working-directory": dir });
const envKey = (env: Record<string, string | Expr>) => (Object.keys(env).length > 0 ? { env } : {});

/** Builds the job from parsed options; `source` is the user's call of the preset. */
export function dbtJob(o: DbtJobOptions, source: SourceLocation | undefined): JobRef<string, never> {
  const requirements = o.requirements ?? inProject(o.projectDir, "requirements.txt");
  const flag = isExpr(o.debug) ? '"$LOG_FLAG"' : o.debug ? "--debug" : "-q";
  const dbtEnv: Record<string, string | Expr> = {
    ...o.env,
    ...(o.profiles && "path" in o.profiles ? { DBT_PROFILES_DIR: `${github.workspace}/${o.profiles.path}` } : {}),
    ...(isExpr(o.debug) ? { LOG_FLAG: or(and(o.debug, "--debug"), "-q") } : {}),
  };
  const at = workingDirectory(o.projectDir);
  const dbtSteps: StepValue[] = [
    checkout(),
    setupPython({ "python-version": o.pythonVersion, ...(o.pipCache ? { cache: "pip", "cache-dependency-path": requirements } : {}) }),
    run(`pip install -qr ${requirements} --no-build-isolation`, {
      name: "Install dependencies",
      // pip expands ${VAR} in requirements files, e.g. a token in a private git URL.
      env: { ...o.env, PIP_ROOT_USER_ACTION: "ignore" },
    }),
    run(`dbt ${flag} deps`, { name: "Install dbt package dependencies", ...at, ...envKey(dbtEnv) }),
    ...(o.profiles && "base64" in o.profiles
      ? [run(`echo "$PROFILES_YML_BASE64" | base64 --decode > ${inProject(o.projectDir, "profiles.yml")}`, {
          // Quoted: `base64` wraps its output at 76 columns, and an unquoted echo would join the lines with spaces.
          name: "Mount profiles.yml",
          env: { PROFILES_YML_BASE64: o.profiles.base64 },
        })]
      : []),
    ...(o.slimCi ? slimSteps(o, flag, dbtEnv) : [run(`dbt ${flag} ${o.command}`, { name: TITLES[o.command], ...at, ...envKey(dbtEnv) })]),
  ];
  const ref = job(o.id, {
    "runs-on": o.runsOn,
    "timeout-minutes": o.timeoutMinutes,
    // Reading another run's artifacts takes `actions: read`; nothing else here writes anything.
    permissions: o.slimCi && "workflow" in o.slimCi ? { actions: "read", contents: "read" } : { contents: "read" },
    steps: dbtSteps,
  });
  return relocateJob(ref, source) as JobRef<string, never>;
}

/**
 * A job that checks a dbt project the way the data platform's CI does: install the Python
 * requirements and dbt packages, provide `profiles.yml`, then `dbt parse` (or `compile`,
 * `build`, optionally only on what changed against production: slim CI).
 *
 * @example
 * validateDbt({ projectDir: "analytics", profiles: { base64: vars.PROFILES_YML_BASE64 } });
 * // validate_dbt_project:
 * //   runs-on: ubuntu-latest
 * //   permissions:
 * //     contents: read
 * //   timeout-minutes: 30
 * //   steps:
 * //     - uses: actions/checkout@<commit> # v7.0.1
 * //       with:
 * //         persist-credentials: false
 * //     - uses: actions/setup-python@<commit> # v7.0.0
 * //       with:
 * //         python-version: "3.12"
 * //     - name: Install dependencies
 * //       env:
 * //         PIP_ROOT_USER_ACTION: ignore
 * //       run: pip install -qr analytics/requirements.txt --no-build-isolation
 * //     - name: Install dbt package dependencies
 * //       working-directory: analytics
 * //       run: dbt -q deps
 * //     - name: Mount profiles.yml
 * //       env:
 * //         PROFILES_YML_BASE64: ${{ vars.PROFILES_YML_BASE64 }}
 * //       run: echo "$PROFILES_YML_BASE64" | base64 --decode > analytics/profiles.yml
 * //     - name: Validate the dbt project
 * //       working-directory: analytics
 * //       run: dbt -q parse
 */
export function validateDbt(options: ValidateDbtOptions = {}): JobRef<string, never> {
  const source = callSite(validateDbt);
  return dbtJob(parseOptions("validateDbt", Options, options), source);
}
