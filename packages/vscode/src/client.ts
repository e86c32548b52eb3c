import * as vscode from "vscode";
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from "vscode-languageclient/node";
import type { InitializationOptions } from "@tactful/language-server/protocol";
import { provideCodeActions } from "./disable-snippet.js";

export const LANGUAGE_ID = "tactful-template";

/** The bundled server, beside the extension's own code (see scripts/build.mjs). */
export const SERVER_PATH = ["dist", "server", "tactful-language-server.mjs"];

/**
 * The language client of the bundled server. The workspace's `eslint.config.js` is code, so it
 * is loaded only in a trusted workspace; the options are read again on every (re)start.
 */
export function createClient(context: vscode.ExtensionContext): LanguageClient {
  const module = vscode.Uri.joinPath(context.extensionUri, ...SERVER_PATH).fsPath;
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ["--nolazy", "--inspect=6009"] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: "file", language: LANGUAGE_ID },
      { scheme: "untitled", language: LANGUAGE_ID },
    ],
    initializationOptions: (): InitializationOptions => ({ projectConfig: vscode.workspace.isTrusted }),
    middleware: { provideCodeActions },
    // A finding's hover links to its rule page in the Markdown preview.
    markdown: { isTrusted: { enabledCommands: ["markdown.showPreview"] } },
  };
  return new LanguageClient("tactful", "Tactful", serverOptions, clientOptions);
}
