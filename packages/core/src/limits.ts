/**
 * Bounds on what the parser accepts, so that no input, however large or deeply nested, can
 * exhaust the memory or the stack of a linter, an editor or a renderer. Real templates stay far
 * inside them: an SMS is a few hundred bytes, a long email some tens of kilobytes, and nesting
 * rarely goes past five levels.
 */
import { translate, type Catalog, type Locale } from "./i18n.js";

export interface ParseLimits {
  /** The largest file, in bytes of UTF-8 (as it is on disk). Default 1 MB. */
  maxBytes: number;
  /**
   * The deepest nesting of YAML collections in the front matter, and of tags and expressions
   * (an `if` in a `for`, a parenthesis, a lookup `a.b`, a filter) in the body. Default 100.
   */
  maxDepth: number;
  /**
   * How many values YAML aliases may add to the front matter by repeating what an anchor names
   * (a "billion laughs" document repeats a list of lists until it fills the memory); an alias of
   * a single value adds one. Default 1,000: a template reuses a block or two, if anything.
   */
  maxAliasedValues: number;
  /**
   * The most tokens (names, literals, operators, punctuation; not spaces) one tag may hold,
   * `{{ … }}` or `{% … %}`. A flat chain (`a == b == …`, a long list) is not deep, yet every
   * later walk pays for each operand. Default 1,000: a real tag holds a few dozen.
   */
  maxTagTokens: number;
}

export const DEFAULT_PARSE_LIMITS: Readonly<ParseLimits> = { maxBytes: 1 << 20, maxDepth: 100, maxAliasedValues: 1000, maxTagTokens: 1000 };

/** The UTF-8 length of a text, counting at most up to `stopAbove` + 1 when that is all a caller needs. */
export function utf8Length(text: string, stopAbove = Infinity): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= stopAbove; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** A size as people read it: `12 MB`, `1.5 KB`, `512 bytes`. */
export function formatSize(bytes: number): string {
  const units: Array<[number, string]> = [
    [1 << 30, "GB"],
    [1 << 20, "MB"],
    [1 << 10, "KB"],
  ];
  for (const [size, unit] of units) {
    if (bytes >= size) return `${Number((bytes / size).toFixed(1))} ${unit}`;
  }
  return `${bytes} bytes`;
}

export const LIMIT_MESSAGES = {
  tooLarge: { en: "the file is {size}; the limit is {limit}", "zh-CN": "文件大小为 {size}，上限为 {limit}", "zh-TW": "檔案大小為 {size}，上限為 {limit}" },
  tooLargeBytes: { en: "the file is {size} bytes; the limit is {limit} bytes", "zh-CN": "文件大小为 {size} 字节，上限为 {limit} 字节", "zh-TW": "檔案大小為 {size} 位元組，上限為 {limit} 位元組" },
} as const satisfies Catalog;

/** What is said about a file over the size limit, by the parser and by the CLI (which does not read such a file). */
export function tooLargeMessage(bytes: number, maxBytes: number, locale: Locale = "en"): string {
  const [size, limit] = [formatSize(bytes), formatSize(maxBytes)];
  // Close to the limit both may round to the same figure: then give the bytes.
  return size === limit ? translate(LIMIT_MESSAGES, "tooLargeBytes", locale, { size: bytes, limit: maxBytes }) : translate(LIMIT_MESSAGES, "tooLarge", locale, { size, limit });
}

export function tooManyAliasedValuesMessage(maxAliasedValues: number): string {
  return `the aliases up to here repeat more than ${maxAliasedValues} values of the front matter; the limit is ${maxAliasedValues}`;
}

export function aliasCycleMessage(alias: string): string {
  return `the alias \`*${alias}\` is inside the collection it names, so the front matter would nest without end`;
}

export function tooManyTagTokensMessage(maxTagTokens: number): string {
  return `this tag holds more than ${maxTagTokens} tokens; the limit is ${maxTagTokens}: split it, or compute the value before rendering`;
}

export function tooDeepMessage(what: "front matter" | "template", maxDepth: number): string {
  return `the ${what} is nested more than ${maxDepth} levels deep here; the limit is ${maxDepth}`;
}
