import { renderFailed } from "./sandbox.js";
import { markdownToParts } from "./markdown.js";

/**
 * Quotes and lists nested deeper than this in an email body are refused before Markdown is
 * parsed: the parser's work grows with the square of the nesting and its tree builders recurse
 * once per level (a line of 2,000 `>` overflows the stack; 50,000 take minutes).
 */
export const MAX_MARKDOWN_NESTING = 64;

/** A quote or list marker, after any indentation: each one opens a level. */
const CONTAINER_MARKER = /[ \t]*(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$))/y;

/**
 * Unescaped characters that open inline Markdown (links, emphasis, code spans, HTML) an email
 * body may hold: the parser matches them against each other, in time that grows with the
 * square of their number (20,000 \`[a](\` took 13 s). Values are escaped, so only template
 * text counts.
 */
export const MAX_INLINE_MARKERS = 1000;

const INLINE_MARKERS = new Set(["[", "]", "*", "_", "`", "<", "~"]);


/** `markdownToParts` for a rendered body: nesting bounded first, and any failure a `RenderError`. */
export function emailParts(markdown: string): { html: string; text: string } {
  checkMarkdownLimits(markdown);
  try {
    return markdownToParts(markdown);
  } catch {
    throw renderFailed({ id: "emailNotHtml" });
  }
}

/** Refuses Markdown the parser would take too long or too deep a stack for. */
export function checkMarkdownLimits(markdown: string): void {
  const lines = markdown.split("\n");
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    let depth = 0;
    CONTAINER_MARKER.lastIndex = 0;
    while (CONTAINER_MARKER.exec(line)) {
      if (++depth > MAX_MARKDOWN_NESTING) throw renderFailed({ id: "emailTooDeep", data: { line: index + 1, max: MAX_MARKDOWN_NESTING } });
    }
  }
  let markers = 0;
  for (let index = 0; index < markdown.length; index++) {
    const character = markdown[index]!;
    if (character === "\\") index++;
    else if (INLINE_MARKERS.has(character) && ++markers > MAX_INLINE_MARKERS) throw renderFailed({ id: "emailTooManyMarkers", data: { max: MAX_INLINE_MARKERS } });
  }
}
