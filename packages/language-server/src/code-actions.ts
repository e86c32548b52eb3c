import type { Linter } from "eslint";
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit } from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import { parseTemplate, translator, type Catalog, type Locale } from "@tactful/core";
import { editOf, type DiagnosticData } from "./diagnostics.js";
import { DISABLE_KIND, FIX_ALL_KIND, FIX_ALL_MESSAGES, REASON_MARK } from "./protocol.js";
import type { LintState } from "./linting.js";

export const MESSAGES = {
  fix: { en: "Fix: {text}", "zh-CN": "修复：{text}", "zh-TW": "修正：{text}" },
  costs: { en: "{title} (adds: {finding})", "zh-CN": "{title}（会新增问题：{finding}）", "zh-TW": "{title}（會新增問題：{finding}）" },
  disable: { en: "Disable {rule} for the next line (give the reason)", "zh-CN": "对下一行停用 {rule}（请写明理由）", "zh-TW": "對下一行停用 {rule}（請寫明理由）" },
} as const satisfies Catalog;

/** What quick fixes need besides the document: the writer's language, and a lint of another text of it. */
export interface QuickFixContext {
  locale: Locale;
  findingsWith(text: string): Promise<Linter.LintMessage[]>;
}

/**
 * Quick fixes for the diagnostics under the cursor: each finding's fix and suggestions, each
 * checked by linting the text it gives (one that adds a finding says which in its title, and
 * is not preferred), and a directive on the line above that disables the rule for that line,
 * with the reason for the writer to give: a waiver without one is not honoured.
 */
export async function quickFixes(params: CodeActionParams, document: TextDocument, state: LintState | undefined, context: QuickFixContext): Promise<CodeAction[]> {
  if (!state || state.version !== document.version) return [];
  const t = translator(MESSAGES, context.locale);
  const actions: CodeAction[] = [];
  const uri = document.uri;
  for (const diagnostic of params.context.diagnostics) {
    const data = diagnostic.data as Partial<DiagnosticData> | undefined;
    if (diagnostic.source !== "tactful" || data?.version !== state.version || data.index === undefined) continue;
    const message = state.messages[data.index];
    if (!message) continue;
    const candidates = [
      ...(message.fix ? [{ title: t("fix", { text: firstSentence(message.message) }), edit: editOf(document, message.fix), preferred: true }] : []),
      ...(message.suggestions ?? []).map((suggestion) => ({ title: suggestion.desc, edit: editOf(document, suggestion.fix), preferred: false })),
    ];
    for (const candidate of candidates) {
      const added = await addedFindings(document, candidate.edit, state, context);
      if (added === undefined) continue;
      const title = added.length === 0 ? candidate.title : t("costs", { title: candidate.title, finding: added.map((finding) => firstSentence(finding.message)).join("; ") });
      actions.push(action(title, CodeActionKind.QuickFix, uri, [candidate.edit], diagnostic, candidate.preferred && added.length === 0));
    }
    const disable = disableEdit(document, state, message);
    if (disable) actions.push(action(t("disable", { rule: message.ruleId ?? "" }), DISABLE_KIND, uri, [disable], diagnostic, false));
  }
  return actions;
}

/** The fix-all action for `fixed`, the text after every fix ESLint could apply. */
export function fixAllAction(uri: string, edit: TextEdit, locale: Locale): CodeAction {
  return { title: FIX_ALL_MESSAGES.title[locale], kind: FIX_ALL_KIND, edit: { changes: { [uri]: [edit] } } };
}

function action(title: string, kind: string, uri: string, edits: TextEdit[], diagnostic: Diagnostic, isPreferred: boolean): CodeAction {
  return { title, kind, diagnostics: [diagnostic], isPreferred, edit: { changes: { [uri]: edits } } };
}

function firstSentence(message: string): string {
  const end = message.search(/[.。](?:\s|$)/u);
  return end === -1 ? message : message.slice(0, end + 1);
}

/**
 * The findings the edited text has that the document does not (by rule and kind of finding),
 * or undefined when the edited text no longer parses: such an edit is not offered.
 */
async function addedFindings(document: TextDocument, edit: TextEdit, state: LintState, context: QuickFixContext): Promise<Linter.LintMessage[] | undefined> {
  const text = TextDocument.applyEdits(document, [edit]);
  // An editor asks again each time the cursor moves over the finding: each text is linted once per lint of the document.
  let linted = checked.get(state);
  if (!linted) checked.set(state, (linted = new Map()));
  let pending = linted.get(text);
  if (!pending) linted.set(text, (pending = context.findingsWith(text)));
  const after = await pending;
  if (after.some((message) => message.fatal)) return undefined;
  const before = new Map<string, number>();
  for (const message of state.messages) before.set(findingKey(message), (before.get(findingKey(message)) ?? 0) + 1);
  return after.filter((message) => {
    const left = before.get(findingKey(message)) ?? 0;
    before.set(findingKey(message), left - 1);
    return left <= 0;
  });
}

const checked = new WeakMap<LintState, Map<string, Promise<Linter.LintMessage[]>>>();

function findingKey(message: Linter.LintMessage): string {
  return `${message.ruleId ?? ""}\u0000${message.messageId ?? message.message}`;
}

/**
 * `{# tactful-disable-next-line rule --  -#}` on a line of its own above the finding's line, in
 * the body. The `-#}` trims the line break after it, so the message renders as before; offered
 * only when the text still parses with it and the message text is unchanged (a line that
 * starts with spaces the trim would remove, or a line in the front matter, cannot take it).
 */
function disableEdit(document: TextDocument, state: LintState, message: Linter.LintMessage): TextEdit | undefined {
  if (!message.ruleId || message.fatal) return undefined;
  const text = document.getText();
  const lineStart = document.offsetAt({ line: message.line - 1, character: 0 });
  const body = state.document.ast.body.range;
  if (lineStart < body[0] || lineStart > body[1]) return undefined;
  const newline = /\r\n|\r|\n/u.exec(text)?.[0] ?? "\n";
  const name = message.ruleId.replace(/^tactful\//u, "");
  const directive = `{# tactful-disable-next-line ${name}${REASON_MARK} -#}${newline}`;
  const edited = parseTemplate(text.slice(0, lineStart) + directive + text.slice(lineStart), { packs: state.document.packs });
  const prose = (template: { prose: ReadonlyArray<{ text: string }> }): string => template.prose.map((segment) => segment.text).join("\u0000");
  if (edited.fatal || !edited.comments.some((comment) => comment.range[0] === lineStart) || prose(edited) !== prose(state.document)) return undefined;
  return { range: { start: document.positionAt(lineStart), end: document.positionAt(lineStart) }, newText: directive };
}
