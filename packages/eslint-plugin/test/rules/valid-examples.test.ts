import plugin from "../../src/index.js";
import { FILENAME, ruleTester, template } from "../rule-tester.js";

const name = "name: { type: string, minLength: 1, maxLength: 4, role: recipient-name, pii: true, example: 张三 }";
const amount = "amount: { type: number, minimum: 0.01, maximum: 999999.99, role: amount-due, example: 1280.5 }";
const days = "days: { type: integer, minimum: 1, maximum: 999, role: days-overdue, example: 15 }";
const url = "repay_url: { type: string, format: uri, maxLength: 30, role: repayment-channel, example: 'https://pay.example.com/r' }";
const body = "【示例金融】{{ name | mask }}您好，您的借款{{ amount | money }}元已逾期{{ days }}天，请通过{{ repay_url }}还款，详询400-000-0000。如非本人请忽略。";
const collection = { category: "collection" as const, body };

const us = {
  locale: "en-US",
  sender: "{ name: Example Lending, role: creditor }",
  variables: [
    "loan_tail: { type: string, minLength: 4, maxLength: 4, pattern: '^[0-9]{4}$', role: reference-number, example: '6688' }",
    "amount: { type: number, minimum: 0.01, maximum: 999999.99, role: amount-due, example: 412.37 }",
  ],
  body: "Example Lending: your payment of {{ amount | money('USD') }} for loan ending {{ loan_tail }} is due. Reply STOP to stop texts.",
};

ruleTester().run("valid-examples", plugin.rules["valid-examples"], {
  valid: [
    // A union type and a keyword for one of its types: JSON Schema allows both.
    { filename: FILENAME, code: template({ variables: ["code: { type: [string, number], maxLength: 4, example: A1 }"], body: "【示例金融】{{ code }}" }) },
    // A realistic collection message: every variable has a valid example; personas set some variables only.
    {
      filename: FILENAME,
      code: template({
        ...collection,
        variables: [name, amount, days, url],
        examples: ["- { name: typical, data: { name: 张三, days: 3 } }", "- { name: longest, data: { name: 欧阳娜娜, amount: 999999.99, days: 999, repay_url: 'https://pay.example.com/r/abcd' } }"],
      }),
    },
    // `examples` instead of `example`; a nullable type; Tactful keywords inside `items` and `properties`.
    {
      filename: FILENAME,
      code: template({
        variables: [
          "days: { type: integer, minimum: 1, examples: [1, 30] }",
          "note: { type: [string, 'null'], maxLength: 10, example: null }",
          "contacts: { type: array, maxItems: 2, items: { type: string, role: contact, pii: true, example: '95555' }, example: ['95555'] }",
          "loan: { type: object, properties: { tail: { type: string, role: reference-number, example: '6688' } }, required: [tail], example: { tail: '6688' } }",
        ],
        body: "【示例金融】{{ days }}{{ note }}{% for c in contacts %}{{ c | mask }}{% endfor %}{{ loan.tail }}",
      }),
    },
    // A definition the template schema rejects (`maxLenght`) is valid-front-matter's finding, not this rule's.
    { filename: FILENAME, code: template({ variables: ["code: { type: string, maxLenght: 4 }"], body: "【示例金融】{{ code }}" }) },
    // en-US, personas all valid.
    { filename: FILENAME, code: template({ ...us, examples: ["- { name: typical, data: { amount: 98.5 } }", "- { name: longest, data: { loan_tail: '9999', amount: 999999.99 } }"] }) },
  ],
  invalid: [
    {
      // An example outside the variable's own range: at the example value.
      filename: FILENAME,
      code: template({ ...collection, variables: [name, amount, days.replace("example: 15", "example: 0"), url] }),
      errors: [{ message: "The example 0 of `days` does not validate against its own schema: must be >= 1.", line: 12, column: 81, endColumn: 82 }],
    },
    {
      // The second of `examples` is not a URI.
      filename: FILENAME,
      code: template({ ...collection, variables: [name, amount, days, url.replace("example: 'https://pay.example.com/r'", "examples: ['https://pay.example.com/r', 'pay.example.com/r']")] }),
      errors: [{ message: 'The example #2 "pay.example.com/r" of `repay_url` does not validate against its own schema: must match format "uri".', line: 13, column: 123, endColumn: 142 }],
    },
    {
      // No example at all: at the variable's key.
      filename: FILENAME,
      code: template({ ...collection, variables: [name, amount, "days: { type: integer, minimum: 1, maximum: 999, role: days-overdue }", url] }),
      errors: [
        {
          message: "`days` has no `example` or `examples`.\nPreviews, the SMS length check and the release's render-time checks need a realistic value for it.",
          line: 12,
          column: 3,
          endColumn: 7,
        },
      ],
    },
    {
      // A pattern that is a valid regex without the `u` flag but not with it, as ajv compiles it.
      filename: FILENAME,
      code: template({ variables: ["code: { type: string, pattern: '^A\\-[0-9]+$', example: A-1 }"], body: "【示例金融】{{ code }}" }),
      errors: [
        {
          message: "The schema of `code` cannot be compiled: Invalid regular expression: /^A\\-[0-9]+$/u: Invalid escape.\nThe renderer could never validate data for it.",
          line: 10,
          column: 3,
        },
      ],
    },
    {
      // A persona with a value out of range, one with a misspelt variable, and a persona name used twice.
      filename: FILENAME,
      code: template({
        ...collection,
        variables: [name, amount, days, url],
        examples: ["- { name: longest, data: { name: 欧阳娜娜, days: 1000 } }", "- { name: typo, data: { dayz: 3 } }", "- { name: longest, data: { repay_url: 'https://pay.example.com/r/abcdefghijklmnopq' } }"],
      }),
      errors: [
        { message: "In persona `longest`, the value 1000 of `days` does not validate against its schema: must be <= 999.", line: 15, column: 48, endColumn: 52 },
        { message: "Persona `typo` sets `dayz`, which is not a declared variable. Did you mean `days`?", line: 16, column: 27, endColumn: 31 },
        { message: "Persona name `longest` is already used on line 15: each persona needs its own name.", line: 17, column: 13, endColumn: 20 },
        {
          message: 'In persona `longest`, the value "https://pay.example.com/r/abcdefghijklmnopq" of `repay_url` does not validate against its schema: must NOT have more than 30 characters.',
          line: 17,
          column: 41,
        },
      ],
    },
    {
      // en-US: a persona gives the amount as text and the loan tail with five digits.
      filename: FILENAME,
      code: template({ ...us, examples: ["- { name: typical, data: { amount: '98.50', loan_tail: '12345' } }"] }),
      errors: [
        { messageId: "personaInvalid", data: { persona: "typical", value: '"98.50"', name: "amount", reason: "must be number" }, line: 13, column: 38 },
        {
          messageId: "personaInvalid",
          data: { persona: "typical", value: '"12345"', name: "loan_tail", reason: 'must NOT have more than 4 characters' },
          line: 13,
          column: 58,
        },
      ],
    },
  ],
});
