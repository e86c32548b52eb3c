import { compilePattern, type PiiChecksum, type PiiLiteral, type PiiOwners } from "@tactful/policies";

/** A full identifier found in a text: where it is, as written, and the pack entry it matches. */
export interface PersonalNumber {
  start: number;
  end: number;
  text: string;
  entry: PiiLiteral;
}

/**
 * A number as written: digits (and an ID's leading letters) with blanks, dashes, dots or
 * brackets between them, and mask characters in place of digits; never the visible tail of a
 * masked number (**** 5678). Read on text whose full-width forms are folded, so ３２０１ and an
 * ideographic space count as 3201 and a blank.
 */
const SEPARATOR = "[ \\u00A0\\-–—.·()]";
/** However many separators stand between two digits, they do not make two numbers of one (4....0....2 is 402); a longer run does. */
const GAP = `${SEPARATOR}{0,8}`;
const GAP_AFTER = `${SEPARATOR}{1,8}`;
const NUMBER = new RegExp(
  // Not right after a letter, a digit or a mask, nor after a digit or mask and a separator (the tail of 1234 5678, **** 5678),
  // nor after a thousands comma: the rest of an amount (HK$96,518.40（2025年…), whatever follows it, is no identifier.
  `(?<![A-Za-z0-9*•●○×]|[0-9*•●○×XxO]${GAP_AFTER}|[0-9],)` +
    `[+(]?(?:[A-Z](?:${GAP}[A-Z])?${GAP})?[0-9](?:${GAP}[0-9*•●○×XxO])*(?: ?\\([0-9A]\\))?\\)?` +
    // Nor followed by a letter, a digit, or a separator and a digit or mask (the head of 1234 **** or 1234 O5).
    `(?![A-Za-z0-9]|${GAP_AFTER}(?:[0-9*•●○×]|[XxO](?![a-z])))`,
  "gu",
);
/**
 * An identifier of letters around digits (PAN ABCDE1234F, KRA PIN A123456789B, NI number
 * AB123456C), read beside the numbers: whole, or not at all. Its digits hold no mask character,
 * so a masked one (ABCDE****F) is never a candidate.
 */
const LETTERED = new RegExp(`(?<![A-Za-z0-9*•●○×]|[0-9*•●○×XxO]${GAP_AFTER})[A-Z]{1,6}${GAP}[0-9](?:${GAP}[0-9]){2,11}(?:${GAP}[A-Z])?(?![A-Za-z0-9])`, "gu");
/** What stands for a hidden digit: a masked number is not a full one (a final X is a check character, a first letter an ID's). */
const MASKED = /[*•●○×]|[Xx](?!$)|(?<=.)O/u;
/** What ends the words that can say whose a number is. */
const CLAUSE_END = /[。！？!?；;\n]|\.\s/gu;
/** How far back, at most, the words before a number are read. */
const CUE_WINDOW = 40;

/** Full-width digits, letters, blanks and brackets as their ASCII forms, one character for one. */
function foldWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000]/gu, (char) => (char === "\u3000" ? " " : String.fromCharCode(char.charCodeAt(0) - 0xfee0)));
}

/** The number without its separators; a bracketed check character at the end stays bracketed. */
export function compactNumber(written: string): string {
  const check = /\(([0-9A])\)\)?$/u.exec(written);
  const body = check ? written.slice(0, check.index) : written;
  return body.replace(/[^0-9A-Za-z*•●○×]/gu, "") + (check ? `(${check[1]})` : "");
}

/** Whether a number's check digit holds. */
export function checksumHolds(algorithm: PiiChecksum, compact: string): boolean {
  switch (algorithm) {
    case "luhn": {
      let sum = 0;
      for (let i = 0; i < compact.length; i++) {
        let digit = Number(compact[compact.length - 1 - i]);
        if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
        sum += digit;
      }
      return sum % 10 === 0;
    }
    case "cn-resident-id": {
      // GB 11643: ISO 7064 MOD 11-2 over the first 17 digits.
      const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
      const sum = weights.reduce((total, weight, i) => total + weight * Number(compact[i]), 0);
      return "10X98765432"[sum % 11] === compact[17]?.toUpperCase();
    }
  }
}

