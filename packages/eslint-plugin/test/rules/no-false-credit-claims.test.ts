import plugin from "../../src/index.js";
import { FILENAME, ruleTester, template, type TemplateSpec } from "../rule-tester.js";

const collection = { category: "collection" as const };
const en = { locale: "en-US", sender: "{ name: Example Lending, role: creditor }" };
const tw = { locale: "zh-TW", jurisdiction: "CN" };

const CN_CREDIT = "Invented or exaggerated credit consequences (blacklists, permanent records, children's schooling, travel bans). Source: 金融机构个人消费类贷款催收工作指引（试行）; 征信业管理条例 Arts. 15, 16 (CN-TONE-CREDIT).";
const CN_WORDING = "逾期信息可能依法报送金融信用信息基础数据库，影响您的信用记录。";
const US_CREDIT = "Exaggerated credit-report consequences. Source: Fair Debt Collection Practices Act (FDCPA), 15 U.S.C. §1692e(5), (8); Fair Credit Reporting Act (FCRA) §605(a) (US-TONE-CREDIT).";
const US_WORDING = "Late payments may be reported to credit bureaus.";

/** The template after the `reword` suggestion replaced `sentence` in the body. */
function reworded(spec: TemplateSpec, sentence: string, wording: string): string {
  return template({ ...spec, body: spec.body.replace(sentence, wording) });
}

const blacklist = { ...collection, body: "您的借款已逾期，您已被列入征信黑名单。详询400-000-0000。" };
const masked = { ...collection, body: "再逾期就上征*信黑名单，以后房贷车贷都别想。详询400-000-0000。" };
const travel = { ...collection, body: "如不还款，您将被限制乘坐高铁和飞机。详询400-000-0000。" };
const ruined = { ...collection, ...en, body: "Your credit will be ruined forever. Call 1-800-555-0100." };
const signed = { ...collection, body: "【示例金融】您已被列入征信黑名单。详询400-000-0000。" };
const signedEn = { ...collection, ...en, body: "Example Lending: your credit will be ruined forever. Call 1-800-555-0100." };
const kids = { ...collection, ...en, body: "If you don't pay, your kids won't be able to get student loans either." };

