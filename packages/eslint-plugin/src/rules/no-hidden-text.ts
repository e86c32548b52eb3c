import { invisibleCharacters, lookalikeLetters, type Catalog, type LookalikeScript, type Range } from "@tactful/core";
import { describeCharacter } from "../util/gsm-lookalikes.js";
import { docsUrl, type TemplateRule } from "../util/rule.js";
import { localeOf, ruleMessages } from "../util/report.js";

/**
 * Text the recipient reads one way and the tone rules another. An invisible character inside a
 * word (a zero-width space, a soft hyphen, a bidi control), a letter from another script that
 * looks like a Latin one (Cyrillic `а` in `аrrested`), and, in an email body, Markdown or HTML
 * that vanishes when the email is rendered (a character reference, a tag, emphasis inside a
 * word) all let `arrested` reach the recipient while the rules read something else. Such text is
 * refused rather than read: there is no compliant reason to write it.
 */

type MessageIds = "invisible" | "lookalike" | "characterReference" | "rawHtml" | "markupInWord";

const MESSAGES = {
  invisible: {
    en: "Invisible character {{ code }}: delete it.\nThe recipient reads the words around it whole; the tone rules do not.",
    "zh-CN": "不可见字符 {{ code }}：请删除。\n收件人看到的是完整的词，语气规则却读不出来。",
    "zh-TW": "不可見字元 {{ code }}：請刪除。\n收件人看到的是完整的詞，語氣規則卻讀不出來。",
  },
  lookalike: {
    en: "“{{ word }}” has {{ script }} letters that look like Latin ones (“{{ letter }}”, {{ code }}): write it in one script.\nThe tone rules do not read the word the recipient sees.",
    "zh-CN": "“{{ word }}”含有形似拉丁字母的{{ script }}字母（“{{ letter }}”，{{ code }}）：请只用一种文字书写。\n语气规则读不出收件人看到的词。",
    "zh-TW": "「{{ word }}」含有形似拉丁字母的{{ script }}字母（「{{ letter }}」，{{ code }}）：請只用一種文字書寫。\n語氣規則讀不出收件人看到的詞。",
  },
  characterReference: {
    en: "`{{ markup }}` shows as another character in the email: write that character itself.\nThe tone rules read the reference, not the character; an ampersand is written `\\&`.",
    "zh-CN": "`{{ markup }}` 在邮件中显示为另一个字符：请直接写出该字符。\n语气规则读到的是引用而不是字符；“&”写作 `\\&`。",
    "zh-TW": "`{{ markup }}` 在郵件中顯示為另一個字元：請直接寫出該字元。\n語氣規則讀到的是引用而不是字元；「&」寫作 `\\&`。",
  },
  rawHtml: {
    en: "`{{ markup }}` is HTML, which the email drops: use Markdown.\nThe words it splits or holds read differently to the recipient than to the tone rules.",
    "zh-CN": "`{{ markup }}` 是 HTML，邮件会将其删除：请改用 Markdown。\n被它拆开或包含的文字，收件人和语气规则读到的不同。",
    "zh-TW": "`{{ markup }}` 是 HTML，郵件會將其刪除：請改用 Markdown。\n被它拆開或包含的文字，收件人和語氣規則讀到的不同。",
  },
  markupInWord: {
    en: "`{{ markup }}` inside “{{ word }}” is Markdown the email hides: mark whole words.\nThe recipient reads the word whole; the tone rules do not.",
    "zh-CN": "“{{ word }}”中的 `{{ markup }}` 是邮件中不显示的 Markdown 标记：请标记整个词。\n收件人看到完整的词，语气规则却读不出来。",
    "zh-TW": "「{{ word }}」中的 `{{ markup }}` 是郵件中不顯示的 Markdown 標記：請標記整個詞。\n收件人看到完整的詞，語氣規則卻讀不出來。",
  },
} satisfies Catalog<MessageIds>;

const SCRIPT_NAMES: Catalog<LookalikeScript> = {
  Latin: { en: "Latin", "zh-CN": "拉丁", "zh-TW": "拉丁" },
  Cyrillic: { en: "Cyrillic", "zh-CN": "西里尔", "zh-TW": "西里爾" },
  Greek: { en: "Greek", "zh-CN": "希腊", "zh-TW": "希臘" },
  Armenian: { en: "Armenian", "zh-CN": "亚美尼亚", "zh-TW": "亞美尼亞" },
  Cherokee: { en: "Cherokee", "zh-CN": "切罗基", "zh-TW": "切羅基" },
};

