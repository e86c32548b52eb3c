import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { createClient } from "./client.js";
import { PreviewFeed } from "./preview-feed.js";
import { PreviewPanel } from "./preview-panel.js";
import { showRuleDocumentation } from "./rule-docs.js";
import { OPEN_PREVIEW_COMMAND, TemplateStatusBar } from "./status-bar.js";
import { registerWaivers } from "./waivers.js";

/** How long after the last keystroke the status bar and preview are measured again. */
const PREVIEW_DELAY_MS = 300;

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  client = createClient(context);
  const feed = new PreviewFeed(() => client, PREVIEW_DELAY_MS);
  context.subscriptions.push(
    feed,
    new TemplateStatusBar(feed),
    vscode.commands.registerCommand(OPEN_PREVIEW_COMMAND, () => PreviewPanel.show(context.extensionUri, feed)),
    vscode.commands.registerCommand("tactful.showRuleDocumentation", () => showRuleDocumentation(context.extensionUri)),
    registerWaivers(() => client),
    // Trust lets the workspace's eslint.config.js run: start again with it.
    vscode.workspace.onDidGrantWorkspaceTrust(async () => {
      await client?.restart();
      feed.refresh();
    }),
  );
  await client.start();
  feed.refresh();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
