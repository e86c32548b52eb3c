import type { Range } from "@tactful/core";
import type { TemplateSourceCode } from "../language/template-source-code.js";
import { bodyContentRange, creditorName, type MessagePath } from "./message.js";
import { hasSchemaProblemIn } from "./front-matter-values.js";

/** Scripts written without spaces between words (and their full-width punctuation). */
const SPACELESS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;

/** Whether a character belongs to a script written without spaces between words (CJK). */
export function isSpaceless(char: string | undefined): boolean {
  return char !== undefined && SPACELESS.test(char);
}

/**
 * Where the body's content ends: after its last non-blank character, leaving out comments at
 * the end of the body (they render nothing, and text added after them would land on a new line).
 */
export function bodyContentEnd(sourceCode: TemplateSourceCode): number {
  const [start, end] = bodyContentRange(sourceCode);
  const text = sourceCode.text;
  const children = sourceCode.document.ast.body.children;
  let at = end;
  for (let index = children.length - 1; index >= 0; index--) {
    const child = children[index]!;
    if (child.type === "Comment") {
      at = Math.min(at, child.range[0]);
      continue;
    }
    if (child.type === "Text" && child.value.trim() === "") {
      at = Math.min(at, child.range[0]);
      continue;
    }
    break;
  }
  while (at > start && /\s/u.test(text[at - 1]!)) at--;
  return at;
}

/**
 * Text to write after `before` so that `insert` follows it as a new sentence: a space between
 * two spaced (Latin) texts, nothing after blank space or next to CJK text.
 */
export function joinAfter(before: string, insert: string): string {
  const last = before.at(-1);
  if (last === undefined || /\s/u.test(last) || isSpaceless(last) || isSpaceless(insert[0])) return insert;
  return ` ${insert}`;
}

/** An edit that appends a sentence after the body's content. */
export function appendToBody(sourceCode: TemplateSourceCode, insert: string): { at: number; text: string } {
  const at = bodyContentEnd(sourceCode);
  return { at, text: joinAfter(sourceCode.text.slice(0, at), insert) };
}

/**
 * The file range of a stretch of a message path's text, even when it spans several nodes
 * (text on both sides of a tag, or an output): from where its first character is written to
 * where its last one is.
 */
export function spanOnPath(sourceCode: TemplateSourceCode, path: MessagePath, index: number, length: number): Range {
  const edge = (at: number, side: 0 | 1): number => {
    let node = 0;
    while (node + 1 < path.nodes.length && path.starts[node + 1]! <= at) node++;
    const found = path.nodes[node]!;
    if (found.type === "Output") return found.range[side];
    const offset = at - path.starts[node]!;
    return spanOfTextChar(sourceCode, found, offset)[side];
  };
  return [edge(index, 0), edge(index + Math.max(length, 1) - 1, 1)];
}

function spanOfTextChar(sourceCode: TemplateSourceCode, node: MessagePath["nodes"][number] & { type: "Text" }, offset: number): Range {
  for (const segment of sourceCode.document.prose) {
    const part = segment.parts.find((candidate) => candidate.node === node);
    if (part) return segment.sourceRange(part.start + offset, part.start + offset + 1);
  }
  return [node.range[0] + offset, node.range[0] + offset + 1];
}

/**
 * A pack's insert text with `{sender}` and `{creditor}` replaced from the front matter, or null
 * when the front matter does not give a value it needs.
 */
export function fillInsert(sourceCode: TemplateSourceCode, insert: string): string | null {
  const values: Record<string, string | null> = { sender: sourceCode.document.meta.sender?.name ?? null, creditor: creditorName(sourceCode) };
  let missing = false;
  const filled = insert.replace(/\{(sender|creditor)\}/gu, (_, key: string) => {
    const value = values[key];
    if (value === null || value === undefined) missing = true;
    return value ?? "";
  });
  return missing ? null : filled;
}

/**
 * Whether the front matter leaves in doubt what this rule needs of `sender`: a name valid-front-matter
 * reports a problem in, and (unless `nameOnly`) a role that is missing or not one of the roles.
 * Until that is fixed the rule waits rather than add a second finding. A missing `onBehalfOf`
 * leaves no doubt here: the agency's own name is known, and the message still has to show it.
 */
export function senderInDoubt(sourceCode: TemplateSourceCode, nameOnly = false): boolean {
  const { document } = sourceCode;
  const sender = document.meta.sender;
  if (!sender?.name || (!nameOnly && !sender.role)) return true;
  const located = document.locate("/sender/name");
  if (!located) return true;
  return hasSchemaProblemIn(sourceCode, () => [located.key?.[0] ?? located.value[0], located.value[1]], "within");
}

/** A key for a range, to report each stretch of text once however many paths lead through it. */
export function rangeKey(range: Range): string {
  return `${range[0]}:${range[1]}`;
}
