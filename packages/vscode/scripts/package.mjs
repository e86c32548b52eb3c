#!/usr/bin/env node
// Packages the extension as a .vsix that works offline: builds the workspace (unless
// --no-root-build), bundles (scripts/build.mjs), then runs vsce without dependencies, since
// everything the extension runs is in its bundles. An unchanged build keeps its .vsix.
// Prints the .vsix's path. Usage: package.mjs [--no-root-build] [--force]
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build, STAMP_FILE } from "./build.mjs";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const root = join(packageDir, "..", "..");
const { name, version } = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8"));
const vsix = join(packageDir, `${name}-${version}.vsix`);
const force = process.argv.includes("--force");

// Progress goes to stderr; stdout is the path alone.
const quietly = { stdio: ["ignore", process.stderr, "inherit"] };
if (!process.argv.includes("--no-root-build")) execFileSync("npm", ["run", "build"], { ...quietly, cwd: root });
const built = await build({ force });
if (built || !existsSync(vsix) || statSync(vsix).mtimeMs < statSync(STAMP_FILE).mtimeMs) {
  const vsce = join(root, "node_modules", "@vscode", "vsce", "vsce");
  execFileSync(process.execPath, [vsce, "package", "--no-dependencies", "--allow-missing-repository", "--out", vsix], { ...quietly, cwd: packageDir });
}
console.log(vsix);