ruleTester().run("no-false-credit-claims", plugin.rules["no-false-credit-claims"], {
  valid: [
    // The accurate statement the packs suggest.
    { filename: FILENAME, code: template({ ...collection, body: "【示例金融】您的借款已逾期10天，逾期信息可能依法报送金融信用信息基础数据库，影响您的信用记录。详询400-000-0000。" }) },
    { filename: FILENAME, code: template({ ...collection, ...tw, body: "【示例銀行】逾期紀錄可能依法報送聯合徵信中心，請於期限內繳款以維護信用。" }) },
    { filename: FILENAME, code: template({ ...collection, ...en, body: "Example Lending: Late payments may be reported to credit bureaus. Call 1-800-555-0100." }) },
    { filename: FILENAME, code: template({ ...collection, ...en, body: "Negative information may remain on your credit report for up to seven years under federal law." }) },
    // Disclaimers: denying that a blacklist exists.
    { filename: FILENAME, code: template({ ...collection, body: "【示例金融】网上流传的“征信黑名单”并不存在，逾期记录会如实报送征信系统，自不良行为终止之日起保存5年。" }) },
    { filename: FILENAME, code: template({ ...collection, ...tw, body: "【示例銀行】坊間所謂「信用黑名單」並不存在，逾期資料依規定僅保存一定期間，請按時繳款。" }) },
    // Negations.
    { filename: FILENAME, code: template({ ...collection, body: "【示例金融】我们不会把您列入黑名单。" }) },
    { filename: FILENAME, code: template({ ...collection, ...en, body: "There is no such thing as a credit 'blacklist.' Paying your past-due balance can help you rebuild your credit." }) },
    // Look-alike: a phone's call blacklist.
    { filename: FILENAME, code: template({ category: "transactional", audience: "customer", body: "【示例金融】为避免重要通知被拦截，请勿将本号码加入手机的电话黑名单。" }) },
  ],
  invalid: [
    {
      // The reword replaces the sentence and keeps the signature or sender name before it.
      filename: FILENAME,
      code: template(signed),
      errors: [{ messageId: "literal", suggestions: [{ messageId: "reword", output: template({ ...signed, body: `【示例金融】${CN_WORDING}详询400-000-0000。` }) }] }],
    },
    {
      filename: FILENAME,
      code: template(signedEn),
      errors: [{ messageId: "literal", suggestions: [{ messageId: "reword", output: template({ ...signedEn, body: `Example Lending: ${US_WORDING} Call 1-800-555-0100.` }) }] }],
    },
    {
      filename: FILENAME,
      code: template(blacklist),
      errors: [
        {
          message: `False credit claim: “征信黑名单”.\n${CN_CREDIT}`,
          line: 10,
          column: 14,
          endLine: 10,
          endColumn: 19,
          suggestions: [{ messageId: "reword", data: { suggestion: CN_WORDING }, output: reworded(blacklist, "您的借款已逾期，您已被列入征信黑名单。", CN_WORDING) }],
        },
      ],
    },
    {
      // A star inside the word.
      filename: FILENAME,
      code: template(masked),
      errors: [{ message: `False credit claim: “征*信黑名单”.\n${CN_CREDIT}`, line: 10, column: 6, endColumn: 12, suggestions: [{ messageId: "reword", output: reworded(masked, "再逾期就上征*信黑名单，以后房贷车贷都别想。", CN_WORDING) }] }],
    },
    {
      // Dots inside the word do not end the sentence.
      filename: FILENAME,
      code: template({ ...collection, body: "您已进入全国联网黑.名.单，所有银行都不会再给您贷款。" }),
      errors: [
        { message: `False credit claim: “全国联网黑.名.单”.\n${CN_CREDIT}`, line: 10, column: 5, endColumn: 14, suggestions: 1 },
        // Lenders as a class refusing: an invented consequence as much as the blacklist.
        { message: `False credit claim: “所有银行都不会再给您贷”.\n${CN_CREDIT}`, line: 10, column: 15, endColumn: 26, suggestions: 1 },
      ],
    },
    {
      // Pinyin (zhengxin heimingdan → 征信黑名单), and full-width pinyin (ＨＥＩ → 黑).
      filename: FILENAME,
      code: template({ ...collection, body: "已将您上报zhengxin heimingdan，请知悉。" }),
      errors: [{ message: `False credit claim: “zhengxin heimingdan”.\n${CN_CREDIT}`, line: 10, column: 6, endColumn: 25, suggestions: 1 }],
    },
    {
      filename: FILENAME,
      code: template({ ...collection, body: "您已被列入征信ＨＥＩ名单。" }),
      errors: [{ messageId: "literal", line: 10, column: 6, endColumn: 13, suggestions: 1 }],
    },
    {
      // Traditional characters.
      filename: FILENAME,
      code: template({ ...collection, ...tw, body: "逾期未還，將列入徵信黑名單，子女就學也會受影響。" }),
      errors: [
        { message: `False credit claim: “徵信黑名單”.\n${CN_CREDIT}`, line: 11, column: 9, endColumn: 14, suggestions: 1 },
        { message: `False credit claim: “子女就學也會受影響”.\n${CN_CREDIT}`, line: 11, column: 15, endColumn: 24, suggestions: 1 },
      ],
    },
    {
      // A condition (如不还款) does not make the consequence harmless.
      filename: FILENAME,
      code: template(travel),
      errors: [{ messageId: "literal", line: 10, column: 9, endColumn: 15, suggestions: [{ messageId: "reword", output: reworded(travel, "如不还款，您将被限制乘坐高铁和飞机。", CN_WORDING) }] }],
    },
    {
      filename: FILENAME,
      code: template(ruined),
      errors: [
        {
          message: `False credit claim: “credit will be ruined”.\n${US_CREDIT}`,
          line: 10,
          column: 6,
          endColumn: 27,
          suggestions: [{ messageId: "reword", data: { suggestion: US_WORDING }, output: reworded(ruined, "Your credit will be ruined forever.", US_WORDING) }],
        },
      ],
    },
    {
      // "if you don't pay" is a condition; the negation after it is part of the claim.
      filename: FILENAME,
      code: template(kids),
      errors: [{ message: `False credit claim: “kids won't be able to get student loans”.\n${US_CREDIT}`, line: 10, column: 24, endColumn: 63, suggestions: [{ messageId: "reword", output: reworded(kids, kids.body, US_WORDING) }] }],
    },
    {
      // A look-alike @ for a.
      filename: FILENAME,
      code: template({ ...collection, ...en, body: "You are now on the national bl@cklist for borrowers." }),
      errors: [{ message: `False credit claim: “bl@cklist”.\n${US_CREDIT}`, line: 10, column: 29, endColumn: 38, suggestions: 1 }],
    },
    {
      // Letters spelled out with spaces.
      filename: FILENAME,
      code: template({ ...collection, ...en, body: "This will be the p e r m a n e n t mark on your credit file." }),
      errors: [{ message: `False credit claim: “p e r m a n e n t mark”.\n${US_CREDIT}`, line: 10, column: 18, endColumn: 40, suggestions: 1 }],
    },
    {
      filename: FILENAME,
      code: template({ ...collection, variables: ["consequence: { type: string, enum: [影响信用记录, 永久黑名单] }"], body: "【示例金融】您的借款已逾期，逾期后果：{{ consequence }}。" }),
      errors: [
        {
          message: `False credit claim: this output can render “永久黑名单”, which contains “永久黑名单”.\nThe value comes from the template's examples or allowed values. ${CN_CREDIT}`,
          line: 12,
          column: 20,
          endColumn: 37,
        },
      ],
    },
    {
      filename: FILENAME,
      code: template({ ...collection, ...en, variables: ["consequence: { type: string, maxLength: 60, example: your credit will be ruined forever }"], body: "Example Lending: if unpaid, {{ consequence }}." }),
      errors: [{ messageId: "rendered", line: 12, column: 29, endColumn: 46 }],
    },
    {
      filename: FILENAME,
      options: [{ terms: ["follows you everywhere"] }],
      code: template({ ...collection, ...en, body: "Example Lending: this default follows you everywhere." }),
      errors: [{ message: "False credit claim: “follows you everywhere”.\nA phrase your organisation does not allow. Source: your configuration (organisation).", line: 10, column: 31, endColumn: 53 }],
    },
  ],
});
