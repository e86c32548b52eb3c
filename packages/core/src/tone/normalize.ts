import { createRequire } from "node:module";
import type * as T2cn from "opencc-js/t2cn";
import { preparedConvertible } from "./prepared.js";

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

let t2cn: typeof T2cn | undefined;
/** OpenCC's Traditional → Simplified module, loaded when Chinese text is first read. */
function openccT2cn(): typeof T2cn {
  return (t2cn ??= createRequire(import.meta.url)("opencc-js/t2cn") as typeof T2cn);
}

let traditionalToSimplified: ((text: string) => string) | undefined;

/**
 * Traditional → Simplified with phrase context (什么 stays 什么), kept only when it keeps every
 * character in its place; otherwise character by character.
 */
function simplify(text: string): string[] {
  const convert = (traditionalToSimplified ??= openccT2cn().Converter({ from: "tw", to: "cn" }));
  const characters = [...text];
  const whole = [...convert(text)];
  return whole.length === characters.length ? whole : characters.map((char) => convert(char));
}

/**
 * The characters the Traditional → Simplified conversion can change, or null when its
 * dictionaries cannot be read: where a dictionary word and its replacement differ, the word's
 * characters at the places they differ (all of them when the lengths differ). The conversion
 * replaces only dictionary words, so a text without one of these characters holds no word whose
 * replacement differs from it, and comes out as it went in.
 */
let convertible: Set<string> | null | undefined;

/** The convertible characters, from the table the build derived (see `preparedConvertible`) or from the dictionaries. */
function readConvertible(): Set<string> | null {
  const prepared = preparedConvertible();
  return prepared ? new Set(prepared) : convertibleCharacters();
}

/** The convertible characters as the dictionaries give them (loading OpenCC), or null when they cannot be read. */
export function convertibleCharacters(): Set<string> | null {
  // The dictionaries `Converter({ from: "tw", to: "cn" })` reads, as opencc-js keeps them ("word replacement …|…").
  const config = (openccT2cn().Locale.configs as Record<string, { normalizationChain?: unknown; conversionChain?: unknown } | undefined>)["tw2s"];
  const groups = [config?.normalizationChain ?? [], config?.conversionChain];
  if (!groups.every((group) => Array.isArray(group) && group.every((dictionaries) => Array.isArray(dictionaries) && dictionaries.every((dictionary) => typeof dictionary === "string")))) return null;
  const characters = new Set<string>();
  for (const dictionary of (groups as string[][][]).flat(2)) {
    for (const line of dictionary.split("|")) {
      const [word = "", replacement = ""] = line.split(" ");
      const from = [...word];
      const to = [...replacement];
      from.forEach((char, index) => {
        if (from.length !== to.length || to[index] !== char) characters.add(char);
      });
    }
  }
  return characters;
}

/** The convertible characters of the Basic Multilingual Plane as a table (1: convertible), and the others as a set. */
let convertibleUnits: Uint8Array | undefined;
let convertibleOthers: Set<string> | undefined;

/** Whether the Traditional → Simplified conversion can change a text. */
function mayConvert(text: string): boolean {
  if (convertible === undefined) convertible = readConvertible();
  if (convertible === null) return true;
  if (!convertibleUnits) {
    convertibleUnits = new Uint8Array(0x10000);
    convertibleOthers = new Set();
    for (const char of convertible) {
      if (char.length === 1) convertibleUnits[char.charCodeAt(0)] = 1;
      else convertibleOthers.add(char);
    }
  }
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Both halves of a surrogate pair are read as the pair's character.
    const next = text.charCodeAt(i + 1);
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      if (convertibleOthers!.has(text.slice(i, i + 2))) return true;
      i++;
    } else if (convertibleUnits[code] === 1) return true;
  }
  return false;
}

const HAN_PATTERN = /\p{Script=Han}/u;
/** Any half of a surrogate pair (without the u flag, a pair is two code units). */
const SURROGATE = /[\uD800-\uDFFF]/;
/** Whether each character of the Basic Multilingual Plane is Han, found on first use: 0 not yet known, 1 Han, 2 not. */
const hanCharacters = new Uint8Array(0x10000);

