import { parseTemplate } from "@tactful/core";
import { describe, expect, it } from "vitest";
import { checkLibrary } from "../src/index.js";
import { template } from "./rule-tester.js";

const variables = ["amount: { type: number, maximum: 999, role: amount-due, example: 1 }", "ref: { type: string, maxLength: 4, role: reference-number, example: '1234' }"];

function entry(filePath: string, text: string): { filePath: string; document: ReturnType<typeof parseTemplate> } {
  return { filePath, document: parseTemplate(text, { filePath }) };
}

describe("checkLibrary", () => {
  it("reports the second template with the same id, locale and channel, at its id", () => {
    const text = template({ body: "【示例金融】您好。" });
    const findings = checkLibrary([entry("b.msg.njk", text), entry("a.msg.njk", text), entry("c.msg.njk", text.replace("locale: zh-CN", "locale: zh-TW\njurisdiction: CN"))]);
    expect(findings.map((finding) => [finding.filePath, finding.ruleId, finding.loc.start.line, finding.loc.start.column])).toEqual([["b.msg.njk", "tactful/unique-template-id", 2, 5]]);
    expect(findings[0]!.message).toContain("a.msg.njk");
  });

  it("reports a locale variant that drops a role or a variable its sibling carries", () => {
    const zh = template({ variables, body: "【示例金融】借款{{ amount }}元，尾号{{ ref }}。" });
    const en = template({ locale: "en-US", sender: "{ name: Example Lending, role: creditor }", variables: variables.slice(0, 1), body: "Example Lending: you owe {{ amount }}." });
    const findings = checkLibrary([entry("zh.msg.njk", zh), entry("en.msg.njk", en)]);
    expect(findings.map((finding) => [finding.filePath, finding.severity, finding.message])).toEqual([
      ["en.msg.njk", 2, expect.stringContaining("does not disclose a masked account, card or case reference (role `reference-number`)")],
      ["en.msg.njk", 1, expect.stringContaining("does not take the variable `ref`")],
    ]);
  });

  it("accepts variants that say the same in their own words", () => {
    const zh = template({ variables, body: "【示例金融】借款{{ amount }}元，尾号{{ ref }}。" });
    const en = template({ locale: "en-US", sender: "{ name: Example Lending, role: creditor }", variables, body: "Example Lending: loan ending {{ ref }}, you owe {{ amount }}." });
    expect(checkLibrary([entry("zh.msg.njk", zh), entry("en.msg.njk", en)])).toEqual([]);
  });

  it("skips files that do not parse", () => {
    expect(checkLibrary([entry("x.msg.njk", "no front matter"), entry("y.msg.njk", "no front matter")])).toEqual([]);
  });
});
