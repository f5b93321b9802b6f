// Types for scripts/workflow-validator.mjs, so tests can call it under the strict tsconfig.
export declare function toValidator(schema: Record<string, unknown>): Promise<string>;
export declare const VALIDATOR_HEADER: string;
