import plugin from "../../src/index.js";
import { FILENAME, ruleTester, template, type TemplateSpec } from "../rule-tester.js";

const collection = { category: "collection" as const };
const en = { locale: "en-US", sender: "{ name: Example Lending, role: creditor }" };
const tw = { locale: "zh-TW", jurisdiction: "CN" };

const CN_PRESSURE = "Ultimatums, invented deadlines and shouting. Source: 金融机构个人消费类贷款催收工作指引（试行）; 治安管理处罚法 (2012 text) Art. 42(5) (CN-TONE-PRESSURE).";
const CN_DEADLINE = "Collection deadlines of hours, invented to rush the borrower. Source: 金融机构个人消费类贷款催收工作指引（试行）; 治安管理处罚法 (2012 text) Art. 42(5) (CN-TONE-DEADLINE).";
const CN_WORDING = "请尽快还款，如有困难可联系我们协商还款安排。";
const CN_PRIVATE = "Private payment or contact channels, extra collection fees and pushing the borrower to borrow elsewhere or sell assets. Source: 金融机构个人消费类贷款催收工作指引（试行）; 互联网金融贷后催收业务指引 (CN-TONE-PRIVATE-CHANNEL).";
const US_URGENCY = "Invented urgency and shouting. Source: Fair Debt Collection Practices Act (FDCPA), 15 U.S.C. §1692e(10) (US-TONE-URGENCY).";
const US_SHOUT_WORDS = "Shouting — urgency words in capitals (PAY NOW, PAST DUE, URGENT); acronyms are not shouting. Source: Fair Debt Collection Practices Act (FDCPA), 15 U.S.C. §1692d (US-TONE-SHOUT-WORDS).";
const US_WORDING = "Please contact us at your earliest convenience to discuss your options.";

const CN_PRIVATE_WORDING = "请仅通过官方渠道还款，如有疑问请致电官方客服热线。";
const US_PRIVATE_WORDING = "Please pay only through the official channels listed in this message.";
const privately = { ...collection, body: "如不还款，请加我微信私下处理。" };
const borrowElsewhere = { ...collection, body: "您可以先在其他网贷平台借一笔，把我们这边还上。" };
const paydayLoan = { ...collection, ...en, body: "If you can't pay, take out a payday loan." };

/** The template after the `reword` suggestion replaced `sentence` in the body. */
function reworded(spec: TemplateSpec, sentence: string, wording: string): string {
  return template({ ...spec, body: spec.body.replace(sentence, wording) });
}

const today = { ...collection, body: "今天必须还清全部欠款，没有任何商量余地！详询400-000-0000。" };
const hours = { ...collection, body: "请在2小时内还款。详询400-000-0000。" };
const finalNotice = { ...collection, ...en, body: "Final notice!!! Your settlement offer expires TODAY." };
const deadline = { ...collection, ...en, body: "You have 2 hours to pay in full. No extensions, no excuses." };
const payTodayOr = { ...collection, ...en, body: "Pay today or lose this offer. Call 1-800-555-0100." };

