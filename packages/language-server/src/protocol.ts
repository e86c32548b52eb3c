import type { Catalog } from "@tactful/core/i18n";
/**
 * What the Tactful language server adds to LSP. Clients send these as plain JSON-RPC requests;
 * the VS Code extension uses them for its preview and status bar.
 */

/** `tactful/preview`: the document rendered with each of its examples, and its worst-case SMS. */
export const PREVIEW_METHOD = "tactful/preview";

export interface PreviewParams {
  textDocument: { uri: string };
}

export interface PreviewRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

export interface RenderedSms {
  channel: "sms";
  text: string;
  encoding: "GSM-7" | "UCS-2";
  length: number;
  segments: number;
  perSegment: number;
}

export interface RenderedEmail {
  channel: "email";
  subject: string;
  /** Sanitised HTML of the body. */
  html: string;
  text: string;
}

export interface RenderedPush {
  channel: "push";
  title: string;
  body: string;
  truncated: { title: boolean; body: boolean };
}

export type RenderedMessage = RenderedSms | RenderedEmail | RenderedPush;

/** A finding of the template's last lint that shows in an example: its message, and the words to mark. */
export interface PreviewFinding {
  ruleId: string | null;
  severity: "error" | "warning";
  message: string;
  /** The words of the text the finding is about, as the example renders them; absent when it is about the example's data. */
  words?: string;
}

export interface PreviewExample {
  name: string;
  description?: string;
  /** The findings this example shows (in its rendered text) or has (in its data). */
  findings?: PreviewFinding[];
  /** The message, when the example renders. */
  message?: RenderedMessage;
  /** Why it does not (its data does not fit the variables, a filter refused a value). */
  error?: string;
}

export interface PreviewResult {
  uri: string;
  /** The document version the preview was made from. */
  version: number;
  channel: "sms" | "email" | "push" | null;
  /** Why the template cannot be rendered at all (front matter, syntax, unsafe code), with positions. */
  problems: Array<{ message: string; range: PreviewRange }>;
  examples: PreviewExample[];
  /** For SMS: the longest message the template can produce, measured as it would be sent. */
  worstCase?: {
    encoding: "GSM-7" | "UCS-2";
    length: number;
    segments: number;
    perSegment: number;
    /** False when some output has no bound (no maxLength, maximum or enum): the figure uses its examples. */
    bounded: boolean;
    /** Set when the worst case is over the segment budget: the finding that says so. */
    overBudget?: string;
  };
}

/**
 * `tactful/lintWorkspace`: lints every template of the workspace folders and publishes each
 * file's diagnostics (open documents keep theirs, from their unsaved text).
 */
export const LINT_WORKSPACE_METHOD = "tactful/lintWorkspace";

export interface LintWorkspaceResult {
  /** Templates linted. */
  files: number;
  /** Findings published, over all of them. */
  problems: number;
}

/** When the server lints an open document: on every change (after a pause), or when it is saved. */
export type RunOn = "onType" | "onSave";

/** Settings a client pushes with `workspace/didChangeConfiguration`, under `tactful`. */
export interface Settings {
  run?: RunOn;
}

/** Options a client may pass in `initializationOptions`. */
export interface InitializationOptions {
  /** When to lint (`onType` unless said otherwise). */
  run?: RunOn;
  /** The language of the server's messages (`en`, `zh-CN`, `zh-TW`); the editor's display language when absent. */
  locale?: string;
  /**
   * Whether the workspace's own `eslint.config.*` may be loaded (it is code). False in an
   * untrusted workspace: the built-in recommended configuration is used instead.
   */
  projectConfig?: boolean;
}

/** `tactful/waivers` (no params): the workspace's waiver register as Markdown, as `tactful lint --suppressions` lists it. */
export const WAIVERS_METHOD = "tactful/waivers";

/** The kind of Tactful's fix-all, which `source.fixAll` (as on save) includes. */
export const FIX_ALL_KIND = "source.fixAll.tactful";

/** Whether a diagnostic is a Tactful finding with a fix: the fix-all is offered only when one is. */
export function isFixable(diagnostic: { source?: string; data?: unknown }): boolean {
  return diagnostic.source === "tactful" && typeof diagnostic.data === "object" && diagnostic.data !== null && (diagnostic.data as { fixable?: unknown }).fixable === true;
}

/** The fix-all action's title, by the server and by an editor that offers the action before asking for its edit. */
export const FIX_ALL_MESSAGES = { title: { en: "Fix all Tactful problems", "zh-CN": "修复所有 Tactful 问题", "zh-TW": "修正所有 Tactful 問題" } } as const satisfies Catalog;

/**
 * The kind of "disable for the next line": a quick fix whose edit leaves the reason empty. An
 * editor that can (VS Code, through the extension) turns it into a snippet with the cursor in
 * the reason; any other applies it as it is, and the writer types the reason there.
 */
export const DISABLE_KIND = "quickfix.tactful.disable";

/** Where the reason goes in a disable directive's text: right after this. */
export const REASON_MARK = " -- ";
