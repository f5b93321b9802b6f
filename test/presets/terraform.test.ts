// terraform: the whole workflow for the default and for each cloud, compared with the files
// under expected/terraform/, every one through GitHub's parser and actionlint; the scripts
// run under bash against a stand-in terraform.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { compile, vars, workflow, type AnyJobRef } from "../../src/index.js";
import { terraform, type TerraformOptions } from "../../src/presets/terraform.js";
import { compileJobs as compileWorkflow, evaluate, expectedFile, jobOf, RELEASE_BRANCH_CASES, stepNamed, type Mapping } from "./support.js";


const expected = (name: string) => expectedFile("terraform", name);
const onBranch = (branch: string) => ({ pull_request: { branches: [branch] }, push: { branches: [branch] } });
const on = onBranch("main");
/** The Terraform release every case installs (the option is required). */
const TF = "1.9.8";
const jobsOf = (options: Partial<TerraformOptions> = {}) => Object.values(terraform({ terraformVersion: TF, ...options }));

const compileJobs = (jobs: readonly AnyJobRef[], branch = "main") =>
  compileWorkflow("terraform", jobs, { name: "Terraform", on: onBranch(branch) });



const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Runs a step's script as GitHub does (`bash -e -o pipefail`) with `terraform` replaced by `fake`. */
function runStep(step: Mapping, fake: string, env: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), "pipewright-terraform-"));
  temps.push(dir);
  writeFileSync(join(dir, "terraform"), `#!/usr/bin/env bash\n${fake}\n`);
  chmodSync(join(dir, "terraform"), 0o755);
  const summary = join(dir, "summary.md");
  writeFileSync(summary, "");
  const result = spawnSync("bash", ["--noprofile", "--norc", "-e", "-o", "pipefail", "-c", step.run], {
    cwd: dir, encoding: "utf8",
    env: { PATH: `${dir}:${process.env.PATH}`, GITHUB_STEP_SUMMARY: summary, FAKE_DIR: dir, ...env },
  });
  return { ...result, dir, summary: readFileSync(summary, "utf8") };
}

describe("terraform: exact YAML", () => {
  it.each<[string, () => AnyJobRef[], string?]>([
    ["default", () => jobsOf()],
    ["aws", () => jobsOf({
      workingDirectory: "./infra/prod/",
      backend: { bucket: "acme-tf-state", key: "prod/terraform.tfstate", region: vars.TF_STATE_REGION },
      cloud: { provider: "aws", roleToAssume: vars.AWS_ROLE_ARN, region: "eu-west-1" },
      terraformVersion: "1.9.8",
    })],
    ["gcp", () => jobsOf({
      backend: { bucket: "acme-tf-state", prefix: "platform" },
      cloud: { provider: "gcp", workloadIdentityProvider: vars.GCP_WIF_PROVIDER, serviceAccount: "terraform@acme.iam.gserviceaccount.com" },
      environment: "gcp-production",
      branch: "live",
    }), "live"],
    ["azure", () => jobsOf({
      backend: { resource_group_name: "tfstate", storage_account_name: "acmetfstate", container_name: "tfstate", key: "platform.tfstate" },
      cloud: { provider: "azure", clientId: vars.AZURE_CLIENT_ID, tenantId: vars.AZURE_TENANT_ID, subscriptionId: vars.AZURE_SUBSCRIPTION_ID },
    })],
    ["two-stacks", () => [
      ...jobsOf({ idPrefix: "network", workingDirectory: "stacks/network", environment: "network" }),
      ...jobsOf({ idPrefix: "warehouse", workingDirectory: "stacks/warehouse", environment: "warehouse" }),
    ]],
  ])("%s", async (name, jobs, branch) => {
    expect(await compileJobs(jobs(), branch)).toBe(expected(name));
  });

  it("is exported from the presets entry point, plan first", async () => {
    const presets = await import("../../src/presets/index.js");
    expect(presets.terraform).toBe(terraform);
    expect(jobsOf().map((j) => j.id)).toEqual(["terraform-plan", "terraform-apply"]);
  });
});

