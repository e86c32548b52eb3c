import { parseTemplate, type TemplateDocument } from "@tactful/core";
import type { PackSet } from "@tactful/policies";

/**
 * Documents a caller has already parsed (the CLI for its summary, the language server for its
 * library index), waiting for ESLint's `parse` of the same file so that no template is parsed
 * twice in a run. Each is taken once, and only for the same path, the very same text and the
 * same packs: a fixed text, a file that changed, or other packs, and it is parsed anew. Taking it keeps the map small; a caller
 * shares a document just before it lints the file.
 */
const waiting = new Map<string, TemplateDocument>();

/** Offers a document to the next `parse` of its file (by `document.filePath`, as ESLint names it: absolute). */
export function shareDocument(document: TemplateDocument): void {
  if (document.filePath !== undefined) waiting.set(document.filePath, document);
}

/** Withdraws what was shared and not taken (a file ESLint ignored, a lint that failed). */
export function forgetSharedDocuments(): void {
  waiting.clear();
}

/** The shared document of this file when its text and packs are those given, else a new parse. */
export function documentOf(text: string, filePath: string, packs: PackSet): TemplateDocument {
  const shared = waiting.get(filePath);
  if (shared) {
    waiting.delete(filePath);
    if (shared.text === text && shared.packs.digest === packs.digest) return shared;
  }
  return parseTemplate(text, { filePath, packs });
}