/** An HTML character reference: named, decimal or hexadecimal. */
const CHARACTER_REFERENCE = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/gu;
/** Raw HTML as CommonMark reads it: a tag, a closing tag, a comment, a declaration or a processing instruction (not an autolink: `<https://…>`). */
const RAW_HTML = /<(?:[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>|\/[A-Za-z][A-Za-z0-9-]*\s*>|!--|![A-Za-z[]|\?)/gu;
/** Emphasis or a code span opened or closed between two letters of one word (when the marker has a partner). */
const MARKUP_IN_WORD = /(?<=\p{L})[*`]+(?=\p{L})/gu;

const rule: TemplateRule<{ RuleOptions: []; MessageIds: MessageIds }> = {
  meta: {
    type: "problem",
    docs: {
      description: "No text that reads differently to the recipient than to the tone rules: invisible characters, look-alike letters, Markdown or HTML an email hides",
      descriptions: { "zh-CN": "不得含有收件人看到的与措辞规则检查的不一致的文字：不可见字符、形近字母、邮件会隐藏的 Markdown 或 HTML", "zh-TW": "不得含有收件人看到的與措辭規則檢查的不一致的文字：不可見字元、形近字母、電子郵件會隱藏的 Markdown 或 HTML" },
      url: docsUrl("no-hidden-text"),
      source: "Unicode Technical Standard #39 (Unicode Security Mechanisms): mixed-script confusables and default-ignorable characters",
      recommended: "error",
      group: "tone",
    },
    messages: ruleMessages(MESSAGES),
    schema: [],
    languages: ["tactful/template"],
  },
  create(context) {
    const { sourceCode } = context;
    const { document } = sourceCode;
    const report = (range: Range, messageId: MessageIds, data: Record<string, string>): void => {
      context.report({ loc: document.lines.locOf(range), messageId, data });
    };
    return {
      Template() {
        const { text } = document;
        for (const { index, char } of invisibleCharacters(text)) report([index, index + char.length], "invisible", { code: describeCharacter(char) });
        for (const { word, index, letter, script } of lookalikeLetters(text, document.meta.locale)) {
          report([index, index + letter.length], "lookalike", { word, script: SCRIPT_NAMES[script][localeOf(context)], letter, code: describeCharacter(letter) });
        }

        if (document.meta.channel !== "email") return;
        for (const segment of document.prose) {
          if (segment.field !== "body") continue;
          for (const match of segment.text.matchAll(CHARACTER_REFERENCE)) report(segment.sourceRange(match.index, match.index + match[0].length), "characterReference", { markup: match[0] });
          for (const match of segment.text.matchAll(RAW_HTML)) {
            const end = segment.text.indexOf(">", match.index);
            const markup = segment.text.slice(match.index, end === -1 ? match.index + match[0].length : Math.min(end + 1, match.index + 40));
            report(segment.sourceRange(match.index, match.index + match[0].length), "rawHtml", { markup });
          }
          for (const match of segment.text.matchAll(MARKUP_IN_WORD)) {
            // A lone marker (周*婷, a name masked by hand) is shown as written; one with a partner opens or closes emphasis.
            const run = match[0];
            if (segment.text.indexOf(run, match.index + run.length) === -1 && segment.text.lastIndexOf(run, match.index - 1) === -1) continue;
            const word = wordAround(segment.text, match.index, match.index + match[0].length);
            report(segment.sourceRange(match.index, match.index + match[0].length), "markupInWord", { markup: match[0], word });
          }
        }
      },
    };
  },
};

/** The word around a span of a text: the letters, digits and markup on either side. */
function wordAround(text: string, start: number, end: number): string {
  const before = /[\p{L}\p{M}\p{N}*`]*$/u.exec(text.slice(0, start))?.[0] ?? "";
  const after = /^[\p{L}\p{M}\p{N}*`]*/u.exec(text.slice(end))?.[0] ?? "";
  return before + text.slice(start, end) + after;
}

export default rule;