/** Whether a text holds a Han character, as `/\p{Script=Han}/u.test` says; single characters are looked up in a table. */
const HAN = {
  test(text: string): boolean {
    if (text.length !== 1) return HAN_PATTERN.test(text);
    const code = text.charCodeAt(0);
    if (code < 0x2e80) return false;
    let known = hanCharacters[code]!;
    if (known === 0) hanCharacters[code] = known = HAN_PATTERN.test(text) ? 1 : 2;
    return known === 1;
  },
};
/** Characters writers put inside a word to dodge a word list: blanks, dots, dashes, stars, zero-width marks (not commas: they end clauses). */
const SEPARATOR_PATTERN = /[\s\u200B-\u200D\uFEFF.·•・\-_*~/\\|+'"`^“”「」『』]/u;
/** Whether each character of the Basic Multilingual Plane is a separator, found on first use: 0 not yet known, 1 it is, 2 not. */
const separatorCharacters = new Uint8Array(0x10000);

/** Whether a character is a separator, as `SEPARATOR_PATTERN.test` says; single code units are looked up in a table. */
const SEPARATOR = {
  test(char: string): boolean {
    if (char.length !== 1) return SEPARATOR_PATTERN.test(char);
    const code = char.charCodeAt(0);
    let known = separatorCharacters[code]!;
    if (known === 0) separatorCharacters[code] = known = SEPARATOR_PATTERN.test(char) ? 1 : 2;
    return known === 1;
  },
};
/** What can be part of a Latin word, look-alikes included. */
const WORDLIKE = /[\p{L}\p{N}@$!*]/u;
/** Look-alikes inside a Latin word: 4 and @ for a, 3 for e, 1 and ! for i, 0 for o, 5 and $ for s, 7 for t. */
const LEET: ReadonlyMap<string, string> = new Map(Object.entries({ "4": "a", "@": "a", "3": "e", "1": "i", "!": "i", "0": "o", "5": "s", $: "s", "7": "t" }));

/** The characters of a text being normalised, in parallel arrays: one slot per character (code point). */
interface Characters {
  /** Case-folded. */
  char: string[];
  /** Before case folding. */
  cased: string[];
  /** Offsets of the original character(s) it came from. */
  start: number[];
  end: number[];
}

/** NFKC of single characters that it changes, remembered: the same few full-width forms recur. */
const compatibilityForms = new Map<string, string>();
/** Whether NFKC leaves each code unit of the Basic Multilingual Plane alone, found on first use: 0 not yet known, 1 it does, 2 not. */
const keptByCompatibility = new Uint8Array(0x10000);

function compatibilityForm(char: string): string {
  const single = char.length === 1;
  if (single && keptByCompatibility[char.charCodeAt(0)] === 1) return char;
  let form = compatibilityForms.get(char);
  if (form === undefined) {
    form = char.normalize("NFKC");
    if (single) keptByCompatibility[char.charCodeAt(0)] = form === char ? 1 : 2;
    if (form === char && single) return form;
    if (compatibilityForms.size < 65_536) compatibilityForms.set(char, form);
  }
  return form;
}

/** A range of characters without case (CJK radicals to the end of the unified ideographs). */
const CASELESS_FROM = 0x2e80;
const CASELESS_TO = 0x9fff;

/** Lower case of one character; folding that changes the length (rare) keeps the character as written. */
function fold(piece: string): string {
  const code = piece.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : piece;
  // CJK radicals, punctuation, kana and ideographs have no case.
  if (code >= CASELESS_FROM && code <= CASELESS_TO) return piece;
  const folded = piece.toLowerCase();
  return folded.length === piece.length ? folded : piece;
}

/**
 * Normalises text before matching: compatibility forms to their plain form (full-width
 * letters, digits and punctuation to ASCII), Traditional to Simplified Chinese, lower case,
 * separators inside a word removed (起 诉, 上-门, 征*信; s.u.e, c-o-u-r-t), look-alike digits and
 * symbols inside Latin words read as letters (arre5t), and the pack's substitutions applied
 * (qisu → 起诉). A `*` inside a Latin word is kept: matching treats it as any letter (f*ck).
 */
export function normalize(input: string, options: NormalizeOptions): Normalized {
  // 1. Character by character: NFKC, Traditional → Simplified, lower case.
  const zh = options.language === "zh";
  // Traditional → Simplified, one entry per character; none when the conversion leaves the text as it is.
  const simplified = zh && mayConvert(input) ? simplify(input) : undefined;
  const units = simplified || SURROGATE.test(input) ? undefined : foldedUnits(input, zh);
  const chars = units ?? foldedCharacters(input, zh, simplified);
  const count = chars.char.length;
  const separator = new Array<boolean>(count);
  let separators = 0;
  for (let i = 0; i < count; i++) if ((separator[i] = SEPARATOR.test(chars.char[i]!))) separators++;

  // 2. Drop separators inside a word: between two Han characters, or between the single
  //    letters of a spelled-out Latin word (s.u.e, f u c k), but not between ordinary words.
  //    Without a separator inside a word (nearly always) the characters stay as they are.
  const dropped = separators === 0 ? undefined : separator.map((isSeparator, i) => isSeparator && insideWord(chars.char, separator, i));
  let kept = chars;
  if (dropped?.includes(true)) {
    kept = { char: [], cased: [], start: [], end: [] };
    for (let i = 0; i < count; i++) if (!dropped[i]) push(kept, chars.char[i]!, chars.cased[i]!, chars.start[i]!, chars.end[i]!);
  }

  // 3. Look-alikes inside Latin words: between letters (arre5t, w@rrant, sh!t), or a digit ending a word (n0).
  for (let i = 0; i < kept.char.length; i++) {
    const char = kept.char[i]!;
    const replacement = LEET.get(char);
    if (!replacement || !isLatinLetter(kept.char[i - 1])) continue;
    const next = kept.char[i + 1];
    const endsWord = next === undefined || !/[\p{L}\p{N}]/u.test(next);
    if (isLatinLetter(next) || (/[0-9]/.test(char) && endsWord)) {
      kept.char[i] = replacement;
      kept.cased[i] = replacement;
    }
  }

  // 4. Substitutions, as whole Latin tokens.
  const entries = substitutionsOf(options.substitutions);
  const substitutionAt = (i: number): readonly [string[], string] | undefined => entries.get(kept.char[i]!)?.find(([from]) => tokenAt(kept.char, i, from));
  let substituted = false;
  for (let i = 0; i < kept.char.length && entries.size > 0 && !substituted; i++) substituted = entries.has(kept.char[i]!) && substitutionAt(i) !== undefined;
  // Without one (nearly always) the text is as step 2 left it, with no separator between two Han characters to drop.
  if (!substituted) return joined(kept, units !== undefined);
  const out: Characters = { char: [], cased: [], start: [], end: [] };
  for (let i = 0; i < kept.char.length; ) {
    const match = substitutionAt(i);
    if (match) {
      const [from, to] = match;
      const start = kept.start[i]!;
      const end = kept.end[i + from.length - 1]!;
      for (const char of normalize(to, { language: options.language }).text) push(out, char, char, start, end);
      i += from.length;
    } else {
      push(out, kept.char[i]!, kept.cased[i]!, kept.start[i]!, kept.end[i]!);
      i += 1;
    }
  }
  // Substitutions can leave a separator between two Han characters (bu kan zhengxin → 不看 征信).
  const outSeparator = out.char.map((char) => SEPARATOR.test(char));
  const result: Characters = { char: [], cased: [], start: [], end: [] };
  for (let i = 0; i < out.char.length; i++) {
    if (outSeparator[i] && insideWord(out.char, outSeparator, i) && HAN.test(neighbour(out.char, outSeparator, i, -1)) && HAN.test(neighbour(out.char, outSeparator, i, 1))) continue;
    push(result, out.char[i]!, out.cased[i]!, out.start[i]!, out.end[i]!);
  }
  return joined(result);
}

/**
 * Where Chinese typed with blanks for punctuation breaks a clause, as offsets in the normalised
 * text: a run of blanks the normaliser dropped between two phrases of three Han characters or more
 * (从112年3月就没再缴了 全台湾没有一间银行…). A writer dodging a word list splits a word (起 诉, 上门 催收),
 * which stays one clause. Matching reads the joined text; a negator with words of its own after it
 * does not reach across these (`cutOff` in the engine).
 */
export function typedBreaks(original: string, normalized: Normalized): number[] {
  const breaks: number[] = [];
  const { starts, ends } = normalized;
  for (let k = 1; k < starts.length; k++) {
    const from = ends[k - 1]!;
    const to = starts[k]!;
    if (to <= from || !/^\s+$/u.test(original.slice(from, to))) continue;
    if (hanRun(original, from, -1) >= 3 && hanRun(original, to, 1) >= 3) breaks.push(k);
  }
  return breaks;
}

/** How many Han characters stand in a row before (-1) or from (1) an offset of a text, up to three. */
function hanRun(text: string, at: number, direction: -1 | 1): number {
  const characters = direction === 1 ? [...text.slice(at, at + 6)] : [...text.slice(Math.max(0, at - 6), at)].reverse();
  let run = 0;
  while (run < 3 && run < characters.length && HAN.test(characters[run]!)) run++;
  return run;
}

/**
 * Text without surrogates that the conversion leaves alone, whose characters NFKC keeps one code
 * unit each (full-width punctuation included): one code unit per character. Undefined when a
 * character's compatibility form is longer (ﬁ, ㏠).
 */
function foldedUnits(input: string, zh: boolean): Characters | undefined {
  const length = input.length;
  const chars: Characters = { char: new Array<string>(length), cased: new Array<string>(length), start: new Array<number>(length), end: new Array<number>(length) };
  for (let i = 0; i < length; i++) {
    const unit = input[i]!;
    let char = unit.charCodeAt(0) < 0x80 ? unit : compatibilityForm(unit);
    if (char.length !== 1) return undefined;
    // A Han character is kept as written (a compatibility ideograph included), as when it is converted.
    if (zh && char.charCodeAt(0) >= 0x2e80 && HAN.test(char)) char = unit;
    chars.char[i] = fold(char);
    chars.cased[i] = char;
    chars.start[i] = i;
    chars.end[i] = i + 1;
  }
  return chars;
}

/**
 * Any text: each character through NFKC, Traditional → Simplified and case folding. NFKC is asked
 * of the whole text first: text it leaves alone has no character it would change alone.
 */
function foldedCharacters(input: string, zh: boolean, simplified: string[] | undefined): Characters {
  const stable = input.normalize("NFKC") === input;
  const chars: Characters = { char: [], cased: [], start: [], end: [] };
  for (let offset = 0, index = 0; offset < input.length; index++) {
    const end = offset + (input.codePointAt(offset)! > 0xffff ? 2 : 1);
    const original = end === offset + 1 ? input[offset]! : input.slice(offset, end);
    let char = stable || original.charCodeAt(0) < 0x80 ? original : compatibilityForm(original);
    // (No single character below U+2E80 is Han; a compatibility form can hold one: ㏠ is 1日.)
    if (zh && (char.length > 1 || char.charCodeAt(0) >= 0x2e80) && HAN.test(char)) char = simplified ? simplified[index]! : original;
    if (char.length === 1 || (char.length === 2 && char.codePointAt(0)! > 0xffff)) push(chars, fold(char), char, offset, end);
    else for (const piece of char) push(chars, fold(piece), piece, offset, end);
    offset = end;
  }
  return chars;
}

function push(into: Characters, char: string, cased: string, start: number, end: number): void {
  into.char.push(char);
  into.cased.push(cased);
  into.start.push(start);
  into.end.push(end);
}

/** The normalised text, with one offset pair per UTF-16 code unit of it, as matches index it: an emoji takes two. */
function joined(chars: Characters, oneUnitEach = false): Normalized {
  // One code unit each (nearly always): the offsets are the characters' own.
  if (oneUnitEach || chars.char.every((char) => char.length === 1)) return { text: chars.char.join(""), cased: chars.cased.join(""), starts: chars.start, ends: chars.end };
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < chars.char.length; i++) {
    for (let unit = chars.char[i]!.length; unit > 0; unit--) {
      starts.push(chars.start[i]!);
      ends.push(chars.end[i]!);
    }
  }
  return { text: chars.char.join(""), cased: chars.cased.join(""), starts, ends };
}

