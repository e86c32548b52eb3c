import { gsmSeptets } from "@tactful/core";

/**
 * Characters outside the GSM 03.38 alphabet that stand for one inside it: typographic quotes
 * and dashes, the ellipsis, unusual and invisible spaces, full-width ASCII. Word processors and
 * input methods put them in without anyone noticing, and one of them sends a whole SMS as UCS-2.
 * Not market-specific: the GSM alphabet is the same everywhere.
 */
export interface Lookalike {
  /** What to write instead: GSM-7 characters only (empty for an invisible character). */
  replacement: string;
  /** The character's Unicode name, for messages. */
  name: string;
}

const TABLE: ReadonlyArray<[char: string, replacement: string, name: string]> = [
  // Single quotes and apostrophes
  ["\u2018", "'", "LEFT SINGLE QUOTATION MARK"],
  ["\u2019", "'", "RIGHT SINGLE QUOTATION MARK"],
  ["\u201A", "'", "SINGLE LOW-9 QUOTATION MARK"],
  ["\u201B", "'", "SINGLE HIGH-REVERSED-9 QUOTATION MARK"],
  ["\u2032", "'", "PRIME"],
  ["\u2035", "'", "REVERSED PRIME"],
  ["\u02BC", "'", "MODIFIER LETTER APOSTROPHE"],
  ["\u0060", "'", "GRAVE ACCENT"],
  ["\u00B4", "'", "ACUTE ACCENT"],
  // Double quotes
  ["\u201C", '"', "LEFT DOUBLE QUOTATION MARK"],
  ["\u201D", '"', "RIGHT DOUBLE QUOTATION MARK"],
  ["\u201E", '"', "DOUBLE LOW-9 QUOTATION MARK"],
  ["\u201F", '"', "DOUBLE HIGH-REVERSED-9 QUOTATION MARK"],
  ["\u2033", '"', "DOUBLE PRIME"],
  ["\u00AB", '"', "LEFT-POINTING DOUBLE ANGLE QUOTATION MARK"],
  ["\u00BB", '"', "RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK"],
  // Hyphens and dashes
  ["\u2010", "-", "HYPHEN"],
  ["\u2011", "-", "NON-BREAKING HYPHEN"],
  ["\u2012", "-", "FIGURE DASH"],
  ["\u2013", "-", "EN DASH"],
  ["\u2014", "-", "EM DASH"],
  ["\u2015", "-", "HORIZONTAL BAR"],
  ["\u2212", "-", "MINUS SIGN"],
  ["\u2043", "-", "HYPHEN BULLET"],
  // Ellipsis and CJK punctuation typed into Latin text
  ["\u2026", "...", "HORIZONTAL ELLIPSIS"],
  ["\u3001", ",", "IDEOGRAPHIC COMMA"],
  ["\u3002", ".", "IDEOGRAPHIC FULL STOP"],
  // Spaces
  ["\u0009", " ", "CHARACTER TABULATION"],
  ["\u00A0", " ", "NO-BREAK SPACE"],
  ["\u2000", " ", "EN QUAD"],
  ["\u2001", " ", "EM QUAD"],
  ["\u2002", " ", "EN SPACE"],
  ["\u2003", " ", "EM SPACE"],
  ["\u2004", " ", "THREE-PER-EM SPACE"],
  ["\u2005", " ", "FOUR-PER-EM SPACE"],
  ["\u2006", " ", "SIX-PER-EM SPACE"],
  ["\u2007", " ", "FIGURE SPACE"],
  ["\u2008", " ", "PUNCTUATION SPACE"],
  ["\u2009", " ", "THIN SPACE"],
  ["\u200A", " ", "HAIR SPACE"],
  ["\u202F", " ", "NARROW NO-BREAK SPACE"],
  ["\u205F", " ", "MEDIUM MATHEMATICAL SPACE"],
  ["\u3000", " ", "IDEOGRAPHIC SPACE"],
  // Invisible characters: nothing to replace them with
  ["\u00AD", "", "SOFT HYPHEN"],
  ["\u200B", "", "ZERO WIDTH SPACE"],
  ["\u200C", "", "ZERO WIDTH NON-JOINER"],
  ["\u200D", "", "ZERO WIDTH JOINER"],
  ["\u2060", "", "WORD JOINER"],
  ["\uFEFF", "", "ZERO WIDTH NO-BREAK SPACE"],
];

const LOOKALIKES = new Map<string, Lookalike>(TABLE.map(([char, replacement, name]) => [char, { replacement, name }]));

/** Full-width forms of ASCII (U+FF01–U+FF5E) stand for the ASCII character 0xFEE0 below them. */
const FULL_WIDTH_FIRST = 0xff01;
const FULL_WIDTH_LAST = 0xff5e;
const FULL_WIDTH_OFFSET = 0xfee0;

/** The GSM-7 look-alike of a character outside the GSM alphabet, or null when it has none (an emoji, a Chinese character). */
export function gsmLookalike(char: string): Lookalike | null {
  if (gsmSeptets(char) !== 0) return null;
  const known = LOOKALIKES.get(char);
  if (known) return known;
  const code = char.codePointAt(0) ?? 0;
  if (char.length === 1 && code >= FULL_WIDTH_FIRST && code <= FULL_WIDTH_LAST) {
    const ascii = String.fromCodePoint(code - FULL_WIDTH_OFFSET);
    // The ASCII character may itself be outside GSM-7 (the backtick): use its look-alike.
    const replacement = gsmSeptets(ascii) !== 0 ? ascii : (LOOKALIKES.get(ascii)?.replacement ?? null);
    if (replacement === null) return null;
    return { replacement, name: `FULLWIDTH FORM OF “${ascii}”` };
  }
  return null;
}

/** `U+2019 RIGHT SINGLE QUOTATION MARK`, or the code points of a character the table does not name. */
export function describeCharacter(text: string): string {
  const codes = [...text].map((char) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`).join(" ");
  const lookalike = [...text].length === 1 ? gsmLookalike(text) : null;
  return lookalike ? `${codes} ${lookalike.name}` : codes;
}

/** The text with every look-alike replaced by its GSM-7 equivalent. */
export function replaceLookalikes(text: string): string {
  let out = "";
  for (const char of text) out += gsmLookalike(char)?.replacement ?? char;
  return out;
}

/**
 * Whether a character puts its text in UCS-2 for good: a letter of a script the GSM alphabet
 * does not have (Chinese, Cyrillic, Arabic…). Such a message is UCS-2 whatever its punctuation.
 */
export function isNativeUcs2(char: string): boolean {
  return gsmSeptets(char) === 0 && gsmLookalike(char) === null && /\p{L}/u.test(char) && !/[\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u.test(char);
}
