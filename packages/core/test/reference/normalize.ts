// The tone engine as it was before terms and patterns were matched in one pass, kept for the tests only:
// the property test in tone-matcher.test.ts checks that the engine finds exactly what this finds.
import { Converter } from "opencc-js/t2cn";

/**
 * Text prepared for matching, with the way back: `starts[i]`/`ends[i]` are the offsets, in the
 * text given, of the characters that became the code unit `text[i]`.
 */
export interface Normalized {
  /** Case-folded: what terms are matched against. */
  text: string;
  /** The same characters before case folding (for patterns that match case). */
  cased: string;
  starts: number[];
  ends: number[];
}

export type ToneLanguage = "zh" | "en";

export interface NormalizeOptions {
  language: ToneLanguage;
  /** Spellings that stand for a word (pinyin, letters), mapped to it; keys are matched as whole tokens. */
  substitutions?: Readonly<Record<string, string>>;
}

let traditionalToSimplified: ((text: string) => string) | undefined;

/**
 * Traditional → Simplified with phrase context (什么 stays 什么), kept only when it keeps every
 * character in its place; otherwise character by character.
 */
function simplify(text: string): string[] {
  const convert = (traditionalToSimplified ??= Converter({ from: "tw", to: "cn" }));
  const characters = [...text];
  const whole = [...convert(text)];
  return whole.length === characters.length ? whole : characters.map((char) => convert(char));
}

