import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    typecheck: { enabled: false },
    // @actions/workflow-parser imports its JSON schema without an import attribute, which
    // Node 20 refuses; pre-bundling it for the test run sidesteps that.
    deps: { optimizer: { ssr: { enabled: true, include: ["@actions/workflow-parser"] } } },
  },
});