/** The nearest character that is not a separator, before (-1) or after (1) position `i`. */
function neighbour(chars: readonly string[], separator: readonly boolean[], i: number, direction: -1 | 1): string {
  for (let k = i + direction; k >= 0 && k < chars.length; k += direction) if (!separator[k]) return chars[k]!;
  return "";
}

function isLatinLetter(char: string | undefined): boolean {
  return char !== undefined && /[a-z]/.test(char);
}

/**
 * Whether the separator at `i` sits inside a word: Han on both sides, or single Latin letters
 * spelled out. A `*` between Latin letters stays: it stands for a masked letter (f*ck).
 */
function insideWord(chars: readonly string[], separator: readonly boolean[], i: number): boolean {
  let before = i - 1;
  while (before >= 0 && separator[before]) before--;
  let after = i + 1;
  while (after < chars.length && separator[after]) after++;
  const left = chars[before];
  const right = chars[after];
  if (left === undefined || right === undefined) return false;
  if (HAN.test(left) && HAN.test(right)) return true;
  if (chars[i] === "*") return false;
  // s.u.e: the letters on both sides stand alone (nothing word-like next to them on their other side).
  if (isLatinLetter(left) && isLatinLetter(right)) {
    const beforeLeft = chars[before - 1];
    const afterRight = chars[after + 1];
    if ((beforeLeft !== undefined && WORDLIKE.test(beforeLeft)) || (afterRight !== undefined && WORDLIKE.test(afterRight))) return false;
    // A gap wider than the one beside it parts two spelled-out words (L A S T  C H A N C E): its first separator stays.
    const gap = after - before - 1;
    const wider = gap > letterGap(chars, separator, before, -1) || gap > letterGap(chars, separator, after, 1);
    return !(wider && i === before + 1);
  }
  return false;
}

