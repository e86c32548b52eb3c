import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { WAIVERS_METHOD } from "@tactful/language-server/protocol";

export const SHOW_WAIVERS_COMMAND = "tactful.showWaivers";
const SCHEME = "tactful-waivers";
const REGISTER = vscode.Uri.from({ scheme: SCHEME, path: "/waiver-register.md" });

/**
 * The waiver register (`tactful lint --suppressions`) as a read-only Markdown document, read
 * from the server each time it is shown, rendered in the Markdown preview.
 */
export function registerWaivers(client: () => LanguageClient | undefined): vscode.Disposable {
  const changed = new vscode.EventEmitter<vscode.Uri>();
  let text = "";
  const provider: vscode.TextDocumentContentProvider = { onDidChange: changed.event, provideTextDocumentContent: () => text };
  return vscode.Disposable.from(
    changed,
    vscode.workspace.registerTextDocumentContentProvider(SCHEME, provider),
    vscode.commands.registerCommand(SHOW_WAIVERS_COMMAND, async () => {
      const running = client();
      if (!running) return;
      text = await running.sendRequest<string>(WAIVERS_METHOD);
      changed.fire(REGISTER);
      await vscode.commands.executeCommand("markdown.showPreview", REGISTER);
    }),
  );
}
