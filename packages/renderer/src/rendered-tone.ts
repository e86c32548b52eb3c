import { analyzeText, toneFindings, toneLanguage, writesOwnName, type TemplateDocument } from "@tactful/core";
import { effectiveSeverity } from "@tactful/policies";
import type { Message } from "./compile.js";

/** A blocking tone match in a rendered message: the words, and the pack entry that refuses them. */
export interface UnreadToneWords {
  words: string;
  entry: string;
}

/**
 * The first blocking tone words a message rendered from a template says that the linter, reading
 * the template, never found: words that reach the message through a `{% set %}` value, a loop
 * over a literal list, a dictionary, or split across a tag or an empty output. An entry the
 * linter found in the template (reported or waived with a reason) is left to the linter.
 */
export function unreadToneWords(document: TemplateDocument, message: Message): UnreadToneWords | null {
  const pack = document.pack;
  const language = pack && toneLanguage(document.meta.locale, pack);
  // Without a pack or a language of it for the locale, the template does not lint clean, and is not released.
  if (!pack || !language) return null;
  const { category, audience, channel, sender } = document.meta;
  const context = { category, audience, channel, senderRole: sender?.role };
  const known = new Set(toneFindings(document).map((finding) => finding.entry.id));
  for (const text of textsOf(message)) {
    for (const match of analyzeText(text, pack, language, context)) {
      if (known.has(match.entry.id) || effectiveSeverity(match.entry) !== "block") continue;
      if (writesOwnName(text, match, sender, pack)) continue;
      return { words: text.slice(match.start, match.end), entry: match.entry.id };
    }
  }
  return null;
}

function textsOf(message: Message): string[] {
  switch (message.channel) {
    case "sms":
      return [message.text];
    case "push":
      return [message.title, message.body];
    case "email":
      return [message.subject, message.text];
  }
}
