import type { Range } from "@tactful/core";
import type { TemplateSourceCode } from "../language/template-source-code.js";

/**
 * Edits that add entries to the front matter. Each one writes the line break the file already
 * uses where it inserts (LF, CRLF or a lone CR) and keeps the author's style: a new entry of a
 * block mapping goes on a line of its own at its siblings' indentation, one of a flow mapping
 * inside its braces. Where a text edit cannot extend the YAML safely, the answer is null and
 * the rule offers no fix rather than one that would break the file.
 */
export interface FrontMatterEdit {
  range: Range;
  text: string;
}

const LINE_BREAK = /\r\n|\r|\n/u;

/** The blank space between the start of `at`'s line and `at`, or null when other text stands before it. */
function indentBefore(text: string, at: number): string | null {
  const lineStart = Math.max(text.lastIndexOf("\n", at - 1), text.lastIndexOf("\r", at - 1)) + 1;
  const indent = text.slice(lineStart, at);
  return /^[ \t]*$/u.test(indent) ? indent : null;
}

/**
 * `line` on a new line right after the entry at `pointer` (after a comment on its last line),
 * at the entry's indentation. Null when the entry does not start its own line (flow style).
 */
export function insertAfterEntry(sourceCode: TemplateSourceCode, pointer: string, line: string): FrontMatterEdit | null {
  const { document, text } = sourceCode;
  const entry = document.locate(pointer);
  if (!entry?.key) return null;
  const indent = indentBefore(text, entry.key[0]);
  if (indent === null) return null;
  const end = entry.value[1];
  // A block collection or scalar may end after its own last line break.
  const ended = lineBreakBefore(text, end);
  if (ended) return { range: [end, end], text: `${indent}${line}${ended}` };
  const lineBreak = LINE_BREAK.exec(text.slice(end));
  if (!lineBreak) return null;
  const at = end + lineBreak.index;
  return { range: [at, at], text: `${lineBreak[0]}${indent}${line}` };
}

/**
 * `key: value` added to the mapping at `pointer`: inside the braces of a flow mapping written on
 * one line, or on a new line after the last entry of a block mapping. Null when there is no
 * mapping there, or it is written in a way a text edit cannot extend safely (a flow mapping
 * over several lines or with a comment, entries that do not start their own lines).
 */
export function addToMapping(sourceCode: TemplateSourceCode, pointer: string, key: string, value: string): FrontMatterEdit | null {
  const { document, text } = sourceCode;
  const mapping = valueAt(document.data, pointer);
  const located = document.locate(pointer);
  if (!located || !isMapping(mapping)) return null;
  const [start, end] = located.value;
  if (text[start] === "{") {
    const written = text.slice(start, end);
    if (!written.endsWith("}") || /[\r\n#]/u.test(written)) return null;
    if (written.slice(1, -1).trim() === "") return { range: [start, end], text: `{ ${key}: ${value} }` };
    let last = end - 1;
    while (last > start + 1 && /\s/u.test(text[last - 1]!)) last--;
    return { range: [last, last], text: text[last - 1] === "," ? ` ${key}: ${value}` : `, ${key}: ${value}` };
  }
  const lastEntry = Object.keys(mapping)
    .map((name) => `${pointer}/${name.replace(/~/gu, "~0").replace(/\//gu, "~1")}`)
    .map((child) => ({ child, end: document.locate(child)?.value[1] ?? -1 }))
    .sort((a, b) => b.end - a.end)[0];
  return lastEntry ? insertAfterEntry(sourceCode, lastEntry.child, `${key}: ${value}`) : null;
}

/** `lines` as new top-level entries at the end of the front matter, before its closing fence. */
export function appendToFrontMatter(sourceCode: TemplateSourceCode, lines: readonly string[]): FrontMatterEdit | null {
  const { document, text } = sourceCode;
  const frontMatter = document.ast.frontMatter;
  if (!frontMatter) return null;
  const fence = text.lastIndexOf("---", frontMatter.range[1]);
  const lineBreak = fence < 0 ? null : lineBreakBefore(text, fence);
  if (!lineBreak) return null;
  return { range: [fence, fence], text: lines.map((line) => `${line}${lineBreak}`).join("") };
}

/** A scalar's range without its quotes, so that replacing its value keeps the author's quoting. */
export function unquotedRange(text: string, range: Range): Range {
  const first = text[range[0]];
  return (first === '"' || first === "'") && range[1] - range[0] >= 2 ? [range[0] + 1, range[1] - 1] : range;
}

/** The line break that ends just before `at`, or null. */
function lineBreakBefore(text: string, at: number): string | null {
  return /(?:\r\n|\r|\n)$/u.exec(text.slice(Math.max(0, at - 2), at))?.[0] ?? null;
}

function valueAt(data: unknown, pointer: string): unknown {
  let current = data;
  for (const part of pointer.split("/").slice(1)) {
    if (!isMapping(current)) return undefined;
    const name = part.replace(/~1/gu, "/").replace(/~0/gu, "~");
    current = Object.hasOwn(current, name) ? current[name] : undefined;
  }
  return current;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
