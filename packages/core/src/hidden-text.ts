/**
 * Text the recipient reads one way and the tone rules another: characters with no glyph inside
 * words, and letters of another script drawn like Latin ones. The linter (`no-hidden-text`)
 * refuses them in a template, the send-time guard in a rendered message.
 */

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
export type LookalikeScript = (typeof LOOKALIKE_SCRIPTS)[number];
const SCRIPT_TESTS = LOOKALIKE_SCRIPTS.map((script) => [script, new RegExp(`\\p{Script=${script}}`, "u")] as const);
/** The script a locale is written in, as CLDR says (`en-US` → Latn, `ru` → Cyrl). */
const ISO_15924: Readonly<Record<LookalikeScript, string>> = { Latin: "Latn", Cyrillic: "Cyrl", Greek: "Grek", Armenian: "Armn", Cherokee: "Cher" };

const WORD = /[\p{L}\p{M}]+/gu;
/** A letter of a look-alike script other than Latin: a text without one has no look-alike letter (a word of Latin letters alone is never one). */
const OTHER_LOOKALIKE_SCRIPT = new RegExp(`[${LOOKALIKE_SCRIPTS.filter((script) => script !== "Latin").map((script) => `\\p{Script=${script}}`).join("")}]`, "u");

/** An invisible character: where it is and which. */
export interface InvisibleCharacter {
  index: number;
  char: string;
}

/** A letter drawn like a Latin one that is not of the text's script (see `lookalikeLetter`), with its word. */
export interface LookalikeLetter {
  word: string;
  /** Where the letter is in the text. */
  index: number;
  letter: string;
  script: LookalikeScript;
}

/** The invisible characters of a text, but a byte order mark opening it and the joiners and tag letters of emoji. */
export function invisibleCharacters(text: string): InvisibleCharacter[] {
  const found: InvisibleCharacter[] = [];
  for (const match of text.matchAll(INVISIBLE)) {
    if (match.index === 0 && match[0] === "\uFEFF") continue;
    if (insideEmoji(text, match.index, match[0])) continue;
    found.push({ index: match.index, char: match[0] });
  }
  return found;
}

/** The text as the recipient reads it, without its invisible characters (those `invisibleCharacters` found, when the caller has them). */
export function withoutInvisibleCharacters(text: string, invisible: readonly InvisibleCharacter[] = invisibleCharacters(text)): string {
  if (invisible.length === 0) return text;
  let kept = "";
  let from = 0;
  for (const { index, char } of invisible) {
    kept += text.slice(from, index);
    from = index + char.length;
  }
  return kept + text.slice(from);
}

/** The first look-alike letter of each word of a text written in a locale (see `lookalikeLetter`). */
export function lookalikeLetters(text: string, locale: string | undefined): LookalikeLetter[] {
  if (!OTHER_LOOKALIKE_SCRIPT.test(text)) return [];
  const localeScript = scriptOfLocale(locale);
  const found: LookalikeLetter[] = [];
  for (const match of text.matchAll(WORD)) {
    const letter = lookalikeLetter(match[0], localeScript);
    if (letter) found.push({ word: match[0], index: match.index + letter.index, letter: letter.letter, script: letter.script });
  }
  return found;
}

/** A zero-width joiner between two pictographs, or a tag letter after 🏴 or another tag letter. */
function insideEmoji(text: string, at: number, char: string): boolean {
  const before = text.slice(Math.max(0, at - 4), at);
  if (char === "\u200D") return PICTOGRAPH.test(before) && /^\p{Extended_Pictographic}/u.test(text.slice(at + 1, at + 3));
  if (TAG.test(char)) return before.endsWith("\u{1F3F4}") || TAG.test(String.fromCodePoint(before.codePointAt(before.length - 2) ?? 0));
  return false;
}

const localeScripts = new Map<string, string | null>();

/** The script CLDR gives a locale (`en-US` → Latn, `zh-CN` → Hans), or null when it cannot tell; remembered per locale. */
function scriptOfLocale(locale: string | undefined): string | null {
  if (!locale) return null;
  let script = localeScripts.get(locale);
  if (script === undefined) {
    try {
      script = new Intl.Locale(locale).maximize().script ?? null;
    } catch {
      script = null;
    }
    if (localeScripts.size < 1024) localeScripts.set(locale, script);
  }
  return script;
}

/**
 * The first letter of a word that is drawn like a Latin letter but is not written in the
 * text's script: in a word that mixes such scripts, a letter of the word's less used one;
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
