import plugin from "../../src/index.js";
import { entryData, FILENAME, FLAG, lastFlagIf, ruleTester, template, TEN_EMPTY_IFS } from "../rule-tester.js";
import { describeRole } from "../../src/util/roles.js";

const collection = {
  category: "collection" as const,
  variables: [
    "name: { type: string, maxLength: 4, role: recipient-name, pii: true, example: 张三 }",
    "amount: { type: number, maximum: 99999, role: amount-due, example: 100 }",
    "days: { type: integer, maximum: 999, role: days-overdue, example: 3 }",
    "url: { type: string, format: uri, maxLength: 30, role: repayment-channel, example: 'https://pay.example.com/r' }",
  ],
};

ruleTester().run("required-disclosures", plugin.rules["required-disclosures"], {
  valid: [
    {
      // When it was due stands for how long it is overdue.
      filename: FILENAME,
      code: template({ ...collection, variables: [collection.variables[0]!, collection.variables[1]!, collection.variables[3]!], body: "【示例金融】{{ name | mask }}您好，借款{{ amount | money }}元已于2026年6月5日到期，请通过{{ url }}还款，详询400-000-0000。" }),
    },
    {
      filename: FILENAME,
      code: template({ ...collection, body: "【示例金融】{{ name | mask }}您好，借款{{ amount | money }}元已逾期{{ days }}天，请通过{{ url }}还款，详询400-000-0000。" }),
    },
    {
      // Every branch carries the amount, in different words.
      filename: FILENAME,
      code: template({ ...collection, body: "【示例金融】{% if days > 30 %}欠款{{ amount }}元已逾期{{ days }}天{% else %}借款{{ amount }}元逾期{{ days }}天{% endif %}，请通过{{ url }}还款，详询95555。" }),
    },
    {
      // A literal hotline and a literal app channel count.
      filename: FILENAME,
      code: template({ ...collection, variables: collection.variables.slice(0, 3), body: "【示例金融】借款{{ amount }}元已逾期{{ days }}天，请在示例金融App内还款，详询400-000-0000。" }),
    },
    {
      // An agency whose client the front matter leaves out names itself in its signature: the creditor role is not assumed, it is found.
      filename: FILENAME,
      code: template({ ...collection, sender: "{ name: 示例资产, role: collection-agency }", body: "【示例资产】{{ name | mask }}您好，借款{{ amount | money }}元已逾期{{ days }}天，请通过{{ url }}还款，详询400-000-0000。" }),
    },
    {
      // A reminder states the amount and the due date, where to repay and where to ask: a hotline after 致电 counts.
      filename: FILENAME,
      code: template({ body: "【示例金融】您的借款本期应还1,280.50元，还款日为6月5日，可在示例金融App还款，如有疑问请致电95588。" }),
    },
    {
      // A marketing message may give its official website or app as the contact (a collection message may not: see detection.test.ts).
      filename: FILENAME,
      code: template({ category: "marketing", audience: "customer", body: "【示例金融】新客专享额度，年化利率(单利)7.2%起，详见 loans.example.com/new 拒收请回复R" }),
    },
    {
      filename: FILENAME,
      code: template({ category: "marketing", audience: "customer", locale: "en-US", sender: "{ name: Example Lending, role: creditor }", body: "Example Lending: personal loans from 7.2% APR. Details: example-lending.com/rates Reply STOP to cancel." }),
    },
    {
      // A page for viewing only, in a clause of its own, leaves the payment link beside it counting.
      filename: FILENAME,
      code: template({ ...collection, variables: collection.variables.slice(0, 3), body: "【示例金融】{{ name | mask }}您好，借款{{ amount | money }}元已逾期{{ days }}天，账单可在 bill.example.com/v/1 查看（该页面仅供查询），还款请至 pay.example.com/r，详询400-000-0000。" }),
    },
    {
      // Marketing needs only a contact; customers owe nothing.
      filename: FILENAME,
      code: template({ category: "marketing", audience: "customer", body: "【示例金融】新品上线，详询400-000-0000。拒收请回复R" }),
    },
  ],
  invalid: [
    {
      // How long it is overdue, or when it was due: one of them is enough, and a message with neither is told of both.
      filename: FILENAME,
      code: template({ ...collection, variables: [collection.variables[0]!, collection.variables[1]!, collection.variables[3]!], body: "【示例金融】{{ name | mask }}您好，借款{{ amount | money }}元尚未结清，请通过{{ url }}还款，详询400-000-0000。" }),
      errors: [{ messageId: "missing", data: { ...entryData("CN", "disclosures", "CN-COL-ID-018"), what: `${describeRole("days-overdue")} or ${describeRole("due-date")}`, role: "days-overdue" } }],
    },
    {
      // A marketing message with neither a number nor a website to reach the sender.
      filename: FILENAME,
      code: template({ category: "marketing", audience: "customer", body: "【示例金融】新客专享额度，年化利率(单利)7.2%起。拒收请回复R" }),
      errors: [{ messageId: "missing", data: { ...entryData("CN", "disclosures", "CN-ID-005"), what: describeRole("contact"), role: "contact" } }],
    },
    {
      // A reminder with nobody to ask: the platforms want a hotline where a marketing message has its refusal keyword.
      filename: FILENAME,
      code: template({ body: "【示例金融】您的借款本期应还1,280.50元，还款日为6月5日，请在示例金融App按时还款。" }),
      errors: [{ messageId: "missing", data: { ...entryData("CN", "disclosures", "CN-REM-CONTACT"), what: describeRole("contact"), role: "contact" } }],
    },
    {
      // Without its client in the front matter, an agency whose text names no one is missing the creditor, not excused from it.
      filename: FILENAME,
      code: template({ ...collection, sender: "{ name: 示例资产, role: collection-agency }", body: "{{ name | mask }}您好，借款{{ amount | money }}元已逾期{{ days }}天，请通过{{ url }}还款，详询400-000-0000。" }),
      errors: [{ messageId: "missing", data: { ...entryData("CN", "disclosures", "CN-COL-ID-018"), what: describeRole("creditor"), role: "creditor" } }],
    },
    {
      // Ten ifs that change nothing, and the amount in an eleventh: rendered with flag false, it has none.
      filename: FILENAME,
      code: template({ ...collection, variables: [...collection.variables, FLAG], body: `【示例金融】{{ name | mask }}您好，借款${TEN_EMPTY_IFS}{% if flag %}{{ amount | money }}元{% endif %}已逾期{{ days }}天，请通过{{ url }}还款，详询400-000-0000。` }),
      errors: [
        {
          messageId: "missingInBranch",
          data: { ...entryData("CN", "disclosures", "CN-COL-ID-018"), what: describeRole("amount-due"), role: "amount-due" },
          ...lastFlagIf(template({ ...collection, variables: [...collection.variables, FLAG], body: `【示例金融】{{ name | mask }}您好，借款${TEN_EMPTY_IFS}{% if flag %}{{ amount | money }}元{% endif %}已逾期{{ days }}天，请通过{{ url }}还款，详询400-000-0000。` })),
        },
      ],
    },
    {
      filename: FILENAME,
      code: template({ ...collection, body: "【示例金融】{{ name | mask }}您好，您的借款已逾期{{ days }}天，请通过{{ url }}还款，详询400-000-0000。" }),
      errors: [
        {
          message:
            "Missing disclosure: the amount owed.\nRole `amount-due`: no output of a variable with that role and no text that states it. A collection message to the borrower names the creditor, the amount due, how long it is overdue, how to repay through an official channel and an official contact. Source: 银行保险机构消费者权益保护管理办法; 商业银行信用卡业务监督管理办法 Art. 69; 金融机构个人消费类贷款催收工作指引（试行） (CN-COL-ID-018).",
          line: 15,
          column: 1,
        },
      ],
    },
    {
      // A link said to be for viewing only is no way to pay: the branch that says so lacks one, and the `if` is reported.
      filename: FILENAME,
      code: template({ ...collection, variables: collection.variables.slice(0, 3), body: "【示例金融】{{ name | mask }}您好，借款{{ amount | money }}元已逾期{{ days }}天，账单可在 bill.example.com/v/1 查看{% if days > 30 %}（该页面仅供查询）{% endif %}，详询400-000-0000。" }),
      errors: [{ messageId: "missingInBranch", data: { ...entryData("CN", "disclosures", "CN-COL-ID-018"), what: describeRole("repayment-channel"), role: "repayment-channel" } }],
    },
    {
      // The words that void a way to pay may stand past a variable in its clause, beyond what the structural check sees: the way still does not count.
      filename: FILENAME,
      code: template({ ...collection, variables: collection.variables.slice(0, 3), body: "【示例金融】借款{{ amount | money }}元已逾期{{ days }}天，7-Eleven代收{{ name | mask }}名下这笔借款的服务现已全面暂停收款，详询400-000-0000。" }),
      errors: [{ messageId: "missing", data: { ...entryData("CN", "disclosures", "CN-COL-ID-018"), what: describeRole("repayment-channel"), role: "repayment-channel" } }],
    },
    {
      // Reported at the `if` whose other branch lacks it.
      filename: FILENAME,
      code: template({ ...collection, body: "【示例金融】借款{% if days > 30 %}{{ amount }}元{% endif %}已逾期{{ days }}天，请通过{{ url }}还款，详询400-000-0000。" }),
      errors: [{ messageId: "missingInBranch", line: 15, column: 9, endColumn: 51 }],
    },
    {
      // An organisation can require more than its pack.
      filename: FILENAME,
      options: [{ require: [{ roles: ["reference-number"], category: ["collection"], reason: "our collection messages quote the loan reference." }] }],
      code: template({ ...collection, body: "【示例金融】借款{{ amount }}元已逾期{{ days }}天，请通过{{ url }}还款，详询400-000-0000。" }),
      errors: [
        {
          message:
            "Missing disclosure: a masked account, card or case reference.\nRole `reference-number`: no output of a variable with that role and no text that states it. our collection messages quote the loan reference. Source: organisation configuration (organisation-1).",
        },
      ],
    },
  ],
});
