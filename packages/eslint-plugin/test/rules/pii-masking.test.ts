import plugin from "../../src/index.js";
import { FILENAME, bodyLine, ruleTester, template, type TemplateSpec } from "../rule-tester.js";

const cn = {
  category: "collection" as const,
  variables: [
    "name: { type: string, maxLength: 4, role: recipient-name, pii: true, example: 张三 }",
    "amount: { type: number, maximum: 99999, role: amount-due, example: 100 }",
    "phone: { type: string, maxLength: 11, pii: true, example: '13812345678' }",
    "user: { type: object, properties: { phone: { type: string } }, pii: true, example: { phone: '13812345678' } }",
  ],
};

const us = {
  locale: "en-US",
  sender: "{ name: Example Lending, role: creditor }",
  variables: [
    "first_name: { type: string, maxLength: 20, role: recipient-name, example: Jane }",
    "ssn: { type: string, pii: true, example: '123-45-6789' }",
    "account_tail: { type: string, minLength: 4, maxLength: 4, role: reference-number, example: '1234' }",
  ],
};

/** Where a piece of a one-line body is. */
function at(spec: TemplateSpec, needle: string): { line: number; column: number; endLine: number; endColumn: number } {
  const index = spec.body.indexOf(needle);
  if (index === -1) throw new Error(`${needle} not in ${spec.body}`);
  const line = bodyLine(template(spec));
  return { line, column: index + 1, endLine: line, endColumn: index + 1 + needle.length };
}

function invalid(spec: TemplateSpec, errors: object[], output?: string): { filename: string; code: string; errors: object[]; output: string | null } {
  return { filename: FILENAME, code: template(spec), errors, output: output === undefined ? null : template({ ...spec, body: output }) };
}

const FDCPA = "Fair Debt Collection Practices Act (FDCPA), 15 U.S.C. §1692c(b)";

function literal(what: string, text: string, entry: string, source: string): string {
  const [id, summary] = entry.split(/: (.*)/su);
  return `Full ${what} written in the message: \`${text}\`. Mask it (show only the last digits).\nOr output a \`pii: true\` variable through \`mask\`. ${summary} Source: ${source} (${id}).`;
}

const nameBare = { ...cn, body: "【示例金融】{{ name }}您好，您的借款{{ amount | money }}元已逾期，详询400-000-0000。" };
const literalPhone = { ...cn, body: "【示例金融】{{ name | mask }}您好，我们已联系到您的备用号码13812345678。" };

