import { DiagnosticSeverity, type CompletionItem, type Diagnostic, type Position } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { closest, type Locale } from "@tactful/core";
import { packFileBases } from "@tactful/policies/load";
import { completeFromSchema } from "./completion.js";
import { POLICY_SCHEMA } from "./schema.js";
import { yamlContext } from "./yaml-context.js";

/**
 * Policy pack files, for their authors: the problems `tactful pack check` finds, where it finds
 * them, as the file is typed, and the fields and values `schemas/policy.schema.json` documents.
 */

/** A YAML file: a policy pack's, or one that is not Tactful's (never linted as a template). */
export function isYamlUri(uri: string): boolean {
  return /\.ya?ml$/iu.test(uri);
}

/** A YAML file that is a pack or an overlay: it says its `id` and cites `sources`, or `extends` a pack. */
export function isPackFile(uri: string, text: string): boolean {
  if (!isYamlUri(uri)) return false;
  const keys = new Set([...text.matchAll(/^([a-zA-Z$][\w$]*)\s*:/gmu)].map((match) => match[1]));
  return keys.has("extends") || (keys.has("id") && keys.has("sources"));
}

/** The problems of a pack file, each from its position to the end of its line. The checker is loaded with the first pack file opened. */
export async function packDiagnostics(document: TextDocument, filePath: string | undefined, locale: Locale): Promise<Diagnostic[]> {
  const { checkPack, packProblemText } = await import("@tactful/policies/check");
  const text = document.getText();
  // As `tactful pack check` checks it: with a "did you mean", and what it extends or adopts found from its folder.
  const { problems } = checkPack(text, { closest, ...(filePath ? { resolveBase: packFileBases(filePath) } : {}) });
  const lines = text.split(/\r\n|\r|\n/u);
  return problems.map((problem) => {
    const line = problem.line - 1;
    const start = { line, character: problem.column - 1 };
    return {
      range: { start, end: { line, character: Math.max(start.character + 1, lines[line]?.length ?? 0) } },
      severity: problem.severity === "error" ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
      code: problem.messageId,
      source: "tactful",
      message: packProblemText(problem, locale),
    };
  });
}

/** The fields a pack's mapping may have, or the values a field takes, at the cursor. */
export function completePack(document: TextDocument, position: Position): CompletionItem[] {
  const lines = document.getText().split(/\r\n|\r|\n/u);
  return completeFromSchema(yamlContext(lines, position.line, position.character), position, POLICY_SCHEMA);
}
