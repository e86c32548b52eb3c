import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = join(root, "packages/cli/bin/tactful.js");

function tactful(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", CI: "" } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function directory(files: Record<string, string>): string {
  const made = mkdtempSync(join(tmpdir(), "tactful-check-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(made, name), content);
  return made;
}

const THREAT = "【示例金融】您的借款已逾期，再不还款我们将上门找你。";
const RECORD = { text: "Harbour Loans: we will visit your workplace tomorrow.", channel: "sms", locale: "en-US", category: "collection", audience: "borrower", sender: "Harbour Loans" };

describe("tactful check", () => {
  it("reports a threat in a plain line at its line and column, and exits 1", () => {
    const cwd = directory({ "sent.txt": `\n${THREAT}\n` });
    const { status, stdout } = tactful(["check", "sent.txt", "--locale", "zh-CN", "--sender", "示例金融"], cwd);
    expect(stdout).toContain(`2:${THREAT.indexOf("上门") + 1}`);
    expect(stdout).toMatch(/Threat: “上门”.*tactful\/no-threats/u);
    expect(stdout).toMatch(/1 message checked: 0 clean\.\n$/u);
    expect(status).toBe(1);
  });

  it("reads JSON Lines with each message's fields and reports them as JSON", () => {
    const cwd = directory({ "sent.jsonl": `${JSON.stringify(RECORD)}\n` });
    const { status, stdout } = tactful(["check", "sent.jsonl", "--format", "json"], cwd);
    const [file] = JSON.parse(stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; line: number; column: number }> }>;
    expect(file!.filePath).toBe("sent.jsonl");
    expect(file!.messages).toContainEqual(expect.objectContaining({ ruleId: "tactful/no-threats", line: 1, column: RECORD.text.indexOf("visit") + 1 }));
    expect(status).toBe(1);
  });

  it("says which line is not a message, and checks the others", () => {
    const cwd = directory({ "sent.jsonl": `not json\n{"channel":"sms"}\n${JSON.stringify(RECORD)}\n` });
    const { status, stdout } = tactful(["check", "sent.jsonl"], cwd);
    expect(stdout).toMatch(/1:1 +error +this line is not JSON/u);
    expect(stdout).toMatch(/2:1 +error +this line is not a JSON object with a `text` string/u);
    expect(stdout).toContain("tactful/no-threats");
    expect(status).toBe(1);
  });

  it("refuses a path that is not a file with exit code 2", () => {
    const cwd = directory({});
    const { status, stderr } = tactful(["check", "nowhere.txt"], cwd);
    expect(stderr).toBe("tactful: no such file: nowhere.txt\n");
    expect(status).toBe(2);
  });

  it("refuses to check where the ESLint configuration ignores templates, which would pass every message (exit 2)", () => {
    const cwd = directory({ "sent.txt": `${THREAT}\n`, "eslint.config.js": 'export default [{ files: ["templates/**/*.msg.njk"] }];\n' });
    const { status, stdout, stderr } = tactful(["check", "sent.txt", "--locale", "zh-CN", "--sender", "示例金融"], cwd);
    expect(stderr).toBe("tactful: the ESLint configuration here ignores templates (*.msg.njk), and messages are checked as templates here\n");
    expect(stdout).toBe("");
    expect(status).toBe(2);
  });
});
