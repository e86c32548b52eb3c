import * as vscode from "vscode";
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from "vscode-languageclient/node";
import type { InitializationOptions, RunOn } from "@tactful/language-server/protocol";

export const LANGUAGE_ID = "tactful-template";

/** The documents the server serves: templates, saved or not. */
export const DOCUMENT_SELECTOR = [
  { scheme: "file", language: LANGUAGE_ID },
  { scheme: "untitled", language: LANGUAGE_ID },
  // Policy pack files: the server checks those that are packs (an `id` and `sources`, or `extends`) and leaves other YAML alone.
  { scheme: "file", language: "yaml" },
];

/** The bundled server, beside the extension's own code (see scripts/build.mjs). */
export const SERVER_PATH = ["dist", "server", "tactful-language-server.mjs"];

/** The `tactful.*` settings the server reads: when to lint, and in which language to speak. */
export const SETTINGS = "tactful";

/** The language the writer chose for Tactful's messages, or VS Code's display language. */
export function messageLanguage(): string {
  const chosen = vscode.workspace.getConfiguration(SETTINGS).get<string>("language", "auto");
  return chosen === "auto" ? vscode.env.language : chosen;
}

/**
 * The language client of the bundled server. The workspace's `eslint.config.js` is code, so it
 * is loaded only in a trusted workspace; the options are read again on every (re)start, and
 * `tactful.run` is pushed to the server when it changes.
 */
export function createClient(context: vscode.ExtensionContext): LanguageClient {
  const module = vscode.Uri.joinPath(context.extensionUri, ...SERVER_PATH).fsPath;
  const outputChannel = vscode.window.createOutputChannel("Tactful", { log: true });
  context.subscriptions.push(outputChannel);
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ["--nolazy", "--inspect=6009"] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    initializationOptions: (): InitializationOptions => ({
      projectConfig: vscode.workspace.isTrusted,
      run: vscode.workspace.getConfiguration(SETTINGS).get<RunOn>("run", "onType"),
      locale: messageLanguage(),
    }),
    synchronize: { configurationSection: SETTINGS },
    // A finding's hover links to its rule page in the Markdown preview.
    markdown: { isTrusted: { enabledCommands: ["markdown.showPreview"] } },
    // The extension's own channel: a client that made its own would close it on a restart, as the writer reads it.
    outputChannel,
  };
  return new LanguageClient("tactful", "Tactful", serverOptions, clientOptions);
}
