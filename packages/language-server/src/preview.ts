import type { Linter } from "eslint";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { translate, worstCaseSms, type Catalog, type Locale, type SourceLocation, type TemplateDocument } from "@tactful/core";
import { compileTemplate, examplesOf, issueMessageIn, RenderError, TemplateDataError, TemplateInvalidError, TemplateUnsafeError, type CompiledTemplate } from "@tactful/renderer";
import type { LintState } from "./linting.js";
import type { PreviewExample, PreviewFinding, PreviewRange, PreviewResult, RenderedMessage } from "./protocol.js";

/** What the preview says about an example that does not render, by id. */
export const MESSAGES = {
  dataDoesNotFit: { en: "The example's data does not fit the variables: {issues}", "zh-CN": "示例数据与变量不符：{issues}", "zh-TW": "範例資料與變數不符：{issues}" },
} as const satisfies Catalog;

/** Longer than this, a finding's text is a passage, not words to mark. */
const MAX_MARKED = 40;

/**
 * The document rendered as the sending service would render it, with each of its examples,
 * through the same sandbox; and for SMS its worst case, as the linter measures it. The
 * findings of the document's last lint (`state`) are put on the examples that show them.
 */
export function preview(document: TextDocument, filePath: string, state: LintState | undefined, locale: Locale = "en"): PreviewResult {
  const base = { uri: document.uri, version: document.version };
  let compiled: CompiledTemplate;
  try {
    // With the packs of the last lint: the configuration's.
    compiled = compileTemplate(document.getText(), { filePath, ...(state ? { packs: state.document.packs } : {}) });
  } catch (error) {
    if (error instanceof TemplateInvalidError || error instanceof TemplateUnsafeError) {
      return { ...base, channel: null, problems: error.issues.map((issue) => ({ message: issue.messageIn?.(locale) ?? issue.message, range: rangeOf(issue.loc) })), examples: [] };
    }
    throw error;
  }
  const personas = new Map(compiled.document.meta.examples.map((example) => [example.name, example.description]));
  const examples = examplesOf(compiled).map(({ name, data }): PreviewExample => {
    const description = personas.get(name);
    const shown = description === undefined ? { name } : { name, description };
    try {
      return { ...shown, message: compiled.render(data) };
    } catch (error) {
      if (error instanceof TemplateDataError) return { ...shown, error: translate(MESSAGES, "dataDoesNotFit", locale, { issues: error.issues.map((issue) => `${issue.path || "/"} ${issueMessageIn(issue, locale)}`).join("; ") }) };
      if (error instanceof RenderError) return { ...shown, error: error.messageIn(locale) };
      throw error;
    }
  });
  if (state) markFindings(examples, state.messages, compiled.document, document);
  const result: PreviewResult = { ...base, channel: compiled.channel, problems: [], examples };
  if (compiled.channel === "sms") {
    const worst = worstCaseSms(compiled.document);
    const { encoding, length, segments, perSegment } = worst.measurement;
    // The budget is the linter's (the configuration's, else the pack's): its finding says the SMS is over it.
    const overBudget = state?.messages.find((message) => message.ruleId === "tactful/sms-length" && message.messageId === "tooLong")?.message;
    // Too many ways through to measure: no figure rather than a wrong one (sms-length reports why).
    if (worst.limit === null) result.worstCase = { encoding, length, segments, perSegment, bounded: worst.unbounded.length === 0, ...(overBudget ? { overBudget } : {}) };
  }
  return result;
}

/**
 * Puts each finding on the examples it shows in: a finding in an example's front matter on that
 * example; a finding about words of the body, subject or title on each example whose message
 * has those words (another branch may leave them out), with the words to mark.
 */
function markFindings(examples: PreviewExample[], messages: readonly Linter.LintMessage[], template: TemplateDocument, document: TextDocument): void {
  const body = template.ast.body.range;
  const fields = [template.ast.frontMatter?.subject?.range, template.ast.frontMatter?.title?.range].filter((range) => range !== undefined);
  for (const message of messages) {
    const start = document.offsetAt({ line: message.line - 1, character: message.column - 1 });
    const end = message.endLine === undefined || message.endColumn === undefined ? start : document.offsetAt({ line: message.endLine - 1, character: message.endColumn - 1 });
    const finding: PreviewFinding = { ruleId: message.ruleId, severity: message.severity === 2 ? "error" : "warning", message: message.message };
    const example = template.meta.examples.findIndex((_, index) => {
      const at = template.locate(`/examples/${index}`)?.value;
      return at !== undefined && at[0] <= start && end <= at[1];
    });
    if (example !== -1) {
      const name = template.meta.examples[example]!.name;
      attach(examples.find((entry) => entry.name === name), finding);
      continue;
    }
    const inText = [body, ...fields].some((range) => range[0] <= start && end <= range[1]);
    const words = template.text.slice(start, end).trim();
    if (!inText || words.length === 0 || words.length > MAX_MARKED || /[{}]/u.test(words)) continue;
    for (const entry of examples) if (entry.message && renderedText(entry.message).includes(words)) attach(entry, { ...finding, words });
  }
}

function attach(example: PreviewExample | undefined, finding: PreviewFinding): void {
  if (example) (example.findings ??= []).push(finding);
}

/** What the customer reads of a message. */
function renderedText(message: RenderedMessage): string {
  return message.channel === "sms" ? message.text : message.channel === "email" ? `${message.subject}\n${message.text}` : `${message.title}\n${message.body}`;
}

function rangeOf(loc: SourceLocation): PreviewRange {
  return { start: { line: loc.start.line - 1, character: loc.start.column - 1 }, end: { line: loc.end.line - 1, character: loc.end.column - 1 } };
}
