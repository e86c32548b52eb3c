import plugin from "../../src/index.js";
import { bodyLine, FILENAME, ruleTester, template, type TemplateSpec } from "../rule-tester.js";

const us = (body: string, extra: Partial<TemplateSpec> = {}): string =>
  template({
    locale: "en-US",
    sender: "{ name: Example Lending, role: creditor }",
    variables: ["amount: { type: number, maximum: 999999.99, role: amount-due, example: 412.37 }"],
    body,
    ...extra,
  });

/** Line and columns of the first occurrence of `needle` in a template's body. */
function at(code: string, needle: string): { line: number; column: number; endLine: number; endColumn: number } {
  const line = bodyLine(code);
  const body = code.split("\n")[line - 1]!;
  const column = body.indexOf(needle) + 1;
  return { line, column, endLine: line, endColumn: column + needle.length };
}

/** Line and column of `needle` anywhere in the file (a front matter value). */
function inFile(code: string, needle: string): { line: number; column: number } {
  const lines = code.split("\n");
  const line = lines.findIndex((text) => text.includes(needle));
  return { line: line + 1, column: lines[line]!.indexOf(needle) + 1 };
}

/** What the look-alikes cost in these short texts: one UCS-2 segment more than in GSM-7. */
const COST = "; its worst case takes 2 segments in UCS-2 and would take 1 segment in GSM-7";

const apostrophe = 'Example Lending: Your payment of {{ amount | money("USD") }} is due soon. We’re here to help: 1-800-000-0000. Reply STOP to stop texts.';
const several = "Example Lending: “Autopay” is on — your payment… is due\u00A0soon. Reply STOP to stop texts.";
const emoji = "Example Lending: Your payment is due soon 🙂 Reply STOP to stop texts.";
const family = "Example Lending: Family plan 👨‍👩‍👧 payment is due. Reply STOP to stop texts.";
const branch = "Example Lending: {% if amount > 100 %}Your payment is due.{% else %}Please pay in the app – it’s quick.{% endif %} Reply STOP to stop texts.";
const fullWidth = "Example Lending: Your payment is due. Questions: １-800-000-0000. Reply STOP to stop texts.";
const invisible = "Example Lending: Your payment is due. Pay\u200B now in the app. Reply STOP to stop texts.";
const named = "Example Lending: Hi {{ name }}, your payment is due soon. Reply STOP to stop texts.";
const withNames = (example: string, persona?: string): string =>
  us(named, { variables: [`name: { type: string, maxLength: 20, example: ${example} }`], ...(persona ? { examples: [persona] } : {}) });