const compiledShapes = new WeakMap<PiiLiteral, RegExp>();
interface OwnerCues {
  personal: RegExp[];
  sender: RegExp[];
  personalAfter: RegExp[];
  senderAfter: RegExp[];
}
const compiledOwners = new WeakMap<PiiOwners, OwnerCues>();

/** A pack's owner cues, compiled once: those before a number, and those after it, sticky (tried where it ends, its `$` the text's end). */
function ownerCues(owners: PiiOwners): OwnerCues {
  let compiled = compiledOwners.get(owners);
  if (!compiled) {
    const compile = (patterns: readonly string[]) => patterns.map((pattern) => compilePattern(pattern, true, true));
    const after = (patterns: readonly string[] = []) => patterns.map((pattern) => new RegExp(pattern, "iuy"));
    compiled = { personal: compile(owners.personal), sender: compile(owners.sender), personalAfter: after(owners.personalAfter), senderAfter: after(owners.senderAfter) };
    compiledOwners.set(owners, compiled);
  }
  return compiled;
}

function shapeOf(entry: PiiLiteral): RegExp {
  let shape = compiledShapes.get(entry);
  if (!shape) compiledShapes.set(entry, (shape = compilePattern(`^(?:${entry.pattern})$`)));
  return shape;
}

/** The pack entry a whole value has the shape of (separators ignored), if any. */
export function identifierOf(value: string, entries: readonly PiiLiteral[]): PiiLiteral | undefined {
  const compact = compactNumber(foldWidth(value));
  return MASKED.test(compact) ? undefined : entries.find((entry) => shapeOf(entry).test(compact));
}

/** Whose the words right before a number say it is: the nearest cue decides; on a tie, the sender's. */
function ownerBefore(text: string, at: number, owners: PiiOwners | undefined): "personal" | "sender" | undefined {
  if (!owners) return undefined;
  const start = Math.max(0, at - CUE_WINDOW);
  // A semicolon inside brackets still open at the number parts fields of one list (（户名：…；开户行：…；账号：…）), not clauses.
  const open = openBracket(text, start, at);
  let from = start;
  for (const end of text.slice(start, at).matchAll(CLAUSE_END)) if (open < 0 || start + end.index < open) from = start + end.index + end[0].length;
  const window = text.slice(from, at);
  const compiled = ownerCues(owners);
  const latest = (patterns: readonly RegExp[]): number => {
    let last = -1;
    for (const pattern of patterns) for (const match of window.matchAll(pattern)) last = Math.max(last, match.index);
    return last;
  };
  const personal = latest(compiled.personal);
  const sender = latest(compiled.sender);
  if (personal < 0 && sender < 0) return undefined;
  return personal > sender ? "personal" : "sender";
}

/** Whether the words right after a number are one of these cues: the reader's own (… still your best cell?), or the sender's line that ends the message. */
function cuedAfter(text: string, end: number, owners: PiiOwners | undefined, whose: "personalAfter" | "senderAfter"): boolean {
  if (!owners?.[whose]?.length) return false;
  return ownerCues(owners)[whose].some((pattern) => {
    pattern.lastIndex = end;
    return pattern.test(text);
  });
}

/** Where the innermost bracket still open at `at` was opened (after `start`), or -1. */
function openBracket(text: string, start: number, at: number): number {
  const opened: number[] = [];
  for (let i = start; i < at; i++) {
    const char = text[i];
    if (char === "(" || char === "[") opened.push(i);
    else if ((char === ")" || char === "]") && opened.length > 0) opened.pop();
  }
  return opened.at(-1) ?? -1;
}

/** Nothing but one line break between two pieces of a number, blanks around it. */
const LINE_BREAK = /^[ \t]*\r?\n[ \t]*$/u;
/** An ID's leading letters alone at the end of a line, the number on the next. */
const LETTERS_BEFORE_BREAK = /(?<![A-Za-z0-9*•●○×])[A-Z]{1,2}[ \t]*\r?\n[ \t]*$/u;

/** Whether a number is written in exactly these groups of digits, one separator between them. */
function writtenInGroups(written: string, groups: readonly number[]): boolean {
  const parts = written.split(/[^0-9]+/u).filter(Boolean);
  return parts.length === groups.length && parts.every((part, i) => part.length === groups[i]);
}

