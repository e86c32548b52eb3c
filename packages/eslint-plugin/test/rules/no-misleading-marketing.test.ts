import plugin from "../../src/index.js";
import { FILENAME, ruleTester, template, type TemplateSpec } from "../rule-tester.js";

const marketing = { category: "marketing" as const, audience: "customer" as const };
const en = { locale: "en-US", sender: "{ name: Example Lending, role: creditor }" };
const tw = { locale: "zh-TW", jurisdiction: "CN" };

const CN_MISLEAD =
  "False or unconditional credit promises and false official endorsement in marketing. Source: 广告法 (2021 amendment) Arts. 8, 28; 中国人民银行金融消费者权益保护实施办法; 关于进一步规范金融营销宣传行为的通知 (银发〔2019〕316号) (CN-TONE-MKT-MISLEAD).";
const CN_WORDING = "审批结果以系统审核为准。";
const US_MISLEAD = "Guaranteed-approval and no-credit-check claims. Source: Consumer Financial Protection Act (UDAAP) and FTC Act §5; Twilio forbidden message categories (US and Canada) (US-TONE-MKT-MISLEAD).";
const US_WORDING = "Approval depends on our review of your application.";

const superlative = { ...marketing, body: "【示例金融】全网利率最低，首月免息。拒收请回复R" };
const preApproved = { ...marketing, ...en, body: "Example Lending: You're pre-approved! Reply STOP to opt out." };

/** The template after the `reword` suggestion replaced `sentence` in the body. */
function reworded(spec: TemplateSpec, sentence: string, wording: string): string {
  return template({ ...spec, body: spec.body.replace(sentence, wording) });
}

const instant = { ...marketing, body: "【示例金融】新客专享。秒批秒到账，最高可借20万，立即申请！拒收请回复R" };
const obfuscated = { ...marketing, body: "【示例金融】急用钱？秒.批！不查征*信，当天到账。拒收请回复R" };
const guaranteed = { ...marketing, ...en, body: "Example Lending: Apply today. Guaranteed approval on loans up to $5,000! Reply STOP to opt out." };
const leet = { ...marketing, ...en, body: "Hi from QuickCash. N0 credit ch3ck needed. Get up to $2,500. Txt STOP to end." };

