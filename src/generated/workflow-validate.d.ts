// The standalone validator in workflow-validate.js (scripts/workflow-validator.mjs).
/** Whether a workflow (as plain data) is valid against GitHub's workflow schema, as the shape check reads it. */
export declare function validate(workflow: unknown): boolean;