const HAN = /\p{Script=Han}/u;
/** Characters writers put inside a word to dodge a word list: blanks, dots, dashes, stars, zero-width marks (not commas: they end clauses). */
const SEPARATOR = /[\s\u200B-\u200D\uFEFF.·•・\-_*~/\\|+'"`^“”「」『』]/u;
/** What can be part of a Latin word, look-alikes included. */
const WORDLIKE = /[\p{L}\p{N}@$!*]/u;
/** Look-alikes inside a Latin word: 4 and @ for a, 3 for e, 1 and ! for i, 0 for o, 5 and $ for s, 7 for t. */
const LEET: Readonly<Record<string, string>> = { "4": "a", "@": "a", "3": "e", "1": "i", "!": "i", "0": "o", "5": "s", $: "s", "7": "t" };

/**
 * Normalises text before matching: compatibility forms to their plain form (full-width
 * letters, digits and punctuation to ASCII), Traditional to Simplified Chinese, lower case,
 * separators inside a word removed (起 诉, 上-门, 征*信; s.u.e, c-o-u-r-t), look-alike digits and
 * symbols inside Latin words read as letters (arre5t), and the pack's substitutions applied
 * (qisu → 起诉). A `*` inside a Latin word is kept: matching treats it as any letter (f*ck).
 */
export function normalize(input: string, options: NormalizeOptions): Normalized {
  // 1. Character by character: NFKC, Traditional → Simplified, lower case.
  const chars: Array<{ char: string; cased: string; start: number; end: number }> = [];
  const originals = [...input];
  const simplified = options.language === "zh" ? simplify(input) : originals;
  let offset = 0;
  for (const [index, original] of originals.entries()) {
    let char = original.normalize("NFKC");
    if (options.language === "zh" && HAN.test(char)) char = simplified[index]!;
    for (const piece of char) {
      const folded = piece.toLowerCase();
      // Folding that changes the length (rare) keeps the character as written.
      chars.push({ char: folded.length === piece.length ? folded : piece, cased: piece, start: offset, end: offset + original.length });
    }
    offset += original.length;
  }

  // 2. Drop separators inside a word: between two Han characters, or between the single
  //    letters of a spelled-out Latin word (s.u.e, f u c k), but not between ordinary words.
  const kept: typeof chars = [];
  for (let i = 0; i < chars.length; i++) {
    const current = chars[i]!;
    if (SEPARATOR.test(current.char) && insideWord(chars, i)) continue;
    kept.push(current);
  }

  // 3. Look-alikes inside Latin words: between letters (arre5t, w@rrant, sh!t), or a digit ending a word (n0).
  for (let i = 0; i < kept.length; i++) {
    const char = kept[i]!.char;
    const replacement = LEET[char];
    if (!replacement || !isLatinLetter(kept[i - 1]?.char)) continue;
    const next = kept[i + 1]?.char;
    const endsWord = next === undefined || !/[\p{L}\p{N}]/u.test(next);
    if (isLatinLetter(next) || (/[0-9]/.test(char) && endsWord)) kept[i] = { ...kept[i]!, char: replacement, cased: replacement };
  }

  // 4. Substitutions, as whole Latin tokens.
  const out: typeof chars = [];
  const entries = substitutionsOf(options.substitutions);
  for (let i = 0; i < kept.length; ) {
    const match = entries.find(([from]) => tokenAt(kept, i, from));
    if (match) {
      const [from, to] = match;
      const start = kept[i]!.start;
      const end = kept[i + from.length - 1]!.end;
      for (const char of normalize(to, { language: options.language }).text) out.push({ char, cased: char, start, end });
      i += from.length;
    } else {
      out.push(kept[i]!);
      i += 1;
    }
  }
  // Substitutions can leave a separator between two Han characters (bu kan zhengxin → 不看 征信).
  const joined = out.filter((item, i) => !(SEPARATOR.test(item.char) && entries.length > 0 && insideWord(out, i) && HAN.test(neighbour(out, i, -1)) && HAN.test(neighbour(out, i, 1))));
  return {
    text: joined.map((item) => item.char).join(""),
    cased: joined.map((item) => item.cased).join(""),
    // One entry per UTF-16 code unit of `text`, as matches index it: an emoji takes two.
    starts: joined.flatMap((item) => Array<number>(item.char.length).fill(item.start)),
    ends: joined.flatMap((item) => Array<number>(item.char.length).fill(item.end)),
  };
}

/** The nearest character that is not a separator, before (-1) or after (1) position `i`. */
function neighbour(chars: ReadonlyArray<{ char: string }>, i: number, direction: -1 | 1): string {
  for (let k = i + direction; k >= 0 && k < chars.length; k += direction) if (!SEPARATOR.test(chars[k]!.char)) return chars[k]!.char;
  return "";
}

function isLatinLetter(char: string | undefined): boolean {
  return char !== undefined && /[a-z]/.test(char);
}

/**
 * Whether the separator at `i` sits inside a word: Han on both sides, or single Latin letters
 * spelled out. A `*` between Latin letters stays: it stands for a masked letter (f*ck).
 */
function insideWord(chars: ReadonlyArray<{ char: string }>, i: number): boolean {
  let before = i - 1;
  while (before >= 0 && SEPARATOR.test(chars[before]!.char)) before--;
  let after = i + 1;
  while (after < chars.length && SEPARATOR.test(chars[after]!.char)) after++;
  const left = chars[before]?.char;
  const right = chars[after]?.char;
  if (left === undefined || right === undefined) return false;
  if (HAN.test(left) && HAN.test(right)) return true;
  if (chars[i]!.char === "*") return false;
  // s.u.e: the letters on both sides stand alone (nothing word-like next to them on their other side).
  if (isLatinLetter(left) && isLatinLetter(right)) {
    const beforeLeft = chars[before - 1]?.char;
    const afterRight = chars[after + 1]?.char;
    if ((beforeLeft !== undefined && WORDLIKE.test(beforeLeft)) || (afterRight !== undefined && WORDLIKE.test(afterRight))) return false;
    // A gap wider than the gap to the spelled-out letter beside it is a word break (L A S T  C H A N C E): its first separator stays.
    const gap = after - before - 1;
    const wider = [letterGap(chars, before, -1), letterGap(chars, after, 1)].some((beside) => beside !== undefined && gap > beside);
    return !(wider && i === before + 1);
  }
  return false;
}

function letterGap(chars: ReadonlyArray<{ char: string }>, letter: number, direction: -1 | 1): number | undefined {
  let k = letter + direction;
  while (chars[k] && SEPARATOR.test(chars[k]!.char)) k += direction;
  const single = isLatinLetter(chars[k]?.char) && !WORDLIKE.test(chars[k + direction]?.char ?? "");
  return k !== letter + direction && single ? Math.abs(k - letter) - 1 : undefined;
}

const prepared = new WeakMap<Readonly<Record<string, string>>, ReadonlyArray<readonly [string[], string]>>();

/** The substitutions with their keys folded and split into characters, once per table. */
function substitutionsOf(substitutions: Readonly<Record<string, string>> | undefined): ReadonlyArray<readonly [string[], string]> {
  if (!substitutions) return [];
  let entries = prepared.get(substitutions);
  if (!entries) prepared.set(substitutions, (entries = Object.entries(substitutions).map(([from, to]) => [[...from.normalize("NFKC").toLowerCase()], to] as const)));
  return entries;
}

/** Whether `letters` are written at `i` as a whole Latin token (no letters right before or after it). */
function tokenAt(chars: ReadonlyArray<{ char: string }>, i: number, letters: readonly string[]): boolean {
  for (let k = 0; k < letters.length; k++) if (chars[i + k]?.char !== letters[k]) return false;
  const before = chars[i - 1]?.char;
  const after = chars[i + letters.length]?.char;
  return !(before !== undefined && /[a-z0-9]/.test(before)) && !(after !== undefined && /[a-z0-9]/.test(after));
}
