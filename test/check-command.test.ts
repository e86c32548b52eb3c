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
    expect(stdout).toMatch(/1:2 +error +this line is not JSON: `o` cannot come here/u);
    expect(stdout).toMatch(/2:1 +error +this line is not a JSON object with a `text` string/u);
    expect(stdout).toContain("tactful/no-threats");
    expect(status).toBe(1);
  });

  it("refuses a line that misspells a field it reads, which would be checked with the default, and ignores a send log's own fields", () => {
    const misspelled = { ...RECORD, channel: undefined, chanel: "email", Audience: "third-party" };
    const ownFields = { ...RECORD, id: "m-1", sent_at: "2026-12-01T10:00:00Z", campaign: "c-7" };
    const cwd = directory({ "sent.jsonl": `${JSON.stringify(misspelled)}
${JSON.stringify(ownFields)}
` });
    const { status, stdout } = tactful(["check", "sent.jsonl"], cwd);
    expect(stdout).toMatch(/1:1 +error +`chanel` is not a field Tactful reads: did you mean `channel`\? \(other fields are ignored\)/u);
    expect(stdout).toMatch(/2:\d+ +error +Threat/u);
    expect(tactful(["check", "sent.jsonl", "--lang", "zh-TW"], cwd).stdout).toContain("`chanel` 不是 Tactful 讀取的欄位：是不是要寫 `channel`？");
    expect(status).toBe(1);
  });

  it("says what is wrong with each line in the writer's language, at the column where it goes wrong", () => {
    const lines = [
      '{"text": "【示例金融】您好", "channel": "sms"',
      '{"channel": "sms"}',
      '{"text": "【示例金融】您好", "channel": 3}',
      '{"text": "【示例金融】您好", "sender": 3}',
      '{"text": "【示例金融】您好", "channel": "fax", "locale": "zh-CN", "sender": "示例金融"}',
      '{"text": "【示例金融】\u0001"}',
    ];
    const cwd = directory({ "sent.jsonl": `${lines.join("\n")}\n` });
    const said = (lang: string): string[] => tactful(["check", "sent.jsonl", "--lang", lang], cwd).stdout.split("\n").filter((line) => /^ +\d+:\d+/u.test(line)).map((line) => line.trim().replace(/ {2,}/gu, " "));
    const end = lines[0]!.length + 1;
    expect(said("zh-CN")).toEqual([
      `1:${end} 错误 此行不是 JSON：值还没结束，此行就结束了`,
      "2:1 错误 此行不是带有 `text` 字符串的 JSON 对象",
      "3:1 错误 `channel` 必须是字符串",
      "4:1 错误 `sender` 必须是名称，或带有 `name` 的对象",
      "5:1 错误 头部信息不符合模板格式：`channel` 必须是 sms, email, push 之一（当前为 `fax`）。 tactful/valid-front-matter",
      // A control character inside a string, shown by its code.
      "6:17 错误 此行不是 JSON：此处不能出现 U+0001",
    ]);
    expect(said("zh-TW")).toEqual([
      `1:${end} 錯誤 此行不是 JSON：值還沒結束，此行就結束了`,
      "2:1 錯誤 此行不是帶有 `text` 字串的 JSON 物件",
      "3:1 錯誤 `channel` 必須是字串",
      "4:1 錯誤 `sender` 必須是名稱，或帶有 `name` 的物件",
      "5:1 錯誤 開頭資訊不符合範本格式：`channel` 必須是 sms, email, push 之一（目前為 `fax`）。 tactful/valid-front-matter",
      "6:17 錯誤 此行不是 JSON：此處不能出現 U+0001",
    ]);
  });

  it("says its usage errors and its help in the writer's language", () => {
    const cwd = directory({ "sent.txt": `${THREAT}\n` });
    expect(tactful(["check", "--lang", "zh-CN"], cwd)).toMatchObject({ status: 2, stderr: expect.stringMatching(/^错误：缺少必需的参数 'files'\n/u) });
    expect(tactful(["check", "sent.txt", "--format", "xml", "--lang", "zh-TW"], cwd).stderr).toMatch(/^錯誤：選項 '-f, --format <name>' 的值 'xml' 無效。可選值：stylish, json, sarif, github。\n/u);
    expect(tactful(["check", "sent.txt", "--formt", "json", "--lang", "zh-CN"], cwd).stderr).toMatch(/^错误：未知选项 '--formt'\n（是不是要写 --format？）\n/u);
    expect(tactful(["check", "nowhere.txt", "--lang", "zh-TW"], cwd).stderr).toBe("tactful: 檔案不存在：nowhere.txt\n");
    expect(tactful(["check", "--help", "--lang", "zh-CN"], cwd).stdout).toContain("未注明渠道的消息所用的渠道（默认：\"sms\"）");
    expect(tactful(["check", "--help", "--lang", "zh-TW"], cwd).stdout).toContain("未註明管道的訊息所用的管道（預設：\"sms\"）");
    expect(tactful(["check", "--help", "--lang", "en"], cwd).stdout).toMatch(/the channel of messages that do not say \(default:\s+"sms"\)/u);
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
