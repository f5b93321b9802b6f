import { z } from "zod";
import { checkout } from "../actions/index.js";
import { job, relocateJob, type JobRef, type StepValue } from "../dsl/job.js";
import { run } from "../dsl/step.js";
import { isExpr, type Expr } from "../model/expression.js";
import { callSite } from "../model/source.js";
import { dataFlowFields, idPrefixField, textOrExpr, installStep, onPushTo, pythonSteps, requirementsField, runDefaults, shellWord, where } from "./data-flow.js";
import { repoPath } from "./dbt.js";
import { exprOnly, parseOptions } from "./options.js";

const MODULE = /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/;
/** A plain value that names something in Dagster+: an organization or a deployment. */
const dagsterName = (example: string) => {
  const message = `a name such as ${example} (letters, digits, - and _), or an expression such as vars.NAME`;
  return textOrExpr(message).refine((v) => isExpr(v) || /^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(v), message);
};

const Options = z.object({
  ...dataFlowFields,
  requirements: requirementsField.default("requirements.txt"),
  /** Code location modules for `dagster definitions validate -m`. */
  modules: z.array(z.string().regex(MODULE, "a module path such as my_project.definitions")).min(1).optional(),
  /** Code location files for `-f`. */
  pythonFiles: z.array(repoPath.refine((p) => p.endsWith(".py"), "a .py file such as definitions.py")).min(1).optional(),
  /** A workspace file for `-w`. Without any of the three, dagster reads pyproject.toml's [tool.dagster] or workspace.yaml. */
  workspace: repoPath.optional(),
  /** The Dagster+ organization (`DAGSTER_CLOUD_ORGANIZATION`). */
  organization: dagsterName("acme").optional(),
  /** The Dagster+ deployment (`DAGSTER_CLOUD_DEPLOYMENT`); "prod" for the serverless deploy when absent. */
  deployment: dagsterName("prod").optional(),
  /** `DAGSTER_CLOUD_API_TOKEN`, e.g. `secrets.DAGSTER_CLOUD_API_TOKEN`. */
  apiToken: exprOnly.optional(),
  /** The code location to deploy; "*" deploys every location in `locationFile`. */
  locationName: z.string().regex(/^(\*|[A-Za-z0-9][A-Za-z0-9_-]*)$/, 'a code location name such as analytics, or "*" for all').optional(),
  locationFile: repoPath.optional(),
  /** Your own deploy script instead of the Dagster+ Serverless deploy, e.g. a Helm upgrade. */
  deployCommand: z.string().trim().min(1, "a command to run").optional(),
  idPrefix: idPrefixField("dagster"),
}).strict().superRefine((o, ctx) => {
  const targets = (["modules", "pythonFiles", "workspace"] as const).filter((key) => o[key] !== undefined);
  for (const key of targets.slice(1)) {
    ctx.addIssue({ code: "custom", path: [key], message: `give one of modules, pythonFiles or workspace, not ${targets.join(" and ")}` });
  }
  if (o.deployCommand === undefined) {
    const missing = [
      ...(o.organization === undefined ? ['organization (e.g. "acme" or vars.DAGSTER_CLOUD_ORGANIZATION)'] : []),
      ...(o.apiToken === undefined ? ["apiToken (e.g. secrets.DAGSTER_CLOUD_API_TOKEN)"] : []),
    ];
    // On the options as a whole, since giving deployCommand instead is just as good a fix.
    if (missing.length > 0) ctx.addIssue({ code: "custom", path: [], message: `the Dagster+ deploy needs ${missing.join(" and ")}, or give deployCommand` });
  } else {
    for (const key of ["locationName", "locationFile"] as const) {
      if (o[key] !== undefined) ctx.addIssue({ code: "custom", path: [key], message: "used only by the Dagster+ deploy, not with deployCommand" });
    }
  }
});

export type DagsterDeployOptions = z.input<typeof Options>;
type Parsed = z.output<typeof Options>;

/** The two jobs of {@link dagsterDeploy}; list both in the workflow's `jobs`. */
export interface DagsterDeployJobs {
  /** `dagster definitions validate`. Runs on every event. */
  readonly validate: JobRef<string, never>;
  /** The Dagster+ deploy (or `deployCommand`), on a push to the branch, in the environment. */
  readonly deploy: JobRef<string, never>;
}

function validateCommand(o: Parsed): string {
  const flags = o.modules?.map((m) => ` -m ${m}`) ?? o.pythonFiles?.map((f) => ` -f ${f}`) ?? (o.workspace ? [` -w ${o.workspace}`] : []);
  return `dagster definitions validate${flags.join("")}`;
}

