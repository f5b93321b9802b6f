/**
 * Ready jobs and workflows for data platforms, built only from pipewright's public builders.
 */
export { requiredChecksGate, type RequiredChecksGateOptions } from "./required-checks-gate.js";
export { branchProtection, type BranchProtectionOptions } from "./branch-protection.js";
export { buildPush, type BuildPushOptions } from "./build-push.js";
export { helmChart, type HelmChartOptions, type HelmChartJobs, type HelmOciRegistry, type HelmPagesRegistry } from "./helm-chart.js";
export { terraform, type TerraformOptions, type TerraformJobs } from "./terraform.js";
export { ansible, type AnsibleOptions, type AnsibleJobs } from "./ansible.js";
export { validateDbt, type ValidateDbtOptions } from "./dbt.js";
export { dbtWorkflow, type DbtWorkflowOptions } from "./dbt-workflow.js";
export { prefectDeploy, type PrefectDeployOptions, type PrefectDeployJobs } from "./prefect-deploy.js";
export { dagsterDeploy, type DagsterDeployOptions, type DagsterDeployJobs } from "./dagster-deploy.js";
export { airflowDags, type AirflowDagsOptions, type AirflowDagsJobs } from "./airflow-dags.js";
export { consistencyCheck, type ConsistencyCheckOptions } from "./consistency-check.js";
export { rulesetsSync, type RulesetsSyncOptions } from "./rulesets-sync.js";