describe("terraform: behaviour", () => {
  it("applies only on a push to main, after the plan of the same run", async () => {
    const yaml = await compileJobs(jobsOf());
    const apply = jobOf(yaml, "terraform-apply");
    expect(jobOf(yaml, "terraform-plan").if).toBeUndefined();
    expect(apply.needs).toEqual(["terraform-plan"]);
    const cases: [string, string, boolean][] = [
      ["push", "refs/heads/main", true],
      ["push", "refs/heads/feature", false],
      ["pull_request", "refs/pull/7/merge", false],
      ["workflow_dispatch", "refs/heads/main", false],
    ];
    expect(cases.map(([event, ref]) => evaluate(apply.if, event, ref))).toEqual(cases.map(([, , applies]) => applies));
  });

  it("applies from another branch when told, and only on a push to exactly that branch", async () => {
    const yaml = await compileJobs(jobsOf({ branch: "release/v2" }), "release/v2");
    const cases = RELEASE_BRANCH_CASES;
    const applyIf = jobOf(yaml, "terraform-apply").if as string;
    expect(cases.map(([event, ref]) => evaluate(applyIf, event, ref))).toEqual(cases.map(([, , applies]) => applies));
  });

  it("names the apply concurrency group after the root module, without '/' or a trailing '.'", async () => {
    const groups = await Promise.all([".", "./infra/", "stacks/network/eu"].map(async (workingDirectory) =>
      jobOf(await compileJobs(jobsOf({ workingDirectory })), "terraform-apply").concurrency));
    expect(groups).toEqual([
      { group: "terraform-apply", "cancel-in-progress": false },
      { group: "terraform-apply-infra", "cancel-in-progress": false },
      { group: "terraform-apply-stacks-network-eu", "cancel-in-progress": false },
    ]);
  });

  it("asks for an OIDC token only when a cloud is set, and never for pull-requests", async () => {
    const plain = await compileJobs(jobsOf());
    const aws = await compileJobs(jobsOf({ cloud: { provider: "aws", roleToAssume: vars.ROLE, region: "eu-west-1" } }));
    for (const id of ["terraform-plan", "terraform-apply"]) {
      expect(jobOf(plain, id).permissions).toEqual({ contents: "read" });
      expect(jobOf(aws, id).permissions).toEqual({ contents: "read", "id-token": "write" });
    }
  });

  it("downloads into the working directory the artifact the plan uploaded", async () => {
    const yaml = await compileJobs(jobsOf({ workingDirectory: "infra" }));
    const upload = stepNamed(yaml, "terraform-plan", "Upload the plan").with;
    const download = stepNamed(yaml, "terraform-apply", "Download the plan").with;
    expect(upload.path).toBe("infra/tfplan\ninfra/tfplan.txt");
    expect(download).toEqual({ name: upload.name, path: "infra" });
  });

  it("passes every backend setting to terraform init as one argument", async () => {
    const yaml = await compileJobs(jobsOf({ backend: { bucket: "acme state", key: "it's/a.tfstate", region: vars.TF_REGION } }));
    const init = stepNamed(yaml, "terraform-plan", "Initialise");
    expect(init.env).toEqual({ TF_REGION: "${{ vars.TF_REGION }}" });
    const result = runStep(init, 'printf "%s\\n" "$@" > "$FAKE_DIR/args"', { TF_REGION: "eu west 1; rm -rf /" });
    expect(result.status).toBe(0);
    expect(readFileSync(join(result.dir, "args"), "utf8").split("\n")).toEqual([
      "init", "-input=false", "-backend-config=bucket=acme state", "-backend-config=key=it's/a.tfstate",
      "-backend-config=region=eu west 1; rm -rf /", "",
    ]);
  });

  it("summarises the plan in the job summary, in a collapsed block", async () => {
    const yaml = await compileJobs(jobsOf({ workingDirectory: "infra" }));
    const plan = "Terraform will perform the following actions:\n  + resource \"null_resource\" \"x\" {}\n\nPlan: 1 to add, 0 to change, 0 to destroy.\n";
    const result = runStep(stepNamed(yaml, "terraform-plan", "Summarise the plan"), `[ "$*" = "show -no-color tfplan" ] && printf '%s' '${plan}'`);
    expect(result.stderr).toBe("");
    expect(result.summary).toBe(
      `### Terraform plan (infra)\n\nPlan: 1 to add, 0 to change, 0 to destroy.\n\n<details><summary>Show the plan</summary>\n\n\`\`\`\`text\n${plan}\n\`\`\`\`\n\n</details>\n`,
    );
    expect(readFileSync(join(result.dir, "tfplan.txt"), "utf8")).toBe(plan);
  });

  it("cuts a long plan short in the summary and says where the rest is", async () => {
    const yaml = await compileJobs(jobsOf());
    const result = runStep(stepNamed(yaml, "terraform-plan", "Summarise the plan"), "yes '  ~ attribute = \"value\"' | head -n 20000");
    expect(result.status).toBe(0);
    expect(readFileSync(join(result.dir, "tfplan.txt"), "utf8").length).toBeGreaterThan(300_000);
    expect(result.summary.length).toBeLessThan(61_000);
    expect(result.summary).toContain("\nThe plan is cut at 60000 bytes: the artifact holds all of it (tfplan.txt).\n");
    expect(result.summary.startsWith("### Terraform plan\n\n\n<details>")).toBe(true);
  });

  it("fails the step when terraform show fails", async () => {
    const yaml = await compileJobs(jobsOf());
    const result = runStep(stepNamed(yaml, "terraform-plan", "Summarise the plan"), "echo 'no plan' >&2; exit 1");
    expect(result.status).toBe(1);
    expect(result.summary).toBe("");
  });
  it("points diagnostics about its jobs at the terraform call", async () => {
    const line = Number(new Error().stack!.split("\n")[1]!.match(/:(\d+):\d+\)?$/)![1]) + 1;
    const jobs = [...Object.values(terraform({ terraformVersion: TF })), ...Object.values(terraform({ terraformVersion: TF }))];
    const result = await compile([workflow("terraform", { on, jobs })]);
    expect(result.diagnostics.map((d) => [d.rule, d.source?.file, d.source?.line])).toEqual([
      ["job-id-duplicate", expect.stringMatching(/terraform\.test\.ts$/), line],
      ["job-id-duplicate", expect.stringMatching(/terraform\.test\.ts$/), line],
    ]);
  });
});