/** The `DAGSTER_CLOUD_*` variables the dagster-cloud CLI reads, from the options given. */
function cloudEnv(o: Parsed, deployment: string | Expr | undefined): Record<string, string | Expr> {
  return {
    ...(o.organization === undefined ? {} : { DAGSTER_CLOUD_ORGANIZATION: o.organization }),
    ...(deployment === undefined ? {} : { DAGSTER_CLOUD_DEPLOYMENT: deployment }),
    ...(o.apiToken === undefined ? {} : { DAGSTER_CLOUD_API_TOKEN: o.apiToken }),
  };
}

function deploySteps(o: Parsed): StepValue[] {
  if (o.deployCommand !== undefined) {
    const env = cloudEnv(o, o.deployment);
    return [
      ...(o.requirements === false ? [] : [installStep(o, o.requirements, [])]),
      run(o.deployCommand, { name: "Deploy", ...(Object.keys(env).length > 0 ? { env } : {}) }),
    ];
  }
  // The CLI builds the code and its requirements into Python executables itself; the project
  // is not installed here, and dagster-cloud's own pinned dagster cannot clash with the project's.
  const minor = o.pythonVersion.split(".").slice(0, 2).join(".");
  const command = [
    "dagster-cloud serverless deploy-python-executable .",
    `--location-name ${shellWord(o.locationName ?? "*")}`,
    `--location-file ${o.locationFile ?? "dagster_cloud.yaml"}`,
    `--python-version ${minor}`,
  ].join(" ");
  return [installStep(o, false, ["dagster-cloud"]), run(command, { name: "Deploy to Dagster+", env: cloudEnv(o, o.deployment ?? "prod") })];
}

/**
 * Dagster code validated on every change and deployed from one branch only, so no code
 * location is ever changed by hand: `dagster definitions validate` loads every code location on
 * each run, and on a push to `branch` the deploy job, behind a GitHub environment and one at a
 * time, runs `dagster-cloud serverless deploy-python-executable` for the locations of
 * dagster_cloud.yaml (Dagster+ Serverless), or your `deployCommand`. Returns two jobs: list both,
 * `jobs: [dagster.validate, dagster.deploy]`.
 *
 * @example
 * const dagster = dagsterDeploy({ modules: ["analytics.definitions"], organization: "acme", apiToken: secrets.DAGSTER_CLOUD_API_TOKEN });
 * workflow("dagster", { on: { pull_request: {}, push: { branches: ["main"] } }, jobs: [dagster.validate, dagster.deploy] });
 * // dagster-validate:
 * //   steps: checkout, setup-python 3.12, pip install -r requirements.txt dagster,
 * //     dagster definitions validate -m analytics.definitions
 * // dagster-deploy:
 * //   needs: [dagster-validate]
 * //   if: ${{ (github.event_name == 'push') && (github.ref == 'refs/heads/main') }}
 * //   environment: production
 * //   concurrency: { group: dagster-deploy, cancel-in-progress: false }
 * //   steps: ..., pip install dagster-cloud,
 * //     dagster-cloud serverless deploy-python-executable . --location-name '*' --location-file dagster_cloud.yaml --python-version 3.12
 * //     env: { DAGSTER_CLOUD_ORGANIZATION: acme, DAGSTER_CLOUD_DEPLOYMENT: prod, DAGSTER_CLOUD_API_TOKEN: ${{ secrets.DAGSTER_CLOUD_API_TOKEN }} }
 */
export function dagsterDeploy(options: DagsterDeployOptions): DagsterDeployJobs {
  const source = callSite(dagsterDeploy);
  const o = parseOptions("dagsterDeploy", Options, options);
  const dir = o.workingDirectory;
  const shared = { "runs-on": "ubuntu-latest", permissions: { contents: "read" }, ...runDefaults(dir) } as const;
  const start = [checkout({}, { name: "Check out" }), ...pythonSteps(o)];

  const validate = job(`${o.idPrefix}-validate`, {
    name: `Dagster: validate definitions${where(dir)}`,
    ...shared,
    "timeout-minutes": 20,
    steps: [...start, installStep(o, o.requirements, ["dagster"]), run(validateCommand(o), { name: "Validate definitions" })],
  });

  const deploy = job(`${o.idPrefix}-deploy`, {
    name: `Dagster: deploy${where(dir)}`,
    needs: [validate],
    if: onPushTo(o.branch),
    ...shared,
    environment: o.environment,
    // Two deploys at once could leave a code location on the older of two builds.
    concurrency: { group: dir === "." ? "dagster-deploy" : `dagster-deploy-${dir}`, "cancel-in-progress": false },
    "timeout-minutes": 45,
    steps: [...start, ...deploySteps(o)],
  });
  return { validate: relocateJob(validate, source), deploy: relocateJob(deploy, source) };
}
