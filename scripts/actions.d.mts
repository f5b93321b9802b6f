// Types for scripts/actions.mjs, so tests can call it under the strict tsconfig.
export declare const BINDINGS: Record<string, string>;
export declare const ACTIONS_HEADER: string;
export declare function actionSchema(uses: string, metadata: unknown, release: { tag: string; commit: string }): Record<string, unknown>;
export declare function importActions(shared: string): Promise<Record<string, Record<string, unknown>>>;
export declare function renderActions(dir: string): Promise<string>;
export declare function importMetadata(shared: string): Promise<{ $comment: string; actions: Record<string, unknown> }>;
