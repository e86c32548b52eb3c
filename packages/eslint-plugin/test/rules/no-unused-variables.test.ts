import plugin from "../../src/index.js";
import { FILENAME, ruleTester, template } from "../rule-tester.js";

const loanTail = "loan_tail: { type: string, minLength: 4, maxLength: 4, role: reference-number, example: '6688' }";
const amount = "amount: { type: number, maximum: 99999, role: amount-due, example: 100 }";
const name = "name: { type: string, maxLength: 4, role: recipient-name, pii: true, example: 张三 }";
const autopay = "autopay: { type: boolean, example: true }";
const body = "【示例金融】您尾号{{ loan_tail }}的借款本期应还{{ amount | money }}元，详询400-000-0000。";

ruleTester().run("no-unused-variables", plugin.rules["no-unused-variables"], {
  valid: [
    // A realistic reminder that uses every variable it declares.
    { filename: FILENAME, code: template({ variables: [loanTail, amount], body }) },
    // Used only in a condition, a loop, a `set` or a filter argument: still used.
    {
      filename: FILENAME,
      code: template({
        variables: [autopay, "items: { type: array, maxItems: 3, example: [] }", "currency: { type: string, example: CNY }", amount, loanTail],
        body: "【示例金融】{% if autopay %}将自动扣款{% endif %}{% for i in items %}{{ i }}{% endfor %}{% set tail = loan_tail %}{{ tail }}{{ amount | money(currency) }}",
      }),
    },
    // Used in the subject of an email only.
    {
      filename: FILENAME,
      code: template({ channel: "email", locale: "en-US", subject: "Your loan ending {{ loan_tail }}", variables: [loanTail], body: "Example Lending: your payment is due." }),
    },
    // No variables at all.
    { filename: FILENAME, code: template({ body: "【示例金融】您好，本期账单即将到期。" }) },
  ],
  invalid: [
    {
      // Copied from a collection template and never used: at its key, with a suggestion that removes its line.
      filename: FILENAME,
      code: template({ variables: [loanTail, name, amount], body }),
      errors: [
        {
          message:
            "`name` is declared in `variables` but never used: use it or remove the declaration.\nThe sending service would be asked for data the message does not need.",
          line: 11,
          column: 3,
          endLine: 11,
          endColumn: 7,
          suggestions: [{ messageId: "remove", data: { name: "name" }, output: template({ variables: [loanTail, amount], body }) }],
        },
      ],
    },
    {
      // A loop variable of the same name is not a use of the declared one.
      filename: FILENAME,
      code: template({ locale: "en-US", sender: "{ name: Example Lending, role: creditor }", variables: ["items: { type: array, maxItems: 3, example: [] }", "first_name: { type: string, example: Jane }"], body: "Example Lending: {% for first_name in items %}{{ first_name }}{% endfor %}" }),
      errors: [
        {
          messageId: "unused",
          data: { name: "first_name" },
          line: 11,
          column: 3,
          suggestions: [
            {
              messageId: "remove",
              output: template({ locale: "en-US", sender: "{ name: Example Lending, role: creditor }", variables: ["items: { type: array, maxItems: 3, example: [] }"], body: "Example Lending: {% for first_name in items %}{{ first_name }}{% endfor %}" }),
            },
          ],
        },
      ],
    },
    {
      // CRLF line endings survive the removal; a trailing YAML comment goes with its line.
      filename: FILENAME,
      code: template({ variables: [loanTail, `${name}  # from the collection template`, amount], body }).replace(/\n/g, "\r\n"),
      errors: [{ messageId: "unused", line: 11, column: 3, suggestions: [{ messageId: "remove", output: template({ variables: [loanTail, amount], body }).replace(/\n/g, "\r\n") }] }],
    },
    {
      // The only variable: the `variables:` line goes too, since an empty `variables:` is not a mapping.
      filename: FILENAME,
      code: template({ variables: [name], body: "【示例金融】您好，本期账单即将到期。" }),
      errors: [{ messageId: "unused", line: 10, column: 3, suggestions: [{ messageId: "remove", output: template({ body: "【示例金融】您好，本期账单即将到期。" }) }] }],
    },
    {
      // Two unused variables, each reported.
      filename: FILENAME,
      code: template({ variables: [loanTail, name, amount, autopay], body: "【示例金融】您尾号{{ loan_tail }}的借款本期即将到期。" }),
      errors: [
        { messageId: "unused", data: { name: "name" }, line: 11, column: 3, suggestions: [{ messageId: "remove", output: template({ variables: [loanTail, amount, autopay], body: "【示例金融】您尾号{{ loan_tail }}的借款本期即将到期。" }) }] },
        { messageId: "unused", data: { name: "amount" }, line: 12, column: 3, suggestions: [{ messageId: "remove", output: template({ variables: [loanTail, name, autopay], body: "【示例金融】您尾号{{ loan_tail }}的借款本期即将到期。" }) }] },
        { messageId: "unused", data: { name: "autopay" }, line: 13, column: 3, suggestions: [{ messageId: "remove", output: template({ variables: [loanTail, name, amount], body: "【示例金融】您尾号{{ loan_tail }}的借款本期即将到期。" }) }] },
      ],
    },
    {
      // Flow-style `variables` and a definition over several lines: no line to remove safely.
      filename: FILENAME,
      code: template({ body }).replace("---\n【", `variables: { ${loanTail}, ${amount}, ${name} }\n---\n【`),
      errors: [{ messageId: "unused", line: 9, column: 186, endColumn: 190, suggestions: [] }],
    },
    {
      filename: FILENAME,
      code: template({ variables: [loanTail, amount, "name:", "    type: string", "    example: 张三"], body }),
      errors: [{ messageId: "unused", line: 12, column: 3, suggestions: [] }],
    },
  ],
});