describe("terraform: bad options", () => {
  it.each<[string, unknown]>([
    ['option "cloud.provider": Invalid discriminator value', { cloud: { provider: "digitalocean" } }],
    ['option "cloud.roleToAssume": is required', { cloud: { provider: "aws", region: "eu-west-1" } }],
    ['option "cloud.serviceAccount": is required', { cloud: { provider: "gcp", workloadIdentityProvider: vars.WIF } }],
    ['option "cloud": Unrecognized key: "clientSecret"', {
      cloud: { provider: "azure", clientId: "a", tenantId: "b", subscriptionId: "c", clientSecret: "d" },
    }],
    ['option "workingDirectory": a single-line path', { workingDirectory: "infra\nprod" }],
    ['option "backend.bad key": Invalid key in record', { backend: { "bad key": "x" } }],
    ['option "backend.bucket": Invalid input', { backend: { bucket: 3 } }],
    ['option "environment": Too small', { environment: "" }],
    ['option "branch": an exact branch name such as main (no patterns)', { branch: "release/*" }],
    ['option "branch": an exact branch name such as main (no patterns)', { branch: "main branch" }],
    ['option "idPrefix": a job id prefix', { idPrefix: "1st" }],
    ['options: Unrecognized key: "workdir"', { workdir: "infra" }],
    ['option "terraformVersion": is required', { terraformVersion: undefined }],
    ['option "terraformVersion": Too small', { terraformVersion: "" }],
  ])("%s", (message, options) => {
    expect(() => terraform({ terraformVersion: TF, ...(options as object) } as TerraformOptions)).toThrow(`terraform(): invalid options\n  - ${message}`);
  });
});
