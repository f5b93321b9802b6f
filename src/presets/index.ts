/**
 * Ready jobs and workflows for data platforms, built only from pipewright's public builders.
 */
export { requiredChecksGate, type RequiredChecksGateOptions } from "./required-checks-gate.js";
export { branchProtection, type BranchProtectionOptions } from "./branch-protection.js";
