import plugin from "../../src/index.js";
import { ACME_PACK, FILENAME, ruleTester, template, type TemplateSpec } from "../rule-tester.js";

const collection = { category: "collection" as const };
const en = { locale: "en-US", sender: "{ name: Example Lending, role: creditor }" };
const tw = { locale: "zh-TW", jurisdiction: "CN" };
const acme = { ...collection, locale: "en-IE", sender: "{ name: Acme Loans, role: creditor }" };

const CN_PROCESS = "Fake legal documents or process (summons, case filed, enforcement) in a collection message. Source: 刑法 Art. 280; 金融机构个人消费类贷款催收工作指引（试行） (CN-TONE-FAKE-PROCESS).";
const CN_LAWSUIT_WORDING = "如协商不成，我司可能依法提起诉讼。";
const CN_AUTHORITY_WORDING = "以本机构名义联系，并提供官方客服热线。";
const US_LAWSUIT = "Lawsuit threats are allowed only as an honest statement of a possible lawful step. Source: Fair Debt Collection Practices Act (FDCPA), 15 U.S.C. §1692e(5); Regulation F, 12 CFR §1006.18(c) (US-TONE-LAWSUIT).";
const US_LAWSUIT_WORDING = "If we cannot agree on a plan, the creditor may consider other options permitted by law.";

/** The template after the `reword` suggestion replaced `sentence` in the body. */
function reworded(spec: TemplateSpec, sentence: string, wording: string): string {
  return template({ ...spec, body: spec.body.replace(sentence, wording) });
}

const summons = { ...collection, body: "【示例金融】您好。您的借款纠纷已由法院受理，传票将于三日内送达。详询400-000-0000。" };
const spaced = { ...collection, body: "你的借款已经起 诉了，法 院的判决书下周就出来。详询400-000-0000。" };
const pinyin = { ...collection, body: "我们已经qisu你了。详询400-000-0000。" };
const police = { ...collection, body: "如不还款，我们将报警。详询400-000-0000。" };
const sued = { ...collection, ...en, body: "You will be s.u.e.d and a w@rrant issued if this isn't paid." };
const dollar = { ...collection, ...en, body: "We will $ue you." };
const US_WORDING = "Please contact us at your earliest convenience to discuss your options.";
const lawyer = { ...collection, body: "【示例金融】律师函将于三日内寄出。" };
const arrested = { ...collection, ...en, body: "If you don't pay, you will be arrested." };
const alerted = { ...collection, ...en, body: "ＦＢＩ and IRS have been alerted to your unpaid balance." };
const reminderSuitZh = { category: "reminder" as const, body: "【示例金融】逾期后我们将起诉你。详询400-000-0000。" };
const reminderSuit = { category: "reminder" as const, ...en, body: "The creditor may file a lawsuit. Call 1-800-555-0100." };

