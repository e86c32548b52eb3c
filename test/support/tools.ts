import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("../..", import.meta.url));
export const tactfulBin = join(root, "packages/cli/bin/tactful.js");
const toolsDir = join(root, "scripts/test-tools");

/**
 * Whether a tool that scripts/install-test-tools.sh installs is here. Locally a missing tool
 * skips its tests with a message; in CI (`TACTFUL_REQUIRE_TOOLS` set, see .ci/run) it fails them.
 */
export function toolAvailable(name: string, present: boolean): boolean {
  if (present) return true;
  const message = `${name} is not installed: run scripts/install-test-tools.sh`;
  if (process.env["TACTFUL_REQUIRE_TOOLS"]) throw new Error(message);
  console.warn(`Skipping the ${name} tests: ${message}.`);
  return false;
}

export const testToolsInstalled = (): boolean => existsSync(join(toolsDir, "node_modules/.package-lock.json"));

/** The exact version scripts/test-tools pins, so a temporary repository installs what the npm cache holds. */
export function toolVersion(name: string): string {
  const manifest = JSON.parse(readFileSync(join(toolsDir, "package.json"), "utf8")) as { dependencies: Record<string, string> };
  return manifest.dependencies[name]!;
}

export function toolBin(relative: string): string {
  return join(toolsDir, "node_modules", relative);
}

export const onPath = (command: string): boolean => spawnSync("sh", ["-c", `command -v ${command}`]).status === 0;

/** A code block of README.md: the first ```lang block after the heading, whose text matches. */
export function readmeBlock(heading: string, lang: string, contains = ""): string {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const start = readme.indexOf(`${heading}\n`);
  if (start === -1) throw new Error(`README.md has no heading ${heading}`);
  const pattern = new RegExp("```" + lang + "\\n([\\s\\S]*?)```", "g");
  pattern.lastIndex = start;
  for (let match = pattern.exec(readme); match; match = pattern.exec(readme)) if (match[1]!.includes(contains)) return match[1]!;
  throw new Error(`README.md has no \`\`\`${lang} block containing ${contains} after ${heading}`);
}

export function run(command: string, args: readonly string[], cwd: string, env: Record<string, string | undefined> = {}): SpawnSyncReturns<string> & { output: string } {
  const result = spawnSync(command, args, { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", ...env } });
  return Object.assign(result, { output: `${result.stdout ?? ""}${result.stderr ?? ""}` });
}