ruleTester().run("no-pressure-tactics", plugin.rules["no-pressure-tactics"], {
  valid: [
    { filename: FILENAME, code: template({ ...collection, body: "【示例金融】无需今天一次性还清，您可以申请分期还款，最长可分12期。详询400-000-0000。" }) },
    { filename: FILENAME, code: template({ ...collection, ...tw, body: "【示例銀行】您的帳款已逾期，請盡速還款。如有困難，歡迎來電0800-000-000洽詢分期方案。" }) },
    { filename: FILENAME, code: template({ ...collection, ...en, body: "There's no need to pay everything today. We can set up a payment plan that fits your budget." }) },
    // Negations: promising not to ask for a private transfer, or for the car to be sold.
    { filename: FILENAME, code: template({ ...collection, body: "【示例金融】请仅通过本行APP还款，本行工作人员不会要求您添加微信或向个人账户转账。" }) },
    { filename: FILENAME, code: template({ ...collection, ...en, body: "We will never ask you to sell your car." }) },
    // Disclaimers.
    { filename: FILENAME, code: template({ ...collection, body: "【示例金融】谨防骗子冒充我司催收人员，切勿向任何个人账户转账。" }) },
    { filename: FILENAME, code: template({ ...collection, ...en, body: "Beware of anyone who asks you to pay with a gift card or Cash App." }) },
    // The payment's own due time is not an imposed deadline; "last chance" sells in marketing, it does not press a debt.
    { filename: FILENAME, code: template({ ...collection, ...en, body: "Example Lending: your $45 payment is due today by 5 pm. Pay in the app or call 1-800-555-0100." }) },
    { filename: FILENAME, code: template({ category: "marketing", audience: "customer", ...en, body: "Example Lending: last chance to lock in 6.9% APR on a home loan. Reply STOP to opt out." }) },
    // Look-alikes: one exclamation mark, one word in capitals, advice against 以贷养贷 (避免 negates it).
    { filename: FILENAME, code: template({ category: "transactional", audience: "customer", body: "【示例金融】感谢您按时还款！" }) },
    { filename: FILENAME, code: template({ category: "transactional", audience: "customer", ...en, body: "IMPORTANT: Your autopay failed. Reply STOP to opt out. Call 1-800-555-0100 (EST)." }) },
    { filename: FILENAME, code: template({ category: "transactional", audience: "customer", body: "【示例金融】理性借贷，避免以贷养贷。" }) },
  ],
  invalid: [
    {
      filename: FILENAME,
      code: template(today),
      errors: [
        {
          message: `Pressure tactic: “今天必须”.\n${CN_PRESSURE}`,
          line: 10,
          column: 1,
          endLine: 10,
          endColumn: 5,
          suggestions: [{ messageId: "reword", data: { suggestion: CN_WORDING }, output: reworded(today, "今天必须还清全部欠款，没有任何商量余地！", CN_WORDING) }],
        },
      ],
    },
    {
      filename: FILENAME,
      code: template(hours),
      errors: [{ message: `Pressure tactic: “2小时内”.\n${CN_DEADLINE}`, line: 10, column: 3, endColumn: 7, suggestions: [{ messageId: "reword", output: reworded(hours, "请在2小时内还款。", CN_WORDING) }] }],
    },
    {
      // Repeated exclamation marks (full-width here) are shouting.
      filename: FILENAME,
      code: template({ ...collection, body: "立即还款！！！" }),
      errors: [{ message: `Pressure tactic: “！！！”.\n${CN_PRESSURE}`, line: 10, column: 5, endColumn: 8, suggestions: 1 }],
    },
    {
      // Spaced-out characters.
      filename: FILENAME,
      code: template({ ...collection, body: "最 后 通 牒，今日24点前未结清将不再受理任何协商。" }),
      errors: [
        { message: `Pressure tactic: “最 后 通 牒”.\n${CN_PRESSURE}`, line: 10, column: 1, endColumn: 8, suggestions: 1 },
        // A deadline of hours with a consequence: which words filled which slot.
        { message: /^Pressure tactic: “今日24点前未结清将”\.\nMatched deadline “今日” \+ unless “未” \+ then “将”\. .*\(CN-TONE-DEADLINE-CONSEQUENCE\)\.$/u, line: 10, column: 9, suggestions: 1 },
      ],
    },
    {
      // Traditional characters.
      filename: FILENAME,
      code: template({ ...collection, ...tw, body: "今天必須全額還清，否則不再提供任何分期方案！！！" }),
      errors: [
        { message: `Pressure tactic: “今天必須”.\n${CN_PRESSURE}`, line: 11, column: 1, endColumn: 5, suggestions: 1 },
        { messageId: "literal", line: 11, column: 22, endColumn: 25, suggestions: 1 },
      ],
    },
    {
      // A condition (如不还款) does not make the private channel harmless.
      filename: FILENAME,
      code: template(privately),
      errors: [
        { message: `Pressure tactic: “加我微信”.\n${CN_PRIVATE}`, line: 10, column: 7, endColumn: 11, suggestions: [{ messageId: "reword", data: { suggestion: CN_PRIVATE_WORDING }, output: reworded(privately, privately.body, CN_PRIVATE_WORDING) }] },
        { message: `Pressure tactic: “私下处理”.\n${CN_PRIVATE}`, line: 10, column: 11, endColumn: 15, suggestions: [{ messageId: "reword", output: reworded(privately, privately.body, CN_PRIVATE_WORDING) }] },
      ],
    },
    {
      filename: FILENAME,
      code: template(borrowElsewhere),
      errors: [{ messageId: "literal", line: 10, column: 1, endColumn: 13, suggestions: [{ messageId: "reword", output: reworded(borrowElsewhere, borrowElsewhere.body, CN_PRIVATE_WORDING) }] }],
    },
    {
      filename: FILENAME,
      code: template(finalNotice),
      errors: [
        {
          message: `Pressure tactic: “Final notice”.\n${US_URGENCY}`,
          line: 10,
          column: 1,
          endColumn: 13,
          suggestions: [{ messageId: "reword", data: { suggestion: US_WORDING }, output: reworded(finalNotice, "Final notice!!!", US_WORDING) }],
        },
        { message: `Pressure tactic: “!!!”.\n${US_URGENCY}`, line: 10, column: 13, endColumn: 16, suggestions: [{ messageId: "reword", output: reworded(finalNotice, "Final notice!!!", US_WORDING) }] },
        // A deadline word in capitals is shouting too.
        { message: `Pressure tactic: “TODAY”.\n${US_SHOUT_WORDS}`, line: 10, column: 47, endColumn: 52 },
      ],
    },
    {
      filename: FILENAME,
      code: template(deadline),
      errors: [
        {
          message: "Pressure tactic: “You have 2 hours”.\nCollection deadlines of hours, with a threat or demand attached. Source: Fair Debt Collection Practices Act (FDCPA), 15 U.S.C. §1692e(10), §1692d (US-TONE-DEADLINE).",
          line: 10,
          column: 1,
          endColumn: 17,
          suggestions: [{ messageId: "reword", output: reworded(deadline, "You have 2 hours to pay in full.", US_WORDING) }],
        },
        { messageId: "literal", line: 10, column: 34, endColumn: 47, suggestions: [{ messageId: "reword", output: reworded(deadline, "No extensions, no excuses.", US_WORDING) }] },
        { messageId: "literal", line: 10, column: 49, endColumn: 59, suggestions: 1 },
      ],
    },
    {
      filename: FILENAME,
      code: template(payTodayOr),
      errors: [{ messageId: "literal", line: 10, column: 1, endColumn: 13, suggestions: [{ messageId: "reword", output: reworded(payTodayOr, "Pay today or lose this offer.", US_WORDING) }] }],
    },
    {
      // Three or more words in capitals.
      filename: FILENAME,
      code: template({ ...collection, ...en, body: "PAY YOUR PAST DUE BALANCE IMMEDIATELY." }),
      errors: [
        {
          message: "Pressure tactic: “PAY YOUR PAST DUE BALANCE IMMEDIATELY”.\nShouting — three or more words in capitals in a row. Source: Fair Debt Collection Practices Act (FDCPA), 15 U.S.C. §1692d (US-TONE-SHOUTING).",
          line: 10,
          column: 1,
          endColumn: 38,
          // Sentence case is advice, not a wording to put in place.
          suggestions: [],
        },
      ],
    },
    {
      // "if you can't pay" is a condition, not a negation of the advice.
      filename: FILENAME,
      code: template(paydayLoan),
      errors: [
        {
          message:
            "Pressure tactic: “take out a payday loan”.\nPayment to a personal account, invented fees, and pushing the consumer to borrow or sell to pay. Source: Fair Debt Collection Practices Act (FDCPA), 15 U.S.C. §1692f(1); Consumer Financial Protection Act (UDAAP) and FTC Act §5 (US-TONE-PRIVATE-CHANNEL).",
          line: 10,
          column: 19,
          endColumn: 41,
          suggestions: [{ messageId: "reword", data: { suggestion: US_PRIVATE_WORDING }, output: reworded(paydayLoan, paydayLoan.body, US_PRIVATE_WORDING) }],
        },
      ],
    },
    {
      filename: FILENAME,
      code: template({ ...collection, variables: ["deadline: { type: string, enum: [本月底前, 2小时内] }"], body: "【示例金融】请于{{ deadline }}还款。" }),
      errors: [
        {
          message: `Pressure tactic: this output can render “2小时内”, which contains “2小时内”.\nThe value comes from the template's examples or allowed values. ${CN_DEADLINE}`,
          line: 12,
          column: 9,
          endColumn: 23,
        },
      ],
    },
    {
      filename: FILENAME,
      code: template({ ...collection, ...en, variables: ["when: { type: string, maxLength: 30, example: within 2 hours }"], body: "Example Lending: please pay {{ when }}." }),
      errors: [{ messageId: "rendered", line: 12, column: 29, endColumn: 39 }],
    },
    {
      filename: FILENAME,
      options: [{ terms: ["disappears soon"] }],
      code: template({ ...collection, ...en, body: "Example Lending: this offer disappears soon." }),
      errors: [{ message: "Pressure tactic: “disappears soon”.\nA phrase your organisation does not allow. Source: your configuration (organisation).", line: 10, column: 29, endColumn: 44 }],
    },
  ],
});
