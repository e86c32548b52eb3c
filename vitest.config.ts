import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const source = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  resolve: {
    // Tests run against the TypeScript sources; end-to-end tests run the built CLI.
    alias: [
      { find: /^@tactful\/cli$/, replacement: source("./packages/cli/src/index.ts") },
      { find: /^@tactful\/core$/, replacement: source("./packages/core/src/index.ts") },
      { find: /^@tactful\/eslint-plugin$/, replacement: source("./packages/eslint-plugin/src/index.ts") },
      { find: /^@tactful\/eslint-plugin\/engine$/, replacement: source("./packages/eslint-plugin/src/engine.ts") },
      { find: /^@tactful\/guard$/, replacement: source("./packages/guard/src/index.ts") },
      { find: /^@tactful\/language-server$/, replacement: source("./packages/language-server/src/index.ts") },
      { find: /^@tactful\/language-server\/protocol$/, replacement: source("./packages/language-server/src/protocol.ts") },
      { find: /^@tactful\/policies$/, replacement: source("./packages/policies/src/index.ts") },
      { find: /^@tactful\/policies\/check$/, replacement: source("./packages/policies/src/check.ts") },
      { find: /^@tactful\/renderer$/, replacement: source("./packages/renderer/src/index.ts") },
    ],
  },
  test: {
    include: ["packages/*/test/**/*.test.ts", "test/**/*.test.ts"],
    globalSetup: ["test/support/global-setup.ts"],
    testTimeout: 60_000,
  },
});
