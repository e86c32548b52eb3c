import plugin from "../../src/index.js";
import { FILENAME, ruleTester, template, type TemplateSpec } from "../rule-tester.js";

const thirdParty = { category: "collection" as const, audience: "third-party" as const };
const en = { locale: "en-US", sender: "{ name: Example Lending, role: creditor }" };
const tw = { locale: "zh-TW", jurisdiction: "CN" };

const CN_THIRD_PARTY =
  "A message to someone other than the borrower reveals a debt, an amount or overdue status, or asks them to get the borrower to pay. Source: 商业银行信用卡业务监督管理办法 Art. 68; 个人信息保护法 Arts. 6, 10, 25; 金融机构个人消费类贷款催收工作指引（试行） (CN-TONE-THIRD-PARTY).";
const CN_WORDING = "我司有重要事项需联系机主本人，如方便请转告其致电官方客服热线。";
const US_THIRD_PARTY =
  "A message to someone other than the consumer mentions a debt or asks them to get the consumer to pay. Source: Fair Debt Collection Practices Act (FDCPA), 15 U.S.C. §1692b, §1692c(b); Regulation F, 12 CFR §1006.10 (US-TONE-THIRD-PARTY).";
const US_WORDING = "I am trying to confirm the current phone number and address of the person named above.";

const DEBTOR = "debtor: { type: string, maxLength: 4, role: debtor-name, pii: true, example: 张三 }";
const AMOUNT = "amount: { type: number, maximum: 99999, role: amount-due, example: 100 }";

/** The template after the `reword` suggestion replaced `sentence` in the body. */
function reworded(spec: TemplateSpec, sentence: string, wording: string): string {
  return template({ ...spec, body: spec.body.replace(sentence, wording) });
}

const friend = { ...thirdParty, body: "【示例金融】您好。您的朋友张三在我司的借款已逾期，请转告他尽快还款。详询400-000-0000。" };
const brother = { ...thirdParty, ...en, body: "Your brother Mike owes Example Lending money. Please have him pay." };
const roommate = { ...thirdParty, ...en, body: "Your roommate Chris o-w-e-s us money. Tell him to settle his d-e-b-t." };

