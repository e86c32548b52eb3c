import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from "vscode-jsonrpc/node";
import {
  CodeActionRequest,
  CompletionRequest,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  LogMessageNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  type CodeAction,
  type CompletionItem,
  type CompletionList,
  type FileChangeType,
  type Diagnostic,
  type Hover,
  type InitializeResult,
  type Position,
  type PublishDiagnosticsParams,
  type Registration,
  type TextEdit,
} from "vscode-languageserver-protocol";
import { TextDocument } from "vscode-languageserver-textdocument";

const SERVER = fileURLToPath(new URL("../../packages/language-server/bin/tactful-language-server.js", import.meta.url));

export const uriOf = (path: string): string => pathToFileURL(path).href;

/**
 * A language client as an editor is one: it starts the built server over stdio, keeps the
 * text of the documents it opened, and applies the edits the server proposes.
 */
export class LspClient {
  readonly published: PublishDiagnosticsParams[] = [];
  /** What the server wrote to the client's output (window/logMessage). */
  readonly logged: string[] = [];
  private readonly documents = new Map<string, TextDocument>();
  private readonly waiters: Array<() => void> = [];
  private stderr = "";

  private constructor(
    private readonly process: ChildProcess,
    readonly connection: MessageConnection,
  ) {
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.push(params);
      for (const waiter of this.waiters.splice(0)) waiter();
    });
    connection.onNotification(LogMessageNotification.type, (params) => {
      this.logged.push(params.message);
    });
    process.stderr!.on("data", (chunk: Buffer) => (this.stderr += chunk.toString()));
  }

  /** Starts the server (the built one, unless `server` names another build, such as the bundled one) for these workspace folders. */
  static async start(
    folders: string[],
    { debounceMs = 0, initializationOptions, watchFiles = false, server = SERVER, locale }: { debounceMs?: number; initializationOptions?: object; watchFiles?: boolean; server?: string; locale?: string } = {},
  ): Promise<LspClient> {
    const child = spawn(process.execPath, [server, "--stdio"], { stdio: ["pipe", "pipe", "pipe"], env: { ...process.env, TACTFUL_LSP_DEBOUNCE_MS: String(debounceMs) } });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new LspClient(child, connection);
    connection.onRequest(RegistrationRequest.type, (params) => {
      client.registrations.push(...params.registrations);
    });
    connection.listen();
    client.initializeResult = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: folders[0] ? uriOf(folders[0]) : null,
      capabilities: watchFiles ? { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } } : {},
      workspaceFolders: folders.map((folder) => ({ uri: uriOf(folder), name: folder })),
      ...(initializationOptions ? { initializationOptions } : {}),
      ...(locale ? { locale } : {}),
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  initializeResult!: InitializeResult;
  /** What the server asked to be told about (file watchers). */
  readonly registrations: Registration[] = [];

  /** The server's error output, for failure messages. */
  get log(): string {
    return this.stderr;
  }

  text(uri: string): string {
    return this.documents.get(uri)!.getText();
  }

  async open(uri: string, text: string): Promise<void> {
    this.documents.set(uri, TextDocument.create(uri, "tactful-template", 1, text));
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: "tactful-template", version: 1, text } });
  }

  /** Applies edits to the document and sends them as incremental changes; returns the new version. */
  async edit(uri: string, edits: TextEdit[]): Promise<number> {
    const before = this.documents.get(uri)!;
    const after = TextDocument.create(uri, before.languageId, before.version + 1, TextDocument.applyEdits(before, edits));
    this.documents.set(uri, after);
    // Later edits first, so each range is still valid when it is applied.
    const changes = [...edits].sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character).map((edit) => ({ range: edit.range, text: edit.newText }));
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: after.version }, contentChanges: changes });
    return after.version;
  }

  /** Replaces the whole text. */
  async replace(uri: string, text: string): Promise<number> {
    const before = this.documents.get(uri)!;
    return this.edit(uri, [{ range: { start: { line: 0, character: 0 }, end: before.positionAt(before.getText().length) }, newText: text }]);
  }

  /** Tells the server files changed on disk, as an editor's file watcher does. */
  async filesChanged(changes: Array<{ uri: string; type: FileChangeType }>): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  async close(uri: string): Promise<void> {
    this.documents.delete(uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  version(uri: string): number {
    return this.documents.get(uri)!.version;
  }

  /** The diagnostics published for this version of the document (waits for them). */
  async diagnostics(uri: string, version = this.version(uri), timeoutMs = 30_000): Promise<Diagnostic[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.published.findLast((params) => params.uri === uri && params.version === version);
      if (found) return found.diagnostics;
      if (Date.now() > deadline) throw new Error(`no diagnostics for ${uri} version ${version}; server log:\n${this.stderr}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 250);
      });
    }
  }

  async codeActions(uri: string, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const result = await this.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics, ...(only ? { only } : {}) } });
    return (result ?? []).filter((action): action is CodeAction => "title" in action && !("command" in action && typeof action.command === "string"));
  }

  /** Applies a code action's edit to its document, as an editor does. */
  async apply(action: CodeAction): Promise<number> {
    const [[uri, edits]] = Object.entries(action.edit!.changes!) as [[string, TextEdit[]]];
    return this.edit(uri, edits);
  }

  async complete(uri: string, position: Position): Promise<CompletionItem[]> {
    const result: CompletionItem[] | CompletionList | null = await this.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position });
    return Array.isArray(result) ? result : (result?.items ?? []);
  }

  /** A Tactful request beyond LSP (`tactful/waivers`…). */
  async request<R>(method: string, params?: object): Promise<R> {
    return this.connection.sendRequest(method, params);
  }

  async hover(uri: string, position: Position): Promise<Hover | null> {
    return this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
  }

  /** The position of the `occurrence`-th `needle` in the document, plus `after` characters. */
  positionOf(uri: string, needle: string, after = 0, occurrence = 1): Position {
    const text = this.text(uri);
    let at = -1;
    for (let count = 0; count < occurrence; count++) at = text.indexOf(needle, at + 1);
    if (at === -1) throw new Error(`${needle} is not in ${uri}`);
    return this.documents.get(uri)!.positionAt(at + after);
  }

  async stop(): Promise<void> {
    await this.connection.sendRequest(ShutdownRequest.type).catch(() => undefined);
    await this.connection.sendNotification(ExitNotification.type).catch(() => undefined);
    this.connection.dispose();
    this.process.kill();
  }
}
