import type { Catalog, Range } from "@tactful/core";
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

/**
 * Characters with no glyph of their own. Variation selectors are left out: they choose how an
 * emoji or an ideograph (a rare character of a name) is drawn, not which word is read.
 */
const INVISIBLE = /(?![\uFE00-\uFE0F\u{E0100}-\u{E01EF}])\p{Default_Ignorable_Code_Point}/gu;
/** Inside an emoji sequence (👨‍👩‍👧, 🏴 with tag letters) a joiner or a tag letter is part of the emoji. */
const PICTOGRAPH = /\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier})?$/u;
const TAG = /[\u{E0020}-\u{E007F}]/u;

/** Scripts with letters drawn like Latin ones. */
const LOOKALIKE_SCRIPTS = ["Latin", "Cyrillic", "Greek", "Armenian", "Cherokee"] as const;
type LookalikeScript = (typeof LOOKALIKE_SCRIPTS)[number];
const SCRIPT_TESTS = LOOKALIKE_SCRIPTS.map((script) => [script, new RegExp(`\\p{Script=${script}}`, "u")] as const);
const SCRIPT_NAMES: Catalog<LookalikeScript> = {
  Latin: { en: "Latin", "zh-CN": "拉丁", "zh-TW": "拉丁" },
  Cyrillic: { en: "Cyrillic", "zh-CN": "西里尔", "zh-TW": "西里爾" },
  Greek: { en: "Greek", "zh-CN": "希腊", "zh-TW": "希臘" },
  Armenian: { en: "Armenian", "zh-CN": "亚美尼亚", "zh-TW": "亞美尼亞" },
  Cherokee: { en: "Cherokee", "zh-CN": "切罗基", "zh-TW": "切羅基" },
};
/** The script a locale is written in, as CLDR says (`en-US` → Latn, `ru` → Cyrl). */
const ISO_15924: Readonly<Record<LookalikeScript, string>> = { Latin: "Latn", Cyrillic: "Cyrl", Greek: "Grek", Armenian: "Armn", Cherokee: "Cher" };

const WORD = /[\p{L}\p{M}]+/gu;

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
        for (const match of text.matchAll(INVISIBLE)) {
          const at = match.index;
          if (at === 0 && match[0] === "\uFEFF") continue;
          if (insideEmoji(text, at, match[0])) continue;
          report([at, at + match[0].length], "invisible", { code: describeCharacter(match[0]) });
        }

        const localeScript = scriptOfLocale(document.meta.locale);
        for (const match of text.matchAll(WORD)) {
          const found = lookalikeLetter(match[0], localeScript);
          if (!found) continue;
          const at = match.index + found.index;
          report([at, at + found.letter.length], "lookalike", { word: match[0], script: SCRIPT_NAMES[found.script][localeOf(context)], letter: found.letter, code: describeCharacter(found.letter) });
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

/** A zero-width joiner between two pictographs, or a tag letter after 🏴 or another tag letter. */
function insideEmoji(text: string, at: number, char: string): boolean {
  const before = text.slice(Math.max(0, at - 4), at);
  if (char === "\u200D") return PICTOGRAPH.test(before) && /^\p{Extended_Pictographic}/u.test(text.slice(at + 1, at + 3));
  if (TAG.test(char)) return before.endsWith("\u{1F3F4}") || TAG.test(String.fromCodePoint(before.codePointAt(before.length - 2) ?? 0));
  return false;
}

/** The script CLDR gives a locale (`en-US` → Latn, `zh-CN` → Hans), or null when it cannot tell. */
function scriptOfLocale(locale: string | undefined): string | null {
  if (!locale) return null;
  try {
    return new Intl.Locale(locale).maximize().script ?? null;
  } catch {
    return null;
  }
}

/**
 * The first letter of a word that is drawn like a Latin letter but is not written in the
 * template's script: in a word that mixes such scripts, a letter of the word's less used one;
 * in a word of one such script, its first letter, unless the locale is written in it.
 */
function lookalikeLetter(word: string, localeScript: string | null): { letter: string; index: number; script: LookalikeScript } | null {
  const letters: Array<{ letter: string; index: number; script: LookalikeScript }> = [];
  let index = 0;
  for (const letter of word) {
    const script = SCRIPT_TESTS.find(([, test]) => test.test(letter))?.[0];
    if (script) letters.push({ letter, index, script });
    index += letter.length;
  }
  const counts = new Map<LookalikeScript, number>();
  for (const { script } of letters) counts.set(script, (counts.get(script) ?? 0) + 1);
  if (counts.size > 1) {
    const main = [...counts].sort((a, b) => b[1] - a[1] || (a[0] === "Latin" ? -1 : 1))[0]![0];
    return letters.find((letter) => letter.script !== main) ?? null;
  }
  const only = letters[0];
  if (!only || only.script === "Latin" || ISO_15924[only.script] === localeScript) return null;
  return only;
}

/** The word around a span of a text: the letters, digits and markup on either side. */
function wordAround(text: string, start: number, end: number): string {
  const before = /[\p{L}\p{M}\p{N}*`]*$/u.exec(text.slice(0, start))?.[0] ?? "";
  const after = /^[\p{L}\p{M}\p{N}*`]*/u.exec(text.slice(end))?.[0] ?? "";
  return before + text.slice(start, end) + after;
}

export default rule;
