import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { ESLint } from "eslint";
import { parseTemplate } from "@tactful/core";
import { describe, expect, it } from "vitest";
import plugin from "../src/index.js";
import { checkMessages, messageTemplate, type FinishedMessage } from "../src/check.js";

const cwd = mkdtempSync(join(tmpdir(), "tactful-check-"));
const eslint = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: [plugin.configs.recommended] });

const FIELDS = { channel: "sms", locale: "zh-CN", category: "collection", audience: "borrower", sender: "示例金融" } as const;
const THREAT: FinishedMessage = { ...FIELDS, text: "【示例金融】您的借款已逾期，再不还款我们将上门找你。" };

describe("checking finished messages", () => {
  it("gives a message the findings of a template that says the same as literal text", async () => {
    const template = ["---", "id: message.checked", "version: 1", "channel: sms", "locale: zh-CN", "category: collection", "audience: borrower", "sender: { name: 示例金融, role: creditor }", "---", THREAT.text, ""].join("\n");
    const [fromTemplate] = await eslint.lintText(template, { filePath: join(cwd, "t.msg.njk") });
    const [fromMessage] = await checkMessages(eslint, [THREAT], cwd);
    const key = (finding: { ruleId: string | null; message: string }): string => `${finding.ruleId} ${finding.message}`;
    const templateKeys = fromTemplate!.messages.filter((finding) => finding.ruleId !== "tactful/send-window").map(key).sort();
    expect(fromMessage!.map(key).sort()).toEqual(templateKeys);
    expect(templateKeys.some((finding) => finding.startsWith("tactful/no-threats"))).toBe(true);
  });

  it("places a finding on the message's own text", async () => {
    const [findings] = await checkMessages(eslint, [THREAT], cwd);
    const threat = findings!.find((finding) => finding.ruleId === "tactful/no-threats")!;
    expect(THREAT.text.slice(threat.offset, threat.endOffset)).toBe("上门");
    expect(threat.line).toBe(1);
    expect(threat.column).toBe(THREAT.text.indexOf("上门") + 1);
  });

  it("reads template syntax in a message as text, wherever it stands", async () => {
    const text = "{{ name }} {% endraw %}{% raw %} {# x #} we will visit your workplace";
    const [findings] = await checkMessages(eslint, [{ ...FIELDS, locale: "en-US", sender: "Harbour Loans", text }], cwd);
    expect(findings!.some((finding) => finding.fatal)).toBe(false);
    // Not a variable of the message: a placeholder it was sent with, braces and all.
    const placeholders = findings!.filter((finding) => finding.ruleId === "tactful/no-undeclared-variables");
    expect(placeholders.map((finding) => [finding.messageId, text.slice(finding.offset, finding.endOffset)])).toEqual([["foreignPlaceholder", "{{ name }}"]]);
    const threat = findings!.find((finding) => finding.ruleId === "tactful/no-threats")!;
    expect(text.slice(threat.offset, threat.endOffset)).toBe("visit your workplace");
  });

  it("renders exactly the message's text, whatever it holds (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("{", "%", "#", "}", " ", "a", "raw", "endraw", "\n") }), (text) => {
        const { source, pieces } = messageTemplate({ ...FIELDS, text });
        // The template's body is text only, and reads as the message (plus the final line break).
        const document = parseTemplate(source);
        expect(document.fatal).toBeFalsy();
        const nodes = document.ast.body.children;
        expect(nodes.every((node) => node.type === "Text" || (node.type === "Tag" && node.name === "raw"))).toBe(true);
        expect(pieces.map((piece) => source.slice(piece.templateStart, piece.templateStart + piece.length)).join("")).toBe(text);
      }),
    );
  });
});
