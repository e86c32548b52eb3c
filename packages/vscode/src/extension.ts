import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { resolveLocale, translator, type Catalog } from "@tactful/core/i18n";
import { LINT_WORKSPACE_METHOD, type LintWorkspaceResult } from "@tactful/language-server/protocol";
import { createClient, DOCUMENT_SELECTOR, messageLanguage, SETTINGS } from "./client.js";
import { registerCodeActions } from "./code-actions.js";
import { PreviewFeed } from "./preview-feed.js";
import { PreviewPanel } from "./preview-panel.js";
import { showRuleDocumentation } from "./rule-docs.js";
import { OPEN_PREVIEW_COMMAND, TemplateStatusBar } from "./status-bar.js";
import { registerWaivers } from "./waivers.js";

/** How long after the last keystroke the status bar and preview are measured again. */
const PREVIEW_DELAY_MS = 300;

let client: LanguageClient | undefined;

const MESSAGES = {
  linting: { en: "Tactful: linting the workspace…", "zh-CN": "Tactful：正在检查整个工作区…", "zh-TW": "Tactful：正在檢查整個工作區…" },
  linted: {
    en: "Tactful checked {files} templates: {problems} problems, listed in the Problems panel.",
    "zh-CN": "Tactful 已检查 {files} 个模板：发现 {problems} 个问题，已列在“问题”面板中。",
    "zh-TW": "Tactful 已檢查 {files} 個範本：發現 {problems} 個問題，已列在「問題」面板中。",
  },
} as const satisfies Catalog;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  client = createClient(context);
  const feed = new PreviewFeed(() => client, PREVIEW_DELAY_MS);
  context.subscriptions.push(
    // Before the server starts: a save while it starts is fixed once it is up.
    registerCodeActions(client, DOCUMENT_SELECTOR),
    feed,
    new TemplateStatusBar(feed),
    vscode.commands.registerCommand(OPEN_PREVIEW_COMMAND, () => PreviewPanel.show(context.extensionUri, feed)),
    vscode.commands.registerCommand("tactful.showRuleDocumentation", () => showRuleDocumentation(context.extensionUri)),
    registerWaivers(() => client),
    vscode.commands.registerCommand("tactful.lintWorkspace", () => lintWorkspace()),
    vscode.commands.registerCommand("tactful.restartServer", () => restart()),
    vscode.commands.registerCommand("tactful.showOutput", () => client?.outputChannel.show(true)),
    // Trust lets the workspace's eslint.config.js run: start again with it.
    vscode.workspace.onDidGrantWorkspaceTrust(() => restart()),
    // The server speaks one language from its start.
    vscode.workspace.onDidChangeConfiguration((event) => (event.affectsConfiguration(`${SETTINGS}.language`) ? restart() : undefined)),
  );

  async function restart(): Promise<void> {
    await client?.restart();
    feed.refresh();
  }
  // The status bar shows the template as being measured while the server starts.
  feed.refresh();
  await client.start();
  feed.refresh();
}

/** Lints every template of the workspace into the Problems panel, and says how many were checked. */
async function lintWorkspace(): Promise<void> {
  if (!client) return;
  const say = translator(MESSAGES, resolveLocale(messageLanguage()));
  const running = client;
  const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: say("linting") }, () => running.sendRequest<LintWorkspaceResult>(LINT_WORKSPACE_METHOD, {}));
  await vscode.commands.executeCommand("workbench.actions.view.problems");
  void vscode.window.showInformationMessage(say("linted", { files: result.files, problems: result.problems }));
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
