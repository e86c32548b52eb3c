import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const source = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  resolve: {
    // Tests run against the TypeScript sources; end-to-end tests run the built CLI.
    alias: {
      "@tactful/cli": source("./packages/cli/src/index.ts"),
      "@tactful/core": source("./packages/core/src/index.ts"),
      "@tactful/eslint-plugin": source("./packages/eslint-plugin/src/index.ts"),
      "@tactful/policies": source("./packages/policies/src/index.ts"),
      "@tactful/renderer": source("./packages/renderer/src/index.ts"),
    },
  },
  test: {
    include: ["packages/*/test/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 60_000,
  },
});
