#!/usr/bin/env node
import module from "node:module";

// V8's compile cache (Node.js 22.1 and later): the editor starts the server on each window.
module.enableCompileCache?.();
await import("../dist/main.js");
