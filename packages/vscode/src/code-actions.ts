import * as vscode from "vscode";
import { CodeActionRequest, type CodeActionParams, type LanguageClient } from "vscode-languageclient/node";
import { FIX_ALL_KIND } from "@tactful/language-server/protocol";
import { withReasonSnippets } from "./disable-snippet.js";

/**
 * Tactful's code actions, the quick fixes and the fix-all (`source.fixAll.tactful`, which
 * `editor.codeActionsOnSave` asks for), from one provider registered as the extension activates
 * and answered by the server once it has started. The language client would register its own
 * provider only then, and VS Code drops the answers to a request during which the providers
 * change: a save in the first seconds after the window opened went without its fixes. So the
 * client's provider is not registered.
 */
export function registerCodeActions(client: LanguageClient, selector: vscode.DocumentSelector): vscode.Disposable {
  client.getFeature(CodeActionRequest.method).initialize = () => undefined;
  return vscode.languages.registerCodeActionsProvider(
    selector,
    {
      async provideCodeActions(document, range, context, token) {
        const params: CodeActionParams = {
          textDocument: client.code2ProtocolConverter.asTextDocumentIdentifier(document),
          range: client.code2ProtocolConverter.asRange(range),
          context: client.code2ProtocolConverter.asCodeActionContextSync(context),
        };
        // Sent once the server has started, after the document's opening.
        const actions = await client.sendRequest(CodeActionRequest.type, params, token).catch((error: unknown) => client.handleFailedRequest(CodeActionRequest.type, token, error, null));
        if (!actions || token.isCancellationRequested) return [];
        return withReasonSnippets(await client.protocol2CodeConverter.asCodeActionResult(actions, token));
      },
    },
    { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, vscode.CodeActionKind.Empty.append(FIX_ALL_KIND)] },
  );
}
