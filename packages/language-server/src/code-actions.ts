import type { Linter } from "eslint";
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { parseTemplate } from "@tactful/core";
import { editOf, type DiagnosticData } from "./diagnostics.js";
import type { LintState } from "./linting.js";

/** The kind of Tactful's fix-all, which `source.fixAll` (as on save) includes. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.tactful`;

/**
 * Quick fixes for the diagnostics under the cursor: each finding's fix, its suggestions, and
 * a directive that disables the rule on that line — with an empty reason for the writer to
 * give, since a waiver without one is not honoured.
 */
export function quickFixes(params: CodeActionParams, document: TextDocument, state: LintState | undefined): CodeAction[] {
  if (!state || state.version !== document.version) return [];
  const actions: CodeAction[] = [];
  const uri = document.uri;
  for (const diagnostic of params.context.diagnostics) {
    const data = diagnostic.data as Partial<DiagnosticData> | undefined;
    if (diagnostic.source !== "tactful" || data?.version !== state.version || data.index === undefined) continue;
    const message = state.messages[data.index];
    if (!message) continue;
    if (message.fix) actions.push(action(`Fix: ${firstSentence(message.message)}`, uri, [editOf(document, message.fix)], diagnostic, true));
    for (const suggestion of message.suggestions ?? []) actions.push(action(suggestion.desc, uri, [editOf(document, suggestion.fix)], diagnostic, false));
    const disable = disableEdit(document, state, message);
    if (disable) actions.push(action(`Disable ${message.ruleId} for this line (give the reason)`, uri, [disable], diagnostic, false));
  }
  return actions;
}

/** The fix-all action for `fixed`, the text after every fix ESLint could apply. */
export function fixAllAction(uri: string, edit: TextEdit): CodeAction {
  return { title: "Fix all Tactful problems", kind: FIX_ALL_KIND, edit: { changes: { [uri]: [edit] } } };
}

function action(title: string, uri: string, edits: TextEdit[], diagnostic: Diagnostic, isPreferred: boolean): CodeAction {
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred, edit: { changes: { [uri]: edits } } };
}

function firstSentence(message: string): string {
  const end = message.search(/[.。](?:\s|$)/u);
  return end === -1 ? message : message.slice(0, end + 1);
}

/**
 * `{# tactful-disable-line rule --  #}` at the end of the finding's line, in the body, where it
 * adds nothing to the message. Offered only when the text still parses with it (a line that
 * ends inside a tag or in the front matter cannot take it).
 */
function disableEdit(document: TextDocument, state: LintState, message: Linter.LintMessage): TextEdit | undefined {
  if (!message.ruleId || message.fatal) return undefined;
  const line = message.line - 1;
  const body = state.document.ast.body.range;
  const lineStart = document.offsetAt({ line, character: 0 });
  const next = line + 1 < document.lineCount ? document.offsetAt({ line: line + 1, character: 0 }) : document.getText().length;
  const text = document.getText();
  const lineEnd = lineStart + text.slice(lineStart, next).replace(/\r?\n$|\r$/u, "").length;
  if (lineStart < body[0] || lineEnd > body[1]) return undefined;
  const directive = `{# tactful-disable-line ${message.ruleId} --  #}`;
  const edited = text.slice(0, lineEnd) + directive + text.slice(lineEnd);
  const reparsed = parseTemplate(edited);
  if (reparsed.fatal || !reparsed.comments.some((comment) => comment.range[0] === lineEnd)) return undefined;
  return { range: { start: document.positionAt(lineEnd), end: document.positionAt(lineEnd) }, newText: directive };
}
