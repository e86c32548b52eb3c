import { compileTemplate, dataContract, TemplateDataError, TemplateInvalidError, type DataIssue, type EmailMessage, type PushMessage, type SmsMessage } from "@tactful/renderer";
import { parseTemplate } from "@tactful/core";
import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkProperty, runs } from "../../../test/support/fuzz.js";

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

describe("data validation costs no more than the variables' limits allow", () => {
  // Matching `[a-z]{1,1000}$` costs the value's length times about 2,000 steps: seconds for 100 KB.
  const costly = (bound: string): string =>
    template(["channel: sms", "locale: en-US", "category: transactional", "audience: customer", "sender: { name: Example Lending, role: creditor }", "variables:", `  code: { type: string, ${bound}pattern: '[a-z]{1,1000}$', example: abc }`], "Example Lending: {{ code }}\n");
  const issuesOf = (text: string, data: unknown): DataIssue[] => {
    const checked = dataContract(parseTemplate(text)).check(data);
    return checked.ok ? [] : checked.issues;
  };

  it("reports a 100 KB value longer than its maxLength as too long, without matching its pattern", () => {
    expect(issuesOf(costly("maxLength: 20, "), { code: `${"a".repeat(99_999)}!` })).toEqual([{ path: "/code", keyword: "maxLength", message: "must NOT have more than 20 characters" }]);
    // maxLength counts code points: four emoji (eight UTF-16 units) are within 4, and matched.
    expect(issuesOf(costly("maxLength: 4, "), { code: "😀😀😀😀" })).toEqual([{ path: "/code", keyword: "pattern", message: 'must match pattern "[a-z]{1,1000}$"' }]);
  });

  it("refuses a 100 KB value for a pattern without maxLength, unmatched, and matches up to 1,000 characters", () => {
    expect(issuesOf(costly(""), { code: "1".repeat(100_000) })).toEqual([{ path: "/code", keyword: "pattern", message: 'must NOT have more than 1000 characters to be matched against pattern "[a-z]{1,1000}$"' }]);
    expect(issuesOf(costly(""), { code: "a".repeat(1000) })).toEqual([]);
    expect(issuesOf(costly(""), { code: "1".repeat(1000) })).toEqual([{ path: "/code", keyword: "pattern", message: 'must match pattern "[a-z]{1,1000}$"' }]);
  });

  it("reports what JSON Schema reports for values within the limits", () => {
    const schema = { type: "string", minLength: 2, maxLength: 12, pattern: "^[A-Z][a-z]+( [A-Z][a-z]+)?$" };
    const document = parseTemplate(template(["channel: sms", "locale: en-US", "category: transactional", "audience: customer", "sender: { name: Example Lending, role: creditor }", "variables:", `  name: ${JSON.stringify({ ...schema, example: "Ann" })}`, `  other: { type: string, maxLength: 3, pattern: '^[0-9]+$', example: '1' }`], "Example Lending: {{ name }}{{ other }}\n"));
    const contract = dataContract(document);
    const reference = new Ajv2020({ allErrors: true }).compile({ type: "object", properties: { name: schema, other: { type: "string", maxLength: 3, pattern: "^[0-9]+$" } }, required: ["name", "other"] });
    const value = fc.oneof(fc.string({ maxLength: 12 }), fc.stringMatching(/^[A-Z][a-z]{0,6}( [A-Z][a-z]{0,3})?$/), fc.integer(), fc.constant(null));
    checkProperty(
      "validation within the declared lengths is JSON Schema's",
      fc.record({ name: value, other: fc.oneof(fc.stringMatching(/^[0-9a]{0,3}$/), fc.string({ maxLength: 3 }), fc.boolean()) }),
      (data) => {
        const checked = contract.check(data);
        const expected = reference(data) ? [] : reference.errors!.map((error) => `${error.instancePath} ${error.keyword}`);
        expect(checked.ok ? [] : checked.issues.map((issue) => `${issue.path} ${issue.keyword}`)).toEqual(expected);
      },
      runs(1, 200),
    );
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

describe("email values never add structure", () => {
  // Every place a value can land in Markdown: a paragraph, a line of its own (under a paragraph,
  // where `===` would make a heading), the start of a paragraph, list items, emphasis, a quote, a
  // heading, a link's text and destination, an image, and glued to words on both sides.
  const body = [
    "Dear {{ x }},",
    "",
    "{{ x }}",
    "{{ y }}",
    "",
    "Then {{ x }}",
    "{{ y }}",
    "and more.",
    "",
    "- {{ x }}",
    "- item **{{ x }}** and *{{ y }}* and _{{ x }}_",
    "",
    "1. {{ y }}",
    "",
    "> {{ x }}",
    "",
    "# Title {{ x }}",
    "",
    'See [{{ x }}]({{ y }}) and ![{{ x }}]({{ y }} "{{ x }}") and **bold**{{ x }}**bold**.',
    "",
    "Pay{{ x }}now{{ y }}",
    "end.",
    "",
  ].join("\n");
  const email = compileTemplate(
    template(
      ["channel: email", "locale: en-US", "category: transactional", "audience: customer", "sender: { name: Example Lending, role: creditor }", "subject: Your account", "variables:", "  x: { type: string, example: x }", "  y: { type: string, example: y }"],
      body,
    ),
  );
  const render = (x: string, y: string): EmailMessage => email.render({ x, y }) as EmailMessage;
  // rehype-stringify encodes every `<` of text and every `"` of attribute values, so this finds exactly the tags.
  const TAG = /<(\/?[a-z][a-z0-9]*)(?:\s+[^\s"'>/=]+(?:="[^"]*")?)*\s*\/?>/g;
  const skeleton = (html: string): string[] => [...html.matchAll(TAG)].map((match) => match[1]!);
  const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"' };
  const textOf = (html: string): string =>
    html.replace(TAG, "").replace(/&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot));/gi, (_, hex?: string, decimal?: string, name?: string) =>
      name ? NAMED[name]! : String.fromCodePoint(hex ? Number.parseInt(hex, 16) : Number.parseInt(decimal!, 10)),
    );
  // HTML shows a run of its whitespace as one space (and remark drops spaces at line ends).
  const collapsed = (text: string): string => text.replace(/[ \t\n\f\r]+/g, " ");
  /** What a value shows as: line breaks are spaces; what Markdown and HTML cannot carry is U+FFFD. */
  const shown = (value: string): string =>
    [...value.replace(/[\r\n]+/g, " ")]
      .map((character) => {
        const code = character.codePointAt(0)!;
        const uncarried = code < 9 || code === 11 || (code > 13 && code < 32) || (code > 126 && code < 160) || (code >= 0xd800 && code <= 0xdfff) || (code >= 0xfdd0 && code <= 0xfdef) || (code & 0xfffe) === 0xfffe;
        return uncarried ? "\uFFFD" : character;
      })
      .join("");

  const SENTINEL = "\uE000";
  const baseline = render(SENTINEL, "https://pay.example.com/r/abcd");
  const structure = skeleton(baseline.html);
  const markdownish = fc
    .array(
      fc.oneof(
        fc.constantFrom("\n", "\r\n", "\r", "===", "---", "***", "    ", "\t", "  ", " ", "#", "> ", "- ", "* ", "+ ", "1. ", "1) ", "|", "| a |", "```", "~~~", "<div>", "</p>", "<!--", "-->", "<script>", "[a]: /u", "[a]", "<https://x.example>", "https://www.example.com", "&amp;", "&#42;", "&", "\\", "*", "_", "**", "__", "~~", "[", "](", ")", "(", "!", "`", ":", "\u3000", "\u00a0", "。", "，", "\u0000", "\u000b", "\u000c", "\u2028", "\ud800", "\ufffe", "\u{1f600}"),
        fc.string({ unit: "binary", maxLength: 3 }),
      ),
      { minLength: 1, maxLength: 12 },
    )
    .map((parts) => parts.join(""))
    .filter((text) => text.length > 0);
  const value = fc.oneof(markdownish, fc.string({ unit: "binary", minLength: 1, maxLength: 20 }), fc.string({ unit: "grapheme", minLength: 1, maxLength: 20 }));

  it("renders the same elements whatever non-empty values it is given", () => {
    checkProperty(
      "the element structure of an email does not depend on its data",
      fc.record({ x: value, y: value }),
      ({ x, y }) => {
        expect(skeleton(render(x, y).html)).toEqual(structure);
      },
      runs(12, 80),
    );
  });

  it("shows every value as it is, in the HTML and the text part", () => {
    checkProperty(
      "a value's text is intact in the email",
      value,
      (x) => {
        const message = render(x, "https://pay.example.com/r/abcd");
        expect(collapsed(textOf(message.html))).toBe(collapsed(textOf(baseline.html).replaceAll(SENTINEL, () => shown(x))));
        expect(message.text.startsWith(`Dear ${shown(x)},\n\n`)).toBe(true);
      },
      runs(12, 80),
    );
  });

  it("keeps known structure out: setext underlines, indented code, tabs, markers, fences, HTML, references, trailing spaces", () => {
    for (const x of ["===", "---", "    indented", "\tcode", "# h", "> q", "- l", "1. l", "```", "<div>x</div>", "[a]: https://evil.example", "<https://evil.example>", "&amp;", "a\\", "x  ", "\n\n# Heading"]) {
      expect(skeleton(render(x, "https://pay.example.com").html), JSON.stringify(x)).toEqual(structure);
    }
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
