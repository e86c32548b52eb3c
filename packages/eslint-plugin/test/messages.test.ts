import { LOCALES } from "@tactful/core";
import { builtInPacks } from "@tactful/policies";
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import plugin from "../src/index.js";
import { template } from "./rule-tester.js";

const { packs } = builtInPacks;

/** The placeholders of a message, as a sorted list. */
const placeholders = (text: string): string[] => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/gu)].map((match) => match[1]!).sort();

/** Data that may carry a pack's internal entry id or a raw pattern: never on a first line. */
const INTERNAL = ["entry", "entries", "pattern", "accepted", "expected", "why", "wording"];
const ENTRY_IDS = new Set(packs.flatMap((pack) => JSON.stringify(pack).match(/\b[A-Z]{2,3}-[A-Z0-9]+(?:-[A-Z0-9]+)+\b/gu) ?? []));
const REGEX = /\/[^/\s]*[\\^$|()[\]*+?][^/\s]*\//u;

/** Every rule's messages, by rule and messageId, in each locale (without the level marker). */
function catalogs(): Array<{ rule: string; id: string; texts: Record<string, string> }> {
  return Object.entries(plugin.rules).flatMap(([rule, definition]) => {
    const messages = (definition.meta?.messages ?? {}) as Record<string, string>;
    return Object.keys(messages)
      .filter((id) => !id.includes("@") && !id.includes(":"))
      .map((id) => ({ rule, id, texts: Object.fromEntries(LOCALES.map((locale) => [locale, messages[locale === "en" ? id : `${id}@${locale}`]!])) }));
  });
}

describe("rule messages", () => {
  const all = catalogs();

  it("covers every rule", () => {
    expect(new Set(all.map((message) => message.rule))).toEqual(new Set(Object.keys(plugin.rules)));
  });

  it.each(all.map((message) => [`${message.rule}/${message.id}`, message] as const))("%s: every locale, the same placeholders, a short first line", (_, { texts }) => {
    for (const locale of LOCALES) {
      const text = texts[locale];
      expect(text, locale).toBeTypeOf("string");
      expect(placeholders(text!), locale).toEqual(placeholders(texts["en"]!));
      const firstLine = text!.split("\n")[0]!;
      // With each placeholder as a short value: the line a terminal shows.
      expect(firstLine.replace(/\{\{\s*\w+\s*\}\}/gu, "xxxx").length, `${locale}: ${firstLine}`).toBeLessThanOrEqual(120);
      for (const name of INTERNAL) expect(placeholders(firstLine), locale).not.toContain(name);
      expect(firstLine, locale).not.toMatch(REGEX);
      for (const id of ENTRY_IDS) expect(firstLine, locale).not.toContain(id);
    }
    // A translation, not a copy of the English.
    expect(texts["zh-CN"]).toMatch(/\p{Script=Han}/u);
    expect(texts["zh-TW"]).toMatch(/\p{Script=Han}/u);
    expect(texts["zh-TW"]).not.toBe(texts["zh-CN"]);
  });
});

