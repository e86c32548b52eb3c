import type { TextDocument } from "vscode-languageserver-textdocument";
import { worstCaseSms, type SourceLocation } from "@tactful/core";
import { compileTemplate, examplesOf, RenderError, TemplateDataError, TemplateInvalidError, TemplateUnsafeError, type CompiledTemplate } from "@tactful/renderer";
import type { PreviewExample, PreviewRange, PreviewResult } from "./protocol.js";

/**
 * The document rendered as the sending service would render it, with each of its examples,
 * through the same sandbox; and for SMS its worst case, as the linter measures it.
 */
export function preview(document: TextDocument, filePath: string): PreviewResult {
  const base = { uri: document.uri, version: document.version };
  let compiled: CompiledTemplate;
  try {
    compiled = compileTemplate(document.getText(), { filePath });
  } catch (error) {
    if (error instanceof TemplateInvalidError || error instanceof TemplateUnsafeError) {
      return { ...base, channel: null, problems: error.issues.map((issue) => ({ message: issue.message, range: rangeOf(issue.loc) })), examples: [] };
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
      if (error instanceof TemplateDataError) return { ...shown, error: `The example's data does not fit the variables: ${error.issues.map((issue) => `${issue.path || "/"} ${issue.message}`).join("; ")}` };
      if (error instanceof RenderError) return { ...shown, error: error.message };
      throw error;
    }
  });
  const result: PreviewResult = { ...base, channel: compiled.channel, problems: [], examples };
  if (compiled.channel === "sms") {
    const worst = worstCaseSms(compiled.document);
    const { encoding, length, segments, perSegment } = worst.measurement;
    // Too many ways through to measure: no figure rather than a wrong one (sms-length reports why).
    if (worst.limit === null) result.worstCase = { encoding, length, segments, perSegment, bounded: worst.unbounded.length === 0 };
  }
  return result;
}

function rangeOf(loc: SourceLocation): PreviewRange {
  return { start: { line: loc.start.line - 1, character: loc.start.column - 1 }, end: { line: loc.end.line - 1, character: loc.end.column - 1 } };
}
