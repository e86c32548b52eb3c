/** Text as a regular expression (with or without the `u` flag) that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/gu, "\\$&");
}

/**
 * Every match of a global expression in a text from `from` on, as `matchAll` finds them, without
 * the copy of the expression `matchAll` makes on every call (a measurable cost where the same
 * expressions run over many short texts). The expression's `lastIndex` is left at 0.
 */
export function allMatches(pattern: RegExp, text: string, from = 0): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`allMatches needs a global expression: /${pattern.source}/${pattern.flags}`);
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    found.push(match);
    // An empty match moves on by one character, a whole code point in a Unicode expression, as `matchAll` does.
    if (match[0].length === 0) pattern.lastIndex = match.index + ((pattern.unicode || pattern.flags.includes("v")) && text.codePointAt(match.index)! > 0xffff ? 2 : 1);
  }
  pattern.lastIndex = 0;
  return found;
}