describe("settings.tactful.locale", () => {
  const lint = (text: string, locale?: string): Linter.LintMessage[] =>
    new Linter({ configType: "flat" }).verify(text, [plugin.configs.recommended, ...(locale ? [{ settings: { tactful: { locale } } }] : [])], { filename: "a.msg.njk" });
  const undeclared = template({ body: "【示例金融】您好{{ nmae }}。", variables: ["name: { type: string, maxLength: 4, role: recipient-name, pii: true, example: 张三 }"] });

  it("speaks the locale's findings and fix titles, with the rules' own messageIds", () => {
    const [finding] = lint(undeclared, "zh-TW").filter((message) => message.ruleId === "tactful/no-undeclared-variables");
    expect(finding).toMatchObject({ messageId: "undeclared", message: "`nmae` 未在 `variables` 中宣告。\n其資料不會被驗證，缺少值時會顯示為空白。" });
    expect(finding!.suggestions?.map((suggestion) => [suggestion.messageId, suggestion.desc])).toEqual([
      ["rename", "改用已宣告的變數 `name`。"],
      ["declare", "在 `variables` 中宣告 `nmae`。"],
    ]);
    expect(lint(undeclared).find((message) => message.ruleId === "tactful/no-undeclared-variables")?.message).toMatch(/^`nmae` is not declared in `variables`\.\n/u);
  });

  it("says an SMS's budget, what its length is made of and why a variable is unbounded in the locale, not in English", () => {
    const long = template({
      variables: ["name: { type: string, role: recipient-name, pii: true, example: 张三 }", "amount: { type: number, maximum: 999999.99, role: amount-due, example: 1280.5 }"],
      body: `【示例金融】{{ name | mask }}您好，您的借款{{ amount | money }}元已逾期。${"请按时还款，".repeat(30)}如非本人请忽略。`,
    });
    const said = (locale?: string): string[] => lint(long, locale).filter((message) => message.ruleId === "tactful/sms-length").map((message) => message.message);
    const english = said();
    expect(english).toHaveLength(2);
    expect(english.join("\n")).toMatch(/the CN policy pack's `sms\.maxSegments`.*Literal text takes \d+ characters/su);
    expect(english.join("\n")).toMatch(/`name` has no `maxLength`, so .*the longest is "张三"/su);
    for (const locale of ["zh-CN", "zh-TW"]) {
      const chinese = said(locale);
      expect(chinese).toHaveLength(2);
      expect(chinese.join("\n")).toMatch(/CN 政策包的 `sms\.maxSegments`/u);
      expect(chinese.join("\n")).not.toMatch(/policy pack|Literal text|characters|has no|the longest|counts as/u);
    }
  });

  it("says what is wrong in the front matter in the locale: schema details, and a lead before the YAML library's own words", () => {
    const misspelt = template({ body: "【示例金融】您好。" }).replace("category: reminder", "category: reminders").replace("audience: borrower", "audeince: borrower");
    const said = (locale?: string): string[] => lint(misspelt, locale).filter((message) => message.ruleId === "tactful/valid-front-matter").map((message) => message.message);
    expect(said()).toEqual([
      "Missing required key `audience`.",
      "`category` must be one of collection, reminder, marketing, transactional (got `reminders`).",
      "Unknown key `audeince`. Did you mean `audience`?",
    ]);
    expect(said("zh-CN")).toEqual([
      "头部信息不符合模板格式：缺少必填的键 `audience`。",
      "头部信息不符合模板格式：`category` 必须是 collection, reminder, marketing, transactional 之一（当前为 `reminders`）。",
      "头部信息不符合模板格式：未知的键 `audeince`。是不是要写 `audience`？",
    ]);
    const duplicate = template({ body: "【示例金融】您好。" }).replace("version: 1", "version: 1\nversion: 2");
    expect(lint(duplicate, "zh-TW").find((message) => message.ruleId === "tactful/valid-front-matter")).toMatchObject({ line: 4, column: 1, message: "YAML 語法錯誤：鍵重複（Map keys must be unique）" });
  });

  it("gives the pack entry's reason in the writer's language: the pack's Chinese, Traditional converted from it, English otherwise", () => {
    const threat = template({ category: "collection", body: "【示例金融】再不还款就上门找你。" });
    const reason = (locale?: string): string | undefined => lint(threat, locale).find((message) => message.ruleId === "tactful/no-threats")?.message.split("\n")[1];
    expect(reason("zh-CN")).toBe("以暴力、恐吓或强行上门、到单位相威胁。 依据：治安管理处罚法 (2012 text) Art. 42; 刑法 Art. 293-1; 商业银行信用卡业务监督管理办法 Art. 68（CN-TONE-VIOLENCE）。");
    expect(reason("zh-TW")).toMatch(/^以暴力、恐嚇或強行上門、到單位相威脅。 依據：/u);
    expect(reason("zh-HK")).toBe(reason("zh-TW"));
    expect(reason()).toMatch(/^Threats of violence, intimidation or coercive home and workplace visits\. Source: /u);
    // A disclosure's reason too.
    const missing = lint(threat, "zh-CN").find((message) => message.ruleId === "tactful/required-disclosures")?.message.split("\n")[1];
    expect(missing).toContain("发给借款人的催收消息写明债权人、欠款金额、逾期时长、官方还款渠道和官方联系方式。");
  });

  it("names a pack's wordings in the writer's language: what a price is, what is accepted, why an opt-out is refused", () => {
    const ad = template({ locale: "en-US", category: "marketing", audience: "customer", sender: "{ name: Example Lending, role: creditor }", body: "Example Lending: Borrow $5,000 for $166/month. Reply STOP to cancel." });
    const apr = (locale?: string): string | undefined => lint(ad, locale).find((message) => message.ruleId === "tactful/apr-disclosure")?.message;
    expect(apr()).toMatch(/^`\$166\/month` mentions pricing \(a monthly payment\) .*\nAccepted: the APR; an annual rate \(annual percentage rate, per annum, p\.a\.\) and no output/su);
    expect(apr("zh-CN")).toMatch(/^“\$166\/month”涉及价格（月供金额）.*\n可接受的写法：年化利率（APR）；年利率（“annual percentage rate”、“per annum”、“p\.a\.”）；也没有输出.*写明利率、还款金额、还款期数或首付款的信贷广告，同时写明年化利率（APR）。 依据：/su);
    expect(apr("zh-TW")).toMatch(/^「\$166\/month」涉及價格（月供金額）.*\n可接受的寫法：年化利率（APR）；年利率（“annual percentage rate”、“per annum”、“p\.a\.”）；也沒有輸出.*寫明利率、還款金額、還款期數或首付款的信貸廣告，同時寫明年化利率（APR）。 依據：/su);
    const branch = template({ locale: "en-KE", category: "marketing", audience: "customer", sender: "{ name: Example Credit, role: creditor }", send: '{ window: "09:00-18:00", maxPerDay: 1 }', body: "Example Credit: our new branch is open. Help: 0711 000 111. To opt out of these offers, visit any branch or dial STOP*456*9*5#" });
    const why = (locale?: string): string | undefined => lint(branch, locale).find((message) => message.ruleId === "tactful/opt-out-instruction")?.message.split("\n")[1];
    expect(why()).toMatch(/^opting out only at a branch\. /u);
    expect(why("zh-CN")).toMatch(/^只能到网点退订。每条推广短信都带有有效的退订方式/u);
    expect(why("zh-TW")).toMatch(/^只能到網點退訂。每條推廣短信都帶有有效的退訂方式/u);
  });

  it("tells a zh-TW writer without jurisdiction that tone rules are not checked, in their language", () => {
    const findings = lint(template({ locale: "zh-TW", body: "【示例金融】再不還款就上門找你。" }), "zh-TW");
    expect(findings.map((finding) => [finding.ruleId, finding.messageId, finding.severity])).toEqual([["tactful/valid-front-matter", "noJurisdiction", 2]]);
    expect(findings[0]!.message.split("\n")[0]).toBe("沒有政策包預設適用於 `zh-TW`：設定 `jurisdiction` 之前，不會檢查語氣和揭露規則。");
  });
});
