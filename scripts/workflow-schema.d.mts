// Types for scripts/workflow-schema.mjs, so tests can call it under the strict tsconfig.
export declare function readTemplateSchema(): Promise<{ definitions: Record<string, unknown> }>;
export declare function toJsonSchema(template: { definitions: Record<string, unknown> }): Record<string, unknown>;
export declare function toTypeScript(schema: Record<string, unknown>): Promise<string>;
export declare const GENERATED_HEADER: string;
