import type { ESLint, Linter } from "eslint";
import type { Connection, TextDocuments } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { parseTemplate, translator, type Catalog, type TemplateDocument } from "@tactful/core";
import { scopeLibraries, shareDocument, type TemplateRuleDocs } from "@tactful/eslint-plugin";
import { lintFailureMessage, localizeParsingErrors, type TemplateEslint } from "@tactful/eslint-plugin/engine";
import { TextDocument as Text } from "vscode-languageserver-textdocument";
import { setImmediate as yieldToRequests } from "node:timers/promises";
import { pathToFileURL } from "node:url";
import { ProjectFiles } from "@tactful/eslint-plugin/files";
import { failureMessage, toDiagnostic } from "./diagnostics.js";
import type { TemplateLibrary } from "./library.js";
import type { LintWorkspaceResult, RunOn } from "./protocol.js";
import type { Workspace } from "./workspace.js";
import { isYamlUri } from "./pack-files.js";

/** What the editor shows on a file it could not lint, by id. */
export const MESSAGES = {
  failed: { en: "Tactful could not lint this file: {reason}", "zh-CN": "Tactful 无法检查此文件：{reason}", "zh-TW": "Tactful 無法檢查此檔案：{reason}" },
  notConfigured: {
    en: "{config} does not configure template files: add the Tactful config to it.\nFor example: `export default [tactful.configs.recommended];`",
    "zh-CN": "{config} 未配置模板文件：请在其中加入 Tactful 配置。\n例如：`export default [tactful.configs.recommended];`",
    "zh-TW": "{config} 未設定範本檔案：請在其中加入 Tactful 設定。\n例如：`export default [tactful.configs.recommended];`",
  },
  theConfiguration: { en: "the ESLint configuration", "zh-CN": "ESLint 配置", "zh-TW": "ESLint 設定" },
} as const satisfies Catalog;

/** The last lint of a document: what code actions and hovers read. */
export interface LintState {
  version: number;
  messages: Linter.LintMessage[];
  /** Documentation of every rule that reported, by rule id. */
  rules: Record<string, TemplateRuleDocs | undefined>;
  /** The template as parsed from the linted text. */
  document: TemplateDocument;
}

const NO_CONFIGURATION = /no matching configuration/u;

/** How long linting pauses before the fixer is made ready. */
const WARM_AFTER_MS = 1_000;

/**
 * Lints open documents: the first content at once, later edits after a pause (per document),
 * and publishes only results for the version still open, so a slow lint never overwrites a
 * newer one. Linting failures (a broken configuration, a rule that throws) become a diagnostic
 * of that document; the server goes on serving the others.
 */
