/**
 * Bounds on what the parser accepts, so that no input, however large or deeply nested, can
 * exhaust the memory or the stack of a linter, an editor or a renderer. Real templates stay far
 * inside them: an SMS is a few hundred bytes, a long email some tens of kilobytes, and nesting
 * rarely goes past five levels.
 */
import type { Locale } from "./i18n.js";
import { sayParse, type ParseMessage } from "./parse-messages.js";

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

/** What is said about a file over the size limit, by the parser and by the CLI (which does not read such a file). */
export function tooLarge(bytes: number, maxBytes: number): ParseMessage {
  const [size, limit] = [formatSize(bytes), formatSize(maxBytes)];
  // Close to the limit both may round to the same figure: then give the bytes.
  return size === limit ? { id: "tooLargeBytes", data: { size: bytes, limit: maxBytes } } : { id: "tooLarge", data: { size, limit } };
}

export function tooLargeMessage(bytes: number, maxBytes: number, locale: Locale = "en"): string {
  return sayParse(tooLarge(bytes, maxBytes), locale);
}

export function tooManyAliasedValues(maxAliasedValues: number): ParseMessage {
  return { id: "tooManyAliasedValues", data: { limit: maxAliasedValues } };
}

export function aliasCycle(alias: string): ParseMessage {
  return { id: "aliasCycle", data: { alias } };
}

export function tooManyTagTokens(maxTagTokens: number): ParseMessage {
  return { id: "tooManyTagTokens", data: { limit: maxTagTokens } };
}

export function tooDeep(what: "front matter" | "template", maxDepth: number): ParseMessage {
  return { id: what === "template" ? "tooDeepTemplate" : "tooDeepFrontMatter", data: { limit: maxDepth } };
}
