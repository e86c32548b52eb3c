import plugin from "../../src/index.js";
import { bodyLine, FILENAME, ruleTester, template, type TemplateSpec } from "../rule-tester.js";

/** How a finding names a pack's budget. */
const cnVariables = [
  "name: { type: string, maxLength: 4, role: recipient-name, pii: true, example: 张三 }",
  "amount: { type: number, maximum: 999999.99, role: amount-due, example: 1280.5 }",
  "days: { type: integer, maximum: 999, role: days-overdue, example: 15 }",
  "url: { type: string, format: uri, maxLength: 30, role: repayment-channel, example: 'https://pay.example.com/r' }",
];
const cn: TemplateSpec = {
  category: "collection",
  variables: cnVariables,
  body: "【示例金融】{{ name | mask }}您好，您的借款{{ amount | money }}元已逾期{{ days }}天，请通过{{ url }}还款，详询400-000-0000。如非本人请忽略。",
};
/** One more sentence takes the worst case to 3 segments of 67. */
const cnLong: TemplateSpec = {
  ...cn,
  body: "【示例金融】{{ name | mask }}您好，您的借款{{ amount | money }}元已逾期{{ days }}天，请通过{{ url }}还款。您也可以登录示例金融APP查看还款计划或申请协商还款，还款后系统将在1个工作日内更新记录。详询400-000-0000。如非本人请忽略。",
};

const usVariables = [
  "first_name: { type: string, maxLength: 20, role: recipient-name, example: Jane }",
  "amount: { type: number, maximum: 999999.99, role: amount-due, example: 2340.15 }",
];
const us: TemplateSpec = {
  locale: "en-US",
  sender: "{ name: Example Lending, role: creditor }",
  variables: usVariables,
  body: 'Example Lending: Hi {{ first_name }}, your payment of {{ amount | money("USD") }} is due soon. Questions: 1-800-000-0000. Reply STOP to stop texts.',
};
const usSentence = "You can also pay in the Example Lending app, set up autopay, or change your due date there. ";

