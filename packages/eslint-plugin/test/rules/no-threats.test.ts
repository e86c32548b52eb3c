import plugin from "../../src/index.js";
import { FILENAME, ruleTester, template, type TemplateSpec } from "../rule-tester.js";

const collection = { category: "collection" as const };
const en = { locale: "en-US", sender: "{ name: Example Lending, role: creditor }" };
const tw = { locale: "zh-TW", jurisdiction: "CN" };

const CN_VIOLENCE = "Threats of violence, intimidation or coercive home and workplace visits. Source: 治安管理处罚法 (2012 text) Art. 42; 刑法 Art. 293-1; 商业银行信用卡业务监督管理办法 Art. 68 (CN-TONE-VIOLENCE).";
const CN_VIOLENCE_WORDING = "为避免产生更多逾期费用，请尽快还款或联系我们协商还款安排。";
const CN_CONTACT_WORDING_TRADITIONAL = "我們只與您本人聯繫。";
const US_CONTACT = "Threats to contact the consumer's employer, family or references about the debt. Source: Fair Debt Collection Practices Act (FDCPA), 15 U.S.C. §1692c(b); Regulation F, 12 CFR §1006.6(d) (US-TONE-CONTACT-OTHERS).";
const US_CONTACT_WORDING = "We will only discuss this account with you.";

/** The template after the `reword` suggestion replaced `sentence` in the body. */
function reworded(spec: TemplateSpec, sentence: string, wording: string): string {
  return template({ ...spec, body: spec.body.replace(sentence, wording) });
}

const CN_EXPOSURE_WORDING = "我们会对您的个人信息严格保密。";
const US_VIOLENCE_WORDING = "Please contact us at your earliest convenience to discuss your options.";
const exposure = { ...collection, body: "再拖欠就爆 通 讯 录，让你身败名裂。" };
const knowWhere = { ...collection, ...en, body: "We know where you live. Pay what you owe." };
const orElse = { ...collection, ...en, channel: "email" as const, subject: "Pay now or else", body: "Hello Jane, please call us about your account." };
const NAME = "name: { type: string, maxLength: 4, role: recipient-name, pii: true, example: 张三 }";
const visitNamed = { ...collection, variables: [NAME], body: "【示例金融】{{ name | mask }}您好，再不还款我们就上门找你。详询400-000-0000。" };
const visitNamedEn = { ...collection, ...en, variables: ["name: { type: string, maxLength: 20, example: Jane }"], body: "Hi {{ name }}, we will come to your house. Call 1-800-555-0100." };
const visitInClause = { ...collection, variables: [NAME], body: "【示例金融】再不还款我们就上门找{{ name | mask }}。详询400-000-0000。" };
const visit = { ...collection, body: "【示例金融】您的借款已逾期。再不还款我们就上门找你。详询400-000-0000。" };
const conditional = { ...collection, body: "如不还款，我们将安排人员上门。详询400-000-0000。" };
const traditional = { ...collection, ...tw, body: "您的借款已逾期30天，若再不還款，我們將聯繫您的家人及公司主管。詳詢0800-000-000。" };
const visitAtHome = { ...collection, body: "我们不会再只是打电话提醒了，下周安排人员到你家里当面解决。详询400-000-0000。" };
const employer = { ...collection, ...en, body: "If you don't pay, we will contact your employer." };
const family = { ...collection, ...en, body: "Pay now or we'll call your family. Questions? Call 1-800-555-0100." };
const spelled = { ...collection, ...en, body: "Settle this balance or we will c.o.n.t.a.c.t your e-m-p-l-o-y-e-r." };
const fullWidth = { ...collection, ...en, body: "If this stays unpaid we will notify your ｅｍｐｌｏｙｅｒ and your ｆａｍｉｌｙ." };

