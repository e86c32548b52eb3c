import plugin from "../../src/index.js";
import { entryData, FILENAME, FLAG, lastFlagIf, ruleTester, template, TEN_EMPTY_IFS } from "../rule-tester.js";

const cn = {
  category: "collection" as const,
  sender: "{ name: 示例资产管理, role: collection-agency, onBehalfOf: 示例消费金融 }",
  variables: ["days: { type: integer, maximum: 999, role: days-overdue, example: 45 }"],
};
const us = {
  locale: "en-US",
  category: "collection" as const,
  sender: "{ name: Example Recovery, role: collection-agency, onBehalfOf: Example Bank }",
};

ruleTester().run("debt-collector-disclosure", plugin.rules["debt-collector-disclosure"], {
  valid: [
    { filename: FILENAME, code: template({ ...cn, body: "【示例资产管理】您好，受示例消费金融委托，您的借款已逾期{{ days }}天，详询400-000-0000。" }) },
    // Traditional characters.
    { filename: FILENAME, code: template({ ...cn, locale: "zh-TW", jurisdiction: "CN", body: "【示例資產管理】您好，受示例消費金融委託，您的借款已逾期{{ days }}天。" }) },
    // In every branch, in different words.
    {
      filename: FILENAME,
      code: template({ ...cn, body: "【示例资产管理】{% if days > 90 %}受示例消费金融委托，您的借款已严重逾期。{% else %}我司受示例消费金融的委托提醒您还款。{% endif %}" }),
    },
    { filename: FILENAME, code: template({ ...us, body: "Example Recovery is a debt collector. Your Example Bank account ending 1234 is past due." }) },
    { filename: FILENAME, code: template({ ...us, channel: "email", subject: "Example Recovery (a debt collector): your Example Bank account", body: "Your account ending 1234 is past due." }) },
    // A creditor collecting its own debt, and non-collection messages, are not asked for it.
    { filename: FILENAME, code: template({ category: "collection", body: "【示例金融】您的借款已逾期。" }) },
    { filename: FILENAME, code: template({ ...us, category: "reminder", body: "Example Recovery: your payment plan starts 6/5." }) },
  ],
  invalid: [
    {
      // Ten ifs that change nothing, and the disclosure in an eleventh: rendered with flag false, it has none.
      filename: FILENAME,
      code: template({ ...cn, variables: [...cn.variables, FLAG], body: `【示例资产管理】${TEN_EMPTY_IFS}{% if flag %}受示例消费金融委托，{% endif %}您的借款已逾期{{ days }}天。` }),
      errors: [
        {
          messageId: "missingInBranch",
          data: { ...entryData("CN", "debtCollectorDisclosure", "CN-COL-AGENCY-018"), sender: "示例资产管理", wording: "for example `受示例消费金融委托，`" },
          ...lastFlagIf(template({ ...cn, variables: [...cn.variables, FLAG], body: `【示例资产管理】${TEN_EMPTY_IFS}{% if flag %}受示例消费金融委托，{% endif %}您的借款已逾期{{ days }}天。` })),
        },
      ],
    },
    {
      // CN: the suggestion goes right after the 【signature】, with the creditor's name filled in.
      filename: FILENAME,
      code: template({ ...cn, body: "【示例资产管理】您的借款已逾期{{ days }}天，详询400-000-0000。" }),
      errors: [
        {
          message:
            "This message from the collection agency `示例资产管理` does not say it is from a debt collector.\nExpected: for example `受示例消费金融委托，`. An outsourced collection message says which creditor entrusted the agency. Source: 银行保险机构消费者权益保护管理办法; 金融机构个人消费类贷款催收工作指引（试行） (CN-COL-AGENCY-018).",
          line: 12,
          column: 1,
          endColumn: 43,
          suggestions: [{ messageId: "insert", data: { text: "受示例消费金融委托，" }, output: template({ ...cn, body: "【示例资产管理】受示例消费金融委托，您的借款已逾期{{ days }}天，详询400-000-0000。" }) }],
        },
      ],
    },
    {
      // US: no signature, so the sentence opens the message, with the agency's name filled in.
      filename: FILENAME,
      code: template({ ...us, body: "Example Recovery: your Example Bank account ending 1234 is past due." }),
      errors: [
        {
          message:
            "This message from the collection agency `Example Recovery` does not say it is from a debt collector.\nExpected: for example `Example Recovery is a debt collector.`. A message from a debt collector says it is from a debt collector (and, in the first communication, that it is an attempt to collect a debt). Source: Fair Debt Collection Practices Act (FDCPA), 15 U.S.C. §1692e(11); Regulation F, 12 CFR §1006.18(e) (US-COL-MINIMIRANDA-002).",
          line: 10,
          column: 1,
          suggestions: [
            { messageId: "insert", data: { text: "Example Recovery is a debt collector." }, output: template({ ...us, body: "Example Recovery is a debt collector. Example Recovery: your Example Bank account ending 1234 is past due." }) },
          ],
        },
      ],
    },
    {
      // Only one branch discloses: reported at the if, no suggestion.
      filename: FILENAME,
      code: template({ ...cn, body: "【示例资产管理】{% if days > 90 %}受示例消费金融委托，{% endif %}您的借款已逾期{{ days }}天。" }),
      errors: [{ messageId: "missingInBranch", line: 12, column: 9, endColumn: 48 }],
    },
    {
      // An email: the subject does not carry it either.
      filename: FILENAME,
      code: template({ ...us, channel: "email", subject: "Example Recovery: your Example Bank account", body: "Hello,\n\nYour account ending 1234 is past due." }),
      errors: [
        {
          messageId: "missing",
          line: 11,
          column: 1,
          endColumn: 7,
          suggestions: [
            {
              messageId: "insert",
              output: template({ ...us, channel: "email", subject: "Example Recovery: your Example Bank account", body: "Example Recovery is a debt collector. Hello,\n\nYour account ending 1234 is past due." }),
            },
          ],
        },
      ],
    },
  ],
});