ruleTester().run("no-false-legal-claims", plugin.rules["no-false-legal-claims"], {
  valid: [
    // The honest statement of a possible lawful step that CN-TONE-LAWSUIT allows in collection messages.
    { filename: FILENAME, code: template({ ...collection, body: "【示例金融】您的借款已逾期，如协商不成，我司可能依法提起诉讼。如需办理分期还款，请致电400-000-0000。" }) },
    { filename: FILENAME, code: template({ ...collection, ...tw, body: "【示例銀行】如協商不成，本行可能依法提起訴訟，仍誠摯希望與您協商還款方案。" }) },
    { filename: FILENAME, code: template({ ...collection, ...en, body: "If we cannot agree on a plan, the creditor may file a lawsuit as permitted by law. Call 1-800-555-0100." }) },
    { filename: FILENAME, code: template({ ...collection, ...en, body: "The creditor may file a lawsuit. Call 1-800-555-0100." }) },
    // A law firm that names its client (委托); the borrower's own attorney.
    { filename: FILENAME, code: template({ ...collection, body: "【示例律师事务所】受示例银行委托，就您尾号1234信用卡欠款与您联系，请致电010-00000000核对账务。" }) },
    { filename: FILENAME, code: template({ ...collection, ...en, body: "If you have an attorney, please give us their contact details and we will communicate with them instead." }) },
    // Negations.
    { filename: FILENAME, code: template({ ...collection, body: "【示例金融】借款逾期属于民事纠纷，我司不会以刑事责任相威胁。" }) },
    { filename: FILENAME, code: template({ ...collection, ...en, body: "Example Lending will never threaten you with arrest. Not paying a consumer debt is not a crime." }) },
    // Disclaimers: warnings against impostors.
    { filename: FILENAME, code: template({ category: "transactional", audience: "customer", body: "【示例金融】本行不会以公安、法院等名义发送催收信息，谨防冒充公检法的诈骗。" }) },
    { filename: FILENAME, code: template({ category: "transactional", audience: "customer", ...en, body: "If anyone claiming to be from Example Lending threatens you with arrest or jail, report it to us." }) },
    // Look-alikes: a court mentioned as a place, a street name, a support case number.
    { filename: FILENAME, code: template({ category: "transactional", audience: "customer", body: "【示例金融】您申请的贷款结清证明已开具，可用于向法院、公积金中心等机构办理相关业务。" }) },
    { filename: FILENAME, code: template({ ...collection, ...en, body: "Visit our branch at 200 Court Street to discuss payment options." }) },
    { filename: FILENAME, code: template({ category: "transactional", audience: "customer", ...en, body: "Thanks for contacting support. Your case number is 48213." }) },
  ],
  invalid: [
    {
      // The pack's wording (如协商不成…诉讼) is itself not allowed in a reminder: no reword is offered.
      filename: FILENAME,
      code: template(reminderSuitZh),
      errors: [{ messageId: "literal", line: 10, column: 13, endColumn: 15, suggestions: [] }],
    },
    {
      filename: FILENAME,
      code: template(summons),
      errors: [
        { message: `False legal claim: “已由法院受理”.\n${CN_PROCESS}`, line: 10, column: 16, endLine: 10, endColumn: 22, suggestions: 1 },
        {
          message: `False legal claim: “传票”.\n${CN_PROCESS}`,
          line: 10,
          column: 23,
          endLine: 10,
          endColumn: 25,
          suggestions: [{ messageId: "reword", data: { suggestion: CN_LAWSUIT_WORDING }, output: reworded(summons, "您的借款纠纷已由法院受理，传票将于三日内送达。", CN_LAWSUIT_WORDING) }],
        },
      ],
    },
    {
      // Separators inside words: 起 诉 (CN-TONE-LAWSUIT), 判决书.
      filename: FILENAME,
      code: template(spaced),
      errors: [
        {
          message: "False legal claim: “起 诉”.\nLawsuit wording is allowed only as an honest, non-threatening statement of a possible lawful step. Source: 金融机构个人消费类贷款催收工作指引（试行） (CN-TONE-LAWSUIT).",
          line: 10,
          column: 7,
          endColumn: 10,
          suggestions: [{ messageId: "reword", output: reworded(spaced, "你的借款已经起 诉了，法 院的判决书下周就出来。", CN_LAWSUIT_WORDING) }],
        },
        { message: `False legal claim: “判决书”.\n${CN_PROCESS}`, line: 10, column: 16, endColumn: 19, suggestions: 1 },
      ],
    },
    {
      // Pinyin.
      filename: FILENAME,
      code: template(pinyin),
      errors: [{ messageId: "literal", line: 10, column: 5, endColumn: 9, suggestions: [{ messageId: "reword", output: reworded(pinyin, "我们已经qisu你了。", CN_LAWSUIT_WORDING) }] }],
    },
    {
      // Traditional characters.
      filename: FILENAME,
      code: template({ ...collection, ...tw, body: "您的欠款已遭起訴，法院傳票近日寄出，請盡速還款。" }),
      errors: [
        { messageId: "literal", line: 11, column: 7, endColumn: 9, suggestions: 1 },
        { message: `False legal claim: “傳票”.\n${CN_PROCESS}`, line: 11, column: 12, endColumn: 14, suggestions: 1 },
      ],
    },
    {
      // A condition (如不还款) does not make the police threat harmless.
      filename: FILENAME,
      code: template(police),
      errors: [
        {
          message:
            "False legal claim: “报警”.\nImpersonating or implying police, procuratorates, courts' officers, regulators or government. Source: 银行保险机构消费者权益保护管理办法; 金融机构个人消费类贷款催收工作指引（试行）; 刑法 Art. 279 (CN-TONE-AUTHORITY).",
          line: 10,
          column: 9,
          endColumn: 11,
          suggestions: [{ messageId: "reword", data: { suggestion: CN_AUTHORITY_WORDING }, output: reworded(police, "如不还款，我们将报警。", CN_AUTHORITY_WORDING) }],
        },
      ],
    },
    {
      // Lawyer's letters only with the client who engaged the firm.
      filename: FILENAME,
      code: template(lawyer),
      errors: [
        {
          message:
            "False legal claim: “律师函”.\nA lawyer's letter or law firm is mentioned; allowed only when a real, engaged firm is named with its client and the statement is true. Source: 金融机构个人消费类贷款催收工作指引（试行）; 刑法 Art. 280 (CN-TONE-LAWYER).",
          line: 10,
          column: 7,
          endColumn: 10,
          suggestions: [{ messageId: "reword", data: { suggestion: CN_LAWSUIT_WORDING }, output: reworded(lawyer, "律师函将于三日内寄出。", CN_LAWSUIT_WORDING) }],
        },
      ],
    },
    {
      filename: FILENAME,
      code: template(arrested),
      errors: [
        {
          message: "False legal claim: “arrested”.\nThreats of arrest, jail or criminal charges. Source: Fair Debt Collection Practices Act (FDCPA), 15 U.S.C. §1692e(4), (7) (US-TONE-CRIMINAL).",
          line: 10,
          column: 31,
          endColumn: 39,
          suggestions: [{ messageId: "reword", output: reworded(arrested, arrested.body, US_WORDING) }],
        },
      ],
    },
    {
      // Spelled out, and a look-alike @ for a.
      filename: FILENAME,
      code: template(sued),
      errors: [
        {
          message: `False legal claim: “s.u.e.d”.\n${US_LAWSUIT}`,
          line: 10,
          column: 13,
          endColumn: 20,
          suggestions: [{ messageId: "reword", data: { suggestion: US_LAWSUIT_WORDING }, output: reworded(sued, sued.body, US_LAWSUIT_WORDING) }],
        },
        {
          message: "False legal claim: “w@rrant”.\nSimulated legal process (warrants, summons, court dates) that is not real. Source: Fair Debt Collection Practices Act (FDCPA), 15 U.S.C. §1692e(9), (13) (US-TONE-FAKE-PROCESS).",
          line: 10,
          column: 27,
          endColumn: 34,
          suggestions: [{ messageId: "reword", data: { suggestion: US_LAWSUIT_WORDING }, output: reworded(sued, sued.body, US_LAWSUIT_WORDING) }],
        },
      ],
    },
    {
      // The pack's substitution $ue → sue.
      filename: FILENAME,
      code: template(dollar),
      errors: [{ message: `False legal claim: “$ue you”.\n${US_LAWSUIT}`, line: 10, column: 9, endColumn: 16, suggestions: [{ messageId: "reword", output: reworded(dollar, dollar.body, US_LAWSUIT_WORDING) }] }],
    },
    {
      // Full-width letters.
      filename: FILENAME,
      code: template(alerted),
      errors: [
        {
          message: "False legal claim: “ＦＢＩ”.\nImplying government, police or court affiliation. Source: Fair Debt Collection Practices Act (FDCPA), 15 U.S.C. §1692e(1); Regulation F, 12 CFR §1006.18(b)(1)(i) (US-TONE-GOVERNMENT).",
          line: 10,
          column: 1,
          endColumn: 4,
          suggestions: [{ messageId: "reword", output: reworded(alerted, alerted.body, US_WORDING) }],
        },
        { messageId: "literal", line: 10, column: 9, endColumn: 12, suggestions: [{ messageId: "reword", output: reworded(alerted, alerted.body, US_WORDING) }] },
      ],
    },
    {
      // The lawsuit wording US-TONE-LAWSUIT allows in collection messages is not allowed in a reminder.
      filename: FILENAME,
      code: template(reminderSuit),
      errors: [{ message: `False legal claim: “lawsuit”.\n${US_LAWSUIT}`, line: 10, column: 25, endColumn: 32, suggestions: [{ messageId: "reword", output: reworded(reminderSuit, "The creditor may file a lawsuit.", US_LAWSUIT_WORDING) }] }],
    },
    {
      filename: FILENAME,
      code: template({ ...collection, variables: ["notice: { type: string, enum: [请尽快还款, 法院已立案] }"], body: "【示例金融】您的借款已逾期，{{ notice }}。" }),
      errors: [
        {
          message: `False legal claim: this output can render “法院已立案”, which contains “法院已立案”.\nThe value comes from the template's examples or allowed values. ${CN_PROCESS}`,
          line: 12,
          column: 15,
          endColumn: 27,
        },
      ],
    },
    {
      filename: FILENAME,
      code: template({ ...collection, ...en, variables: ["notice: { type: string, maxLength: 60, example: a warrant has been issued }"], body: "Example Lending: {{ notice }}. Call 1-800-555-0100." }),
      errors: [{ messageId: "rendered", line: 12, column: 18, endColumn: 30 }],
    },
    {
      filename: FILENAME,
      options: [{ terms: ["legal desk"] }],
      code: template({ ...collection, ...en, body: "This is the Example Lending legal desk." }),
      errors: [{ message: "False legal claim: “legal desk”.\nA phrase your organisation does not allow. Source: your configuration (organisation).", line: 10, column: 29, endColumn: 39 }],
    },
  ],
});

// A pack the configuration names: its entry reports, with its own summary and citation.
ruleTester().run("no-false-legal-claims with a pack of the configuration", plugin.rules["no-false-legal-claims"], {
  valid: [{ filename: FILENAME, code: template({ ...acme, body: "Acme Loans: please call us about your balance." }), languageOptions: { packs: [ACME_PACK] } }],
  invalid: [
    {
      filename: FILENAME,
      code: template({ ...acme, body: "Acme Loans: our bailiff squad will be in touch." }),
      languageOptions: { packs: [ACME_PACK] },
      errors: [
        {
          messageId: "literal",
          data: { kind: "False legal claim", matched: "bailiff squad", summary: "Threatening a visit by bailiffs that no court has ordered.", source: "Acme collections code §4", entry: "IE-TONE-BAILIFF" },
        },
      ],
    },
  ],
});