ruleTester().run("sms-encoding", plugin.rules["sms-encoding"], {
  valid: [
    // Plain GSM-7, extension characters included.
    { filename: FILENAME, code: us("Example Lending: Your payment of {{ amount | money(\"USD\") }} [autopay] is due; fees in € are {waived}. Reply STOP to stop texts.") },
    // A Chinese message is UCS-2 anyway: its curly quotes and emoji cost nothing more.
    { filename: FILENAME, code: template({ body: "【示例金融】您在“我的借款”页面可查看账单🙂，详询400-000-0000。" }) },
    // Also when the examples of its variables have curly quotes.
    { filename: FILENAME, code: template({ variables: ["plan: { type: string, maxLength: 10, example: “月付” }"], body: "【示例金融】您的{{ plan }}账单已出，详询400-000-0000。" }) },
    // Only SMS are checked.
    { filename: FILENAME, code: us(apostrophe, { channel: "email", subject: "Payment due" }) },
    // Data in another script (a Chinese name) is not a look-alike.
    { filename: FILENAME, code: withNames("张三") },
    // A variable that is not output (only tested) does not reach the message.
    {
      filename: FILENAME,
      code: us("Example Lending: {% if plan %}Your plan payment is due.{% endif %} Reply STOP to stop texts.", { variables: ["plan: { type: string, maxLength: 20, example: “Gold” }"] }),
    },
  ],
  invalid: [
    {
      // One curly apostrophe in an English text: fixed to the straight one.
      filename: FILENAME,
      code: us(apostrophe),
      output: us(apostrophe.replace("’", "'")),
      errors: [
        {
          message:
            "“’” (U+2019 RIGHT SINGLE QUOTATION MARK) is not in GSM-7 and makes the whole SMS UCS-2: write “'” instead.\nUCS-2 fits 70 characters a segment (67 when split) instead of 160 (153); its worst case takes 2 segments in UCS-2 and would take 1 segment in GSM-7.",
          ...at(us(apostrophe), "’"),
        },
      ],
    },
    {
      // Each look-alike is reported and fixed: quotes, dash, ellipsis, no-break space.
      filename: FILENAME,
      code: us(several),
      output: us('Example Lending: "Autopay" is on - your payment... is due soon. Reply STOP to stop texts.'),
      errors: [
        { messageId: "lookalike", ...at(us(several), "“"), data: { char: "““”", code: "U+201C LEFT DOUBLE QUOTATION MARK", replacement: '“"”', cost: COST } },
        { messageId: "lookalike", ...at(us(several), "”"), data: { char: "“””", code: "U+201D RIGHT DOUBLE QUOTATION MARK", replacement: '“"”', cost: COST } },
        { messageId: "lookalike", ...at(us(several), "—"), data: { char: "“—”", code: "U+2014 EM DASH", replacement: "“-”", cost: COST } },
        { messageId: "lookalike", ...at(us(several), "…"), data: { char: "“…”", code: "U+2026 HORIZONTAL ELLIPSIS", replacement: "“...”", cost: COST } },
        { messageId: "lookalike", ...at(us(several), "\u00A0"), data: { char: "“\u00A0”", code: "U+00A0 NO-BREAK SPACE", replacement: "“ ”", cost: COST } },
      ],
    },
    {
      // An emoji has no GSM-7 equivalent: reported, not fixed.
      filename: FILENAME,
      code: us(emoji),
      output: null,
      errors: [
        {
          message:
            "“🙂” (U+1F642) has no GSM-7 equivalent and makes this SMS UCS-2: remove it unless worth it.\nUCS-2 fits 70 characters a segment (67 when split) instead of 160 (153).",
          ...at(us(emoji), "🙂"),
        },
      ],
    },
    {
      // An emoji sequence is one character to the reader: one finding over all of it.
      filename: FILENAME,
      code: us(family),
      output: null,
      errors: [{ messageId: "forcesUcs2", ...at(us(family), "👨‍👩‍👧") }],
    },
    {
      // Every branch counts.
      filename: FILENAME,
      code: us(branch),
      output: us(branch.replace("–", "-").replace("’", "'")),
      errors: [
        { messageId: "lookalike", ...at(us(branch), "–") },
        { messageId: "lookalike", ...at(us(branch), "’") },
      ],
    },
    {
      // Full-width forms of ASCII.
      filename: FILENAME,
      code: us(fullWidth),
      output: us(fullWidth.replace("１", "1")),
      errors: [{ messageId: "lookalike", ...at(us(fullWidth), "１"), data: { char: "“１”", code: "U+FF11 FULLWIDTH FORM OF “1”", replacement: "“1”", cost: COST } }],
    },
    {
      // An invisible character is removed.
      filename: FILENAME,
      code: us(invisible),
      output: us(invisible.replace("\u200B", "")),
      errors: [{ messageId: "lookalike", ...at(us(invisible), "\u200B"), data: { char: "“\u200B”", code: "U+200B ZERO WIDTH SPACE", replacement: "nothing (it is invisible)", cost: COST } }],
    },
    {
      // Look-alikes next to an emoji: the look-alikes are still fixed.
      filename: FILENAME,
      code: us("Example Lending: We’re glad you’re here 🙂 Reply STOP to stop texts."),
      output: us("Example Lending: We're glad you're here 🙂 Reply STOP to stop texts."),
      errors: [{ messageId: "lookalike" }, { messageId: "lookalike" }, { messageId: "forcesUcs2" }],
    },
    {
      // A curly quote in the examples means real data has them: reported at the example value, not fixed.
      filename: FILENAME,
      code: withNames("O’Brien", "- { name: longest, data: { name: “Maximiliana” } }"),
      output: null,
      errors: [
        {
          message:
            "The example \"O’Brien\" of `name` contains “’” (U+2019 RIGHT SINGLE QUOTATION MARK), which is not in GSM-7.\nReal data like it makes this SMS UCS-2 (70 characters a segment instead of 160). Have the sending service replace it with “'”, or correct the example.",
          ...inFile(withNames("O’Brien"), "’"),
        },
        { messageId: "exampleLookalike", ...inFile(withNames("O’Brien", "- { name: longest, data: { name: “Maximiliana” } }"), "“Maximiliana") },
        { messageId: "exampleLookalike", ...inFile(withNames("O’Brien", "- { name: longest, data: { name: “Maximiliana” } }"), "” }") },
      ],
    },
  ],
});
