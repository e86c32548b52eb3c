import * as vscode from "vscode";
import { DISABLE_KIND, REASON_MARK } from "@tactful/language-server/protocol";

/**
 * The server's "disable for the next line" inserts the directive with an empty reason, which
 * any editor can apply. Here it becomes a snippet with the cursor in the reason, so the writer
 * types it straight away.
 */
export function withReasonSnippets(actions: Array<vscode.Command | vscode.CodeAction>): Array<vscode.Command | vscode.CodeAction> {
  for (const action of actions) {
    if (!(action instanceof vscode.CodeAction) || action.kind?.value !== DISABLE_KIND || !action.edit) continue;
    const entries = action.edit.entries();
    const [uri, edits] = entries[0] ?? [];
    const edit = edits?.[0];
    const at = edit?.newText.indexOf(REASON_MARK) ?? -1;
    if (!uri || !edit || entries.length !== 1 || edits.length !== 1 || at === -1) continue;
    const reasonAt = at + REASON_MARK.length;
    const snippet = new vscode.SnippetString().appendText(edit.newText.slice(0, reasonAt)).appendTabstop(0).appendText(edit.newText.slice(reasonAt));
    const snippetEdit = new vscode.WorkspaceEdit();
    snippetEdit.set(uri, [new vscode.SnippetTextEdit(edit.range, snippet)]);
    action.edit = snippetEdit;
  }
  return actions;
}