ruleTester().run("sms-length", plugin.rules["sms-length"], {
  valid: [
    // A realistic collection SMS: 100 characters at worst, 2 segments of 67 (CN budget: 2).
    { filename: FILENAME, code: template(cn) },
    // The same in English: GSM-7, well inside 3 segments.
    { filename: FILENAME, code: template(us) },
    // Three segments are within the US budget of 3.
    { filename: FILENAME, code: template({ ...us, body: `${us.body} ${usSentence.repeat(3)}` }) },
    // An undeclared variable is no-undeclared-variables' finding, not this rule's.
    { filename: FILENAME, code: template({ ...us, body: "Example Lending: your code is {{ code }}. Reply STOP to stop texts." }) },
    // Eleven ifs that add the same text are measured in full (2,048 paths, twelve distinct lengths).
    {
      filename: FILENAME,
      code: template({
        locale: "en-US",
        sender: "{ name: Example Lending, role: creditor }",
        variables: ["flag: { type: boolean, example: true }"],
        body: `Example Lending: ${"{% if flag %}a{% endif %}".repeat(11)} Reply STOP to stop texts.`,
      }),
    },
    // Only SMS are measured.
    { filename: FILENAME, code: template({ ...cnLong, channel: "email", subject: "逾期提醒" }) },
    // An organisation's own budget can be more generous than the pack's.
    { filename: FILENAME, code: template(cnLong), options: [{ maxSegments: 3 }] },
    // Bounded in other ways: an enum (its longest value counts), a date format, a boolean.
    {
      filename: FILENAME,
      code: template({
        category: "reminder",
        variables: ["plan: { type: string, enum: [月付, 季付], example: 月付 }", "due: { type: string, format: date, example: '2026-06-05' }", "auto: { type: boolean, example: true }"],
        body: "【示例金融】您的{{ plan }}账单将于{{ due | date }}到期{% if auto %}，届时自动扣款{% endif %}。详询400-000-0000。",
      }),
    },
    // A long branch that is not taken together with another long branch: each path fits.
    {
      filename: FILENAME,
      code: template({
        ...cn,
        body: "【示例金融】{{ name | mask }}您好，您的借款{{ amount | money }}元已逾期{{ days }}天，{% if days > 30 %}请尽快通过{{ url }}还款，以免产生更多逾期费用{% else %}如已还款请忽略本提醒，未还款请通过{{ url }}还款{% endif %}。详询400-000-0000。",
      }),
    },
  ],
  invalid: [
    {
      // The whole message is over budget: reported at the first line of the body, with what makes it long.
      filename: FILENAME,
      code: template(cnLong),
      errors: [
        {
          message:
            "At its longest this SMS is 140 characters in UCS-2: 3 segments, over the budget of 2.\nThe budget (134 characters in UCS-2) is set by the CN policy pack's `sms.maxSegments` (SMS platform and carrier template rules (Alibaba Cloud, Tencent Cloud, Huawei Cloud, Qiniu, Volcengine)). Literal text takes 93 characters, the variables at their longest 47 (longest: {{ url }} 30, {{ amount | money }} 10, {{ name | mask }} 4). Shorten the text or tighten the variables' bounds.",
          line: bodyLine(template(cnLong)),
          column: 1,
          endLine: bodyLine(template(cnLong)),
          endColumn: cnLong.body.length + 1,
        },
      ],
    },
    {
      // An organisation's tighter budget, named as such.
      filename: FILENAME,
      code: template(cn),
      options: [{ maxSegments: 1 }],
      errors: [
        {
          message:
            "At its longest this SMS is 95 characters in UCS-2: 2 segments, over the budget of 1.\nThe budget (70 characters in UCS-2) is set by your configuration. Literal text takes 48 characters, the variables at their longest 47 (longest: {{ url }} 30, {{ amount | money }} 10, {{ name | mask }} 4). Shorten the text or tighten the variables' bounds.",
          line: 15,
          column: 1,
        },
      ],
    },
    {
      // English: GSM-7, 4 segments of 153 over the US budget of 3.
      filename: FILENAME,
      code: template({ ...us, body: `${us.body} ${usSentence.repeat(4)}` }),
      errors: [{ messageId: "tooLong", line: 13, column: 1 }],
    },
    {
      // No policy pack (zh-TW names none): the default budget of 3 segments.
      filename: FILENAME,
      code: template({ ...cnLong, locale: "zh-TW", body: `${cnLong.body}${"还款后请保留凭证。".repeat(8)}` }),
      errors: [
        {
          message:
            "At its longest this SMS is 212 characters in UCS-2: 4 segments, over the budget of 3.\nThe budget (201 characters in UCS-2) is set by Tactful's default (no policy pack applies to this template). Literal text takes 165 characters, the variables at their longest 47 (longest: {{ url }} 30, {{ amount | money }} 10, {{ name | mask }} 4). Shorten the text or tighten the variables' bounds.",
          line: 15,
          column: 1,
        },
      ],
    },
    {
      // The longest branch decides.
      filename: FILENAME,
      code: template({
        ...cn,
        body: "【示例金融】{{ name | mask }}您好，您的借款{{ amount | money }}元已逾期{{ days }}天，{% if days > 30 %}您也可以登录示例金融APP查看还款计划或申请协商还款，还款后系统将在1个工作日内更新记录，{% endif %}请通过{{ url }}还款。详询400-000-0000。如非本人请忽略。",
      }),
      errors: [{ messageId: "tooLong", line: 15, column: 1 }],
    },
    {
      // A loop runs `maxItems` times.
      filename: FILENAME,
      code: template({
        locale: "en-US",
        sender: "{ name: Example Lending, role: creditor }",
        variables: ["loans: { type: array, maxItems: 5, items: { type: object }, example: [] }", "amount: { type: number, maximum: 999999.99, example: 12.5 }"],
        body: 'Example Lending: {% for loan in loans %}A payment of {{ amount | money("USD") }} on your loan is due in three days; please pay it in the app. {% endfor %}Reply STOP to stop texts.',
      }),
      errors: [
        {
          message:
            "At its longest this SMS is 472 characters in GSM-7: 4 segments, over the budget of 3.\nThe budget (459 characters in GSM-7) is set by the US policy pack's `sms.maxSegments` (CTIA Messaging Principles and Best Practices (2023); CTIA Short Code Monitoring Handbook v1.9). Literal text takes 417 characters, the variables at their longest 55 (longest: {{ amount | money(\"USD\") }} 11 × 5). Shorten the text or tighten the variables' bounds.",
          line: 13,
          column: 1,
        },
      ],
    },
    {
      // A string with no `maxLength`: reported at its declaration, with the example that was measured.
      filename: FILENAME,
      code: template({ ...us, variables: ["first_name: { type: string, role: recipient-name, example: Jane }", usVariables[1]!], examples: ["- { name: longest, data: { first_name: Maximiliana } }"] }),
      errors: [
        {
          message:
            '`first_name` has no `maxLength`, so the worst-case SMS length was measured from its examples (the longest is "Maximiliana").\nGive the variable a bound in its schema (`maxLength` for a string, `maximum` for a number).',
          line: 10,
          column: 3,
          endLine: 10,
          endColumn: 13,
        },
      ],
    },
    {
      // A number with no `maximum`, output twice: one finding at its declaration.
      filename: FILENAME,
      code: template({ ...cn, variables: [cnVariables[0]!, "amount: { type: number, minimum: 0, role: amount-due, example: 1280.5 }", ...cnVariables.slice(2)], body: `${cn.body}应还{{ amount | money }}元。` }),
      errors: [{ messageId: "unbounded", line: 11, column: 3, endColumn: 9, data: { reason: "`amount` has no `maximum`", measured: 'the longest is "1280.5"' } }],
    },
    {
      // No example either: it counts as empty.
      filename: FILENAME,
      code: template({ ...us, variables: ["first_name: { type: string, role: recipient-name }", usVariables[1]!] }),
      errors: [{ messageId: "unbounded", line: 10, column: 3, data: { reason: "`first_name` has no `maxLength`", measured: "it has none, so it counts as empty" } }],
    },
    {
      // A variable with no bound in a branch that is not the longest: still reported (a long value may make it the longest).
      filename: FILENAME,
      code: template({
        ...us,
        variables: [...usVariables, "plan: { type: string, example: Gold }"],
        body: 'Example Lending: Hi {{ first_name }}, your payment of {{ amount | money("USD") }} is due soon. {% if amount > 100 %}Pay in the app or call 1-800-000-0000 to set up a plan.{% else %}Plan: {{ plan }}.{% endif %} Reply STOP to stop texts.',
      }),
      errors: [{ messageId: "unbounded", line: 12, column: 3, endColumn: 7, data: { reason: "`plan` has no `maxLength`", measured: 'the longest is "Gold"' } }],
    },
    {
      // A loop variable is not followed to the list's items: reported at the output.
      filename: FILENAME,
      code: template({
        ...us,
        variables: ["loans: { type: array, maxItems: 3, items: { type: string, maxLength: 4 }, example: ['1234'] }"],
        body: "Example Lending: payments are due on loans ending {% for loan in loans %}{{ loan }} {% endfor %}. Reply STOP to stop texts.",
      }),
      errors: [
        {
          message:
            "The worst-case SMS length cannot bound `{{ loan }}` (`loan` is a loop variable, which the measurement does not follow to the schema of its list's items) and counts it as empty.",
          line: 12,
          column: 74,
          endColumn: 84,
        },
      ],
    },
    {
      // A value set in the template: reported at the output.
      filename: FILENAME,
      code: template({ ...us, body: 'Example Lending: {% set code = first_name ~ "-" ~ amount %}your code is {{ code }}. Reply STOP to stop texts.' }),
      errors: [{ message: "The worst-case SMS length cannot bound `{{ code }}` (`code` is set in the template, which the measurement does not follow) and counts it as empty.", line: 13, column: 73, endColumn: 83 }],
    },
    {
      // Too many paths to try them all.
      filename: FILENAME,
      // Distinct ways through past the limit: an error at the branch where they pass it, not a measurement of some of them.
      code: template({
        locale: "en-US",
        sender: "{ name: Example Lending, role: creditor }",
        variables: ["flag: { type: boolean, example: true }"],
        body: `Example Lending: ${"{% if flag %}a{% else %}b{% endif %}".repeat(13)} Reply STOP to stop texts.`,
      }),
      errors: [
        {
          message:
            "Too many ways through the branches here (over 4096) to check this rule, so it is not assumed to pass.\nSplit the template or flatten its `if`s.",
          line: 12,
          column: 18 + 12 * "{% if flag %}a{% else %}b{% endif %}".length,
        },
      ],
    },
  ],
});
