import * as vscode from "vscode";

interface RuleDoc {
  ruleId: string;
  uri: vscode.Uri;
}

const NAMESPACE = "tactful/";

/**
 * Opens the documentation of the rule behind the finding at the cursor in the Markdown
 * preview; with several findings there, or none, the writer picks (from those findings, or
 * from every rule). The pages ship inside the extension, so this works offline.
 */
export async function showRuleDocumentation(extensionUri: vscode.Uri): Promise<void> {
  const docs = vscode.Uri.joinPath(extensionUri, "docs", "rules");
  const here = findingsAtCursor(docs);
  const chosen = here.length === 1 ? here[0] : await pick(here.length > 0 ? here : await allRules(docs), here.length > 0);
  if (chosen) await vscode.commands.executeCommand("markdown.showPreview", chosen.uri);
}

/** The rules of the Tactful findings under the cursor, each once, with the page the finding links to. */
function findingsAtCursor(docs: vscode.Uri): RuleDoc[] {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return [];
  const found = new Map<string, RuleDoc>();
  for (const diagnostic of vscode.languages.getDiagnostics(editor.document.uri)) {
    if (diagnostic.source !== "tactful" || !editor.selections.some((selection) => diagnostic.range.contains(selection.active))) continue;
    const code = diagnostic.code;
    const ruleId = typeof code === "object" ? String(code.value) : code === undefined ? undefined : String(code);
    if (!ruleId?.startsWith(NAMESPACE) || found.has(ruleId)) continue;
    const linked = typeof code === "object" && code.target.scheme === "file" ? code.target : undefined;
    found.set(ruleId, { ruleId, uri: linked ?? vscode.Uri.joinPath(docs, `${ruleId.slice(NAMESPACE.length)}.md`) });
  }
  return [...found.values()];
}

async function allRules(docs: vscode.Uri): Promise<Array<RuleDoc & { description?: string }>> {
  const entries = await vscode.workspace.fs.readDirectory(docs);
  const pages = entries.filter(([name, type]) => type === vscode.FileType.File && name.endsWith(".md")).map(([name]) => name).sort();
  return Promise.all(
    pages.map(async (name) => {
      const uri = vscode.Uri.joinPath(docs, name);
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      // A page is its `# tactful/rule` heading, then a one-sentence summary.
      const description = text.split(/\r?\n/u).find((line, index) => index > 0 && line.trim() !== "" && !line.startsWith("#"));
      return { ruleId: `${NAMESPACE}${name.slice(0, -".md".length)}`, uri, ...(description ? { description } : {}) };
    }),
  );
}

async function pick(rules: Array<RuleDoc & { description?: string }>, atCursor: boolean): Promise<RuleDoc | undefined> {
  const items = rules.map((rule) => ({ label: rule.ruleId, ...(rule.description ? { detail: rule.description } : {}), rule }));
  const chosen = await vscode.window.showQuickPick(items, {
    title: "Tactful: Show Rule Documentation",
    placeHolder: atCursor ? "Several findings here: which rule?" : "No Tactful finding at the cursor: which rule?",
    matchOnDetail: true,
  });
  return chosen?.rule;
}