export class DocumentLinter {
  private readonly states = new Map<string, LintState>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly seen = new Set<string>();
  private readonly waiting = new Map<string, Array<() => void>>();
  private warming: NodeJS.Timeout | undefined;
  /** When an open document is linted after its first content: as it is typed, or when it is saved. */
  runOn: RunOn = "onType";
  private firstLinted!: () => void;
  /** Settles once the first diagnostics are published: work that can wait (indexing the library) waits for it. */
  readonly firstLint = new Promise<void>((resolve) => (this.firstLinted = resolve));

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly workspace: Workspace,
    private readonly library: TemplateLibrary,
    private readonly debounceMs: number,
  ) {}

  /** The document's content changed (or it was opened). */
  changed(document: TextDocument): void {
    const { uri } = document;
    if (!this.seen.has(uri)) {
      this.seen.add(uri);
      void this.lintSafely(uri, true);
      return;
    }
    if (this.runOn === "onType") this.schedule(uri, true);
  }

  /** The document was saved: linted now when the writer wants findings on save. */
  saved(document: TextDocument): void {
    if (this.runOn === "onSave") void this.lintSafely(document.uri, true);
  }

  /**
   * Lints every template under the roots, as `tactful lint` reads them, and publishes their
   * diagnostics; open documents keep those of their unsaved text. A batch at a time, so the
   * editor's requests are served meanwhile.
   */
  async lintWorkspace(roots: readonly string[]): Promise<LintWorkspaceResult> {
    const open = new Map(this.documents.all().map((document) => [this.workspace.filePathOf(document.uri), document.uri]));
    let files = 0;
    let problems = 0;
    for (const root of roots) {
      const project = await ProjectFiles.open([root], { locale: this.workspace.locale });
      for (const filePath of await project.find(root)) {
        files++;
        const openUri = open.get(filePath);
        if (openUri !== undefined) {
          problems += this.states.get(openUri)?.messages.length ?? 0;
          continue;
        }
        const read = await project.read(filePath);
        const { messages, rules } = "text" in read ? await this.lintFile(read.text, filePath) : { messages: [failureMessage(read.error)], rules: {} };
        const uri = pathToFileURL(filePath).href;
        const document = Text.create(uri, "tactful-template", 0, "text" in read ? read.text : "");
        problems += messages.length;
        await this.connection.sendDiagnostics({ uri, diagnostics: messages.map((message, index) => toDiagnostic(message, index, document, message.ruleId ? rules[message.ruleId]?.url : undefined)) });
        await yieldToRequests();
      }
    }
    return { files, problems };
  }

  closed(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.seen.delete(uri);
    this.states.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** Lints every open document again (the configuration or the library changed). */
  relintAll(): void {
    for (const document of this.documents.all()) this.schedule(document.uri, false);
  }

  /** Lints again the open documents that share one of these template ids. */
  relintSharing(ids: readonly string[], except?: string): void {
    if (ids.length === 0) return;
    for (const document of this.documents.all()) {
      const id = this.states.get(document.uri)?.document.meta.id;
      if (document.uri !== except && id !== undefined && ids.includes(id)) this.schedule(document.uri, false);
    }
  }

  /**
   * The lint of this version of the document, once it is done; the last lint instead when this
   * version is not linted within `timeoutMs` (or not at all until it is saved).
   */
  async linted(uri: string, version: number, timeoutMs: number): Promise<LintState | undefined> {
    if (this.state(uri, version) || this.runOn === "onSave") return this.state(uri);
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      const waiters = this.waiting.get(uri) ?? [];
      waiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
      this.waiting.set(uri, waiters);
    });
    return this.state(uri);
  }

  /** The last lint of the document, if it is of this version. */
  state(uri: string, version?: number): LintState | undefined {
    const state = this.states.get(uri);
    return state && (version === undefined || state.version === version) ? state : undefined;
  }

  /** The findings the document would have with `text` instead (a fix is checked before it is offered). */
  async findingsWith(uri: string, text: string): Promise<Linter.LintMessage[]> {
    const filePath = this.workspace.filePathOf(uri);
    return (await this.lintText(text, filePath, this.workspace.linter(filePath))).messages;
  }

  private schedule(uri: string, cascade: boolean): void {
    // Pack files and other YAML are not templates.
    if (isYamlUri(uri)) return;
    clearTimeout(this.timers.get(uri));
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        void this.lintSafely(uri, cascade);
      }, this.debounceMs),
    );
  }

  /** Lints, and logs what `lint` did not turn into a diagnostic: nothing a document holds may end the server. */
  private async lintSafely(uri: string, cascade: boolean): Promise<void> {
    try {
      await this.lint(uri, cascade);
    } catch (error) {
      this.connection.console.error(`Linting ${uri} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }

  private async lint(uri: string, cascade: boolean): Promise<void> {
    const document = this.documents.get(uri);
    if (!document) return;
    const { version } = document;
    const text = document.getText();
    const filePath = this.workspace.filePathOf(uri);
    const template = parseTemplate(text, { filePath, packs: await this.workspace.packs(filePath) });
    if (this.documents.get(uri)?.version !== version) return;
    this.library.update(filePath, template);
    // ESLint's parse takes this document rather than parsing the same text again.
    shareDocument(template);
    const { messages, rules } = await this.lintFile(text, filePath);
    if (this.documents.get(uri)?.version !== version) return;
    const previousId = this.states.get(uri)?.document.meta.id;
    this.states.set(uri, { version, messages, rules, document: template });
    for (const waiter of this.waiting.get(uri)?.splice(0) ?? []) waiter();
    await this.connection.sendDiagnostics({ uri, version, diagnostics: messages.map((message, index) => toDiagnostic(message, index, document, message.ruleId ? rules[message.ruleId]?.url : undefined)) });
    this.firstLinted();
    // The first fix-all (as on the first save) would otherwise wait for its own ESLint to load the configuration and
    // rules: it is made ready once linting pauses, so it takes no time from the diagnostics the writer waits for.
    clearTimeout(this.warming);
    this.warming = setTimeout(() => this.workspace.warmFixer(filePath, text), WARM_AFTER_MS).unref();
    // Its variants and namesakes are judged against this text too.
    if (cascade) this.relintSharing([...new Set([previousId, template.meta.id].filter((id): id is string => id !== undefined))], uri);
  }

  /** Lints a file's text; a failure of linting itself becomes the file's one finding (and goes to the log). */
  private async lintFile(text: string, filePath: string): Promise<Pick<LintState, "messages" | "rules">> {
    try {
      return await this.lintText(text, filePath, this.workspace.linter(filePath));
    } catch (error) {
      this.connection.console.error(`Linting ${filePath} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      const say = translator(MESSAGES, this.workspace.locale);
      return { messages: [failureMessage(say("failed", { reason: error instanceof Error ? error.message : String(error) }))], rules: {} };
    }
  }

  private async lintText(text: string, filePath: string, { eslint, config, locale }: TemplateEslint): Promise<Pick<LintState, "messages" | "rules">> {
    let results: ESLint.LintResult[];
    try {
      // As `tactful lint`: templates the configuration ignores take no part in the library checks.
      await scopeLibraries([filePath], (file) => eslint.isPathIgnored(file));
      results = await eslint.lintText(text, { filePath, warnIgnored: true });
    } catch (error) {
      return { messages: [failureMessage(lintFailureMessage(config, error, locale))], rules: {} };
    }
    const messages = localizeParsingErrors(results[0]?.messages ?? [], locale);
    const unconfigured = messages.find((message) => message.ruleId === null && NO_CONFIGURATION.test(message.message));
    if (unconfigured) {
      const say = translator(MESSAGES, this.workspace.locale);
      return { messages: [failureMessage(say("notConfigured", { config: config.kind === "project" ? config.file : say("theConfiguration") }), 1)], rules: {} };
    }
    // A file the configuration ignores on purpose is not linted.
    if (messages.length === 1 && messages[0]!.ruleId === null && messages[0]!.severity === 1 && /ignored/u.test(messages[0]!.message)) return { messages: [], rules: {} };
    const rules: LintState["rules"] = {};
    for (const [id, meta] of Object.entries(eslint.getRulesMetaForResults(results))) rules[id] = meta.docs as TemplateRuleDocs | undefined;
    return { messages, rules };
  }
}
