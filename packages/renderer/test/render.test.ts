import { compileTemplate, TemplateDataError, TemplateInvalidError, type EmailMessage, type PushMessage, type SmsMessage } from "@tactful/renderer";
import { describe, expect, it } from "vitest";

function template(lines: string[], body: string): string {
  return ["---", "id: render.test", "version: 2", ...lines, "---", body].join("\n");
}

const sms = template(
  [
    "channel: sms",
    "locale: zh-CN",
    "category: collection",
    "audience: borrower",
    "sender: { name: 示例金融, role: creditor }",
    "variables:",
    "  name: { type: string, maxLength: 4, pii: true, example: 张三 }",
    "  amount: { type: number, minimum: 0, maximum: 999999.99, example: 1280.5 }",
    "  days: { type: integer, minimum: 1, example: 15 }",
    "  due: { type: string, format: date, example: '2026-06-05' }",
    "  phone: { type: string, maxLength: 11, example: '13812345678' }",
    "  note: { type: string, default: '' }",
  ],
  "【示例金融】{{ name | mask }}您好，您的借款{{ amount | money }}元已逾期{{ days }}天，还款日{{ due | date }}，联系电话{{ phone | mask }}。{{ note }}\n",
);

describe("data validation", () => {
  const compiled = compileTemplate(sms);

  it("renders data that fits, with the locale's formats and the pack's masks", () => {
    const message = compiled.render({ name: "欧阳娜娜", amount: 1280.5, days: 15, due: "2026-06-05", phone: "13812345678" }) as SmsMessage;
    expect(message).toEqual({
      channel: "sms",
      text: "【示例金融】欧***您好，您的借款1,280.50元已逾期15天，还款日2026年6月5日，联系电话138****5678。",
      encoding: "UCS-2",
      length: 62,
      segments: 1,
      perSegment: 70,
    });
  });

  it("reports every problem at once, with the variable's path, and renders nothing", () => {
    const attempt = (): unknown => compiled.render({ name: "欧阳娜娜娜娜", amount: "lots", due: "June 5th", phone: "13812345678" });
    expect(attempt).toThrow(TemplateDataError);
    try {
      attempt();
    } catch (error) {
      expect((error as TemplateDataError).issues).toEqual([
        { path: "/days", keyword: "required", message: "`days` is missing" },
        { path: "/name", keyword: "maxLength", message: "must NOT have more than 4 characters" },
        { path: "/amount", keyword: "type", message: "must be number" },
        { path: "/due", keyword: "format", message: 'must match format "date"' },
      ]);
    }
  });

  it("refuses data that is not an object", () => {
    expect(() => compiled.render(null)).toThrow(/the data must be an object/);
    expect(() => compiled.render([1])).toThrow(TemplateDataError);
  });

  it("gives the template only the variables it declares", () => {
    const leak = compileTemplate(template(["channel: sms", "locale: en-US", "category: transactional", "audience: customer", "sender: { name: Example Lending, role: creditor }", "variables:", "  a: { type: string, example: x }"], "Example Lending: {{ a }}{{ secret }}"));
    expect((leak.render({ a: "x", secret: "password" }) as SmsMessage).text).toBe("Example Lending: x");
  });
});

describe("compiling", () => {
  it("refuses a template with front-matter errors, saying where", () => {
    expect(() => compileTemplate(sms.replace("channel: sms", "channel: fax"))).toThrow(TemplateInvalidError);
    expect(() => compileTemplate(sms.replace("channel: sms", "channel: fax"))).toThrow(/4:10 `channel` must be one of sms, email, push/);
  });

  it("refuses a variable whose pattern RE2 cannot run (lookaround, backreferences), saying which and where", () => {
    for (const pattern of ["'^(?=1)[0-9]+$'", "'^([0-9])\\1$'"]) {
      const text = sms.replace("phone: { type: string, maxLength: 11,", () => `phone: { type: string, maxLength: 11, pattern: ${pattern},`);
      expect(() => compileTemplate(text)).toThrow(TemplateInvalidError);
      expect(() => compileTemplate(text)).toThrow(/is not a valid template: 14:3 the schema of `phone` cannot be compiled: error parsing regexp: /);
    }
  });
});

