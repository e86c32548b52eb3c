import plugin from "../../src/index.js";
import { FILENAME, ruleTester, template } from "../rule-tester.js";

const collection = { category: "collection" as const };
const en = { locale: "en-US", sender: "{ name: Example Lending, role: creditor }" };
const tw = { locale: "zh-TW", jurisdiction: "CN" };

const CN_INSULT = "Insults and humiliating names. Source: 商业银行信用卡业务监督管理办法 Art. 68; 民法典 Art. 1024; 治安管理处罚法 (2012 text) Art. 42 (CN-TONE-INSULT).";
const US_ABUSE = "Abusive, obscene or profane language. Source: Fair Debt Collection Practices Act (FDCPA), 15 U.S.C. §1692d(2) (US-TONE-ABUSE).";

ruleTester().run("no-abusive-language", plugin.rules["no-abusive-language"], {
  valid: [
    {
      filename: FILENAME,
      code: template({
        ...collection,
        variables: ["name: { type: string, maxLength: 4, role: recipient-name, pii: true, example: 张三 }"],
        body: "【示例金融】{{ name | mask }}您好，您的借款已逾期20天，请尽快还款。详询400-000-0000。",
      }),
    },
    { filename: FILENAME, code: template({ ...collection, ...tw, body: "【示例銀行】林**您好，您的借款已逾期60天，請盡速還款。" }) },
    { filename: FILENAME, code: template({ ...collection, ...en, body: "Hi Mark, this is Example Lending. Your account is 30 days past due. Please call us at 1-800-555-0100 to discuss options." }) },
    // Look-alikes: a masked surname 赖, 垃圾短信 (spam), words that contain a profanity (classic, Sussex, assessment).
    { filename: FILENAME, code: template({ category: "reminder", body: "【示例金融】赖**您好，您本期信用卡账单应还2,300.00元。" }) },
    { filename: FILENAME, code: template({ category: "transactional", audience: "customer", body: "【示例金融】请勿点击垃圾短信中的链接，本行不会索要您的验证码。" }) },
    { filename: FILENAME, code: template({ category: "reminder", ...en, body: "Your assessment is ready. Hi Sue, classic car loans from Sussex County. Reply STOP to opt out." }) },
    // Disclaimers: warning the borrower about abusive impostors quotes the insult, it does not use it.
    { filename: FILENAME, code: template({ ...collection, body: "【示例金融】谨防有人冒充我司人员以“老赖”等言语辱骂您，如遇此类情况请致电400-000-0000。" }) },
    { filename: FILENAME, code: template({ ...collection, ...en, body: "Beware of anyone who calls you a deadbeat and claims to be from Example Lending." }) },
    { filename: FILENAME, code: template({ ...collection, ...en, body: "Debt collectors may not use obscene or profane language. If you feel harassed, you can submit a complaint to the CFPB." }) },
  ],
  invalid: [
    {
      filename: FILENAME,
      code: template({ ...collection, body: "老赖，欠钱不还还有脸躲？" }),
      // The packs give no wording to put in place of an insult.
      errors: [{ message: `Abusive language: “老赖”.\n${CN_INSULT}`, line: 10, column: 1, endLine: 10, endColumn: 3, suggestions: [] }],
    },
    {
      // A separator inside the word.
      filename: FILENAME,
      code: template({ ...collection, body: "老-赖张**，您的借款已逾期20天，请尽快还款。" }),
      errors: [{ message: `Abusive language: “老-赖”.\n${CN_INSULT}`, line: 10, column: 1, endColumn: 4 }],
    },
    {
      filename: FILENAME,
      code: template({ ...collection, body: "尊敬的客户：像您这样的骗.子我们见多了，请于本月内还款。" }),
      errors: [{ message: `Abusive language: “骗.子”.\n${CN_INSULT}`, line: 10, column: 12, endColumn: 15 }],
    },
    {
      // Pinyin, whole and in part.
      filename: FILENAME,
      code: template({ ...collection, body: "laolai，赶紧把钱还了。" }),
      errors: [{ message: `Abusive language: “laolai”.\n${CN_INSULT}`, line: 10, column: 1, endColumn: 7 }],
    },
    {
      filename: FILENAME,
      code: template({ ...collection, body: "lao赖说的就是你这种人，还钱吧。" }),
      errors: [{ messageId: "literal", line: 10, column: 1, endColumn: 5 }],
    },
    {
      // Traditional characters.
      filename: FILENAME,
      code: template({ ...collection, ...tw, body: "老賴，欠錢不還還敢封鎖我們的電話？" }),
      errors: [{ message: `Abusive language: “老賴”.\n${CN_INSULT}`, line: 11, column: 1, endColumn: 3 }],
    },
    {
      // An insult is an insult even when denied.
      filename: FILENAME,
      code: template({ ...collection, body: "【示例金融】我们不会称您为老赖。" }),
      errors: [{ messageId: "literal", line: 10, column: 14, endColumn: 16 }],
    },
    {
      filename: FILENAME,
      code: template({ ...collection, ...en, body: "Stop lying to us, you liar. The payment never came." }),
      errors: [{ message: `Abusive language: “liar”.\n${US_ABUSE}`, line: 10, column: 23, endColumn: 27, suggestions: [] }],
    },
    {
      filename: FILENAME,
      code: template({ ...collection, ...en, body: "You are not a deadbeat, we know that." }),
      errors: [{ messageId: "literal", line: 10, column: 15, endColumn: 23 }],
    },
    {
      // A masked letter.
      filename: FILENAME,
      code: template({ ...collection, ...en, body: "What the f*ck is wrong with you? Your account is 60 days past due." }),
      errors: [{ message: `Abusive language: “f*ck”.\n${US_ABUSE}`, line: 10, column: 10, endColumn: 14 }],
    },
    {
      // Look-alike characters: ! for i, 3 for e.
      filename: FILENAME,
      code: template({ ...collection, ...en, body: "Stop being such a sh!t and make a payment." }),
      errors: [{ message: `Abusive language: “sh!t”.\n${US_ABUSE}`, line: 10, column: 19, endColumn: 23 }],
    },
    {
      filename: FILENAME,
      code: template({ ...collection, ...en, body: "Only a d3adbeat ignores five reminders. Call us back." }),
      errors: [{ messageId: "literal", line: 10, column: 8, endColumn: 16 }],
    },
    {
      // Full-width letters.
      filename: FILENAME,
      code: template({ ...collection, ...en, body: "Dear customer, you are a ｌｉａｒ and everyone in this office knows it." }),
      errors: [{ message: `Abusive language: “ｌｉａｒ”.\n${US_ABUSE}`, line: 10, column: 26, endColumn: 30 }],
    },
    {
      // A word from the profanity list the US entry reads.
      filename: FILENAME,
      code: template({ ...collection, ...en, body: "You are such a jackass. Pay up." }),
      errors: [{ messageId: "literal", line: 10, column: 16, endColumn: 23 }],
    },
    {
      // An insult among a variable's allowed values: reported at the output.
      filename: FILENAME,
      code: template({ ...collection, variables: ["title: { type: string, enum: [尊敬的客户, 老赖] }"], body: "【示例金融】{{ title }}，您的借款已逾期，请尽快还款。" }),
      errors: [
        {
          message: `Abusive language: this output can render “老赖”, which contains “老赖”.\nThe value comes from the template's examples or allowed values. ${CN_INSULT}`,
          line: 12,
          column: 7,
          endColumn: 18,
        },
      ],
    },
    {
      // ... or in its example.
      filename: FILENAME,
      code: template({ ...collection, ...en, variables: ["nickname: { type: string, maxLength: 20, example: deadbeat }"], body: "Hi {{ nickname }}, your account is past due." }),
      errors: [{ messageId: "rendered", line: 12, column: 4, endColumn: 18 }],
    },
    {
      filename: FILENAME,
      options: [{ terms: ["slacker"] }],
      code: template({ ...collection, ...en, body: "Hey slacker, your account is past due." }),
      errors: [{ message: "Abusive language: “slacker”.\nA phrase your organisation does not allow. Source: your configuration (organisation).", line: 10, column: 5, endColumn: 12 }],
    },
    {
      filename: FILENAME,
      options: [{ terms: ["懒鬼"] }],
      code: template({ ...collection, body: "懒鬼，请尽快还款。" }),
      errors: [{ messageId: "literal", line: 10, column: 1, endColumn: 3 }],
    },
  ],
});
