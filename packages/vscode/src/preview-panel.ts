import { randomBytes } from "node:crypto";
import { basename } from "node:path";
import * as vscode from "vscode";
import { previewHtml } from "./preview-html.js";
import type { PreviewFeed, PreviewUpdate } from "./preview-feed.js";

/**
 * The preview beside the editor. It follows the template the writer works on and updates as
 * they type. The page runs only the extension's own script (by nonce) and loads only its own
 * stylesheet; nothing in a message can run or load anything.
 */
export class PreviewPanel implements vscode.Disposable {
  private static current: PreviewPanel | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  static show(extensionUri: vscode.Uri, feed: PreviewFeed): void {
    if (PreviewPanel.current) {
      PreviewPanel.current.panel.reveal(vscode.ViewColumn.Beside, true);
      return;
    }
    PreviewPanel.current = new PreviewPanel(extensionUri, feed);
  }

  private readonly panel: vscode.WebviewPanel;

  private constructor(
    extensionUri: vscode.Uri,
    private readonly feed: PreviewFeed,
  ) {
    const media = vscode.Uri.joinPath(extensionUri, "media");
    this.panel = vscode.window.createWebviewPanel("tactful.preview", "Tactful Preview", { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: true, localResourceRoots: [media] });
    this.panel.iconPath = vscode.Uri.joinPath(media, "preview.svg");
    this.panel.webview.html = this.page(media);
    this.subscriptions.push(
      feed.onDidUpdate((update) => this.post(update)),
      // The page asks for the content once it has loaded (again, after being hidden).
      this.panel.webview.onDidReceiveMessage((message: { type?: string }) => {
        if (message.type === "ready" && this.feed.latest) this.post(this.feed.latest);
      }),
      this.panel.onDidDispose(() => this.dispose()),
    );
    feed.refresh();
  }

  private post(update: PreviewUpdate): void {
    const fileName = basename(update.document.uri.path);
    this.panel.title = `Preview ${fileName}`;
    void this.panel.webview.postMessage({ type: "update", html: previewHtml({ fileName, ...(update.result ? { result: update.result } : {}), ...(update.error ? { error: update.error } : {}) }) });
  }

  private page(media: vscode.Uri): string {
    const webview = this.panel.webview;
    const nonce = randomBytes(16).toString("base64");
    const csp = [`default-src 'none'`, `style-src ${webview.cspSource}`, `img-src ${webview.cspSource} https: data:`, `script-src 'nonce-${nonce}'`].join("; ");
    const asset = (name: string): string => webview.asWebviewUri(vscode.Uri.joinPath(media, name)).toString();
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${asset("preview.css")}">
<title>Tactful Preview</title>
</head>
<body>
<main id="preview"><p class="pending">Rendering…</p></main>
<script nonce="${nonce}" src="${asset("preview.js")}"></script>
</body>
</html>`;
  }

  dispose(): void {
    PreviewPanel.current = undefined;
    for (const subscription of this.subscriptions) subscription.dispose();
    this.panel.dispose();
  }
}