/**
 * A number as written, without a closing bracket it did not open (登記手提電話 9134 5527）, read folded), and ending
 * before a bracket it opens after its first digit and does not close on more than a check character: an aside after
 * the number (2811 6060 (24 hrs)), not part of it. A bracket before the number closes after it (（A765432(1)）), and an
 * ID's check character may be read without its closing bracket (WX482913(7).
 */
function withoutStrayBrackets(written: string): string {
  const count = (char: string): number => written.split(char).length - 1;
  if (written.endsWith(")") && count("(") < count(")")) return written.slice(0, -1);
  const open: number[] = [];
  for (let i = 0; i < written.length; i++) {
    if (written[i] === "(") open.push(i);
    else if (written[i] === ")") open.pop();
  }
  const aside = open.find((i) => i > 0 && written.slice(i + 1).replace(/[ \u00A0\-–—.·]/gu, "").length > 1);
  return aside === undefined ? written : written.slice(0, aside).replace(/[ \u00A0\-–—.·]+$/u, "");
}

/**
 * Full identifiers written in a text, whatever their spacing: a number counts by its shape
 * once separators are dropped, unless masked or said to be the sender's own (a hotline, the
 * collection account). The first entry whose shape fits a number decides for it.
 */
export function personalNumbers(text: string, entries: readonly PiiLiteral[], owners?: PiiOwners): PersonalNumber[] {
  if (entries.length === 0) return [];
  const folded = foldWidth(text);
  /** The identifier a number written at `start` is, if it is a full one and not the sender's. */
  const identify = (start: number, raw: string, lettered: boolean): PersonalNumber | undefined => {
    const written = withoutStrayBrackets(raw);
    const compact = compactNumber(written);
    if (MASKED.test(compact) && !lettered) return undefined;
    const entry = entries.find((candidate) => shapeOf(candidate).test(compact));
    if (!entry) return undefined;
    const end = start + written.length;
    // A number no word before claims, that ends the message, is a line to call back (…麻煩您轉告，安富資產 0933-207-418).
    const owner = cuedAfter(folded, end, owners, "personalAfter") ? "personal" : (ownerBefore(folded, start, owners) ?? (cuedAfter(folded, end, owners, "senderAfter") ? "sender" : undefined));
    if (owner === "sender") return undefined;
    if (owner === undefined) {
      if (entry.needs === "cue") return undefined;
      if (entry.needs === "checksum" && !(entry.checksum && checksumHolds(entry.checksum, compact))) return undefined;
      if (entry.needs === "groups" && !writtenInGroups(written, entry.groups ?? [])) return undefined;
    }
    return { start, end, text: text.slice(start, end), entry };
  };
  const numbers = [...folded.matchAll(NUMBER)];
  // A lettered identifier the number reading cuts short (its tail letter, its third leading letter) is read whole, first.
  const lettered = [...folded.matchAll(LETTERED)].filter((match) => !numbers.some((number) => number.index === match.index && number[0] === match[0]));
  // A number wrapped onto the next line (4716 2290⏎5831 0047, K402⏎187(8), an ID's letter left alone: Z⏎133120(9)) is
  // one number, unless each piece is one alone.
  const wrapped = numbers.flatMap((next, i) => {
    const previous = numbers[i - 1];
    const between = previous && folded.slice(previous.index + previous[0].length, next.index);
    const head = between !== undefined && LINE_BREAK.test(between) ? previous : LETTERS_BEFORE_BREAK.exec(folded.slice(0, next.index));
    if (!head || (head === previous && identify(head.index, head[0], false) && identify(next.index, next[0], false))) return [];
    const whole = identify(head.index, folded.slice(head.index, next.index + next[0].length), false);
    return whole ? [whole] : [];
  });
  const found: PersonalNumber[] = [...wrapped];
  for (const match of [...lettered, ...numbers]) {
    if (found.some((earlier) => earlier.start < match.index + match[0].length && match.index < earlier.end)) continue;
    const number = identify(match.index, match[0], lettered.includes(match));
    if (number) found.push(number);
  }
  return found.sort((a, b) => a.start - b.start);
}
