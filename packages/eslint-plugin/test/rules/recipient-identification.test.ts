import plugin from "../../src/index.js";
import { entryData, FILENAME, FLAG, lastFlagIf, ruleTester, template, TEN_EMPTY_IFS } from "../rule-tester.js";
import { anyOf, describeRole } from "../../src/util/roles.js";

const NAME = "name: { type: string, maxLength: 4, role: recipient-name, pii: true, example: 张三 }";
const cn = {
  category: "collection" as const,
  variables: [
    NAME,
    "amount: { type: number, maximum: 99999, role: amount-due, example: 100 }",
    "days: { type: integer, maximum: 999, role: days-overdue, example: 3 }",
    "url: { type: string, format: uri, maxLength: 30, role: repayment-channel, example: 'https://pay.example.com/r' }",
  ],
};
const NOTICE = "【示例金融】{{ name | mask }}您好，借款{{ amount | money }}元已逾期{{ days }}天，请通过{{ url }}还款，详询400-000-0000。";
const us = {
  locale: "en-US",
  category: "collection" as const,
  sender: "{ name: Example Lending, role: creditor }",
  variables: ["first_name: { type: string, maxLength: 20, role: recipient-name, example: Jane }", "amount: { type: number, maximum: 99999, role: amount-due, example: 100 }"],
};
const US_NOTICE = "Example Lending: Hi {{ first_name }}, your loan is past due with {{ amount | money('USD') }} owed. Pay at https://pay.example.com or call 1-800-000-0000.";

