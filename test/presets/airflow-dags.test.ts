// airflowDags: the whole workflow for S3, GCS and the main options, compared with the files under
// expected/airflow-dags/, every one through GitHub's parser and actionlint; when the sync may
// run; bad options; and the scripts run: the install and sync against stand-in pip, aws and
// gcloud, the DagBag check by Python against a stand-in airflow package.
import { describe, expect, it } from "vitest";
import { vars, type AnyJobRef } from "../../src/index.js";
import { airflowDags, type AirflowDagsOptions } from "../../src/presets/airflow-dags.js";
import { compileJobs, DEPLOY_CASES, evaluate, expectedFile, hasPython, jobOf, runScript, stepNamed } from "./support.js";

const s3 = { s3: { bucket: "acme-airflow", roleToAssume: vars.AWS_ROLE_ARN, region: "eu-west-1" } };
const gcs = { gcs: { bucket: vars.COMPOSER_BUCKET, workloadIdentityProvider: vars.GCP_WIF_PROVIDER, serviceAccount: "dags@acme.iam.gserviceaccount.com" } };
const base = { airflowVersion: "2.10.5", target: s3 };
const jobsOf = (options: AirflowDagsOptions) => Object.values(airflowDags(options));

describe("airflowDags: exact YAML", () => {
  it.each<[string, () => AnyJobRef[]]>([
    ["s3", () => jobsOf(base)],
    ["gcs", () => jobsOf({
      requirements: "requirements.txt", installer: "uv", dagsFolder: "airflow/dags",
      target: { gcs: { ...gcs.gcs, prefix: "/dags/team-a/" } },
    })],
    ["options", () => jobsOf({
      airflowVersion: "3.0.6", constraints: "https://example.com/airflow/constraints-3.0.6.txt", requirements: "requirements-dags.txt",
      pythonVersion: "3.11", workingDirectory: "pipelines", environment: "mwaa", branch: "release", idPrefix: "mwaa",
      target: { s3: { bucket: vars.MWAA_BUCKET, prefix: "airflow/dags", roleToAssume: vars.AWS_ROLE_ARN, region: vars.AWS_REGION } },
    })],
  ])("%s", async (name, jobs) => {
    expect(await compileJobs("airflow", jobs())).toBe(expectedFile("airflow-dags", name));
  });

  it("is exported from the presets entry point, validate first", async () => {
    const presets = await import("../../src/presets/index.js");
    expect(presets.airflowDags).toBe(airflowDags);
    expect(jobsOf(base).map((j) => j.id)).toEqual(["airflow-validate", "airflow-deploy"]);
  });
});

describe("airflowDags: behaviour", () => {
  it("syncs only on a push to the branch, after the check, one sync at a time", async () => {
    const yaml = await compileJobs("airflow", jobsOf(base));
    const deploy = jobOf(yaml, "airflow-deploy");
    expect(jobOf(yaml, "airflow-validate").if).toBeUndefined();
    expect(deploy.needs).toEqual(["airflow-validate"]);
    expect(DEPLOY_CASES.map(([event, ref]) => evaluate(deploy.if, event, ref))).toEqual(DEPLOY_CASES.map(([, , runs]) => runs));
    expect(deploy.concurrency).toEqual({ group: "airflow-dags-dags", "cancel-in-progress": false });
  });

  it("asks for an OIDC token in the sync job only", async () => {
    for (const target of [s3, gcs]) {
      const yaml = await compileJobs("airflow", jobsOf({ ...base, target }));
      expect(jobOf(yaml, "airflow-validate").permissions).toEqual({ contents: "read" });
      expect(jobOf(yaml, "airflow-deploy").permissions).toEqual({ contents: "read", "id-token": "write" });
    }
  });

  it("installs Airflow under the constraints for the runner's Python, then the DAGs' packages without them", async () => {
    const yaml = await compileJobs("airflow", jobsOf({ ...base, requirements: "requirements.txt" }));
    const result = runScript(stepNamed(yaml, "airflow-validate", "Install Airflow").run, {
      fakes: { pip: "", python: `[ "$1" = -c ] && echo 3.12` },
    });
    expect(result.status).toBe(0);
    expect(result.calls).toEqual([
      "pip install|apache-airflow==2.10.5|--constraint|https://raw.githubusercontent.com/apache/airflow/constraints-2.10.5/constraints-3.12.txt",
      "pip install|apache-airflow==2.10.5|-r|requirements.txt",
    ]);
  });

  it("mirrors the DAG folder to the bucket folder, deleting what the folder no longer has", async () => {
    const synced = async (target: AirflowDagsOptions["target"], tool: string) => {
      const step = stepNamed(await compileJobs("airflow", jobsOf({ ...base, target })), "airflow-deploy", `Sync the DAG folder to ${tool}`);
      return runScript(step.run, { fakes: { aws: "", gcloud: "" }, env: { DAGS_URL: step.env.DAGS_URL } }).calls;
    };
    expect(await synced({ s3: { ...s3.s3, prefix: "/airflow/dags/" } }, "S3")).toEqual(["aws s3|sync|dags|s3://acme-airflow/airflow/dags|--delete"]);
    expect(await synced({ gcs: { ...gcs.gcs, bucket: "acme-composer" } }, "GCS"))
      .toEqual(["gcloud storage|rsync|dags|gs://acme-composer/dags|--recursive|--delete-unmatched-destination-objects"]);
  });
});

