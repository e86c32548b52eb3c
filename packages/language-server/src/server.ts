import type { Linter } from "eslint";
import {
  CodeActionKind,
  CodeActionRequest,
  CompletionRequest,
  DefinitionRequest,
  DidChangeConfigurationNotification,
  DocumentLinkRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  HoverRequest,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  ResponseError,
  ErrorCodes,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type InitializeResult,
  type Position,
} from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import { basename } from "node:path";
import { parseTemplate, resolveLocale, translator, type Catalog, type Locale, type TemplateDocument } from "@tactful/core";
import { forgetLibraries } from "@tactful/eslint-plugin";
import { fixAllAction, quickFixes } from "./code-actions.js";
import { complete } from "./completion.js";
import { replacementEdit } from "./diagnostics.js";
import { hover } from "./hover.js";
import { completePack, isPackFile, isYamlUri, packDiagnostics } from "./pack-files.js";
import { codeActionParams, documentUri, requestPosition } from "./params.js";
import { TemplateLibrary } from "./library.js";
import { DocumentLinter } from "./linting.js";
import { definition, documentLinks, documentSymbols, foldingRanges, prepareRename, references, rename } from "./navigation.js";
import { FIX_ALL_KIND, LINT_WORKSPACE_METHOD, PREVIEW_METHOD, WAIVERS_METHOD, type InitializationOptions, type LintWorkspaceResult, type PreviewParams, type PreviewResult, type Settings } from "./protocol.js";
import { waiverRegister } from "./waivers.js";
import { pathOfUri, Workspace } from "./workspace.js";

export const SERVER_NAME = "tactful-language-server";
export const SERVER_VERSION = "0.1.0";

export const MESSAGES = {
  started: {
    en: "Tactful language server {version} started; it checks templates {run} (workspace folders: {folders}).",
    "zh-CN": "Tactful 语言服务器 {version} 已启动，{run}检查模板（工作区文件夹：{folders} 个）。",
    "zh-TW": "Tactful 語言伺服器 {version} 已啟動，{run}檢查範本（工作區資料夾：{folders} 個）。",
  },
  runChanged: { en: "Tactful now checks templates {run}.", "zh-CN": "Tactful 现在{run}检查模板。", "zh-TW": "Tactful 現在{run}檢查範本。" },
  onType: { en: "as they are typed", "zh-CN": "输入时", "zh-TW": "輸入時" },
  onSave: { en: "when they are saved", "zh-CN": "保存时", "zh-TW": "儲存時" },
} as const satisfies Catalog;

/** How long a preview waits for the lint of its text, to mark its findings. */
const PREVIEW_LINT_WAIT_MS = 2_000;

const CONFIG_FILE = /^eslint\.config\.(?:js|mjs|cjs|ts|mts|cts)$/u;

/** How long to wait after an edit before linting: `TACTFUL_LSP_DEBOUNCE_MS`, 200 ms by default. */
function debounceMs(): number {
  const value = Number(process.env["TACTFUL_LSP_DEBOUNCE_MS"]);
  return Number.isFinite(value) && value >= 0 ? value : 200;
}

