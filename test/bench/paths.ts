import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root (this file runs from test/bench/dist). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
export const CLI = join(ROOT, "packages/cli/bin/tactful.js");
export const PLUGIN = join(ROOT, "packages/eslint-plugin/dist/index.js");
export const PACKS = join(ROOT, "packages/policies/packs");
export const SAMPLE_LIBRARY = join(ROOT, "templates");
export const LANGUAGE_SERVER = join(ROOT, "packages/language-server/bin/tactful-language-server.js");
export const NODE_MODULES = join(ROOT, "node_modules");
export const TEXTLINT = join(dirname(createRequire(import.meta.url).resolve("textlint/package.json")), "bin/textlint.js");
export const ESLINT = join(dirname(createRequire(import.meta.url).resolve("eslint/package.json")), "bin/eslint.js");
/** A file URL: the package is an ES module only. */
export const ESLINT_MARKDOWN = import.meta.resolve("@eslint/markdown");
export const FLOOR = fileURLToPath(new URL("./floor.js", import.meta.url));
export const RENDER_WORKER = fileURLToPath(new URL("./render-worker.js", import.meta.url));
