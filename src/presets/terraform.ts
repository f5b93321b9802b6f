import { z } from "zod";
import { checkout, configureAwsCredentials, downloadArtifact, googleAuth, setupTerraform, uploadArtifact } from "../actions/index.js";
import { job, relocateJob, type JobRef, type StepValue } from "../dsl/job.js";
import { run } from "../dsl/step.js";
import type { Value } from "../dsl/value.js";
import { isExpr } from "../model/expression.js";
import { callSite } from "../model/source.js";
import { dataFlowFields, onPushTo } from "./data-flow.js";
import { parseOptions, stringOrExpr } from "./options.js";

const JOB_ID_PREFIX = /^[A-Za-z_][A-Za-z0-9_-]*$/;

const Cloud = z.discriminatedUnion("provider", [
  z.object({ provider: z.literal("aws"), roleToAssume: stringOrExpr, region: stringOrExpr }).strict(),
  z.object({ provider: z.literal("gcp"), workloadIdentityProvider: stringOrExpr, serviceAccount: stringOrExpr }).strict(),
  z.object({ provider: z.literal("azure"), clientId: stringOrExpr, tenantId: stringOrExpr, subscriptionId: stringOrExpr }).strict(),
]);

const Options = z.object({
  /** The root module, relative to the repository root. */
  workingDirectory: z.string().min(1).regex(/^[^\n\r]+$/, "a single-line path").default(".")
    .transform((dir) => dir.replace(/^(\.\/)+/, "").replace(/\/+$/, "") || "."),
  /** `-backend-config` entries for `terraform init`: key → value. */
  backend: z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "a backend setting name such as bucket"), stringOrExpr).optional(),
  /** The GitHub environment apply runs in, so its protection rules apply. */
  environment: z.string().min(1).default("production"),
  /** The branch whose pushes apply. */
  branch: dataFlowFields.branch,
  cloud: Cloud.optional(),
  /**
   * The Terraform release setup-terraform installs, such as "1.9.8". Required: plan and apply are
   * two jobs, and a release between them would apply a plan with another Terraform than made it
   * ("latest" is accepted, and lint's unpinned-tools warns about it).
   */
  terraformVersion: z.string().min(1),
  idPrefix: z.string().regex(JOB_ID_PREFIX, "a job id prefix: letters, digits, - and _").default("terraform"),
}).strict();

export type TerraformOptions = z.input<typeof Options>;
type CloudOptions = z.output<typeof Cloud>;

/** The two jobs of {@link terraform}; list both in the workflow's `jobs`. */
export interface TerraformJobs {
  /** fmt, init, validate, plan; the plan is summarised and uploaded. Runs on every event. */
  readonly plan: JobRef<string, never>;
  /** Applies the plan of the same run, on a push to the branch, in the environment. */
  readonly apply: JobRef<string, never>;
}

