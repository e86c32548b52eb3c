import * as vscode from "vscode";
import { isTemplate, type PreviewFeed } from "./preview-feed.js";
import { summarize } from "./summary.js";

export const OPEN_PREVIEW_COMMAND = "tactful.openPreviewToSide";

/** The active template's worst-case SMS (or channel) in the status bar; hidden for other files. */
export class TemplateStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem("tactful.template", vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly feed: PreviewFeed) {
    this.item.name = "Tactful template";
    this.item.command = OPEN_PREVIEW_COMMAND;
    this.subscriptions = [feed.onDidUpdate(() => this.update()), vscode.window.onDidChangeActiveTextEditor(() => this.update())];
    this.update();
  }

  private update(): void {
    const active = vscode.window.activeTextEditor?.document;
    const latest = this.feed.latest;
    if (!isTemplate(active) || latest?.document !== active) {
      this.item.hide();
      return;
    }
    if (latest.result) {
      const { text, tooltip, warning } = summarize(latest.result);
      this.item.text = text;
      this.item.tooltip = tooltip;
      this.item.backgroundColor = warning ? new vscode.ThemeColor("statusBarItem.warningBackground") : undefined;
    } else {
      this.item.backgroundColor = undefined;
      this.item.text = latest.error ? "$(warning) Tactful" : "$(sync~spin) Tactful";
      this.item.tooltip = latest.error ? `The preview is not available: ${latest.error}` : "Measuring the template…";
    }
    this.item.show();
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.item.dispose();
  }
}