ruleTester().run("no-misleading-marketing", plugin.rules["no-misleading-marketing"], {
  valid: [
    { filename: FILENAME, code: template({ ...marketing, body: "【示例金融】个人消费贷款年化利率(单利)3.6%起，审批结果以系统审核为准，详询400-000-0000。拒收请回复R" }) },
    { filename: FILENAME, code: template({ ...marketing, ...tw, body: "【示例銀行】信用貸款年利率2.88%起，核貸與否以本行審核為準。退訂回覆N" }) },
    { filename: FILENAME, code: template({ ...marketing, ...en, body: "Example Lending personal loans: rates from 8.99% APR. Approval depends on our review of your application. Reply STOP to opt out." }) },
    // Approval that is not promised.
    { filename: FILENAME, code: template({ ...marketing, ...en, body: "See if you qualify for a personal loan; approval is not guaranteed. Reply STOP to opt out." }) },
    // Negation.
    { filename: FILENAME, code: template({ ...marketing, body: "【示例金融】本平台不会以“无门槛、包下款”等名义收取任何前期费用。拒收请回复R" }) },
    // Disclaimers.
    { filename: FILENAME, code: template({ ...marketing, body: "【示例金融】近期有不法分子冒用我司名义，以“不查征信、秒批”为由诱导借款并收取费用，请勿相信。拒收请回复R" }) },
    { filename: FILENAME, code: template({ ...marketing, ...en, body: "Beware of lenders that promise guaranteed approval or ask for upfront fees. Reply STOP to opt out." }) },
    // Look-alike: 100% online is not 100%下款.
    { filename: FILENAME, code: template({ ...marketing, body: "【示例金融】100%线上申请，无需到网点，审批结果以我行审核为准。拒收请回复R" }) },
    // Only marketing messages are advertising.
    { filename: FILENAME, code: template({ category: "transactional", audience: "customer", body: "【示例金融】您的借款申请已秒批，款项将于今日到账。" }) },
  ],
  invalid: [
    {
      filename: FILENAME,
      code: template(instant),
      errors: [
        {
          message: `Misleading marketing: “秒批”.\n${CN_MISLEAD}`,
          line: 10,
          column: 12,
          endLine: 10,
          endColumn: 14,
          suggestions: [{ messageId: "reword", data: { suggestion: CN_WORDING }, output: reworded(instant, "秒批秒到账，最高可借20万，立即申请！", CN_WORDING) }],
        },
        { message: `Misleading marketing: “秒到账”.\n${CN_MISLEAD}`, line: 10, column: 14, endColumn: 17, suggestions: 1 },
      ],
    },
    {
      // Separators inside the words; each sentence has its own suggestion.
      filename: FILENAME,
      code: template(obfuscated),
      errors: [
        { message: `Misleading marketing: “秒.批”.\n${CN_MISLEAD}`, line: 10, column: 11, endColumn: 14, suggestions: [{ messageId: "reword", output: reworded(obfuscated, "秒.批！", CN_WORDING) }] },
        { message: `Misleading marketing: “不查征*信”.\n${CN_MISLEAD}`, line: 10, column: 15, endColumn: 20, suggestions: [{ messageId: "reword", output: reworded(obfuscated, "不查征*信，当天到账。", CN_WORDING) }] },
      ],
    },
    {
      // Pinyin for 黑 (黑户也能贷), and a pattern.
      filename: FILENAME,
      code: template({ ...marketing, body: "【示例金融】新客福利。hei户也能贷，有手机号就能借。拒收请回复R" }),
      errors: [
        { message: `Misleading marketing: “hei户也能贷”.\n${CN_MISLEAD}`, line: 10, column: 12, endColumn: 19, suggestions: 1 },
        { messageId: "literal", line: 10, column: 20, endColumn: 27, suggestions: 1 },
      ],
    },
    {
      // Full-width digits and percent sign.
      filename: FILENAME,
      code: template({ ...marketing, body: "【示例金融】新客福利。１００％下款，年化利率(单利)18%起。拒收请回复R" }),
      errors: [{ message: `Misleading marketing: “１００％下款”.\n${CN_MISLEAD}`, line: 10, column: 12, endColumn: 18, suggestions: 1 }],
    },
    {
      // Traditional characters.
      filename: FILENAME,
      code: template({ ...marketing, ...tw, body: "【示例融資】新戶優惠。免聯徵、免保人，保證核貸，當天撥款！退訂回覆N" }),
      errors: [
        { message: `Misleading marketing: “免聯徵”.\n${CN_MISLEAD}`, line: 11, column: 12, endColumn: 15, suggestions: 1 },
        { message: `Misleading marketing: “保證核貸”.\n${CN_MISLEAD}`, line: 11, column: 20, endColumn: 24, suggestions: 1 },
      ],
    },
    {
      // Advisory entries: a superlative, and “free of interest”, each with the pack's wording.
      filename: FILENAME,
      code: template(superlative),
      errors: [
        { message: "Misleading marketing: “最低”.\nAbsolute superlatives in advertising. Source: 广告法 (2021 amendment) Art. 9(3) (CN-TONE-MKT-SUPERLATIVE).", line: 10, column: 11, endColumn: 13, suggestions: [{ messageId: "reword", data: { suggestion: "具体额度和利率以审核结果为准。" }, output: reworded(superlative, "全网利率最低，首月免息。", "具体额度和利率以审核结果为准。") }] },
        {
          message: "Misleading marketing: “免息”.\n“Free of interest or fees” claims, allowed only when no cost applies. Source: 广告法 (2021 amendment) Art. 8; 中国人民银行公告〔2021〕第3号 (贷款年化利率明示) (CN-TONE-MKT-FREE).",
          line: 10,
          column: 16,
          endColumn: 18,
          suggestions: [{ messageId: "reword", data: { suggestion: "具体费用以合同约定为准。" }, output: reworded(superlative, "全网利率最低，首月免息。", "具体费用以合同约定为准。") }],
        },
      ],
    },
    {
      filename: FILENAME,
      code: template(guaranteed),
      errors: [
        {
          message: `Misleading marketing: “Guaranteed approval”.\n${US_MISLEAD}`,
          line: 10,
          column: 31,
          endColumn: 50,
          suggestions: [{ messageId: "reword", data: { suggestion: US_WORDING }, output: reworded(guaranteed, "Guaranteed approval on loans up to $5,000!", US_WORDING) }],
        },
      ],
    },
    {
      // Look-alike digits: 0 for o, 3 for e.
      filename: FILENAME,
      code: template(leet),
      errors: [{ message: `Misleading marketing: “N0 credit ch3ck”.\n${US_MISLEAD}`, line: 10, column: 20, endColumn: 35, suggestions: [{ messageId: "reword", output: reworded(leet, "N0 credit ch3ck needed.", US_WORDING) }] }],
    },
    {
      // Full-width letters.
      filename: FILENAME,
      code: template({ ...marketing, ...en, body: "Example Lending: ｇｕａｒａｎｔｅｅｄ approval for personal loans. Reply STOP to unsubscribe." }),
      errors: [{ messageId: "literal", line: 10, column: 18, endColumn: 37, suggestions: 1 }],
    },
    {
      filename: FILENAME,
      code: template(preApproved),
      errors: [
        {
          message:
            "Misleading marketing: “pre-approved”.\nClaims that need checking against the real terms (pre-approval, 0% interest) and categories carriers forbid (debt relief, credit repair). Source: Twilio forbidden message categories (US and Canada); Consumer Financial Protection Act (UDAAP) and FTC Act §5 (US-TONE-MKT-RISKY).",
          line: 10,
          column: 25,
          endColumn: 37,
          suggestions: [{ messageId: "reword", output: reworded(preApproved, "You're pre-approved!", US_WORDING) }],
        },
      ],
    },
    {
      filename: FILENAME,
      code: template({ ...marketing, variables: ["slogan: { type: string, enum: [新品上线, 秒批秒到账] }"], body: "【示例金融】{{ slogan }}，年化利率(单利)7.2%起。拒收请回复R" }),
      errors: [
        {
          message: `Misleading marketing: this output can render “秒批秒到账”, which contains “秒批”.\nThe value comes from the template's examples or allowed values. ${CN_MISLEAD}`,
          line: 12,
          column: 7,
          endColumn: 19,
        },
      ],
    },
    {
      filename: FILENAME,
      code: template({ ...marketing, ...en, variables: ["headline: { type: string, maxLength: 40, example: Instant approval for everyone }"], body: "Example Lending: {{ headline }}. Reply STOP to opt out." }),
      errors: [{ messageId: "rendered", line: 12, column: 18, endColumn: 32 }],
    },
    {
      filename: FILENAME,
      options: [{ terms: ["cash in 60 seconds"] }],
      code: template({ ...marketing, ...en, body: "Example Lending: cash in 60 seconds. Reply STOP to opt out." }),
      errors: [{ message: "Misleading marketing: “cash in 60 seconds”.\nA phrase your organisation does not allow. Source: your configuration (organisation).", line: 10, column: 18, endColumn: 36 }],
    },
  ],
});