ruleTester().run("pii-masking", plugin.rules["pii-masking"], {
  valid: [
    // A realistic CN collection message: the name masked; a hotline, a card tail and a masked number are not personal data.
    { filename: FILENAME, code: template({ ...cn, body: "【示例金融】{{ name | mask }}您好，您尾号6688的借款{{ amount | money }}元已逾期，请联系专员138****5678或致电400-000-0000、95555。" }) },
    // A staff member's line is how to reach the sender, not the debtor's personal data.
    { filename: FILENAME, code: template({ ...cn, body: "【示例金融】{{ name | mask }}您好，如有疑问请致电400-000-0000或专员13812345678。" }) },
    // Masked with a kind, masked before another filter, used only in a condition, masked through a copy.
    { filename: FILENAME, code: template({ ...cn, body: "【示例金融】{{ name | mask('name') }}{{ phone | mask | default('') }}{% if name %}您好{% endif %}{% set who = user.phone | mask %}{{ who }}" }) },
    // Personal data in the front matter's examples is not message text.
    { filename: FILENAME, code: template({ ...cn, body: "【示例金融】请致电{{ phone | mask }}联系专员。" }) },
    // en-US: a first name not declared pii is recipient-identification's business; phone numbers with dashes and a date are fine.
    { filename: FILENAME, code: template({ ...us, body: "Example Lending: Hi {{ first_name }}, your account ending {{ account_tail }} is due 2026-06-05. Call 1-800-000-0000. Ref {{ ssn | mask }}. Reply STOP to stop texts." }) },
    // No policy pack (zh-TW without `jurisdiction`): no literal patterns to check.
    { filename: FILENAME, code: template({ ...cn, locale: "zh-TW", body: "【示例金融】{{ name | mask }}您好，請致電專員13812345678。" }) },
  ],
  invalid: [
    invalid(
      nameBare,
      [
        {
          message:
            "`name` is personal data (`pii: true`) but `name` is output without `mask`.\nIt would reach the message in full. Pass it through `mask`. Source: 个人信息保护法 Arts. 5, 6, 51; JR/T 0171-2020 个人金融信息保护技术规范.",
          ...at(nameBare, "{{ name }}"),
        },
      ],
      "【示例金融】{{ name | mask }}您好，您的借款{{ amount | money }}元已逾期，详询400-000-0000。",
    ),
    // Without a pack, an unmasked pii output is still reported, citing the template format.
    invalid(
      { ...cn, locale: "zh-TW", body: "【示例金融】{{ name }}您好" },
      [
        {
          message:
            "`name` is personal data (`pii: true`) but `name` is output without `mask`.\nIt would reach the message in full. Pass it through `mask`. Source: template format v1 (`pii: true` variables are masked wherever they are output).",
          line: 15,
          column: 7,
        },
      ],
      "【示例金融】{{ name | mask }}您好",
    ),
    // The fix keeps the writer's spacing and whitespace control.
    invalid({ ...cn, body: "【示例金融】{{-name-}}您好" }, [{ messageId: "unmasked", line: 15, column: 7, endColumn: 17 }], "【示例金融】{{-name | mask-}}您好"),
    invalid({ ...cn, body: "【示例金融】{{  user.phone  }}" }, [
        {
          message:
            "`user` is personal data (`pii: true`) but `user.phone` is output without `mask`.\nIt would reach the message in full. Pass it through `mask`. Source: 个人信息保护法 Arts. 5, 6, 51; JR/T 0171-2020 个人金融信息保护技术规范.",
          line: 15,
          column: 7,
        },
      ], "【示例金融】{{  user.phone | mask  }}"),
    // Not a plain lookup: reported, not fixed.
    invalid({ ...cn, body: "【示例金融】{{ name ~ '先生' }}您好" }, [{ messageId: "unmasked", line: 15, column: 7 }]),
    invalid({ ...cn, body: "【示例金融】{{ phone | number }}" }, [{ messageId: "unmasked", line: 15, column: 7 }]),
    // A copy made with `set` still holds the full value.
    invalid({ ...cn, body: "【示例金融】{% set who = name %}{{ who }}您好" }, [
        {
          message:
            "This output renders `who`, which holds the personal data `name` unmasked.\nIt would reach the message in full (`pii: true`). Pass it through `mask`. Source: 个人信息保护法 Arts. 5, 6, 51; JR/T 0171-2020 个人金融信息保护技术规范.",
          line: 15,
          column: 27,
          endColumn: 36,
        },
      ], "【示例金融】{% set who = name %}{{ who | mask }}您好"),
    // In the subject of an email, at its place in the front matter.
    {
      filename: FILENAME,
      code: template({ ...cn, channel: "email", subject: "{{ name }}您好", body: "您的借款{{ amount | money }}元已逾期，详询400-000-0000。" }),
      errors: [{ messageId: "unmasked", line: 9, column: 11, endColumn: 21 }],
      output: template({ ...cn, channel: "email", subject: "{{ name | mask }}您好", body: "您的借款{{ amount | money }}元已逾期，详询400-000-0000。" }),
    },
    // A full mobile number written in the text: exactly at its digits.
    invalid(literalPhone, [
      {
        message:
          "Full phone number written in the message: `13812345678`. Mask it (show only the last digits).\nOr output a `pii: true` variable through `mask`. No full mobile number in a message. Source: 个人信息保护法 Arts. 5, 6, 51 (CN-PII-PHONE).",
        ...at(literalPhone, "13812345678"),
      },
    ]),
    // An identity number is reported once, as an identity number, not also as a card number; a card number in a branch.
    invalid({ ...cn, body: "【示例金融】身份证号110101199003071234{% if amount > 100 %}，卡号6222021234567890123{% endif %}" }, [
      { message: literal("identity number", "110101199003071234", "CN-PII-ID: No full resident identity card number in a message.", "个人信息保护法 Arts. 28, 51"), ...at({ ...cn, body: "【示例金融】身份证号110101199003071234{% if amount > 100 %}，卡号6222021234567890123{% endif %}" }, "110101199003071234") },
      { message: literal("card or account number", "6222021234567890123", "CN-PII-CARD: No full bank card or account number in a message; show the last four digits.", "个人信息保护法 Arts. 28, 29"), ...at({ ...cn, body: "【示例金融】身份证号110101199003071234{% if amount > 100 %}，卡号6222021234567890123{% endif %}" }, "6222021234567890123") },
    ]),
    // en-US: an SSN and a card number with spaces.
    invalid({ ...us, body: "Example Lending: SSN 123-45-6789, card 4111 1111 1111 1111. Reply STOP to stop texts." }, [
      { message: literal("identity number", "123-45-6789", "US-PII-SSN: No Social Security number in a message.", FDCPA), ...at({ ...us, body: "Example Lending: SSN 123-45-6789, card 4111 1111 1111 1111. Reply STOP to stop texts." }, "123-45-6789") },
      { message: literal("card or account number", "4111 1111 1111 1111", "US-PII-CARD: No full card or account number; show the last four digits.", FDCPA), ...at({ ...us, body: "Example Lending: SSN 123-45-6789, card 4111 1111 1111 1111. Reply STOP to stop texts." }, "4111 1111 1111 1111") },
    ]),
    // en-US: a pii variable output unmasked.
    invalid({ ...us, body: "Example Lending: we have {{ ssn }} on file." }, [{ messageId: "unmasked", line: 14, column: 26, endColumn: 35 }], "Example Lending: we have {{ ssn | mask }} on file."),
  ],
});
