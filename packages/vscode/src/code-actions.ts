import * as vscode from "vscode";
import { CodeActionRequest, type CodeActionParams, type LanguageClient } from "vscode-languageclient/node";
import { resolveLocale } from "@tactful/core/i18n";
import { FIX_ALL_KIND, FIX_ALL_MESSAGES, isFixable } from "@tactful/language-server/protocol";
import { messageLanguage } from "./client.js";
import { withReasonSnippets } from "./disable-snippet.js";

const FIX_ALL = vscode.CodeActionKind.Empty.append(FIX_ALL_KIND);

/** How long a save waits for the server's fixes before it goes on without them. */
const SAVE_BUDGET_MS = 1_200;

/** The fix-all offered before its edit is known: the document it fixes. */
class FixAll extends vscode.CodeAction {
  constructor(readonly document: vscode.TextDocument) {
    super(FIX_ALL_MESSAGES.title[resolveLocale(messageLanguage())], FIX_ALL);
  }
}

/**
 * Tactful's code actions, the quick fixes and the fix-all (`source.fixAll.tactful`, which
 * `editor.codeActionsOnSave` asks for), from one provider registered as the extension activates
 * and answered by the server once it has started. VS Code drops the answers to a request it
 * cancelled meanwhile (it cancels when the providers for the document change, as they may while
 * extensions start after a reload): after a reload, the server's fix-all came back to a
 * cancelled request and the save went without it. So the language client's own provider
 * (registered only once the server is up) is not used, the fix-all is offered at once when a
 * finding has a fix and its edit asked of the server only when it is applied
 * (`resolveCodeAction`), and a save that `editor.codeActionsOnSave` says to fix is also fixed
 * as the document is about to be saved.
 */
export function registerCodeActions(client: LanguageClient, selector: vscode.DocumentSelector): vscode.Disposable {
  client.getFeature(CodeActionRequest.method).initialize = () => undefined;
  const ask = async (document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext, token: vscode.CancellationToken): Promise<Array<vscode.Command | vscode.CodeAction>> => {
    const params: CodeActionParams = {
      textDocument: client.code2ProtocolConverter.asTextDocumentIdentifier(document),
      range: client.code2ProtocolConverter.asRange(range),
      context: client.code2ProtocolConverter.asCodeActionContextSync(context),
    };
    // Sent once the server has started, after the document's opening.
    const actions = await client.sendRequest(CodeActionRequest.type, params, token).catch((error: unknown) => client.handleFailedRequest(CodeActionRequest.type, token, error, null));
    if (!actions || token.isCancellationRequested) return [];
    return client.protocol2CodeConverter.asCodeActionResult(actions, token);
  };
  const fixAllEdit = async (document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.WorkspaceEdit | undefined> => {
    const whole = new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
    const [fixed] = await ask(document, whole, { diagnostics: [], only: FIX_ALL, triggerKind: vscode.CodeActionTriggerKind.Invoke }, token);
    return fixed instanceof vscode.CodeAction ? fixed.edit : undefined;
  };

  const onSave = vscode.workspace.onWillSaveTextDocument((event) => {
    if (vscode.languages.match(selector, event.document) === 0 || !fixesOnSave(event.document, event.reason)) return;
    // VS Code gives a save listener 1.5 s, and ignores one that overruns three times: give up
    // before (the code action on save still runs).
    const saving = new vscode.CancellationTokenSource();
    const giveUp = setTimeout(() => saving.cancel(), SAVE_BUDGET_MS);
    event.waitUntil(
      fixAllEdit(event.document, saving.token)
        .then((edit) => edit?.get(event.document.uri) ?? [])
        .finally(() => {
          clearTimeout(giveUp);
          saving.dispose();
        }),
    );
  });
  const provider = vscode.languages.registerCodeActionsProvider(
    selector,
    {
      async provideCodeActions(document, range, context, token) {
        // Offered at once, but only when a finding has a fix: otherwise there is nothing to do.
        if (context.only && FIX_ALL.intersects(context.only)) return vscode.languages.getDiagnostics(document.uri).some(isFixable) ? [new FixAll(document)] : [];
        return withReasonSnippets(await ask(document, range, context, token));
      },
      async resolveCodeAction(action, token) {
        if (action instanceof FixAll) action.edit = await fixAllEdit(action.document, token);
        return action;
      },
    },
    { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL] },
  );
  return vscode.Disposable.from(onSave, provider);
}

/**
 * Whether `editor.codeActionsOnSave` asks for Tactful's fix-all (by its kind or one that holds
 * it, such as `source.fixAll`) on a save of this kind: `true` and `"explicit"` on saves the
 * writer makes, `"always"` also on automatic ones.
 */
function fixesOnSave(document: vscode.TextDocument, reason: vscode.TextDocumentSaveReason): boolean {
  const setting = vscode.workspace.getConfiguration("editor", document).get<unknown>("codeActionsOnSave");
  const entries: Array<[string, unknown]> = Array.isArray(setting) ? setting.map((kind) => [String(kind), "explicit"]) : Object.entries(typeof setting === "object" && setting !== null ? setting : {});
  return entries.some(([kind, when]) => vscode.CodeActionKind.Empty.append(kind).contains(FIX_ALL) && (when === "always" || ((when === true || when === "explicit") && reason === vscode.TextDocumentSaveReason.Manual)));
}
