import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import base from "../../vitest.config.js";

// `npm run test:vscode`: the extension in a real VS Code (code-server), steps in order.
export default defineConfig({
  root: fileURLToPath(new URL("../..", import.meta.url)),
  resolve: base.resolve,
  test: {
    include: ["packages/vscode/test/e2e/**/*.e2e.ts"],
    testTimeout: 180_000,
    hookTimeout: 300_000,
  },
});
