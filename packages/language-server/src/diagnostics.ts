import type { Linter } from "eslint";
import { DiagnosticSeverity, type Diagnostic, type Position, type Range, type TextEdit } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";

/** What a diagnostic carries back to the server, so a code action finds its ESLint message, and tells the editor (see `isFixable`). */
export interface DiagnosticData {
  version: number;
  index: number;
  /** The finding has a fix, which the fix-all applies. */
  fixable?: true;
}

/**
 * ESLint reports 1-based lines and columns in UTF-16 code units, LSP's default encoding, so the
 * conversion is a shift by one. A message without an end covers the rest of its line.
 */
export function toDiagnostic(message: Linter.LintMessage, index: number, document: TextDocument, docsUrl: string | undefined): Diagnostic {
  const start = clamp(document, { line: message.line - 1, character: message.column - 1 });
  const end = message.endLine !== undefined && message.endColumn !== undefined ? clamp(document, { line: message.endLine - 1, character: message.endColumn - 1 }) : lineEnd(document, start.line);
  const diagnostic: Diagnostic = {
    range: { start, end },
    severity: message.severity === 2 ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: "tactful",
    message: message.message,
    data: { version: document.version, index, ...(message.fix ? { fixable: true } : {}) } satisfies DiagnosticData,
  };
  if (message.ruleId) diagnostic.code = message.ruleId;
  if (message.ruleId && docsUrl) diagnostic.codeDescription = { href: docsUrl };
  return diagnostic;
}

/** A problem with linting itself (a broken configuration, a failing rule), shown at the top of the file. */
export function failureMessage(text: string, severity: 1 | 2 = 2): Linter.LintMessage {
  return { ruleId: null, severity, message: text, line: 1, column: 1 };
}

/**
 * ESLint edits are offsets into the text without its byte order mark; an editor's text may
 * still have one.
 */
export function editOf(document: TextDocument, fix: { range: [number, number]; text: string }): TextEdit {
  const shift = document.getText().charCodeAt(0) === 0xfeff ? 1 : 0;
  return { range: { start: document.positionAt(fix.range[0] + shift), end: document.positionAt(fix.range[1] + shift) }, newText: fix.text };
}

/** One edit that turns the document's text into `after`: the span between their common start and end. */
export function replacementEdit(document: TextDocument, after: string): TextEdit | undefined {
  const before = document.getText();
  if (before === after) return undefined;
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  // Never split a surrogate pair.
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--;
  if (end > 0 && isLowSurrogate(before.charCodeAt(before.length - end))) end--;
  return {
    range: { start: document.positionAt(start), end: document.positionAt(before.length - end) },
    newText: after.slice(start, after.length - end),
  };
}

export function contains(range: Range, position: Position): boolean {
  const after = (a: Position, b: Position): boolean => a.line > b.line || (a.line === b.line && a.character >= b.character);
  return after(position, range.start) && after(range.end, position);
}

function clamp(document: TextDocument, position: Position): Position {
  return document.positionAt(document.offsetAt({ line: Math.max(0, position.line), character: Math.max(0, position.character) }));
}

function lineEnd(document: TextDocument, line: number): Position {
  const next = line + 1 < document.lineCount ? document.offsetAt({ line: line + 1, character: 0 }) : document.getText().length;
  const text = document.getText().slice(document.offsetAt({ line, character: 0 }), next);
  return { line, character: text.replace(/\r?\n$|\r$/, "").length };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
