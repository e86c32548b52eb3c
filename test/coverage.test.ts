import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = join(root, "packages/cli/bin/tactful.js");

function tactful(args: string[], cwd: string): { status: number | null; stdout: string } {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { status: result.status, stdout: result.stdout };
}

/**
 * The library's marketing SMS with its opt-out moved into the eleventh of eleven `if`s on one
 * flag: with `flag: false` it renders without one, whatever the other ten do.
 */
function optOutBehindElevenIfs(): string {
  const offer = readFileSync(join(root, "templates/en-US/marketing/rate-offer.sms.msg.njk"), "utf8");
  return offer
    .replace("variables:\n", "variables:\n  flag: { type: boolean, example: true }\n")
    .replaceAll("data: { apr:", "data: { flag: false, apr:")
    .replace("Reply STOP to cancel, HELP for help.", `${"{% if flag %}{% endif %}".repeat(10)}{% if flag %}Reply STOP to cancel, HELP for help.{% endif %}`);
}

describe("an opt-out on some ways through a marketing SMS only", () => {
  const directory = mkdtempSync(join(tmpdir(), "tactful-coverage-"));
  symlinkSync(join(root, "node_modules"), join(directory, "node_modules"), "dir");
  mkdirSync(join(directory, "lib"));
  writeFileSync(join(directory, "lib/offer.msg.njk"), optOutBehindElevenIfs());

  it("fails `tactful lint` with the opt-out finding at the eleventh if", () => {
    const { status, stdout } = tactful(["lint", "lib", "--format", "json"], directory);
    expect(status).toBe(1);
    const [file] = JSON.parse(stdout) as Array<{ messages: Array<{ ruleId: string; message: string; severity: number; line: number; column: number }> }>;
    const line = optOutBehindElevenIfs().split("\n").findIndex((text) => text.includes("{% if flag %}")) + 1;
    const column = optOutBehindElevenIfs().split("\n")[line - 1]!.lastIndexOf("{% if flag %}") + 1;
    expect(file!.messages).toContainEqual(expect.objectContaining({ ruleId: "tactful/opt-out-instruction", message: expect.stringMatching(/^Some branches of this `if` have no opt-out/), severity: 2, line, column }));
  });

  it("is refused by `tactful release`, which writes nothing", () => {
    const { status, stdout } = tactful(["release", "lib", "--out", "bundle.json"], directory);
    expect(status).toBe(1);
    expect(stdout).toContain("Some branches of this `if` have no opt-out");
    expect(stdout).toContain("No release: fix the errors above first.");
    expect(existsSync(join(directory, "bundle.json"))).toBe(false);
  });
});
