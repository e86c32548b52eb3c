import type { ESLint, Linter } from "eslint";
import { join } from "node:path";
import { NAMESPACE } from "./language/directives.js";

/**
 * Auditing finished messages: what was actually sent is linted with the same rules as a
 * template, by writing it as a template whose front matter carries the message's fields and
 * whose body is the message's text, taken literally. A template with literal values and the
 * text it renders therefore get the same verdict.
 */

/** A sender as a message record gives it: a name (a creditor), or the template format's object. */
export type MessageSender = string | { name: string; role?: "creditor" | "collection-agency"; onBehalfOf?: string };

/** A finished message and what is known about it (the template fields that decide which rules apply). */
export interface FinishedMessage {
  text: string;
  channel?: string;
  locale?: string;
  jurisdiction?: string;
  category?: string;
  audience?: string;
  sender?: MessageSender;
  /** Email only. */
  subject?: string;
  /** Push only. */
  title?: string;
}

/** Which stretch of the template's text is which stretch of the message's text. */
interface Piece {
  templateStart: number;
  textStart: number;
  length: number;
}

export interface MessageTemplate {
  /** The template's source: front matter from the message's fields, then the text. */
  source: string;
  pieces: Piece[];
}

const RAW_OPEN = "{% raw %}";
const RAW_CLOSE = "{% endraw %}";

/**
 * The body that renders exactly `text`. Text without template delimiters is the body as it is.
 * Otherwise it goes inside `{% raw %}` blocks, closed and reopened right after each `{` that
 * starts a tag (`{%`), so that the text's own `{% endraw %}` or `{% raw %}` stays text.
 */
function literalBody(text: string, at: number): { body: string; pieces: Piece[] } {
  if (!/\{[{%#]|[}%#]\}/u.test(text)) return { body: text, pieces: [{ templateStart: at, textStart: 0, length: text.length }] };
  const cuts = [...text.matchAll(/\{(?=%)/gu)].map((match) => match.index + 1);
  const pieces: Piece[] = [];
  let body = "";
  let from = 0;
  for (const to of [...cuts, text.length]) {
    body += RAW_OPEN;
    pieces.push({ templateStart: at + body.length, textStart: from, length: to - from });
    body += text.slice(from, to) + RAW_CLOSE;
    from = to;
  }
  return { body, pieces };
}

/** The template that says what a message says: the front matter from its fields (JSON scalars are YAML), the text as the body. */
export function messageTemplate(message: FinishedMessage): MessageTemplate {
  const sender = typeof message.sender === "string" ? { name: message.sender, role: "creditor" } : message.sender;
  const fields: Array<[string, unknown]> = [
    ["id", "message.checked"],
    ["version", 1],
    ["channel", message.channel],
    ["locale", message.locale],
    ["jurisdiction", message.jurisdiction],
    ["category", message.category],
    ["audience", message.audience],
    ["sender", sender],
    // An email or push whose subject or title is not known has a blank one: the text is all there is to check.
    ["subject", message.subject ?? (message.channel === "email" ? " " : undefined)],
    ["title", message.title ?? (message.channel === "push" ? " " : undefined)],
  ];
  const head = ["---", ...fields.filter(([, value]) => value !== undefined).map(([key, value]) => `${key}: ${JSON.stringify(value)}`), "---", ""].join("\n");
  const { body, pieces } = literalBody(message.text, head.length);
  return { source: `${head}${body}\n`, pieces };
}

/** The offset in the message's text of an offset in its template: text outside the body (the front matter) is the message's start. */
function textOffset(pieces: readonly Piece[], offset: number): number {
  let best = 0;
  for (const piece of pieces) {
    if (offset < piece.templateStart) break;
    best = piece.textStart + Math.min(offset - piece.templateStart, piece.length);
  }
  return best;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (const match of text.matchAll(/\r\n|\r|\n/gu)) starts.push(match.index + match[0].length);
  return starts;
}

/** Line (1-based) and column (1-based) to offset, in a text with these line starts. */
function offsetOf(starts: readonly number[], line: number, column: number): number {
  return (starts[Math.min(Math.max(line, 1), starts.length) - 1] ?? 0) + Math.max(column, 1) - 1;
}

/** A finding on a message: its position as an offset in the text and as line and column of the text. */
export type MessageFinding = Linter.LintMessage & { offset: number; endOffset?: number };

function mapFinding(finding: Linter.LintMessage, template: MessageTemplate, templateStarts: readonly number[], textStarts: readonly number[]): MessageFinding {
  const offset = textOffset(template.pieces, offsetOf(templateStarts, finding.line, finding.column));
  const endOffset = finding.endLine === undefined ? undefined : textOffset(template.pieces, offsetOf(templateStarts, finding.endLine, finding.endColumn ?? 1));
  const at = (value: number): { line: number; column: number } => {
    let line = 0;
    while (line + 1 < textStarts.length && textStarts[line + 1]! <= value) line++;
    return { line: line + 1, column: value - textStarts[line]! + 1 };
  };
  const start = at(offset);
  const end = endOffset === undefined ? undefined : at(endOffset);
  // Fixes and suggestions edit the template, not the message: they do not carry over.
  const { fix: _fix, suggestions: _suggestions, ...rest } = finding;
  return { ...rest, line: start.line, column: start.column, offset, ...(end ? { endLine: end.line, endColumn: end.column, endOffset } : {}) };
}

/** Rules about what a template declares for sending, not what a message says: a sent message has no schedule to check. */
const SENDING_RULES = new Set([`${NAMESPACE}/send-window`]);

/**
 * Lints finished messages with a template ESLint (see `createTemplateEslint`): the findings of
 * each, placed on the message's own text. The virtual file name puts the messages under the
 * configuration of `cwd` like a template there.
 */
export async function checkMessages(eslint: ESLint, messages: readonly FinishedMessage[], cwd: string): Promise<MessageFinding[][]> {
  const results: MessageFinding[][] = [];
  for (const message of messages) {
    const template = messageTemplate(message);
    const [result] = await eslint.lintText(template.source, { filePath: join(cwd, "message.msg.njk"), warnIgnored: true });
    const templateStarts = lineStarts(template.source);
    const textStarts = lineStarts(message.text);
    results.push((result?.messages ?? []).filter((finding) => !SENDING_RULES.has(finding.ruleId ?? "")).map((finding) => mapFinding(finding, template, templateStarts, textStarts)));
  }
  return results;
}
