import { z } from "zod";
import { checkout, configureAwsCredentials, googleAuth } from "../actions/index.js";
import { job, relocateJob, type JobRef, type StepValue } from "../dsl/job.js";
import { run } from "../dsl/step.js";
import { isExpr } from "../model/expression.js";
import { callSite } from "../model/source.js";
import { dataFlowFields, idPrefixField, textOrExpr, inDirectory, installStep, onPushTo, pipInstall, pythonSteps, runDefaults, shellWord, where } from "./data-flow.js";
import { repoPath } from "./dbt.js";
import { parseOptions } from "./options.js";

const bucket = textOrExpr("a bucket name such as acme-airflow, or an expression such as vars.DAGS_BUCKET").refine((v) => isExpr(v) || /^[a-z0-9][a-z0-9._-]{1,220}[a-z0-9]$/.test(v),
  "a bucket name such as acme-airflow (lowercase, no s3:// or gs://), or an expression such as vars.DAGS_BUCKET");
/** Where in the bucket the DAGs go. Never the bucket root: the sync deletes what the folder lacks. */
const prefix = z.string()
  .transform((p) => p.replace(/^\/+|\/+$/g, ""))
  .refine((p) => p !== "", { message: "a folder in the bucket such as dags: syncing to the bucket root would delete everything else in it", abort: true })
  .refine((p) => /^[A-Za-z0-9._@+=,-]+(\/[A-Za-z0-9._@+=,-]+)*$/.test(p) && !p.split("/").includes(".."), "a folder such as dags or airflow/dags")
  .default("dags");

const S3 = z.object({
  bucket,
  prefix,
  roleToAssume: textOrExpr("an IAM role ARN, or an expression such as vars.AWS_ROLE_ARN"),
  region: textOrExpr("an AWS region such as eu-west-1, or an expression such as vars.AWS_REGION"),
}).strict();
const Gcs = z.object({
  bucket,
  prefix,
  workloadIdentityProvider: textOrExpr("a workload identity provider resource name, or an expression such as vars.GCP_WIF_PROVIDER"),
  serviceAccount: textOrExpr("a service account e-mail, or an expression such as vars.GCP_SERVICE_ACCOUNT"),
}).strict();
const TARGET = "either { s3: { bucket, prefix?, roleToAssume, region } } or { gcs: { bucket, prefix?, workloadIdentityProvider, serviceAccount } }";
const Target = z.object({ s3: S3.optional(), gcs: Gcs.optional() }, { error: TARGET }).strict()
  .refine((t) => (t.s3 === undefined) !== (t.gcs === undefined), TARGET);

const Options = z.object({
  ...dataFlowFields,
  /** The DAG folder, relative to the working directory. */
  dagsFolder: repoPath.refine((p) => p !== ".", "a folder below the project such as dags: the whole project would be uploaded").default("dags"),
  /** Installs `apache-airflow==<version>` with Airflow's constraints file for it. */
  airflowVersion: z.string().regex(/^\d+\.\d+\.\d+$/, 'an exact Airflow version such as "2.10.5"').optional(),
  /** A constraints file URL (or path) instead of Airflow's for `airflowVersion` and this Python. */
  constraints: z.string().regex(/^\S+$/, "a URL or path without spaces").optional(),
  /** Your DAGs' own packages (providers, libraries); installed after Airflow, without constraints. */
  requirements: repoPath.optional(),
  target: Target,
  idPrefix: idPrefixField("airflow"),
}).strict().superRefine((o, ctx) => {
  if (o.airflowVersion === undefined && o.requirements === undefined) {
    // On the options as a whole: either option fixes it, and a message on an absent one would read "is required".
    ctx.addIssue({ code: "custom", path: [], message: 'pin Airflow: give airflowVersion (e.g. "2.10.5"), or requirements (a file that pins apache-airflow)' });
  }
  if (o.constraints !== undefined && o.airflowVersion === undefined) {
    ctx.addIssue({ code: "custom", path: ["constraints"], message: "constrains the Airflow install, so it needs airflowVersion" });
  }
});

export type AirflowDagsOptions = z.input<typeof Options>;
type Parsed = z.output<typeof Options>;

/** The two jobs of {@link airflowDags}; list both in the workflow's `jobs`. */
export interface AirflowDagsJobs {
  /** Loads the DAG folder into a DagBag and fails on any import error. Runs on every event. */
  readonly validate: JobRef<string, never>;
  /** Syncs the DAG folder to the bucket, on a push to the branch, in the environment. */
  readonly deploy: JobRef<string, never>;
}

// Airflow's own parser, not a plain import: it applies .airflowignore and catches what only a
// DAG definition reveals (cycles, bad schedules, duplicate dag_ids). DagBag moved in Airflow 3.2.
const CHECK_DAGS = String.raw`import sys
try:
    from airflow.dag_processing.dagbag import DagBag
except ImportError:
    from airflow.models import DagBag

folder = sys.argv[1]
bag = DagBag(dag_folder=folder, include_examples=False)
for path, error in sorted(bag.import_errors.items()):
    print(f"::error::DAG import error in {path}")
    print(error)
if bag.import_errors:
    sys.exit(f"{len(bag.import_errors)} DAG file(s) in {folder} failed to import")
if not bag.dags:
    sys.exit(f"No DAG found in {folder}")
print(f"{len(bag.dags)} DAG(s) imported from {folder}: {', '.join(sorted(bag.dags))}")`;

