import type { Rule } from "../rule.js";
import { cron } from "./cron.js";
import { emptySection } from "./empty-section.js";
import { expressionSyntax } from "./expression-syntax.js";
import { expressionContext } from "./expression-context.js";
import { expressionFunction } from "./expression-function.js";
import { expressionObjectInterpolation } from "./expression-object-interpolation.js";
import { expressionType } from "./expression-type.js";
import { ifAlwaysTrue } from "./if-always-true.js";
import { ifConstant } from "./if-constant.js";
import { jobId } from "./job-id.js";
import { needsCycle } from "./needs-cycle.js";
import { needsUnknown } from "./needs-unknown.js";
import { stepId } from "./step-id.js";
import { stepKind } from "./step-kind.js";
import { secretsDump } from "./secrets-dump.js";
import { trustedPublishing } from "./trusted-publishing.js";
import { secretsReference } from "./secrets-reference.js";
import { stepReference } from "./step-reference.js";
import { needsReference } from "./needs-reference.js";
import { matrixReference } from "./matrix-reference.js";
import { inputsReference } from "./inputs-reference.js";
import { secretName } from "./secret-name.js";
import { triggerFilters } from "./trigger-filters.js";
import { globSyntax } from "./glob-syntax.js";
import { cronFrequency } from "./cron-frequency.js";
import { dispatchInputs } from "./dispatch-inputs.js";
import { requiredInputDefault } from "./required-input-default.js";

import { runnerLabel } from "./runner-label.js";
import { shellName } from "./shell-name.js";
import { actionRef } from "./action-ref.js";
import { actionDeprecatedInput } from "./action-deprecated-input.js";
import { actionNodeRuntime } from "./action-node-runtime.js";
import { workflowCommandDisabled } from "./workflow-command-disabled.js";
import { workflowCommandDeprecated } from "./workflow-command-deprecated.js";
import { reusableWorkflow } from "./reusable-workflow.js";
import { matrixEntries } from "./matrix-entries.js";
import { envName } from "./env-name.js";
import { envDefaultVariable } from "./env-default-variable.js";
import { artipacked } from "./artipacked.js";
import { botConditions } from "./bot-conditions.js";
import { cachePoisoning } from "./cache-poisoning.js";
import { dangerousTriggers } from "./dangerous-triggers.js";
import { excessivePermissions } from "./excessive-permissions.js";
import { githubEnv } from "./github-env.js";
import { hardcodedContainerCredentials } from "./hardcoded-container-credentials.js";
import { insecureCommands } from "./insecure-commands.js";
import { missingPermissions } from "./missing-permissions.js";
import { refVersionMismatch } from "./ref-version-mismatch.js";
import { secretsInherit } from "./secrets-inherit.js";
import { secretsInWorkflowEnv } from "./secrets-in-workflow-env.js";
import { templateInjection } from "./template-injection.js";
import { unpinnedImages } from "./unpinned-images.js";
import { unpinnedTools } from "./unpinned-tools.js";
import { unpinnedUses } from "./unpinned-uses.js";
import { lockedActionRef } from "./locked-action-ref.js";
import { untrustedCheckout } from "./untrusted-checkout.js";
import { missingTimeout } from "./missing-timeout.js";
import { concurrencyLimits } from "./concurrency-limits.js";
import { anonymousDefinition } from "./anonymous-definition.js";
import { selfHostedRunner } from "./self-hosted-runner.js";
import { secretsOutsideEnv } from "./secrets-outside-env.js";
import { scriptExpression } from "./script-expression.js";
import { workflowPermissions } from "./workflow-permissions.js";
import { customShell } from "./custom-shell.js";
import { unredactedSecrets } from "./unredacted-secrets.js";
import { cmdShell } from "./cmd-shell.js";
import { archivedAction } from "./archived-action.js";
import { aiAgent } from "./ai-agent.js";
import { appTokenRevoke } from "./app-token-revoke.js";
import { unsoundContains } from "./unsound-contains.js";
import { typosquatUses } from "./typosquat-uses.js";
import { obfuscation } from "./obfuscation.js";
import { unsoundTernary } from "./unsound-ternary.js";
import { adhocPackages } from "./adhoc-packages.js";
import { computedIndex } from "./computed-index.js";
import { undocumentedPermissions } from "./undocumented-permissions.js";
/** Every rule, in the order their findings are listed. */
export const rules: readonly Rule[] = [
  emptySection,
  jobId,
  needsUnknown,
  needsCycle,
  stepKind,
  stepId,
  cron,
  expressionSyntax,
  expressionFunction, expressionContext, expressionType, ifAlwaysTrue, ifConstant, expressionObjectInterpolation,
  stepReference, needsReference, matrixReference, inputsReference, secretsReference, secretsDump, trustedPublishing, secretName,
  triggerFilters, globSyntax, cronFrequency, dispatchInputs, requiredInputDefault,
  runnerLabel, shellName, actionRef, actionDeprecatedInput, actionNodeRuntime, workflowCommandDisabled, workflowCommandDeprecated, reusableWorkflow, matrixEntries, envName, envDefaultVariable,
  // Security (zizmor-class) rules.
  templateInjection, githubEnv, dangerousTriggers, untrustedCheckout, excessivePermissions, missingPermissions,
  unpinnedUses, lockedActionRef, refVersionMismatch, artipacked, secretsInherit, secretsInWorkflowEnv, hardcodedContainerCredentials,
  insecureCommands, unpinnedImages, unpinnedTools, botConditions, cachePoisoning, unredactedSecrets, cmdShell, archivedAction, typosquatUses, aiAgent, unsoundContains, appTokenRevoke, obfuscation, unsoundTernary, adhocPackages,
  // Pedantic rules: run only when asked (`--pedantic`, `pedantic: true`, or a severity in `rules`).
  missingTimeout, concurrencyLimits, anonymousDefinition, selfHostedRunner, secretsOutsideEnv, scriptExpression, workflowPermissions, customShell, undocumentedPermissions, computedIndex,
];