describe("email", () => {
  const email = compileTemplate(
    template(
      [
        "channel: email",
        "locale: en-US",
        "category: collection",
        "audience: borrower",
        "sender: { name: Example Recovery, role: collection-agency, onBehalfOf: Example Bank }",
        'subject: "Your {{ creditor }} account"',
        "variables:",
        "  creditor: { type: string, example: Example Bank }",
        "  name: { type: string, example: Jane }",
        "  url: { type: string, example: 'https://pay.example.com' }",
      ],
      "Hello **{{ name }}**,\n\nPay at [{{ url }}]({{ url }}).\n\n- one\n- two\n\n<div>raw html</div>\n",
    ),
  );

  it("renders Markdown to sanitized HTML and to text", () => {
    const message = email.render({ creditor: "Example Bank", name: "Jane", url: "https://pay.example.com" }) as EmailMessage;
    expect(message).toEqual({
      channel: "email",
      subject: "Your Example Bank account",
      html: '<p>Hello <strong>Jane</strong>,</p>\n<p>Pay at <a href="https://pay.example.com">https://pay.example.com</a>.</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>',
      text: "Hello Jane,\n\nPay at https://pay.example.com.\n\n- one\n- two",
    });
  });

  it("renders data inert: no markup, no links, no structure from values", () => {
    const message = email.render({
      creditor: "Bank\nBcc: x@example.com",
      name: '<script>alert(1)</script> [click](https://evil.example) **bold** <img src=x onerror=alert(1)>\n\n# Heading',
      url: "javascript:alert(1)",
    }) as EmailMessage;
    expect(message.subject).toBe("Your Bank Bcc: x@example.com account");
    expect(message.html).not.toMatch(/<script|<img|<h1|<strong>bold|href="https:\/\/evil|href="javascript/);
    expect(message.html).toContain("<a>javascript:alert(1)</a>");
    expect(message.html).toContain("&#x3C;script>alert(1)&#x3C;/script> [click](https://evil.example) **bold**");
    expect(message.text).toContain("[click](https://evil.example) **bold**");
  });
});

describe("push", () => {
  const push = compileTemplate(
    template(
      ["channel: push", "locale: zh-CN", "category: reminder", "audience: borrower", "sender: { name: 示例金融, role: creditor }", "title: 还款提醒", "variables:", "  text: { type: string, example: 请按时还款 }"],
      "{{ text }}\n",
    ),
  );

  it("renders a title and body and says when a lock screen would cut them", () => {
    expect(push.render({ text: "请按时还款" })).toEqual({ channel: "push", title: "还款提醒", body: "请按时还款", truncated: { title: false, body: false } } satisfies PushMessage);
    expect((push.render({ text: "长".repeat(200) }) as PushMessage).truncated).toEqual({ title: false, body: true });
  });
});

describe("line endings", () => {
  const head = [
    "channel: push",
    "locale: en-US",
    "category: transactional",
    "audience: customer",
    "sender: { name: Example Lending, role: creditor }",
    'title: "Payment {% if paid %}received{% endif %}"',
    "variables:",
    "  paid: { type: boolean, example: true }",
  ];
  const body = "Thank you.\n{% if paid %}\nYour payment\narrived.{% endif %}\n\nExample Lending\n";
  const lf = template(head, body);

  it("render the same message from a CRLF or a lone-CR checkout as from an LF one", () => {
    const expected = compileTemplate(lf).render({ paid: true }) as PushMessage;
    expect(expected.body).toBe("Thank you.\n\nYour payment\narrived.\n\nExample Lending");
    expect(expected.title).toBe("Payment received");
    for (const ending of ["\r\n", "\r"]) {
      const message = compileTemplate(lf.replace(/\n/g, ending)).render({ paid: true }) as PushMessage;
      expect(message).toEqual(expected);
    }
  });
});