/** The run of separators on one side of a spelled-out letter, up to the next single letter; Infinity when there is none. */
function letterGap(chars: readonly string[], separator: readonly boolean[], letter: number, direction: -1 | 1): number {
  let k = letter + direction;
  while (k >= 0 && k < chars.length && separator[k]) k += direction;
  const gap = Math.abs(k - letter) - 1;
  const single = isLatinLetter(chars[k]) && !WORDLIKE.test(chars[k + direction] ?? "");
  return gap > 0 && single ? gap : Infinity;
}

type Substitutions = ReadonlyMap<string, ReadonlyArray<readonly [string[], string]>>;
const prepared = new WeakMap<Readonly<Record<string, string>>, Substitutions>();
const NONE: Substitutions = new Map();

/** The substitutions with their keys folded and split into characters, by first character in table order, once per table. */
function substitutionsOf(substitutions: Readonly<Record<string, string>> | undefined): Substitutions {
  if (!substitutions) return NONE;
  let entries = prepared.get(substitutions);
  if (!entries) {
    const byFirst = new Map<string, Array<readonly [string[], string]>>();
    for (const [from, to] of Object.entries(substitutions)) {
      const letters = [...from.normalize("NFKC").toLowerCase()];
      // A key that folds to nothing never matches a character.
      if (letters.length === 0) continue;
      const list = byFirst.get(letters[0]!) ?? [];
      list.push([letters, to]);
      byFirst.set(letters[0]!, list);
    }
    prepared.set(substitutions, (entries = byFirst));
  }
  return entries;
}

/** Whether `letters` are written at `i` as a whole Latin token (no letters right before or after it). */
function tokenAt(chars: readonly string[], i: number, letters: readonly string[]): boolean {
  for (let k = 0; k < letters.length; k++) if (chars[i + k] !== letters[k]) return false;
  const before = chars[i - 1];
  const after = chars[i + letters.length];
  return !(before !== undefined && /[a-z0-9]/.test(before)) && !(after !== undefined && /[a-z0-9]/.test(after));
}
