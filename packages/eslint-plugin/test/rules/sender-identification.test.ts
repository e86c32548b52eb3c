import plugin from "../../src/index.js";
import { entryData, FILENAME, FLAG, lastFlagIf, ruleTester, template, TEN_EMPTY_IFS } from "../rule-tester.js";

const us = { locale: "en-US", sender: "{ name: Example Lending, role: creditor }" };
const CN_SOURCE = "通信短信息服务管理规定; 通信短信息服务管理规定 (2026 revision); 广告法 (2021 amendment) Art. 43 para 2; SMS platform and carrier template rules (Alibaba Cloud, Tencent Cloud, Huawei Cloud, Qiniu, Volcengine)";
const agency = { locale: "en-US", category: "collection" as const, sender: "{ name: Example Recovery, role: collection-agency, onBehalfOf: Example Bank }" };

ruleTester().run("sender-identification", plugin.rules["sender-identification"], {
  valid: [
    // The registered name in 【】 at the very start.
    { filename: FILENAME, code: template({ body: "【示例金融】您的借款本期应还1280.50元，还款日为6月5日，详询400-000-0000。" }) },
    // Blank space before the signature is not rendered in front of it.
    { filename: FILENAME, code: template({ body: "\n  【示例金融】您好。" }) },
    // Each branch starts with the signature.
    { filename: FILENAME, code: template({ variables: ["autopay: { type: boolean, example: true }"], body: "{% if autopay %}【示例金融】将自动扣款。{% else %}【示例金融】请按时还款。{% endif %}" }) },
    // A comment before the signature renders nothing.
    { filename: FILENAME, code: template({ body: "{# 还款提醒 #}【示例金融】您好。" }) },
    // Traditional Chinese template under the CN pack.
    { filename: FILENAME, code: template({ locale: "zh-TW", jurisdiction: "CN", body: "【示例金融】您尾號6688的借款本期應還1280.50元。" }) },
    // Email and push: the name anywhere, the subject or title included.
    { filename: FILENAME, code: template({ channel: "email", subject: "示例金融：还款提醒", body: "您好，您的借款本期应还1280.50元。" }) },
    { filename: FILENAME, code: template({ channel: "push", title: "还款提醒", body: "您在示例金融的借款本期应还1280.50元。" }) },
    // US: the brand names itself; an agency may name its client instead.
    { filename: FILENAME, code: template({ ...us, body: "Example Lending: your payment of $412.37 is due Jun 5. Reply STOP to stop texts." }) },
    { filename: FILENAME, code: template({ ...agency, body: "Your Example Bank account ending 1234 is past due." }) },
    { filename: FILENAME, code: template({ ...us, channel: "email", subject: "Example Lending: we received your payment", body: "Thank you for your payment." }) },
    // The name in every branch of an if.
    {
      filename: FILENAME,
      code: template({ ...us, variables: ["autopay: { type: boolean, example: true }"], body: "{% if autopay %}Example Lending will debit your account.{% else %}Pay in the Example Lending app.{% endif %}" }),
    },
    // No pack for the jurisdiction: nothing to check (valid-front-matter reports it).
    { filename: FILENAME, code: template({ locale: "zh-TW", body: "您好。" }) },
    // An agency whose client the front matter leaves out (valid-front-matter's finding) is still found under its own name.
    { filename: FILENAME, code: template({ ...agency, sender: "{ name: Example Recovery, role: collection-agency }", body: "Example Recovery here about your account ending 1234." }) },
    // A sender the organisation registered.
    { filename: FILENAME, options: [{ allowedSenders: ["示例金融", "示例消费金融"] }], code: template({ body: "【示例金融】您好。" }) },
    // A broken sender is valid-front-matter's finding: the rule waits.
    { filename: FILENAME, code: template({ channel: "push", title: "还款成功", sender: "{ name: 示例金融🎉, role: lender }", body: "您在示例金融的借款已还款。" }) },
  ],
  invalid: [
    {
      // Ten ifs that change nothing, and the signature in an eleventh: rendered with flag false, it has none.
      filename: FILENAME,
      code: template({ variables: [FLAG], body: `${TEN_EMPTY_IFS}{% if flag %}【示例金融】{% endif %}您好。` }),
      errors: [
        {
          messageId: "missingSignatureInBranch",
          data: { ...entryData("CN", "senderIdentification", "CN-ID-004"), signature: "【示例金融】" },
          ...lastFlagIf(template({ variables: [FLAG], body: `${TEN_EMPTY_IFS}{% if flag %}【示例金融】{% endif %}您好。` })),
        },
        // The signature was its only mention: on the other way the reader cannot tell who wrote.
        { messageId: "missingNameInBranch", ...lastFlagIf(template({ variables: [FLAG], body: `${TEN_EMPTY_IFS}{% if flag %}【示例金融】{% endif %}您好。` })) },
      ],
    },
    {
      // The same with the sender's name.
      filename: FILENAME,
      code: template({ ...us, variables: [FLAG], body: `Your payment is due. ${TEN_EMPTY_IFS}{% if flag %}Example Lending will debit your account.{% endif %}` }),
      errors: [
        {
          messageId: "missingNameInBranch",
          data: { ...entryData("US", "senderIdentification", "US-MKT-ID-014-BRAND"), names: "`Example Lending`" },
          ...lastFlagIf(template({ ...us, variables: [FLAG], body: `Your payment is due. ${TEN_EMPTY_IFS}{% if flag %}Example Lending will debit your account.{% endif %}` })),
        },
      ],
    },
    {
      // No signature: the fix inserts it at the first character of the body.
      filename: FILENAME,
      code: template({ body: "您的借款本期应还1280.50元。" }),
      output: template({ body: "【示例金融】您的借款本期应还1280.50元。" }),
      errors: [
        {
          message: "The message does not start with the sender's signature `【示例金融】`.\nThe signature is `sender.name` in brackets. An SMS starts with one 【signature】 naming the real, registered sender. Source: 通信短信息服务管理规定; 通信短信息服务管理规定 (2026 revision); 广告法 (2021 amendment) Art. 43 para 2; SMS platform and carrier template rules (Alibaba Cloud, Tencent Cloud, Huawei Cloud, Qiniu, Volcengine) (CN-ID-004).",
          line: 10,
          column: 1,
          endLine: 10,
          endColumn: 18,
        },
        // Nor is the sender named anywhere else: the signature the fix inserts names it.
        { messageId: "missingName", data: { ...entryData("CN", "senderIdentification", "CN-ID-005-NAME"), names: "`示例金融`" }, line: 10, column: 1, suggestions: 1 },
      ],
    },
    {
      // Leading blank space stays where it is; the signature goes before the first character.
      filename: FILENAME,
      code: template({ body: "\n您好。" }),
      output: template({ body: "\n【示例金融】您好。" }),
      errors: [
        { messageId: "missingSignature", line: 11, column: 1 },
        { messageId: "missingName", line: 11, column: 1, suggestions: 1 },
      ],
    },
    {
      // An unclosed bracket at the start: no fix (it would leave a stray bracket), and the bracket is reported.
      filename: FILENAME,
      code: template({ body: "【示例金融您好。" }),
      output: null,
      errors: [
        { messageId: "missingSignature", line: 10, column: 1 },
        { messageId: "strayBrackets", line: 10, column: 1, endColumn: 2 },
      ],
    },
    {
      // A signature that is not sender.name.
      filename: FILENAME,
      code: template({ body: "【示例银行】您好。" }),
      errors: [
        {
          message: "The signature `【示例银行】` does not match sender.name `示例金融`: sign with the registered name.\nAn SMS starts with one 【signature】 naming the real, registered sender. Source: 通信短信息服务管理规定; 通信短信息服务管理规定 (2026 revision); 广告法 (2021 amendment) Art. 43 para 2; SMS platform and carrier template rules (Alibaba Cloud, Tencent Cloud, Huawei Cloud, Qiniu, Volcengine) (CN-ID-004).",
          line: 10,
          column: 1,
          endColumn: 7,
          suggestions: [{ messageId: "useSignature", data: { signature: "【示例金融】" }, output: template({ body: "【示例金融】您好。" }) }],
        },
      ],
    },
    {
      // A neutral signature name: reported at sender.name in the front matter.
      filename: FILENAME,
      code: template({ sender: "{ name: 温馨提示, role: creditor }", body: "【温馨提示】您的借款本期应还1280.50元。" }),
      errors: [{ messageId: "forbiddenName", line: 8, column: 17, endColumn: 21 }],
    },
    {
      filename: FILENAME,
      code: template({ sender: "{ name: 示例金融科技有限公司上海分公司, role: creditor }", body: "【示例金融科技有限公司上海分公司】您好。" }),
      errors: [{ message: `The signature name \`示例金融科技有限公司上海分公司\` has 15 characters; the policy allows 2–12.\nSource: ${CN_SOURCE} (CN-ID-004).`, line: 8, column: 17 }],
    },
    {
      // Latin-only names fail the pack's name pattern (Chinese characters required).
      filename: FILENAME,
      code: template({ sender: "{ name: ACME, role: creditor }", body: "【ACME】您好。" }),
      errors: [{ messageId: "namePattern", line: 8, column: 17, endColumn: 21 }],
    },
    {
      // Brackets elsewhere in the body, as a pair and alone.
      filename: FILENAME,
      code: template({ body: "【示例金融】【重要】您的借款已逾期，详见】。" }),
      errors: [
        {
          message: "`【重要】`: the brackets 【】 may only enclose the signature at the start.\nPlatforms reject them elsewhere and readers take them for the sender. Source: 通信短信息服务管理规定; 通信短信息服务管理规定 (2026 revision); 广告法 (2021 amendment) Art. 43 para 2; SMS platform and carrier template rules (Alibaba Cloud, Tencent Cloud, Huawei Cloud, Qiniu, Volcengine) (CN-ID-004).",
          line: 10,
          column: 7,
          endColumn: 11,
        },
        { messageId: "strayBrackets", line: 10, column: 21, endColumn: 22 },
      ],
    },
    {
      // Signed in one branch only: reported at the if, with no fix.
      filename: FILENAME,
      code: template({ variables: ["autopay: { type: boolean, example: true }"], body: "{% if autopay %}【示例金融】{% endif %}您好。" }),
      errors: [
        { messageId: "missingSignatureInBranch", line: 12, column: 1, endColumn: 34 },
        { messageId: "missingNameInBranch", line: 12, column: 1, endColumn: 34 },
      ],
    },
    {
      // US: the brand never named; the suggestion opens the message with it.
      filename: FILENAME,
      code: template({ ...us, body: "Reminder: your payment of $412.37 is due Jun 5. Reply STOP to stop texts." }),
      errors: [
        {
          message: "The message never names its sender: `Example Lending` appears on no path through it.\nEvery message to a consumer names the brand or creditor sending it (a location message to a third party names the collector's employer only when asked, FDCPA §1692b(1)). Source: CTIA Messaging Principles and Best Practices (2023); CTIA Short Code Monitoring Handbook v1.9; Telephone Consumer Protection Act (TCPA) and the FCC's rules 47 CFR §64.1200(d)(4); Fair Debt Collection Practices Act (FDCPA), 15 U.S.C. §1692e(14) (US-MKT-ID-014-BRAND).",
          line: 10,
          column: 1,
          suggestions: [
            { messageId: "insertName", data: { text: "Example Lending: " }, output: template({ ...us, body: "Example Lending: Reminder: your payment of $412.37 is due Jun 5. Reply STOP to stop texts." }) },
          ],
        },
      ],
    },
    {
      // A sender name Nunjucks would read as code is never inserted: no fix, no suggestion.
      filename: FILENAME,
      code: template({ sender: '{ name: "示{{x}}融", role: creditor }', body: "您好。" }),
      output: null,
      errors: [{ messageId: "missingSignature" }, { messageId: "missingName", suggestions: [] }],
    },
    {
      filename: FILENAME,
      code: template({ sender: '{ name: "示{%x%}融", role: creditor }', body: "【示例银行】您好。" }),
      errors: [{ messageId: "wrongSignature", suggestions: [] }],
    },
    {
      filename: FILENAME,
      code: template({ ...us, sender: '{ name: "Example {#Lending", role: creditor }', body: "Your payment is due." }),
      errors: [{ messageId: "missingName", suggestions: [] }],
    },
    {
      // An agency that names neither itself nor its client.
      filename: FILENAME,
      code: template({ ...agency, body: "Your account ending 1234 is past due." }),
      errors: [
        {
          message: "The message never names its sender: `Example Recovery` or `Example Bank` appears on no path through it.\nEvery message to a consumer names the brand or creditor sending it (a location message to a third party names the collector's employer only when asked, FDCPA §1692b(1)). Source: CTIA Messaging Principles and Best Practices (2023); CTIA Short Code Monitoring Handbook v1.9; Telephone Consumer Protection Act (TCPA) and the FCC's rules 47 CFR §64.1200(d)(4); Fair Debt Collection Practices Act (FDCPA), 15 U.S.C. §1692e(14) (US-MKT-ID-014-BRAND).",
          suggestions: [{ messageId: "insertName", output: template({ ...agency, body: "Example Recovery: Your account ending 1234 is past due." }) }],
        },
      ],
    },
    {
      // Without its client in the front matter, an agency that names nobody is still reported, under its own name.
      filename: FILENAME,
      code: template({ ...agency, sender: "{ name: Example Recovery, role: collection-agency }", body: "Your account ending 1234 is past due." }),
      errors: [{ messageId: "missingName", data: { ...entryData("US", "senderIdentification", "US-MKT-ID-014-BRAND"), names: "`Example Recovery`" }, suggestions: 1 }],
    },
    {
      // Chinese SMS: an authority's signature neither is the sender's nor names any business.
      filename: FILENAME,
      code: template({ category: "collection", body: "【市公安局经侦支队】您的借款已逾期，请速回电。" }),
      errors: [{ messageId: "wrongSignature", suggestions: 1 }, { messageId: "missingName", suggestions: 1 }],
    },
    {
      // Unsigned, but the name opens the text: only the signature is missing, the reader knows who wrote.
      filename: FILENAME,
      code: template({ body: "示例金融：您的借款本期应还1280.50元。" }),
      output: template({ body: "【示例金融】示例金融：您的借款本期应还1280.50元。" }),
      errors: [{ messageId: "missingSignature" }],
    },
    {
      // Named in one branch only.
      filename: FILENAME,
      code: template({ ...us, variables: ["autopay: { type: boolean, example: true }"], body: "Your payment is due. {% if autopay %}Example Lending will debit your account.{% endif %}" }),
      errors: [{ messageId: "missingNameInBranch", line: 12, column: 22 }],
    },
    {
      // Chinese push: a full-width colon after a Chinese name.
      filename: FILENAME,
      code: template({ channel: "push", title: "还款提醒", body: "您的借款本期应还1280.50元。" }),
      errors: [
        {
          messageId: "missingName",
          line: 11,
          column: 1,
          suggestions: [{ messageId: "insertName", data: { text: "示例金融：" }, output: template({ channel: "push", title: "还款提醒", body: "示例金融：您的借款本期应还1280.50元。" }) }],
        },
      ],
    },
    {
      // Not one of the organisation's registered senders.
      filename: FILENAME,
      options: [{ allowedSenders: ["示例消费金融"] }],
      code: template({ body: "【示例金融】您好。" }),
      errors: [{ message: "`示例金融` is not one of your organisation's registered senders (`示例消费金融`).", line: 8, column: 17, endColumn: 21 }],
    },
  ],
});
