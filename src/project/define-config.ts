import type { Config } from "./config.js";

/**
 * Types a `pipewright.config.ts` (or `.mjs`/`.js`): returns its argument unchanged, so an
 * editor completes and checks every key. The file is found by walking up from the working
 * directory to the repository root; its paths are relative to its own folder, and `sources`
 * takes globs such as `packages/{web,api}/workflows.ts`.
 *
 * @example
 * // pipewright.config.ts at the repository root
 * export default defineConfig({
 *   sources: ["workflows.ts", "packages/web/workflows.ts"],
 *   out: ".github/workflows",
 *   rules: { "unpinned-uses": "error" },
 * });
 */
export function defineConfig(config: Config): Config {
  return config;
}

export type { Config };
