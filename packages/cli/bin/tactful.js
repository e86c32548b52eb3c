#!/usr/bin/env node
import module from "node:module";
import v8 from "node:v8";

// Collecting being cheap, V8 lets the heap grow to several times what a lint keeps alive (about
// 100 MB of a 500 MB peak at 10,000 templates): growing by half at most keeps the peak near
// 300 MB on one thread (460 MB on two, from 770) for no more CPU time.
v8.setFlagsFromString("--heap-growing-percent=50");

// V8's compile cache (Node.js 22.1 and later; Node.js 20 has none and starts as before): a
// one-file lint, as a pre-commit hook runs it, spends much of its time compiling modules.
module.enableCompileCache?.();
const { run } = await import("../dist/main.js");

process.exitCode = await run(process.argv.slice(2));
