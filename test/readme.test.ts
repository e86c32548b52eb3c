import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const readme = readFileSync(join(root, "README.md"), "utf8");

function tactful(args: string[]): string {
  return spawnSync(process.execPath, [join(root, "packages/cli/bin/tactful.js"), ...args], { cwd: root, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } }).stdout;
}

describe("the README", () => {
  it("starts with what Tactful is and gives the two commands", () => {
    expect(readme.startsWith("# Tactful\n\nTactful keeps customer message templates")).toBe(true);
    expect(readme).toContain("npm ci && npx tactful lint templates");
    expect(readme).toContain("npm test ");
  });

  it("shows the output tactful render really gives", () => {
    const block = /```sh\n(tactful render [^\n]+)\n```\n```\n([\s\S]*?)```/.exec(readme);
    expect(block).not.toBeNull();
    const args = block![1]!.split(" ").slice(1);
    expect(tactful(args)).toBe(block![2]);
  });

  it("shows the summary tactful lint really prints", () => {
    const summary = /`(\d+ templates checked[^`]*)`/.exec(readme)![1]!;
    expect(tactful(["lint", "templates"])).toBe(`${summary}\n`);
  });
});