ruleTester().run("no-threats", plugin.rules["no-threats"], {
  valid: [
    {
      // A realistic zh-CN collection SMS; the outputs' examples render nothing threatening.
      filename: FILENAME,
      code: template({
        ...collection,
        variables: [
          "name: { type: string, maxLength: 4, role: recipient-name, pii: true, example: 张三 }",
          "amount: { type: number, maximum: 99999, role: amount-due, example: 1280.5 }",
          "days: { type: integer, maximum: 999, role: days-overdue, example: 15 }",
        ],
        body: "【示例金融】{{ name | mask }}您好，您的借款{{ amount | money }}元已逾期{{ days }}天，为避免产生更多逾期费用，请尽快还款或联系我们协商还款安排，详询400-000-0000。",
      }),
    },
    // Negations: a promise not to visit or call anyone is no threat.
    { filename: FILENAME, code: template({ ...collection, body: "【示例金融】我们不会上门，也不会联系您的家人。详询400-000-0000。" }) },
    { filename: FILENAME, code: template({ ...collection, ...tw, body: "【示例銀行】本行不會上門催收，也不會聯繫您的家人或公司，請放心與我們聯絡。" }) },
    { filename: FILENAME, code: template({ ...collection, ...en, body: "Example Lending: We will not contact your employer about this account. Reply STOP to stop texts." }) },
    {
      filename: FILENAME,
      code: template({ ...collection, ...en, body: "We will never contact your family, friends or employer, and we will never come to your home. Call us whenever you're ready: 1-800-555-0100." }),
    },
    // Look-alikes: 上门服务 is a service, “seize the summer” is not about property (and not collection).
    { filename: FILENAME, code: template({ category: "reminder", body: "【示例金融】我行为行动不便的老年客户提供上门服务，如需预约请致电400-000-0000。" }) },
    { filename: FILENAME, code: template({ category: "marketing", audience: "customer", ...en, body: "Example Lending: Seize the summer with home improvement loans. Reply STOP to opt out." }) },
    // Disclaimers: a warning about people who threaten is not a threat.
    { filename: FILENAME, code: template({ ...collection, body: "【示例金融】谨防不法分子冒充我司人员上门催收，还款仅限官方渠道。" }) },
    { filename: FILENAME, code: template({ ...collection, ...en, body: "Beware of callers who say they will contact your employer. Example Lending never does." }) },
    // Wording the entry allows: an honest statement of a lawful step in a collection message.
    {
      filename: FILENAME,
      code: template({ ...collection, ...en, body: "If the account remains in default, the creditor may seize the vehicle as permitted by your contract and state law." }),
    },
    // Asking the consumer to confirm an address on file is not announcing that the collector has it.
    { filename: FILENAME, code: template({ category: "reminder", ...en, body: "Example Lending: please check that we have your home address on file, so your statements reach you." }) },
    // Comments are not message text.
    { filename: FILENAME, code: template({ ...collection, body: "【示例金融】{# 不要写上门 #}您的借款已逾期，请尽快还款。" }) },
    // No pack covers the locale: nothing to check against.
    { filename: FILENAME, code: template({ ...collection, locale: "fr-FR", sender: "{ name: Example, role: creditor }", body: "We know where you live." }) },
  ],
  invalid: [
    {
      // A sentence with a variable: only the threat's clause is reworded, the variable stays.
      filename: FILENAME,
      code: template(visitNamed),
      errors: [
        {
          messageId: "literal",
          suggestions: [{ messageId: "reword", data: { suggestion: CN_VIOLENCE_WORDING.slice(0, -1) }, output: reworded(visitNamed, "再不还款我们就上门找你", CN_VIOLENCE_WORDING.slice(0, -1)) }],
        },
      ],
    },
    {
      // In English the wording continues the sentence in lower case.
      filename: FILENAME,
      code: template(visitNamedEn),
      errors: [
        {
          messageId: "literal",
          suggestions: [{ messageId: "reword", output: reworded(visitNamedEn, "we will come to your house", "please contact us at your earliest convenience to discuss your options") }],
        },
      ],
    },
    {
      // The variable is in the threat's own clause: no rewording could keep it, so none is offered.
      filename: FILENAME,
      code: template(visitInClause),
      errors: [{ messageId: "literal", suggestions: [] }],
    },
    {
      filename: FILENAME,
      code: template(visit),
      errors: [
        {
          message: `Threat: “上门”.\n${CN_VIOLENCE}`,
          line: 10,
          column: 22,
          endLine: 10,
          endColumn: 24,
          suggestions: [{ messageId: "reword", data: { suggestion: CN_VIOLENCE_WORDING }, output: reworded(visit, "再不还款我们就上门找你。", CN_VIOLENCE_WORDING) }],
        },
      ],
    },
    {
      // The negation belongs to the condition (如不还款), not to the visit.
      filename: FILENAME,
      code: template(conditional),
      errors: [
        {
          messageId: "literal",
          line: 10,
          column: 13,
          endColumn: 15,
          suggestions: [{ messageId: "reword", output: reworded(conditional, "如不还款，我们将安排人员上门。", CN_VIOLENCE_WORDING) }],
        },
      ],
    },
    {
      filename: FILENAME,
      code: template({ ...collection, body: "如不还款将上门。详询400-000-0000。" }),
      errors: [{ message: `Threat: “上门”.\n${CN_VIOLENCE}`, line: 10, column: 6, endColumn: 8, suggestions: 1 }],
    },
    {
      // A negation in another clause does not govern the visit.
      filename: FILENAME,
      code: template(visitAtHome),
      errors: [
        {
          message: `Threat: “到你家里当面解决”.\n${CN_VIOLENCE}`,
          line: 10,
          column: 21,
          endColumn: 29,
          suggestions: [{ messageId: "reword", output: reworded(visitAtHome, "我们不会再只是打电话提醒了，下周安排人员到你家里当面解决。", CN_VIOLENCE_WORDING) }],
        },
      ],
    },
    {
      // A separator inside the word (上-门), and a threat phrase.
      filename: FILENAME,
      code: template({ ...collection, body: "再不还钱，明天直接上-门，到时候别怪我们不客气。" }),
      errors: [
        { messageId: "literal", line: 10, column: 10, endColumn: 13, suggestions: 1 },
        { messageId: "literal", line: 10, column: 17, endColumn: 24, suggestions: 1 },
      ],
    },
    {
      // Pinyin for 上, and a visit to the workplace.
      filename: FILENAME,
      code: template({ ...collection, body: "你再不接电话，我们就shang门去你公司找你。" }),
      errors: [
        { messageId: "literal", line: 10, column: 11, endColumn: 23, suggestions: 1 },
      ],
    },
    {
      // Spaced-out characters: exposure threats.
      filename: FILENAME,
      code: template(exposure),
      errors: [
        { message: "Threat: “爆 通 讯 录”.\nThreats to expose or humiliate the borrower publicly or to their contacts. Source: 金融机构个人消费类贷款催收工作指引（试行）; 民法典 Arts. 1024, 1032; 个人信息保护法 Art. 25 (CN-TONE-EXPOSURE).", line: 10, column: 5, endColumn: 12, suggestions: [{ messageId: "reword", data: { suggestion: CN_EXPOSURE_WORDING }, output: reworded(exposure, exposure.body, CN_EXPOSURE_WORDING) }] },
        { messageId: "literal", line: 10, column: 15, endColumn: 19, suggestions: [{ messageId: "reword", output: reworded(exposure, exposure.body, CN_EXPOSURE_WORDING) }] },
      ],
    },
    {
      // Traditional characters (聯繫 → 联系), after the jurisdiction line.
      filename: FILENAME,
      // The wording offered is written in Traditional characters, like the template.
      code: template(traditional),
      errors: [
        {
          message:
            "Threat: “聯繫您的家人”.\nThreats to contact the borrower's family, contacts or employer. Source: 商业银行信用卡业务监督管理办法 Art. 68; 金融机构个人消费类贷款催收工作指引（试行）; 个人信息保护法 Arts. 6, 10, 25 (CN-TONE-CONTACT-OTHERS).",
          line: 11,
          column: 21,
          endColumn: 27,
          suggestions: [{ messageId: "reword", output: reworded(traditional, "您的借款已逾期30天，若再不還款，我們將聯繫您的家人及公司主管。", CN_CONTACT_WORDING_TRADITIONAL) }],
        },
      ],
    },
    {
      // "if you don't pay" is a condition, not a negation of what follows.
      filename: FILENAME,
      code: template(employer),
      errors: [
        {
          message: `Threat: “contact your employer”.\n${US_CONTACT}`,
          line: 10,
          column: 27,
          endColumn: 48,
          suggestions: [{ messageId: "reword", data: { suggestion: US_CONTACT_WORDING }, output: reworded(employer, employer.body, US_CONTACT_WORDING) }],
        },
      ],
    },
    {
      filename: FILENAME,
      code: template(family),
      errors: [
        {
          messageId: "literal",
          data: { kind: "Threat", matched: "call your family", summary: "Threats to contact the consumer's employer, family or references about the debt.", entry: "US-TONE-CONTACT-OTHERS", source: "Fair Debt Collection Practices Act (FDCPA), 15 U.S.C. §1692c(b); Regulation F, 12 CFR §1006.6(d)" },
          line: 10,
          column: 18,
          endColumn: 34,
          suggestions: [{ messageId: "reword", output: reworded(family, "Pay now or we'll call your family.", US_CONTACT_WORDING) }],
        },
      ],
    },
    {
      // Letters spelled out with dots and dashes.
      filename: FILENAME,
      code: template(spelled),
      errors: [{ messageId: "literal", line: 10, column: 32, endColumn: 66, suggestions: [{ messageId: "reword", output: reworded(spelled, spelled.body, US_CONTACT_WORDING) }] }],
    },
    {
      // Full-width letters.
      filename: FILENAME,
      code: template(fullWidth),
      errors: [{ messageId: "literal", line: 10, column: 30, endColumn: 50, suggestions: [{ messageId: "reword", output: reworded(fullWidth, fullWidth.body, US_CONTACT_WORDING) }] }],
    },
    {
      filename: FILENAME,
      code: template(knowWhere),
      errors: [
        {
          message: "Threat: “We know where you live”.\nThreats of violence or harm, and coercive visits to the consumer's home or work. Source: Fair Debt Collection Practices Act (FDCPA), 15 U.S.C. §1692d(1) (US-TONE-VIOLENCE).",
          line: 10,
          column: 1,
          endColumn: 23,
          suggestions: [{ messageId: "reword", output: reworded(knowWhere, "We know where you live.", US_VIOLENCE_WORDING) }],
        },
      ],
    },
    {
      // An email subject is message text too.
      filename: FILENAME,
      // The subject gets the pack's wording too, inside its quotes.
      code: template(orElse),
      errors: [
        {
          message: "Threat: “or else”.\nThreats of violence or harm, and coercive visits to the consumer's home or work. Source: Fair Debt Collection Practices Act (FDCPA), 15 U.S.C. §1692d(1) (US-TONE-VIOLENCE).",
          line: 9,
          column: 19,
          endColumn: 26,
          suggestions: [{ messageId: "reword", data: { suggestion: US_VIOLENCE_WORDING }, output: template({ ...orElse, subject: US_VIOLENCE_WORDING }) }],
        },
      ],
    },
    {
      // A threat that arrives through an enum value: reported at the output.
      filename: FILENAME,
      code: template({ ...collection, variables: ["step: { type: string, enum: [电话提醒, 上门催收] }"], body: "【示例金融】您的借款已逾期，我们将{{ step }}。" }),
      errors: [
        {
          message: `Threat: this output can render “上门催收”, which contains “上门”.\nThe value comes from the template's examples or allowed values. ${CN_VIOLENCE}`,
          line: 12,
          column: 18,
          endColumn: 28,
        },
      ],
    },
    {
      // ... or through a persona's value.
      filename: FILENAME,
      code: template({
        ...collection,
        ...en,
        variables: ["step: { type: string, maxLength: 40, example: a reminder call }"],
        examples: ["- { name: harsh, data: { step: we will come to your house } }"],
        body: "Example Lending: your account is past due. Next step: {{ step }}.",
      }),
      errors: [{ message: "Threat: this output can render “we will come to your house”, which contains “come to your house”.\nThe value comes from the template's examples or allowed values. Threats of violence or harm, and coercive visits to the consumer's home or work. Source: Fair Debt Collection Practices Act (FDCPA), 15 U.S.C. §1692d(1) (US-TONE-VIOLENCE).", line: 14, column: 55, endColumn: 65 }],
    },
    {
      // An organisation's own phrase.
      filename: FILENAME,
      options: [{ terms: ["家访"] }],
      code: template({ ...collection, body: "【示例金融】我们将安排家访，请配合。" }),
      errors: [{ message: "Threat: “家访”.\nA phrase your organisation does not allow. Source: your configuration (organisation).", line: 10, column: 12, endColumn: 14 }],
    },
    {
      // An organisation's phrases are never excused by a negation.
      filename: FILENAME,
      options: [{ terms: ["家访"] }],
      code: template({ ...collection, body: "我们不会安排家访，但会电话联系。" }),
      errors: [{ message: "Threat: “家访”.\nA phrase your organisation does not allow. Source: your configuration (organisation).", line: 10, column: 7, endColumn: 9 }],
    },
  ],
});
