import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { PREVIEW_METHOD, type PreviewParams, type PreviewResult } from "@tactful/language-server/protocol";
import { LANGUAGE_ID } from "./client.js";

/** The preview of the template the writer works on, or why there is none. */
export interface PreviewUpdate {
  document: vscode.TextDocument;
  result?: PreviewResult;
  /** The server could not answer (it is starting again, or failed). */
  error?: string;
}

export const isTemplate = (document: vscode.TextDocument | undefined): document is vscode.TextDocument => document?.languageId === LANGUAGE_ID;

/**
 * Asks the server for `tactful/preview` of the last active template: at once when a template
 * becomes active, and after a pause in typing. The status bar and the preview panel both
 * follow it, so one request serves both. A result for an older version than the document's
 * is dropped: a newer request is on its way.
 */
export class PreviewFeed implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<PreviewUpdate>();
  readonly onDidUpdate = this.emitter.event;
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  private current: PreviewUpdate | undefined;

  constructor(
    private readonly client: () => LanguageClient | undefined,
    private readonly delayMs: number,
  ) {
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (isTemplate(editor?.document) && editor.document !== this.current?.document) void this.request(editor.document);
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === this.current?.document && event.contentChanges.length > 0) this.schedule();
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (document === this.current?.document) {
          clearTimeout(this.timer);
          this.current = undefined;
        }
      }),
    );
  }

  /** The last update, if any. */
  get latest(): PreviewUpdate | undefined {
    return this.current;
  }

  /** Previews the active template again (the server restarted). */
  refresh(): void {
    const document = isTemplate(vscode.window.activeTextEditor?.document) ? vscode.window.activeTextEditor.document : this.current?.document;
    if (document) void this.request(document);
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      if (this.current) void this.request(this.current.document);
    }, this.delayMs);
  }

  private async request(document: vscode.TextDocument): Promise<void> {
    clearTimeout(this.timer);
    const switched = document !== this.current?.document;
    if (switched) this.publish({ document });
    const client = this.client();
    if (!client?.isRunning()) return;
    const params: PreviewParams = { textDocument: { uri: client.code2ProtocolConverter.asUri(document.uri) } };
    try {
      const result = await client.sendRequest<PreviewResult>(PREVIEW_METHOD, params);
      if (this.current?.document === document && result.version === document.version) this.publish({ document, result });
    } catch (error) {
      if (this.current?.document === document) this.publish({ document, error: error instanceof Error ? error.message : String(error) });
    }
  }

  private publish(update: PreviewUpdate): void {
    this.current = update;
    this.emitter.fire(update);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.emitter.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
