import plugin from "../../src/index.js";
import { FILENAME, bodyLine, ruleTester, template, type TemplateSpec } from "../rule-tester.js";

const sms = {
  locale: "en-US",
  sender: "{ name: Example Lending, role: creditor }",
  variables: ["amount: { type: number, maximum: 99999, role: amount-due, example: 412.37 }"],
};
const email = { ...sms, channel: "email" as const, subject: "Your payment" };

/** Where a piece of a one-line body is. */
function at(spec: TemplateSpec, needle: string): { line: number; column: number; endLine: number; endColumn: number } {
  const index = spec.body.indexOf(needle);
  if (index === -1) throw new Error(`${needle} not in ${spec.body}`);
  const line = bodyLine(template(spec));
  return { line, column: index + 1, endLine: line, endColumn: index + 1 + needle.length };
}

const zeroWidth = { ...sms, body: "Example Lending: pay {{ amount | money('USD') }} or we will have you arr\u200Bested." };
const softHyphen = { ...sms, subject: undefined, body: "Example Lending: we will call your empl\u00ADoyer." };
const bidi = { ...sms, body: "Example Lending: pay now \u202Edetserra\u202C." };
const cyrillicInWord = { ...sms, body: "Example Lending: we will have you \u0430rrested." };
const cyrillicWord = { ...sms, body: "Example Lending: you will go to \u0458\u0430\u0456\u04CF." };
const reference = { ...email, body: "Pay {{ amount | money('USD') }} or we will have you arr&#101;sted." };
const html = { ...email, body: "Pay now or we will call your empl<b></b>oyer." };
const comment = { ...email, body: "Pay now.<!-- a note -->" };
const emphasisInWord = { ...email, body: "Pay now or we will call your empl**o**yer." };

ruleTester().run("no-hidden-text", plugin.rules["no-hidden-text"], {
  valid: [
    // Emoji sequences keep their joiners and tag letters; a variation selector draws an emoji.
    { filename: FILENAME, code: template({ ...sms, body: "Example Lending: family plan 👨‍👩‍👧 👩🏽‍💻 🏴󠁧󠁢󠁳󠁣󠁴󠁿 ❤️ is ready." }) },
    // Chinese beside Latin letters is not a look-alike.
    { filename: FILENAME, code: template({ body: "【示例金融】请通过APP还款，详询400-000-0000。" }) },
    // Cyrillic in a template written in Cyrillic is its own script.
    { filename: FILENAME, code: template({ ...sms, locale: "ru-RU", jurisdiction: "US", body: "Example Lending: платёж принят." }) },
    // Markdown that marks whole words, autolinks and an escaped ampersand; an SMS's ampersand stays text.
    { filename: FILENAME, code: template({ ...email, body: "Pay **{{ amount | money('USD') }}** at <https://pay.example.com> or <help@example.com>. Terms \\& conditions apply. Use snake_case freely." }) },
    // A name masked by hand keeps its one asterisk: Markdown shows it as written.
    { filename: FILENAME, code: template({ ...email, locale: "zh-CN", sender: undefined, body: "尊敬的周*婷女士：您的借款已到期。" }) },
    { filename: FILENAME, code: template({ ...sms, body: "Example Lending: Q&A at example.com/help&#1; reply STOP to stop." }) },
  ],
  invalid: [
    { filename: FILENAME, code: template(zeroWidth), errors: [{ messageId: "invisible", data: { code: "U+200B ZERO WIDTH SPACE" }, ...at(zeroWidth, "\u200B") }] },
    { filename: FILENAME, code: template(softHyphen), errors: [{ messageId: "invisible", ...at(softHyphen, "\u00AD") }] },
    { filename: FILENAME, code: template(bidi), errors: [{ messageId: "invisible", ...at(bidi, "\u202E") }, { messageId: "invisible", ...at(bidi, "\u202C") }] },
    // A zero-width joiner between letters is not part of an emoji.
    { filename: FILENAME, code: template({ ...sms, body: "Example Lending: we will sue\u200Dyou." }), errors: [{ messageId: "invisible" }] },
    // An invisible character in an example value reaches the message too.
    { filename: FILENAME, code: template({ ...sms, variables: ["reason: { type: string, maxLength: 20, example: \"jail\u2060time\" }"], body: "Example Lending: {{ reason }}." }), errors: [{ messageId: "invisible", line: 10 }] },
    { filename: FILENAME, code: template(cyrillicInWord), errors: [{ messageId: "lookalike", data: { word: "\u0430rrested", script: "Cyrillic", letter: "\u0430", code: "U+0430" }, ...at(cyrillicInWord, "\u0430") }] },
    { filename: FILENAME, code: template(cyrillicWord), errors: [{ messageId: "lookalike", data: { word: "\u0458\u0430\u0456\u04CF", script: "Cyrillic", letter: "\u0458", code: "U+0458" }, ...at(cyrillicWord, "\u0458") }] },
    // Greek omicron in a Chinese template.
    { filename: FILENAME, code: template({ body: "【示例金融】请尽快还款，否则我们将通知你的b\u03BFss。" }), errors: [{ messageId: "lookalike" }] },
    { filename: FILENAME, code: template(reference), errors: [{ messageId: "characterReference", data: { markup: "&#101;" }, ...at(reference, "&#101;") }] },
    { filename: FILENAME, code: template(html), errors: [{ messageId: "rawHtml", data: { markup: "<b>" }, ...at(html, "<b>") }, { messageId: "rawHtml", data: { markup: "</b>" }, ...at(html, "</b>") }] },
    { filename: FILENAME, code: template(comment), errors: [{ messageId: "rawHtml", ...at(comment, "<!--") }] },
    {
      filename: FILENAME,
      code: template(emphasisInWord),
      errors: [
        { messageId: "markupInWord", data: { markup: "**", word: "empl**o**yer" }, line: bodyLine(template(emphasisInWord)), column: emphasisInWord.body.indexOf("**") + 1 },
        { messageId: "markupInWord", data: { markup: "**", word: "empl**o**yer" }, line: bodyLine(template(emphasisInWord)), column: emphasisInWord.body.lastIndexOf("**") + 1 },
      ],
    },
  ],
});