/** Serves one client on `connection`. */
export function startServer(connection: Connection): void {
  // A client that sends a document without its text (or a change without text) gets an empty document, not a crash.
  const documents = new TextDocuments<TextDocument>({
    create: (uri, languageId, version, content) => TextDocument.create(uri, languageId, version, typeof content === "string" ? content : ""),
    update: (document, changes, version) => TextDocument.update(document, changes.filter((change) => typeof change.text === "string"), version),
  });
  // Set up by `initialize`, which comes before any other message.
  let workspace!: Workspace;
  let linter!: DocumentLinter;
  const library = new TemplateLibrary(
    (filePath) => documents.all().find((document) => workspace.filePathOf(document.uri) === filePath)?.getText(),
    (filePath) => workspace.rootOf(filePath),
  );
  let watchFiles = false;
  let folderEvents = false;
  /** The language of the server's own messages: the client's setting, else the editor's display language. */
  let locale: Locale = "en";

  connection.onInitialize((params): InitializeResult => {
    const options = (params.initializationOptions ?? {}) as InitializationOptions;
    locale = resolveLocale(options.locale ?? params.locale);
    workspace = new Workspace(options.projectConfig !== false, locale);
    linter = new DocumentLinter(connection, documents, workspace, library, debounceMs());
    linter.runOn = options.run === "onSave" ? "onSave" : "onType";
    const folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: "root" }] : []);
    for (const folder of folders) workspace.addFolder(folder.uri);
    watchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    folderEvents = params.capabilities.workspace?.workspaceFolders === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        completionProvider: { triggerCharacters: ["{", "|", " ", ":"] },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        documentSymbolProvider: true,
        documentLinkProvider: { resolveProvider: false },
        foldingRangeProvider: true,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: SERVER_NAME, version: SERVER_VERSION },
    };
  });

  connection.onInitialized(() => {
    // In the client's output: which server runs, and since when (a restart shows another line).
    const say = translator(MESSAGES, locale);
    connection.console.info(say("started", { version: SERVER_VERSION, folders: workspace.roots.length, run: say(linter.runOn) }));
    if (watchFiles) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: "**/*.msg.njk" }, { globPattern: "**/eslint.config.{js,mjs,cjs,ts,mts,cts}" }],
      });
    }
    if (folderEvents) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        for (const folder of event.removed) workspace.removeFolder(folder.uri);
        for (const folder of event.added) workspace.addFolder(folder.uri);
        void library.index(event.added.flatMap((folder) => pathOfUri(folder.uri) ?? []));
      });
    }
    // Only to know which open documents share an id with a template that changes on disk (the rules read the library
    // themselves): after the first diagnostics, which it would otherwise delay.
    void linter.firstLint.then(() => library.index(workspace.roots)).catch((error: unknown) => connection.console.error(`Indexing the workspace's templates failed: ${String(error)}`));
  });

  // A YAML file the client sends: a policy pack's author gets its problems as it is typed; any other YAML is not Tactful's.
  const isYaml = isYamlUri;
  /** An open template (not a YAML file), for the requests about templates. */
  const templateDocument = (uri: string): TextDocument | undefined => (isYaml(uri) ? undefined : documents.get(uri));
  const packFilesShown = new Set<string>();
  function showPackProblems(document: TextDocument): void {
    const { uri } = document;
    if (isPackFile(uri, document.getText())) {
      packFilesShown.add(uri);
      void packDiagnostics(document, pathOfUri(uri), locale).then((diagnostics) => connection.sendDiagnostics({ uri, version: document.version, diagnostics }));
    } else if (packFilesShown.delete(uri)) {
      void connection.sendDiagnostics({ uri, diagnostics: [] });
    }
  }

  documents.onDidChangeContent((event) => (isYaml(event.document.uri) ? showPackProblems(event.document) : linter.changed(event.document)));
  documents.onDidSave((event) => {
    if (!isYaml(event.document.uri)) linter.saved(event.document);
  });
  // A client that pushes its settings (VS Code's `tactful.*`): when to lint.
  connection.onNotification(DidChangeConfigurationNotification.type, (params) => {
    const settings = (params?.settings as { tactful?: Settings } | null | undefined)?.tactful;
    if ((settings?.run === "onSave" || settings?.run === "onType") && settings.run !== linter.runOn) {
      linter.runOn = settings.run;
      const say = translator(MESSAGES, locale);
      connection.console.info(say("runChanged", { run: say(settings.run) }));
    }
  });
  documents.onDidClose((event) => {
    if (isYaml(event.document.uri)) {
      if (packFilesShown.delete(event.document.uri)) void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
      return;
    }
    linter.closed(event.document.uri);
    // Back to what is on disk.
    const filePath = pathOfUri(event.document.uri);
    if (filePath) void library.read(filePath).then((text) => linter.relintSharing(library.update(filePath, text)));
  });

  connection.onDidChangeWatchedFiles(async ({ changes }) => {
    // The rules across the library read the files again on the next lint.
    forgetLibraries();
    if (changes.some((change) => CONFIG_FILE.test(basename(pathOfUri(change.uri) ?? "")))) {
      workspace.resetEngines();
      linter.relintAll();
    }
    for (const change of changes) {
      const filePath = pathOfUri(change.uri);
      if (!filePath?.endsWith(".msg.njk") || documents.get(change.uri)) continue;
      const text = change.type === FileChangeType.Deleted ? undefined : await library.read(filePath);
      linter.relintSharing(library.update(filePath, text));
    }
  });

  // Registered as plain requests: the typed helpers (onHover…) read `params.workDoneToken` before
  // the handler runs, so `null` params would be an internal error instead of InvalidParams.
  connection.onRequest(CodeActionRequest.type, async (params) => {
    const document = templateDocument(documentUri("textDocument/codeAction", params));
    codeActionParams("textDocument/codeAction", params);
    if (!document) return [];
    const actions: CodeAction[] = [];
    const only = params.context.only;
    const wantsFixAll = only?.some((kind) => FIX_ALL_KIND.startsWith(kind)) ?? false;
    if (!only || only.includes(CodeActionKind.QuickFix)) {
      const findingsWith = (text: string): Promise<Linter.LintMessage[]> => linter.findingsWith(document.uri, text);
      actions.push(...(await quickFixes(params, document, linter.state(document.uri, document.version), { locale, findingsWith })));
    }
    if (wantsFixAll) {
      const edit = await fixAll(document);
      if (edit) actions.push(fixAllAction(document.uri, edit, locale));
    }
    return actions;
  });

  async function fixAll(document: TextDocument): Promise<ReturnType<typeof replacementEdit>> {
    const filePath = workspace.filePathOf(document.uri);
    const { eslint } = workspace.fixer(filePath);
    const [result] = await eslint.lintText(document.getText(), { filePath, warnIgnored: false }).catch(() => []);
    // Only a result that still parses is offered: ESLint reports a fix that breaks the file as a fatal message.
    if (result?.output === undefined || result.messages.some((message) => message.fatal)) return undefined;
    const bom = document.getText().charCodeAt(0) === 0xfeff && result.output.charCodeAt(0) !== 0xfeff ? "\uFEFF" : "";
    return replacementEdit(document, bom + result.output);
  }

  connection.onRequest(CompletionRequest.type, async (params) => {
    const uri = documentUri("textDocument/completion", params);
    requestPosition("textDocument/completion", params);
    const pack = isYaml(uri) ? documents.get(uri) : undefined;
    if (pack) return isPackFile(uri, pack.getText()) ? completePack(pack, params.position) : null;
    const document = templateDocument(uri);
    if (!document) return null;
    const filePath = workspace.filePathOf(document.uri);
    const template = parseTemplate(document.getText(), { filePath });
    return complete(document, params.position, template, await allowedFilters(filePath), locale);
  });

  /** The filters the configuration allows besides the built-in ones (`no-unsafe-template-code`'s `allowFilters`). */
  async function allowedFilters(filePath: string): Promise<string[]> {
    try {
      const { eslint } = workspace.linter(filePath);
      const config = (await eslint.calculateConfigForFile(filePath)) as { rules?: Record<string, unknown> } | undefined;
      const setting = config?.rules?.["tactful/no-unsafe-template-code"];
      const options = Array.isArray(setting) ? (setting[1] as { allowFilters?: unknown } | undefined) : undefined;
      return Array.isArray(options?.allowFilters) ? options.allowFilters.filter((name): name is string => typeof name === "string") : [];
    } catch {
      return [];
    }
  }

  connection.onRequest(HoverRequest.type, (params) => {
    const document = templateDocument(documentUri("textDocument/hover", params));
    requestPosition("textDocument/hover", params);
    if (!document) return null;
    const state = linter.state(document.uri, document.version);
    const template = state?.document ?? parseTemplate(document.getText(), { filePath: workspace.filePathOf(document.uri) });
    return hover(document, params.position, state, template, locale);
  });

  /** The template of an open document: the last lint's, if it is of this version, else parsed now. */
  function templateOf(document: TextDocument): TemplateDocument {
    return linter.state(document.uri, document.version)?.document ?? parseTemplate(document.getText(), { filePath: workspace.filePathOf(document.uri) });
  }

  /** A handler of a request at a position in an open document; null for a document that is not open. */
  function atPosition<R>(method: string, answer: (document: TextDocument, position: Position, params: Record<string, unknown>) => R): (params: unknown) => R | null {
    return (params) => {
      const document = templateDocument(documentUri(method, params));
      const position = requestPosition(method, params);
      return document ? answer(document, position, params as Record<string, unknown>) : null;
    };
  }

  /** A handler of a request about a whole open document; null for a document that is not open. */
  function ofDocument<R>(method: string, answer: (document: TextDocument) => R): (params: unknown) => R | null {
    return (params) => {
      const document = templateDocument(documentUri(method, params));
      return document ? answer(document) : null;
    };
  }

  connection.onRequest(DefinitionRequest.type, atPosition(DefinitionRequest.method, (document, position) => definition(document, position, templateOf(document))));
  connection.onRequest(
    ReferencesRequest.type,
    atPosition(ReferencesRequest.method, (document, position, params) => references(document, position, templateOf(document), (params["context"] as { includeDeclaration?: unknown } | undefined)?.includeDeclaration !== false)),
  );
  connection.onRequest(PrepareRenameRequest.type, atPosition(PrepareRenameRequest.method, (document, position) => prepareRename(document, position, templateOf(document), locale)));
  connection.onRequest(
    RenameRequest.type,
    atPosition(RenameRequest.method, (document, position, params) => {
      if (typeof params["newName"] !== "string") throw new ResponseError(ErrorCodes.InvalidParams, `${RenameRequest.method}: \`newName\` must be a string`);
      return rename(document, position, params["newName"], templateOf(document), locale);
    }),
  );
  connection.onRequest(DocumentSymbolRequest.type, ofDocument(DocumentSymbolRequest.method, (document) => documentSymbols(document, templateOf(document), locale)));
  connection.onRequest(DocumentLinkRequest.type, ofDocument(DocumentLinkRequest.method, (document) => documentLinks(document, templateOf(document))));
  connection.onRequest(FoldingRangeRequest.type, ofDocument(FoldingRangeRequest.method, (document) => foldingRanges(templateOf(document))));

  connection.onRequest(LINT_WORKSPACE_METHOD, (): Promise<LintWorkspaceResult> => linter.lintWorkspace(workspace.roots));

  connection.onRequest(PREVIEW_METHOD, async (params: PreviewParams): Promise<PreviewResult> => {
    const uri = documentUri(PREVIEW_METHOD, params);
    const document = templateDocument(uri);
    if (!document) throw new ResponseError(ErrorCodes.InvalidParams, `${PREVIEW_METHOD}: ${uri} is not open`);
    // The findings to mark are those of this text: its lint is usually a moment away.
    const state = await linter.linted(uri, document.version, PREVIEW_LINT_WAIT_MS);
    const current = templateDocument(uri);
    if (!current) throw new ResponseError(ErrorCodes.InvalidParams, `${PREVIEW_METHOD}: ${uri} is not open`);
    // The renderer is loaded with the first preview: a server that never shows one starts without it.
    const { preview } = await import("./preview.js");
    return preview(current, workspace.filePathOf(uri), state?.version === current.version ? state : undefined, locale);
  });

  connection.onRequest(WAIVERS_METHOD, () => waiverRegister(workspace, library, documents.all().flatMap((document) => (isYaml(document.uri) ? [] : [workspace.filePathOf(document.uri)])), locale));

  documents.listen(connection);
  connection.listen();
}
