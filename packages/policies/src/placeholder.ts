import type { Recognizer } from "./types.js";

/*
 * A placeholder of another template system: `{name}`, `{{ name }}` (kept as text by `raw`), `${name}`
 * or `%{name}`. The renderer leaves it as it is; the system that sends the message may fill it.
 */
const OPEN = String.raw`[$%]?\{{1,2}[ \t]*`;
const NAME = String.raw`[\p{L}_][\p{L}\p{N}_ .-]{0,29}?`;
const CLOSE = String.raw`[ \t]*\}{1,2}`;

/** Any placeholder of another template system; group 1 is its name. */
export const FOREIGN_PLACEHOLDER = new RegExp(`${OPEN}(${NAME})${CLOSE}`, "gu");

/**
 * A recognizer's pattern: its own, or, for a placeholder recognizer, a placeholder whose name has one
 * of the words of `names` and none of `except` (`{应还金额}` holds the amount, `{还款链接}` does not).
 */
export function recognizerPattern(recognizer: Pick<Recognizer, "pattern" | "placeholder">): string | undefined {
  const placeholder = recognizer.placeholder;
  if (!placeholder) return recognizer.pattern;
  const except = placeholder.except === undefined ? "" : `(?![^{}\\n]{0,32}?(?:${placeholder.except}))`;
  return `${OPEN}${except}(?=[^{}\\n]{0,32}?(?:${placeholder.names}))${NAME}${CLOSE}`;
}
