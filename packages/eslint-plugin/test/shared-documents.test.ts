import { tmpdir } from "node:os";
import { join } from "node:path";
import { ESLint, type Rule } from "eslint";
import { parseTemplate, type TemplateDocument } from "@tactful/core";
import { describe, expect, it } from "vitest";
import plugin, { shareDocument } from "../src/index.js";
import { template } from "./rule-tester.js";

/** The document each lint's rules saw. */
const seen: TemplateDocument[] = [];
const probe: Rule.RuleModule = {
  meta: { type: "problem", schema: [] },
  create(context) {
    seen.push((context.sourceCode as unknown as { document: TemplateDocument }).document);
    return {};
  },
};
const eslint = new ESLint({
  cwd: tmpdir(),
  overrideConfigFile: true,
  overrideConfig: [plugin.configs.recommended!, { plugins: { probe: { rules: { document: probe } } }, rules: { "probe/document": "error" } }],
});

describe("a template parsed before it is linted", () => {
  const filePath = join(tmpdir(), "shared", "notice.sms.msg.njk");

  it("is not parsed again: ESLint's rules see the document the caller parsed", async () => {
    const document = parseTemplate(template({ body: "【示例金融】您好。" }), { filePath });
    shareDocument(document);
    seen.length = 0;
    await eslint.lintText(document.text, { filePath });
    expect(seen).toEqual([document]);
    expect(seen[0]).toBe(document);
  });

  it("is taken once, and only for the same text and path", async () => {
    const document = parseTemplate(template({ body: "【示例金融】您好。" }), { filePath });
    shareDocument(document);
    seen.length = 0;
    const changed = document.text.replace("您好", "你好");
    await eslint.lintText(changed, { filePath });
    await eslint.lintText(document.text, { filePath });
    shareDocument(document);
    await eslint.lintText(document.text, { filePath: join(tmpdir(), "shared", "other.sms.msg.njk") });
    expect(seen).toHaveLength(3);
    expect(seen[0]!.text).toBe(changed);
    for (const other of seen) expect(other).not.toBe(document);
  });
});
