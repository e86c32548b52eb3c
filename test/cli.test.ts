import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = join(root, "packages/cli/bin/tactful.js");

/** Runs the built `tactful` command as a user would. */
function tactful(args: string[], cwd = root): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function scratch(files: Record<string, string | Buffer>): string {
  const directory = mkdtempSync(join(tmpdir(), "tactful-cli-"));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(directory, name, ".."), { recursive: true });
    writeFileSync(join(directory, name), content);
  }
  return directory;
}

const VALID = `---
id: reminder.due-soon
version: 1
channel: sms
locale: zh-CN
category: reminder
audience: borrower
sender: { name: 示例金融, role: creditor }
---
【示例金融】您好。
`;

describe("tactful lint", () => {
  it("checks the sample library cleanly and says what it checked", () => {
    const { status, stdout, stderr } = tactful(["lint", "templates"]);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect(stdout).toMatch(/^\d+ templates checked \(.*zh-CN \d+.*\): \d+ clean\.\n$/);
  });

  it("reports findings with file, line and column and exits 1", () => {
    const { status, stdout } = tactful(["lint", "test/fixtures/syntax/unknown-key-typo.sms.msg.njk"]);
    expect(status).toBe(1);
    expect(stdout).toContain("test/fixtures/syntax/unknown-key-typo.sms.msg.njk");
    expect(stdout).toMatch(/4:1 +error +Unknown key `chanel`\. Did you mean `channel`\? +valid-front-matter/);
    expect(stdout).toMatch(/✖ 2 problems \(2 errors, 0 warnings\)/);
  });

  it("prints JSON with the same findings", () => {
    const { status, stdout } = tactful(["lint", "--format", "json", "test/fixtures/syntax/unknown-key-typo.sms.msg.njk"]);
    expect(status).toBe(1);
    const [result] = JSON.parse(stdout);
    expect(result).toMatchObject({ filePath: "test/fixtures/syntax/unknown-key-typo.sms.msg.njk", errorCount: 2 });
    expect(result.messages).toContainEqual(expect.objectContaining({ ruleId: "valid-front-matter", line: 4, column: 1, severity: 2 }));
  });

  it("names a missing path on stderr, still lints the rest, and exits 2", () => {
    const directory = scratch({ "ok.msg.njk": VALID });
    const { status, stdout, stderr } = tactful(["lint", "ok.msg.njk", "nope/"], directory);
    expect(stderr).toBe("tactful: no such file or directory: nope/\n");
    expect(stdout).toContain("1 template checked");
    expect(status).toBe(2);
  });

  it("reports a file that is not UTF-8 at its first bad byte instead of guessing", () => {
    const directory = scratch({ "bad.msg.njk": Buffer.concat([Buffer.from("---\nid: a\n"), Buffer.from([0xff, 0xfe]), Buffer.from("\n---\n")]) });
    const { status, stdout } = tactful(["lint", "."], directory);
    expect(status).toBe(1);
    expect(stdout).toMatch(/3:1 +error +the file is not valid UTF-8 \(byte 10\)/);
  });

  it("rejects an unknown option or format as a usage error (exit 2)", () => {
    expect(tactful(["lint", "--nope"]).status).toBe(2);
    const badFormat = tactful(["lint", "--format", "xml"]);
    expect(badFormat.status).toBe(2);
    expect(badFormat.stderr).toContain("Allowed choices are stylish, json");
  });
});
