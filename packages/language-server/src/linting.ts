import type { ESLint, Linter } from "eslint";
import type { Connection, TextDocuments } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { parseTemplate, type TemplateDocument } from "@tactful/core";
import { shareDocument, type TemplateRuleDocs } from "@tactful/eslint-plugin";
import { lintFailureMessage, type TemplateEslint } from "@tactful/eslint-plugin/engine";
import { failureMessage, toDiagnostic } from "./diagnostics.js";
import type { TemplateLibrary } from "./library.js";
import type { Workspace } from "./workspace.js";

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
    this.schedule(uri, true);
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

  /** The last lint of the document, if it is of this version. */
  state(uri: string, version?: number): LintState | undefined {
    const state = this.states.get(uri);
    return state && (version === undefined || state.version === version) ? state : undefined;
  }

  private schedule(uri: string, cascade: boolean): void {
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
    const template = parseTemplate(text, { filePath });
    this.library.update(filePath, template);
    // ESLint's parse takes this document rather than parsing the same text again.
    shareDocument(template);
    let result: Pick<LintState, "messages" | "rules">;
    try {
      result = await this.lintText(text, filePath, this.workspace.linter(filePath));
    } catch (error) {
      this.connection.console.error(`Linting ${filePath} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      result = { messages: [failureMessage(`Tactful could not lint this file: ${error instanceof Error ? error.message : String(error)}`)], rules: {} };
    }
    const { messages, rules } = result;
    if (this.documents.get(uri)?.version !== version) return;
    const previousId = this.states.get(uri)?.document.meta.id;
    this.states.set(uri, { version, messages, rules, document: template });
    await this.connection.sendDiagnostics({ uri, version, diagnostics: messages.map((message, index) => toDiagnostic(message, index, document, message.ruleId ? rules[message.ruleId]?.url : undefined)) });
    // Its variants and namesakes are judged against this text too.
    if (cascade) this.relintSharing([...new Set([previousId, template.meta.id].filter((id): id is string => id !== undefined))], uri);
  }

  private async lintText(text: string, filePath: string, { eslint, config }: TemplateEslint): Promise<Pick<LintState, "messages" | "rules">> {
    let results: ESLint.LintResult[];
    try {
      results = await eslint.lintText(text, { filePath, warnIgnored: true });
    } catch (error) {
      return { messages: [failureMessage(lintFailureMessage(config, error))], rules: {} };
    }
    const messages = results[0]?.messages ?? [];
    const unconfigured = messages.find((message) => message.ruleId === null && NO_CONFIGURATION.test(message.message));
    if (unconfigured) {
      const where = config.kind === "project" ? config.file : "the ESLint configuration";
      return { messages: [failureMessage(`${where} does not configure template files: add the Tactful config to it, e.g. \`export default [tactful.configs.recommended];\``, 1)], rules: {} };
    }
    // A file the configuration ignores on purpose is not linted.
    if (messages.length === 1 && messages[0]!.ruleId === null && messages[0]!.severity === 1 && /ignored/u.test(messages[0]!.message)) return { messages: [], rules: {} };
    const rules: LintState["rules"] = {};
    for (const [id, meta] of Object.entries(eslint.getRulesMetaForResults(results))) rules[id] = meta.docs as TemplateRuleDocs | undefined;
    return { messages, rules };
  }
}
