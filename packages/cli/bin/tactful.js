#!/usr/bin/env node
import module from "node:module";

// V8's compile cache (Node.js 22.1 and later; Node.js 20 has none and starts as before): a
// one-file lint, as a pre-commit hook runs it, spends much of its time compiling modules.
module.enableCompileCache?.();
const { run } = await import("../dist/main.js");

process.exitCode = await run(process.argv.slice(2));