ruleTester().run("no-third-party-disclosure", plugin.rules["no-third-party-disclosure"], {
  valid: [
    // What a contact may be told: someone wants to reach the person, and how. The debtor's name is no debt.
    {
      filename: FILENAME,
      code: template({ ...thirdParty, variables: [DEBTOR], body: "【示例金融】您好，我司有重要事项需联系{{ debtor | mask }}先生/女士，如方便请转告其致电400-000-0000。打扰之处敬请谅解。" }),
    },
    { filename: FILENAME, code: template({ ...thirdParty, ...tw, body: "【示例銀行】您好，本行有重要事項需與陳**聯繫，如方便請轉告其回電0800-000-000，謝謝。" }) },
    { filename: FILENAME, code: template({ ...thirdParty, ...en, body: "This is Dan Lee. I am trying to confirm the current phone number and address of Jane Doe. If you can help, reply here or call 555-0100." }) },
    { filename: FILENAME, code: template({ ...thirdParty, ...en, body: "Sorry to bother you. If you don't know Alex Moore, please ignore this message and we won't contact you again." }) },
    // The pack's own wording.
    { filename: FILENAME, code: template({ ...thirdParty, body: `【示例金融】您好，${CN_WORDING}` }) },
    // The sender writing its own name identifies itself: a creditor's (US), any sender's signature (CN).
    { filename: FILENAME, code: template({ ...thirdParty, ...en, sender: "{ name: Birchwood Loans, role: creditor }", body: "Birchwood Loans: a message for Sam R. Please ask him to call Dana at 555-0100 on a personal business matter." }) },
    { filename: FILENAME, code: template({ ...thirdParty, sender: "{ name: 示例小额贷款, role: creditor }", body: "【示例小额贷款】您好，我司有重要事项需联系王先生，如方便请转告其致电400-000-0000。" }) },
    // An organisation's phrase for this category applies where the category does: not to the borrower.
    { filename: FILENAME, options: [{ terms: ["arrears"] }], code: template({ category: "collection", ...en, body: "Example Lending: your arrears are 30 days old. Call 1-800-555-0100." }) },
    // The borrower may be told about the debt, amount included.
    { filename: FILENAME, code: template({ category: "collection", variables: [AMOUNT], body: "【示例金融】您的借款{{ amount | money }}元已逾期，请尽快还款。" }) },
    // Disclaimers.
    { filename: FILENAME, code: template({ ...thirdParty, body: "【示例金融】谨防有人冒充我司以“代为偿还”为由向您索要钱款。" }) },
    { filename: FILENAME, code: template({ ...thirdParty, ...en, body: "Beware of scammers who say you must pay someone else's debt." }) },
    // Look-alike: "accountant" is not "account".
    { filename: FILENAME, code: template({ ...thirdParty, ...en, body: "Please ask Jane Doe to call our accountant, Mr. Lee, at 555-0100." }) },
  ],
  invalid: [
    {
      // A debt collector names its employer to a third party only when asked (§1692b(1)); and a creditor's debt word outside its name still counts.
      filename: FILENAME,
      code: template({ ...thirdParty, ...en, sender: "{ name: Birchwood Collections, role: collection-agency, onBehalfOf: Birchwood Bank }", body: "Hello, please ask Sam R. to call us at 555-0100.\nBirchwood Collections" }),
      errors: [{ message: `Debt disclosed to a third party: “Collections”.\n${US_THIRD_PARTY}`, line: 11, column: 11, endColumn: 22, suggestions: 1 }],
    },
    {
      filename: FILENAME,
      code: template({ ...thirdParty, ...en, sender: "{ name: Birchwood Loans, role: creditor }", body: "Birchwood Loans: Sam R. has a loan with us. Please ask him to call 555-0100." }),
      errors: [{ message: `Debt disclosed to a third party: “loan”.\n${US_THIRD_PARTY}`, line: 10, column: 31, endColumn: 35, suggestions: 1 }],
    },
    {
      filename: FILENAME,
      code: template(friend),
      errors: [
        {
          message: `Debt disclosed to a third party: “借款”.\n${CN_THIRD_PARTY}`,
          line: 10,
          column: 20,
          endLine: 10,
          endColumn: 22,
          suggestions: [{ messageId: "reword", data: { suggestion: CN_WORDING }, output: reworded(friend, "您的朋友张三在我司的借款已逾期，请转告他尽快还款。", CN_WORDING) }],
        },
        { message: `Debt disclosed to a third party: “逾期”.\n${CN_THIRD_PARTY}`, line: 10, column: 23, endColumn: 25, suggestions: 1 },
        { message: `Debt disclosed to a third party: “还款”.\n${CN_THIRD_PARTY}`, line: 10, column: 32, endColumn: 34, suggestions: 1 },
      ],
    },
    {
      // Separators inside the words.
      filename: FILENAME,
      code: template({ ...thirdParty, body: "您的朋友赵某欠-款5000元，逾 期已两个月，请转告。" }),
      errors: [
        { message: `Debt disclosed to a third party: “欠-款5000元”.\n${CN_THIRD_PARTY}`, line: 10, column: 7, endColumn: 15, suggestions: 1 },
        { message: `Debt disclosed to a third party: “逾 期”.\n${CN_THIRD_PARTY}`, line: 10, column: 16, endColumn: 19, suggestions: 1 },
      ],
    },
    {
      // Traditional characters.
      filename: FILENAME,
      code: template({ ...thirdParty, ...tw, body: "林**的借款已逾期60天，您為其緊急聯絡人，請協助督促還款。" }),
      errors: [
        { messageId: "literal", line: 11, column: 5, endColumn: 7, suggestions: 1 },
        { messageId: "literal", line: 11, column: 8, endColumn: 10, suggestions: 1 },
        { message: `Debt disclosed to a third party: “督促還款”.\n${CN_THIRD_PARTY}`, line: 11, column: 26, endColumn: 30, suggestions: 1 },
      ],
    },
    {
      // Saying the debt will not be discussed still names it.
      filename: FILENAME,
      code: template({ ...thirdParty, body: "【示例金融】我们不会向您透露任何欠款信息。" }),
      errors: [{ messageId: "literal", line: 10, column: 17, endColumn: 19, suggestions: 1 }],
    },
    {
      filename: FILENAME,
      code: template(brother),
      errors: [
        {
          message: `Debt disclosed to a third party: “owes”.\n${US_THIRD_PARTY}`,
          line: 10,
          column: 19,
          endColumn: 23,
          suggestions: [{ messageId: "reword", data: { suggestion: US_WORDING }, output: reworded(brother, "Your brother Mike owes Example Lending money.", US_WORDING) }],
        },
      ],
    },
    {
      // Letters spelled out with dashes.
      filename: FILENAME,
      code: template(roommate),
      errors: [
        { message: `Debt disclosed to a third party: “o-w-e-s”.\n${US_THIRD_PARTY}`, line: 10, column: 21, endColumn: 28, suggestions: [{ messageId: "reword", output: reworded(roommate, "Your roommate Chris o-w-e-s us money.", US_WORDING) }] },
        { message: `Debt disclosed to a third party: “d-e-b-t”.\n${US_THIRD_PARTY}`, line: 10, column: 62, endColumn: 69, suggestions: [{ messageId: "reword", output: reworded(roommate, "Tell him to settle his d-e-b-t.", US_WORDING) }] },
      ],
    },
    {
      // An output of a variable whose role is the amount due: reported at the output.
      filename: FILENAME,
      code: template({ ...thirdParty, variables: [DEBTOR, AMOUNT], body: "【示例金融】您好，请转告{{ debtor | mask }}尽快处理{{ amount | money }}元事项，详询400-000-0000。" }),
      errors: [
        {
          message: "Debt disclosed to a third party: `amount` carries the amount owed, which this audience must not be told.\nRole `amount-due`. A message to someone other than the borrower reveals a debt, an amount or overdue status, or asks them to get the borrower to pay. Source: 商业银行信用卡业务监督管理办法 Art. 68; 个人信息保护法 Arts. 6, 10, 25; 金融机构个人消费类贷款催收工作指引（试行） (CN-TONE-THIRD-PARTY).",
          line: 13,
          column: 36,
          endColumn: 56,
          suggestions: [],
        },
      ],
    },
    {
      filename: FILENAME,
      code: template({ ...thirdParty, ...en, variables: [AMOUNT], body: "Hello, please ask Jane Doe to call us about {{ amount }}." }),
      errors: [{ messageId: "role", line: 12, column: 45, endColumn: 57 }],
    },
    {
      // A debt word among a variable's allowed values.
      filename: FILENAME,
      code: template({ ...thirdParty, variables: ["matter: { type: string, enum: [重要事项, 逾期欠款] }"], body: "【示例金融】您好，我司有{{ matter }}需联系机主本人。" }),
      errors: [
        {
          message: `Debt disclosed to a third party: this output can render “逾期欠款”, which contains “逾期”.\nThe value comes from the template's examples or allowed values. ${CN_THIRD_PARTY}`,
          line: 12,
          column: 13,
          endColumn: 25,
        },
      ],
    },
    {
      filename: FILENAME,
      options: [{ terms: ["arrears"] }],
      code: template({ ...thirdParty, ...en, body: "Hello, we need to reach Jane Doe about her arrears." }),
      errors: [{ message: "Debt disclosed to a third party: “arrears”.\nA phrase your organisation does not allow. Source: your configuration (organisation).", line: 10, column: 44, endColumn: 51 }],
    },
  ],
});