function installAirflow(o: Parsed): StepValue {
  if (o.airflowVersion === undefined) return installStep(o, o.requirements ?? false, []);
  const pin = `"apache-airflow==${o.airflowVersion}"`;
  const pip = pipInstall(o.installer);
  const lines = o.constraints === undefined
    ? [
      `python_version="$(python -c 'import sys; print("%d.%d" % sys.version_info[:2])')"`,
      `${pip} ${pin} --constraint "https://raw.githubusercontent.com/apache/airflow/constraints-${o.airflowVersion}/constraints-\${python_version}.txt"`,
    ]
    : [`${pip} ${pin} --constraint ${shellWord(o.constraints)}`];
  // Airflow's documented two steps: Airflow under its constraints, then your packages without
  // them, with Airflow pinned again so they cannot move it.
  const own = o.requirements === undefined ? [] : [`${pip} ${pin} -r ${o.requirements}`];
  return run(["set -euo pipefail", ...lines, ...own].join("\n"), { name: "Install Airflow" });
}

function syncSteps(o: Parsed): { label: string; steps: StepValue[] } {
  const folder = o.dagsFolder;
  if (o.target.s3) {
    const { bucket: b, prefix: p, roleToAssume, region } = o.target.s3;
    return { label: "S3", steps: [
      configureAwsCredentials({ "role-to-assume": roleToAssume, "aws-region": region }, { name: "Configure AWS credentials" }),
      run(`aws s3 sync ${folder} "$DAGS_URL" --delete`, { name: "Sync the DAG folder to S3", env: { DAGS_URL: `s3://${String(b)}/${p}` } }),
    ] };
  }
  const { bucket: b, prefix: p, workloadIdentityProvider, serviceAccount } = o.target.gcs!;
  // gcloud comes with GitHub's Ubuntu runners; the auth step's credentials file is what it uses.
  return { label: "GCS", steps: [
    googleAuth({ workload_identity_provider: workloadIdentityProvider, service_account: serviceAccount }, { name: "Authenticate to Google Cloud" }),
    run(`gcloud storage rsync ${folder} "$DAGS_URL" --recursive --delete-unmatched-destination-objects`, {
      name: "Sync the DAG folder to GCS", env: { DAGS_URL: `gs://${String(b)}/${p}` },
    }),
  ] };
}

/**
 * Airflow DAGs checked on every change and shipped from one branch only, so the DAG bucket is
 * never edited by hand: the validate job installs pinned Airflow (its constraints file, then
 * your requirements) and loads the DAG folder into a `DagBag`, failing with every import error;
 * on a push to `branch` the deploy job, behind a GitHub environment and one at a time, signs in
 * with the run's OIDC token and mirrors the folder to S3 (`aws s3 sync --delete`, as MWAA reads
 * it) or GCS (`gcloud storage rsync`, as Cloud Composer reads it). Returns two jobs: list both,
 * `jobs: [dags.validate, dags.deploy]`.
 *
 * @example
 * const dags = airflowDags({
 *   airflowVersion: "2.10.5",
 *   target: { s3: { bucket: "acme-airflow", roleToAssume: vars.AWS_ROLE_ARN, region: "eu-west-1" } },
 * });
 * workflow("airflow", { on: { pull_request: {}, push: { branches: ["main"] } }, jobs: [dags.validate, dags.deploy] });
 * // airflow-validate:
 * //   steps: checkout, setup-python 3.12,
 * //     pip install "apache-airflow==2.10.5" --constraint ".../constraints-2.10.5/constraints-${python_version}.txt",
 * //     python -u - dags <<'PY' (DagBag(dag_folder=..., include_examples=False).import_errors)
 * // airflow-deploy:
 * //   needs: [airflow-validate]
 * //   if: ${{ (github.event_name == 'push') && (github.ref == 'refs/heads/main') }}
 * //   environment: production
 * //   permissions: { contents: read, id-token: write }
 * //   concurrency: { group: airflow-dags-dags, cancel-in-progress: false }
 * //   steps: checkout, configure-aws-credentials, aws s3 sync dags "$DAGS_URL" --delete
 * //     env: { DAGS_URL: s3://acme-airflow/dags }
 */
export function airflowDags(options: AirflowDagsOptions): AirflowDagsJobs {
  const source = callSite(airflowDags);
  const o = parseOptions("airflowDags", Options, options);
  const dir = o.workingDirectory;

  const validate = job(`${o.idPrefix}-validate`, {
    name: `Airflow: check DAG imports${where(dir)}`,
    "runs-on": "ubuntu-latest",
    permissions: { contents: "read" },
    ...runDefaults(dir),
    "timeout-minutes": 20,
    steps: [
      checkout({}, { name: "Check out" }),
      ...pythonSteps(o),
      installAirflow(o),
      run(`set -euo pipefail\npython -u - ${o.dagsFolder} <<'PY'\n${CHECK_DAGS}\nPY`, { name: "Check DAG imports" }),
    ],
  });

  const sync = syncSteps(o);
  const deploy = job(`${o.idPrefix}-deploy`, {
    name: `Airflow: sync DAGs to ${sync.label}${where(dir)}`,
    needs: [validate],
    if: onPushTo(o.branch),
    "runs-on": "ubuntu-latest",
    // The OIDC token is what the cloud trusts instead of a stored key.
    permissions: { contents: "read", "id-token": "write" },
    ...runDefaults(dir),
    environment: o.environment,
    // Two syncs at once could interleave uploads and deletions of different commits.
    concurrency: { group: `airflow-dags-${inDirectory(dir, o.dagsFolder)}`, "cancel-in-progress": false },
    "timeout-minutes": 15,
    steps: [checkout({}, { name: "Check out" }), ...sync.steps],
  });
  return { validate: relocateJob(validate, source), deploy: relocateJob(deploy, source) };
}
