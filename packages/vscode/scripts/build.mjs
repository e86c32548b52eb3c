#!/usr/bin/env node
// Builds the extension into dist/ so that it runs with nothing else installed:
//   dist/extension.cjs                      the extension (CommonJS, `vscode` left to the host)
//   dist/server/tactful-language-server.mjs the language server with ESLint, the plugin, core,
//                                           the compiled policy packs, schemas and the renderer
//   docs/rules/*.md                         the rule pages the server's diagnostics link to
// It bundles the workspace packages' built output (`npm run build` at the root first). An
// unchanged build is skipped: dist/.inputs.json records every file the bundles were made from.
// Usage: build.mjs [--force]
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(packageDir, "dist");
export const STAMP_FILE = join(dist, ".inputs.json");
const ruleDocsSource = join(packageDir, "..", "eslint-plugin", "docs", "rules");
const ruleDocs = join(packageDir, "docs", "rules");
const serverEntry = join(packageDir, "..", "language-server", "dist", "main.js");

/**
 * Rule docs are found from the bundle's own URL (`docsUrl()` resolves `../../docs/rules/` from
 * the plugin's code, as in the plugin package): the server bundle sits two folders below the
 * extension root, beside which docs/ is copied.
 */
const serverOutfile = join(dist, "server", "tactful-language-server.mjs");

/**
 * The workspace packages load some modules when first needed, through
 * `createRequire(import.meta.url)("…")`, which a bundler cannot see: the bundle would ship
 * without them and fail at run time. Written as plain `require("…")` calls, esbuild bundles them
 * and still evaluates each one only when the call runs.
 */
const lazyRequires = {
  name: "lazy-requires",
  setup(builder) {
    builder.onLoad({ filter: /[\\/]packages[\\/][^\\/]+[\\/]dist[\\/].*\.js$/ }, async (args) => {
      let contents = readFileSync(args.path, "utf8");
      if (!contents.includes("createRequire(import.meta.url)")) return undefined;
      for (const [line, name] of contents.matchAll(/^const (\w+) = createRequire\(import\.meta\.url\);$/gmu)) {
        contents = contents.replace(line, "").replace(new RegExp(`\\b${name}\\(`, "gu"), "require(");
      }
      contents = contents.replaceAll("createRequire(import.meta.url)(", "require(");
      if (contents.includes("createRequire(import.meta.url)")) throw new Error(`${args.path}: a createRequire the bundle cannot follow`);
      return { contents, loader: "js", resolveDir: dirname(args.path) };
    });
  },
};

const common = { bundle: true, minifyWhitespace: true, minifySyntax: true, platform: "node", target: "node20", sourcemap: "linked", metafile: true, logLevel: "warning", legalComments: "none" };

/** Builds unless the inputs are what the last build was made from; returns whether it built. */
export async function build({ force = false } = {}) {
  if (!force && upToDate()) return false;
  rmSync(dist, { recursive: true, force: true });
  rmSync(join(packageDir, "docs"), { recursive: true, force: true });
  const extension = await esbuild.build({
    ...common,
    entryPoints: [join(packageDir, "src", "extension.ts")],
    outfile: join(dist, "extension.cjs"),
    format: "cjs",
    external: ["vscode"],
  });
  const server = await esbuild.build({
    ...common,
    entryPoints: [serverEntry],
    outfile: serverOutfile,
    format: "esm",
    // CommonJS dependencies (ESLint, nunjucks, ajv…) `require` Node's modules.
    banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
    // ESLint loads jiti only for a TypeScript eslint.config.ts; without it, it says so.
    external: ["jiti"],
    // Packages' ES module builds first: jsonc-parser's UMD build requires its parts at run time, which a bundle cannot.
    mainFields: ["module", "main"],
    plugins: [lazyRequires],
  });
  mkdirSync(ruleDocs, { recursive: true });
  cpSync(ruleDocsSource, ruleDocs, { recursive: true });
  const inputs = [...Object.keys(extension.metafile.inputs), ...Object.keys(server.metafile.inputs)].map((input) => relative(packageDir, join(process.cwd(), input)));
  writeFileSync(STAMP_FILE, JSON.stringify({ digest: digest(inputs), inputs }, null, 1));
  return true;
}

function upToDate() {
  if (!existsSync(STAMP_FILE) || !existsSync(serverOutfile) || !existsSync(ruleDocs)) return false;
  const stamp = JSON.parse(readFileSync(STAMP_FILE, "utf8"));
  return stamp.digest === digest(stamp.inputs);
}

/** What the extension is packaged from besides the bundles' inputs: its manifest, assets and this script. */
const ASSETS = ["package.json", "package.nls.json", "package.nls.zh-cn.json", "package.nls.zh-tw.json", "README.md", "LICENSE", ".vscodeignore", "language-configuration.json", "syntaxes", "snippets", "media"];

/** The contents of the bundles' inputs, the rule docs and the assets. */
function digest(inputs) {
  const hash = createHash("sha256");
  const files = [...new Set(inputs.map((input) => join(packageDir, input)))].sort();
  files.push(fileURLToPath(import.meta.url), ...filesIn(ruleDocsSource), ...ASSETS.flatMap((asset) => filesIn(join(packageDir, asset))));
  for (const file of files) hash.update(`${relative(packageDir, file)}\u0000`).update(existsSync(file) ? readFileSync(file) : "missing");
  return hash.digest("hex");
}

/** The file itself, or the files in a folder. */
function filesIn(path) {
  if (!existsSync(path) || !statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true, encoding: "utf8" }).sort().map((name) => join(path, name)).filter((file) => statSync(file).isFile());
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  const built = await build({ force: process.argv.includes("--force") });
  console.log(built ? `Built the extension in ${Date.now() - started} ms.` : "The extension is up to date.");
}