ruleTester().run("recipient-identification", plugin.rules["recipient-identification"], {
  valid: [
    { filename: FILENAME, code: template({ ...cn, body: `${NOTICE}如非本人请忽略。` }) },
    // Other accepted wordings, different in each branch.
    { filename: FILENAME, code: template({ ...cn, body: `${NOTICE}{% if days > 30 %}如您不是本人，请致电告知。{% else %}如非本人请忽略。{% endif %}` }) },
    // Email: the wording anywhere in the message.
    { filename: FILENAME, code: template({ ...cn, channel: "email", subject: "示例金融：借款逾期提醒", body: `{{ name | mask }}您好：\n\n您的借款{{ amount }}元已逾期{{ days }}天。\n\n如非本人请忽略本邮件。` }) },
    // US: names are not masked there (requireMask: false).
    { filename: FILENAME, code: template({ ...us, body: `${US_NOTICE} If you are not {{ first_name }}, please call 1-800-000-0000.` }) },
    { filename: FILENAME, code: template({ ...us, body: `${US_NOTICE} If this is the wrong number, reply STOP.` }) },
    // A reminder names its recipient (an account tail will do) and needs no wrong-recipient line.
    { filename: FILENAME, code: template({ category: "reminder", body: "【示例金融】您尾号2210的借款本期应还100元。" }) },
    // Not a collection message or reminder to the borrower: nothing to check.
    { filename: FILENAME, code: template({ ...cn, audience: "third-party", variables: [], body: "【示例金融】您好，请转告其致电400-000-0000。" }) },
    // A push needs no wrong-recipient line; an account tail names the recipient and, being part of a number, needs no mask.
    {
      filename: FILENAME,
      code: template({ ...cn, channel: "push", title: "还款提醒", variables: ["tail: { type: string, pattern: '^[0-9]{4}$', role: reference-number, example: '3321' }"], body: "您尾号{{ tail }}的借款有一笔还款待处理。" }),
    },
  ],
  invalid: [
    {
      // A collection push says whom it is for.
      filename: FILENAME,
      code: template({ ...cn, channel: "push", title: "还款提醒", variables: [], body: "您有一笔还款待处理。" }),
      errors: [{ messageId: "missingName", data: { ...entryData("CN", "recipientIdentification", "CN-PUSH-RECIPIENT"), what: anyOf([describeRole("recipient-name"), describeRole("reference-number")], "en"), roles: anyOf(["`recipient-name`", "`reference-number`"], "en") } }],
    },
    {
      // Its name is masked.
      filename: FILENAME,
      code: template({ ...cn, channel: "push", title: "还款提醒", variables: ["name: { type: string, maxLength: 4, role: recipient-name, example: 张三 }"], body: "{{ name }}您好，您有一笔还款待处理。" }),
      errors: [
        {
          messageId: "notPii",
          suggestions: [
            {
              messageId: "declarePii",
              data: { name: "name" },
              output: template({ ...cn, channel: "push", title: "还款提醒", variables: ["name: { type: string, maxLength: 4, role: recipient-name, example: 张三, pii: true }"], body: "{{ name }}您好，您有一笔还款待处理。" }),
            },
          ],
        },
      ],
    },
    {
      // A reminder to 尊敬的用户 does not say whom it is for.
      filename: FILENAME,
      code: template({ category: "reminder", body: "【示例金融】尊敬的用户，您的借款本期应还100元。" }),
      errors: [{ messageId: "missingName" }],
    },
    {
      // Ten ifs that change nothing, and the name and the wrong-recipient line in an eleventh: with flag false, neither.
      filename: FILENAME,
      code: template({ ...cn, variables: [...cn.variables, FLAG], body: `【示例金融】借款{{ amount }}元已逾期{{ days }}天。${TEN_EMPTY_IFS}{% if flag %}{{ name | mask }}您好，如非本人请忽略。{% endif %}` }),
      errors: [
        {
          messageId: "missingNameInBranch",
          data: { ...entryData("CN", "recipientIdentification", "CN-COL-RECIPIENT"), what: describeRole("recipient-name"), roles: "`recipient-name`" },
          ...lastFlagIf(template({ ...cn, variables: [...cn.variables, FLAG], body: `【示例金融】借款{{ amount }}元已逾期{{ days }}天。${TEN_EMPTY_IFS}{% if flag %}{{ name | mask }}您好，如非本人请忽略。{% endif %}` })),
        },
        {
          messageId: "missingWrongRecipientInBranch",
          data: { ...entryData("CN", "recipientIdentification", "CN-COL-RECIPIENT"), insert: "如非本人请忽略。" },
          ...lastFlagIf(template({ ...cn, variables: [...cn.variables, FLAG], body: `【示例金融】借款{{ amount }}元已逾期{{ days }}天。${TEN_EMPTY_IFS}{% if flag %}{{ name | mask }}您好，如非本人请忽略。{% endif %}` })),
        },
      ],
    },
    {
      // No wrong-recipient line: suggested at the end of the body, without a space after Chinese text.
      filename: FILENAME,
      code: template({ ...cn, body: NOTICE }),
      errors: [
        {
          message: "The message does not tell a wrong recipient what to do, for example `如非本人请忽略。`.\nA wrong number would learn of the debt and nobody would correct it. A collection message names the intended recipient (masked) and tells anyone else to ignore it. Source: 商业银行信用卡业务监督管理办法 Art. 68; 个人信息保护法 Arts. 6, 10; 金融机构个人消费类贷款催收工作指引（试行） (CN-COL-RECIPIENT).",
          line: 15,
          column: 1,
          suggestions: [{ messageId: "insertWrongRecipient", data: { text: "如非本人请忽略。" }, output: template({ ...cn, body: `${NOTICE}如非本人请忽略。` }) }],
        },
      ],
    },
    {
      // US: with a separating space after English text; a trailing comment does not move it.
      filename: FILENAME,
      code: template({ ...us, body: `${US_NOTICE}\n{# reviewed #}` }),
      errors: [
        {
          messageId: "missingWrongRecipient",
          line: 13,
          column: 1,
          suggestions: [
            {
              messageId: "insertWrongRecipient",
              output: template({ ...us, body: `${US_NOTICE} If you are not the intended recipient, please let us know and ignore this message.\n{# reviewed #}` }),
            },
          ],
        },
      ],
    },
    {
      // The recipient never named.
      filename: FILENAME,
      code: template({ ...cn, body: "【示例金融】您好，借款{{ amount }}元已逾期{{ days }}天，请通过{{ url }}还款，详询400-000-0000。如非本人请忽略。" }),
      errors: [
        {
          message: "The message does not name its intended recipient: no path outputs the name of the person the message is addressed to.\nRole `recipient-name`. A collection message names the intended recipient (masked) and tells anyone else to ignore it. Source: 商业银行信用卡业务监督管理办法 Art. 68; 个人信息保护法 Arts. 6, 10; 金融机构个人消费类贷款催收工作指引（试行） (CN-COL-RECIPIENT).",
          line: 15,
          column: 1,
        },
      ],
    },
    {
      // Named, and told what to do, in one branch only: both reported at the if.
      filename: FILENAME,
      code: template({ ...cn, body: "【示例金融】借款{{ amount }}元已逾期{{ days }}天。{% if days > 3 %}{{ name | mask }}您好，如非本人请忽略。{% endif %}" }),
      errors: [
        { messageId: "missingNameInBranch", line: 15, column: 37 },
        { messageId: "missingWrongRecipientInBranch", line: 15, column: 37 },
      ],
    },
    {
      // The recipient's name not declared as personal data (a flow mapping: `pii: true` is added at its end).
      filename: FILENAME,
      code: template({ ...cn, variables: [NAME.replace(", pii: true", ""), ...cn.variables.slice(1)], body: `${NOTICE}如非本人请忽略。` }),
      errors: [
        {
          message: "`name` carries the recipient's name but is not declared `pii: true`, so it may go unmasked.\nRole `recipient-name`. A collection message names the intended recipient (masked) and tells anyone else to ignore it. Source: 商业银行信用卡业务监督管理办法 Art. 68; 个人信息保护法 Arts. 6, 10; 金融机构个人消费类贷款催收工作指引（试行） (CN-COL-RECIPIENT).",
          line: 10,
          column: 3,
          endColumn: 7,
          suggestions: [
            {
              messageId: "declarePii",
              output: template({ ...cn, variables: [NAME.replace(", pii: true", "").replace("example: 张三 }", "example: 张三, pii: true }"), ...cn.variables.slice(1)], body: `${NOTICE}如非本人请忽略。` }),
            },
          ],
        },
      ],
    },
    {
      // `pii: false` is turned into `pii: true`.
      filename: FILENAME,
      code: template({ ...cn, variables: [NAME.replace("pii: true", "pii: false"), ...cn.variables.slice(1)], body: `${NOTICE}如非本人请忽略。` }),
      errors: [{ messageId: "notPii", line: 10, column: 3, suggestions: [{ messageId: "declarePii", output: template({ ...cn, body: `${NOTICE}如非本人请忽略。` }) }] }],
    },
    {
      // A block mapping gets a new line with the same indentation.
      filename: FILENAME,
      code: template({ ...cn, variables: ["name:", "  type: string", "  role: recipient-name", ...cn.variables.slice(1)], body: `${NOTICE}如非本人请忽略。` }),
      errors: [
        {
          messageId: "notPii",
          line: 10,
          column: 3,
          suggestions: [
            {
              messageId: "declarePii",
              output: template({ ...cn, variables: ["name:", "  type: string", "  role: recipient-name", "  pii: true", ...cn.variables.slice(1)], body: `${NOTICE}如非本人请忽略。` }),
            },
          ],
        },
      ],
    },
    {
      // A multi-line flow mapping is left alone: no suggestion.
      filename: FILENAME,
      code: template({ ...cn, variables: ["name: { type: string,", "    role: recipient-name }", ...cn.variables.slice(1)], body: `${NOTICE}如非本人请忽略。` }),
      errors: [{ messageId: "notPii", line: 10, column: 3, suggestions: [] }],
    },
  ],
});