describe("airflowDags: bad options", () => {
  it.each<[string, unknown, string]>([
    ["no Airflow pin", { target: s3 }, "options: pin Airflow: give airflowVersion"],
    ["a version range", { ...base, airflowVersion: "2.10" }, 'option "airflowVersion": an exact Airflow version'],
    ["constraints without a version", { requirements: "requirements.txt", constraints: "c.txt", target: s3 }, 'option "constraints": constrains the Airflow install'],
    ["no target", { airflowVersion: "2.10.5" }, 'option "target"'],
    ["two targets", { ...base, target: { ...s3, ...gcs } }, 'option "target": either { s3:'],
    ["a bucket URL", { ...base, target: { s3: { ...s3.s3, bucket: "s3://acme-airflow" } } }, 'option "target.s3.bucket": a bucket name'],
    ["the bucket root", { ...base, target: { s3: { ...s3.s3, prefix: "/" } } }, 'option "target.s3.prefix": a folder in the bucket such as dags'],
    ["no role", { ...base, target: { s3: { bucket: "acme-airflow", region: "eu-west-1" } } }, 'option "target.s3.roleToAssume"'],
    ["a role that is a number", { ...base, target: { s3: { ...s3.s3, roleToAssume: 42 } } }, 'option "target.s3.roleToAssume": an IAM role ARN'],
    ["the project root as DAG folder", { ...base, dagsFolder: "." }, 'option "dagsFolder": a folder below the project'],
  ])("rejects %s, naming the preset and the option", (_, options, message) => {
    expect(() => airflowDags(options as AirflowDagsOptions)).toThrow(/^airflowDags\(\): invalid options/);
    expect(() => airflowDags(options as AirflowDagsOptions)).toThrow(message);
  });
});

describe.skipIf(!hasPython)("airflowDags: the DagBag check", () => {
  // A stand-in with the two import paths real Airflow versions have; `at` picks one.
  const airflow = (errors: Record<string, string>, dags: string[], at: "models" | "dag_processing") => ({
    "fake/airflow/__init__.py": "",
    [`fake/airflow/${at}/__init__.py`]: at === "models" ? "from airflow.models.dagbag import DagBag\n" : "",
    [`fake/airflow/${at}/dagbag.py`]: [
      "class DagBag:",
      "    def __init__(self, dag_folder, include_examples):",
      "        assert include_examples is False",
      `        self.import_errors = ${JSON.stringify(errors)}`,
      `        self.dags = {d: dag_folder for d in ${JSON.stringify(dags)}}`,
      "",
    ].join("\n"),
  });
  const check = async () => stepNamed(await compileJobs("airflow", jobsOf(base)), "airflow-validate", "Check DAG imports").run as string;

  it.each(["models", "dag_processing"] as const)("passes and lists the DAGs when all import (DagBag in airflow.%s)", async (at) => {
    const result = runScript(await check(), { files: airflow({}, ["load_orders", "daily_report"], at), env: { PYTHONPATH: "fake" } });
    expect(result.stdout).toBe("2 DAG(s) imported from dags: daily_report, load_orders\n");
    expect(result.status).toBe(0);
  });

  it("fails listing every import error", async () => {
    const errors = { "/repo/dags/b.py": "Traceback ...\nModuleNotFoundError: No module named 'pandas'", "/repo/dags/a.py": "SyntaxError: invalid syntax" };
    const result = runScript(await check(), { files: airflow(errors, ["ok"], "models"), env: { PYTHONPATH: "fake" } });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe([
      "::error::DAG import error in /repo/dags/a.py", "SyntaxError: invalid syntax",
      "::error::DAG import error in /repo/dags/b.py", "Traceback ...", "ModuleNotFoundError: No module named 'pandas'", "",
    ].join("\n"));
    expect(result.stderr).toBe("2 DAG file(s) in dags failed to import\n");
  });

  it("fails when the folder holds no DAG, as a mistyped dagsFolder would", async () => {
    const result = runScript(await check(), { files: airflow({}, [], "models"), env: { PYTHONPATH: "fake" } });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe("No DAG found in dags\n");
  });
});