/** A word the shell reads literally: bare when that is safe, else single-quoted. */
function shellWord(text: string): string {
  return /^[A-Za-z0-9_./:@%+=,-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}

function posixJoin(dir: string, file: string): string {
  return dir === "." ? file : `${dir}/${file}`;
}

/** Steps that sign in to the cloud with the run's OIDC token; Azure needs none (see `cloudEnv`). */
function credentialSteps(cloud: CloudOptions | undefined): StepValue[] {
  if (cloud?.provider === "aws") {
    return [configureAwsCredentials({ "role-to-assume": cloud.roleToAssume, "aws-region": cloud.region }, { name: "Configure AWS credentials" })];
  }
  if (cloud?.provider === "gcp") {
    return [googleAuth({ workload_identity_provider: cloud.workloadIdentityProvider, service_account: cloud.serviceAccount }, { name: "Authenticate to Google Cloud" })];
  }
  return [];
}

/** The azurerm provider and backend sign in with the OIDC token themselves when told to. */
function cloudEnv(cloud: CloudOptions | undefined): Record<string, Value<string>> {
  if (cloud?.provider !== "azure") return {};
  return { ARM_USE_OIDC: "true", ARM_CLIENT_ID: cloud.clientId, ARM_TENANT_ID: cloud.tenantId, ARM_SUBSCRIPTION_ID: cloud.subscriptionId };
}

function initCommand(backend: Readonly<Record<string, Value<string>>> | undefined): string {
  // An expression is left to the compiler, which moves it into the step's env; the quotes keep its value one word.
  const flags = Object.entries(backend ?? {}).map(([key, value]) =>
    isExpr(value) ? ` -backend-config="${key}=${String(value)}"` : ` ${shellWord(`-backend-config=${key}=${value}`)}`);
  return `terraform init -input=false${flags.join("")}`;
}

function summaryScript(heading: string): string {
  // A step summary holds at most 1 MiB; the whole text is in the artifact anyway.
  return `set -euo pipefail
terraform show -no-color tfplan > tfplan.txt
limit=60000
{
  echo ${shellWord(heading)}
  echo
  grep -m 1 -E '^(Plan: |No changes\\.|Changes to Outputs:)' tfplan.txt || true
  echo
  echo '<details><summary>Show the plan</summary>'
  echo
  echo '\`\`\`\`text'
  head -c "$limit" tfplan.txt
  echo
  echo '\`\`\`\`'
  if [ "$(wc -c < tfplan.txt)" -gt "$limit" ]; then
    echo
    echo "The plan is cut at $limit bytes: the artifact holds all of it (tfplan.txt)."
  fi
  echo
  echo '</details>'
} >> "$GITHUB_STEP_SUMMARY"`;
}

/**
 * Terraform on GitHub Actions, plan on pull requests and apply from a branch: `terraform fmt
 * -check`, `init`, `validate` and `plan` (summarised in the job summary and uploaded as an
 * artifact), then on a push to `branch` (default main) `apply` of that very plan behind a GitHub
 * environment, so its approval rules apply. Cloud credentials come from the run's OIDC token,
 * never from long-lived keys. Returns two jobs: list both, `jobs: [tf.plan, tf.apply]`.
 *
 * @example
 * const tf = terraform({
 *   workingDirectory: "infra",
 *   backend: { bucket: "acme-tf-state" },
 *   cloud: { provider: "aws", roleToAssume: vars.AWS_ROLE_ARN, region: "eu-west-1" },
 *   terraformVersion: "1.9.8",
 * });
 * workflow("terraform", { on: { pull_request: {}, push: { branches: ["main"] } }, jobs: [tf.plan, tf.apply] });
 * // terraform-plan:
 * //   permissions: { contents: read, id-token: write }
 * //   defaults: { run: { working-directory: infra } }
 * //   steps: checkout, configure-aws-credentials, setup-terraform,
 * //     terraform fmt -check -recursive, terraform init -input=false -backend-config=bucket=acme-tf-state,
 * //     terraform validate, terraform plan -input=false -out=tfplan, summary, upload-artifact
 * // terraform-apply:
 * //   needs: [terraform-plan]
 * //   if: ${{ (github.event_name == 'push') && (github.ref == 'refs/heads/main') }}
 * //   environment: production
 * //   concurrency: { group: terraform-apply-infra, cancel-in-progress: false }
 * //   steps: ..., download-artifact, terraform apply -input=false -auto-approve tfplan
 */
export function terraform(options: TerraformOptions): TerraformJobs {
  const source = callSite(terraform);
  const { workingDirectory: dir, backend, environment, branch, cloud, terraformVersion, idPrefix } = parseOptions("terraform", Options, options);
  const where = dir === "." ? "" : ` (${dir})`;
  const artifact = `${idPrefix}-plan`;
  const permissions = cloud ? { contents: "read", "id-token": "write" } as const : { contents: "read" } as const;
  const shared = {
    "runs-on": "ubuntu-latest",
    permissions,
    ...(dir === "." ? {} : { defaults: { run: { "working-directory": dir } } }),
    env: { TF_IN_AUTOMATION: "true", ...cloudEnv(cloud) },
  };
  const setup: StepValue[] = [
    checkout({}, { name: "Check out" }),
    ...credentialSteps(cloud),
    // Without the wrapper, terraform's output is the CLI's own, with nothing added to it.
    setupTerraform({ terraform_version: terraformVersion, terraform_wrapper: false }, { name: "Set up Terraform" }),
  ];
  const init = run(initCommand(backend), { name: "Initialise" });

  const plan = job(`${idPrefix}-plan`, {
    name: `Terraform plan${where}`,
    ...shared,
    "timeout-minutes": 30,
    steps: [
      ...setup,
      run("terraform fmt -check -recursive", { name: "Check formatting" }),
      init,
      run("terraform validate", { name: "Validate" }),
      run("terraform plan -input=false -out=tfplan", { name: "Plan" }),
      run(summaryScript(`### Terraform plan${where}`), { name: "Summarise the plan" }),
      // A saved plan can hold secrets in plain text: keep it only as long as an approval may take.
      uploadArtifact({ name: artifact, path: `${posixJoin(dir, "tfplan")}\n${posixJoin(dir, "tfplan.txt")}`, "retention-days": 7 }, { name: "Upload the plan" }),
    ],
  });

  // Apply the plan made (and shown) in this run: what the approver saw is what changes. A plan
  // that went stale meanwhile is refused by terraform rather than applied.
  const apply = job(`${idPrefix}-apply`, {
    name: `Terraform apply${where}`,
    needs: [plan],
    if: onPushTo(branch),
    ...shared,
    environment,
    // Named after the root module: its applies queue one behind the other, other modules' do not.
    concurrency: { group: dir === "." ? "terraform-apply" : `terraform-apply-${dir.replaceAll("/", "-")}`, "cancel-in-progress": false },
    "timeout-minutes": 60,
    steps: [
      ...setup,
      init,
      downloadArtifact({ name: artifact, path: dir }, { name: "Download the plan" }),
      run("terraform apply -input=false -auto-approve tfplan", { name: "Apply" }),
    ],
  });
  return { plan: relocateJob(plan, source), apply: relocateJob(apply, source) };
}
