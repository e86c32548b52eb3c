import plugin from "../../src/index.js";
import { FILENAME, bodyLine, ruleTester, template, type TemplateSpec } from "../rule-tester.js";

const cn = {
  category: "collection" as const,
  variables: [
    "amount: { type: number, maximum: 99999, role: amount-due, example: 100 }",
    "repay_url: { type: string, format: uri, maxLength: 30, role: repayment-channel, example: 'https://pay.example.com/r' }",
  ],
};

const us = {
  locale: "en-US",
  sender: "{ name: Example Lending, role: creditor }",
  variables: ["amount: { type: number, maximum: 99999, role: amount-due, example: 412.37 }"],
};

/** Where a piece of a one-line body is. */
function at(spec: TemplateSpec, needle: string): { line: number; column: number; endLine: number; endColumn: number } {
  const index = spec.body.indexOf(needle);
  if (index === -1) throw new Error(`${needle} not in ${spec.body}`);
  const line = bodyLine(template(spec));
  return { line, column: index + 1, endLine: line, endColumn: index + 1 + needle.length };
}

const CN_SOURCE = "SMS platform and carrier template rules (Alibaba Cloud, Tencent Cloud, Huawei Cloud, Qiniu, Volcengine)";
const US_SOURCE = "CTIA Messaging Principles and Best Practices (2023); CTIA Short Code Monitoring Handbook v1.9; Twilio forbidden message categories (US and Canada)";

function inText(link: string, domain: string, source: string): string {
  return `\`${link}\` is a link on the public shortener ${domain}: use a link on your own domain.\nCarriers reject or filter public short links, and a link that hides where it leads looks like phishing. Source: ${source}.`;
}

const bitly = { ...us, body: "Example Lending: Your payment of {{ amount | money('USD') }} is due. Pay at bit.ly/3xYzAbc. Questions: 1-800-000-0000. Reply STOP to stop texts." };
const tcn = { ...cn, body: "【示例金融】您的借款{{ amount | money }}元已逾期，请通过https://t.cn/A6xYz9还款，详询400-000-0000。" };
const markdown = { ...us, channel: "email" as const, subject: "Your payment", body: "Pay [here](https://tinyurl.com/y7abc) or at **HTTPS://Go.Bit.Ly/x?a=1**." };
const withOutput = { ...cn, variables: [...cn.variables, "code: { type: string, maxLength: 6, example: A6xYz9 }"], body: "【示例金融】请通过https://bit.ly/{{ code }}还款。" };

ruleTester().run("no-link-shorteners", plugin.rules["no-link-shorteners"], {
  valid: [
    // Links on the sender's own domains, bare or with a scheme, in text, Markdown and variables.
    { filename: FILENAME, code: template({ ...cn, body: "【示例金融】您的借款{{ amount | money }}元已逾期，请通过{{ repay_url }}或pay.example.com/r还款，详询400-000-0000。" }) },
    { filename: FILENAME, code: template({ ...us, body: "Example Lending: Check your rate at https://www.example.com/rates or [help.example.com](https://help.example.com). Reply STOP to stop texts." }) },
    // A host that only ends with the same letters is not under the shortener's domain; a bare name without a path is not a link.
    { filename: FILENAME, code: template({ ...us, body: "Example Lending: visit https://habit.ly/x or notbit.ly/y. We never use t.co links." }) },
    // No policy pack for the template (zh-TW without `jurisdiction`): nothing to check against.
    { filename: FILENAME, code: template({ ...cn, locale: "zh-TW", body: "【示例金融】請通過bit.ly/3xYz還款。" }) },
  ],
  invalid: [
    // A bare shortened link: exactly the link, without the full stop after it.
    { filename: FILENAME, code: template(bitly), errors: [{ message: inText("bit.ly/3xYzAbc", "bit.ly", US_SOURCE), ...at(bitly, "bit.ly/3xYzAbc") }] },
    // zh-CN, touching Chinese text on both sides.
    { filename: FILENAME, code: template(tcn), errors: [{ message: inText("https://t.cn/A6xYz9", "t.cn", CN_SOURCE), ...at(tcn, "https://t.cn/A6xYz9") }] },
    // Markdown: the `)` and `**` around a link are not part of it; a subdomain in capitals is still under the domain.
    {
      filename: FILENAME,
      code: template(markdown),
      errors: [
        { message: inText("https://tinyurl.com/y7abc", "tinyurl.com", US_SOURCE), ...at(markdown, "https://tinyurl.com/y7abc") },
        { message: inText("HTTPS://Go.Bit.Ly/x?a=1", "bit.ly", US_SOURCE), ...at(markdown, "HTTPS://Go.Bit.Ly/x?a=1") },
      ],
    },
    // A shortened link built with an output: the output is part of the link.
    { filename: FILENAME, code: template(withOutput), errors: [{ messageId: "inText", ...at(withOutput, "https://bit.ly/{{ code }}") }] },
    // In the subject of an email.
    {
      filename: FILENAME,
      code: template({ ...us, channel: "email", subject: "Pay at rb.gy/abc", body: "Example Lending" }),
      errors: [{ message: inText("rb.gy/abc", "rb.gy", US_SOURCE), line: 9, column: 18, endColumn: 27 }],
    },
    // A variable whose example is a shortened link would send shortened links: at the value.
    {
      filename: FILENAME,
      code: template({ ...cn, variables: [cn.variables[0]!, "repay_url: { type: string, format: uri, maxLength: 30, role: repayment-channel, example: 'https://bit.ly/3xYz' }"], body: "【示例金融】您的借款{{ amount | money }}元已逾期，请通过{{ repay_url }}还款，详询400-000-0000。" }),
      errors: [
        {
          message:
            "The example of `repay_url` is a link on the public shortener bit.ly: use your own domain.\nMessages rendered with `https://bit.ly/3xYz` would carry a short link that carriers filter and borrowers cannot tell from phishing. Source: SMS platform and carrier template rules (Alibaba Cloud, Tencent Cloud, Huawei Cloud, Qiniu, Volcengine).",
          line: 11,
          column: 92,
          endColumn: 113,
        },
      ],
    },
    // Allowed values and a persona's data (en-US).
    {
      filename: FILENAME,
      code: template({
        ...us,
        variables: [...us.variables, "pay_url: { type: string, enum: ['https://pay.example.com/a', 'https://tinyurl.com/b'], example: 'https://pay.example.com/a' }"],
        examples: ["- { name: short, data: { pay_url: 'https://cutt.ly/x' } }"],
        body: "Example Lending: pay {{ amount | money('USD') }} at {{ pay_url }}. Reply STOP to stop texts.",
      }),
      errors: [
        { messageId: "inValue", data: { what: "Allowed value #2", name: "pay_url", link: "https://tinyurl.com/b", domain: "tinyurl.com", source: US_SOURCE }, line: 11, column: 64, endColumn: 87 },
        { messageId: "inValue", data: { what: "In persona `short`, the value", name: "pay_url", link: "https://cutt.ly/x", domain: "cutt.ly", source: US_SOURCE }, line: 13, column: 37, endColumn: 56 },
      ],
    },
  ],
});
