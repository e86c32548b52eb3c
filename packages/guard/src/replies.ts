import { escapeRegExp, normalize, toneLanguage, type ToneLanguage } from "@tactful/core";
import type { PolicyPack, ReplyKeywords } from "@tactful/policies";

export type ReplyKind = "opt-out" | "opt-in" | "other";

interface CompiledKeywords {
  whole: Set<string>;
  phrases: RegExp[];
}

export interface ReplyClassifier {
  pack: PolicyPack;
  classify(text: string): { kind: ReplyKind; entry?: string };
}

/** Case, width and script folded the way the tone engine folds prose (NFKC, lower case, Traditional → Simplified). */
function fold(text: string, language: ToneLanguage): string {
  return normalize(text, { language }).text.replace(/^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$/gu, "").replace(/\s+/gu, " ");
}

const WORD_CHARACTER = /[\p{Script=Latin}\p{N}]/u;

function compile(keywords: ReplyKeywords, language: ToneLanguage): CompiledKeywords {
  return {
    whole: new Set(keywords.keywords.map((keyword) => fold(keyword, language))),
    phrases: (keywords.phrases ?? []).map((phrase) => {
      const folded = fold(phrase, language);
      const escaped = escapeRegExp(folded).replace(/ /g, "\\s+");
      // A Latin word is matched as a word (stop, not nonstop); Han text has no word boundaries.
      const before = WORD_CHARACTER.test(folded[0] ?? "") ? "(?<![\\p{L}\\p{N}])" : "";
      const after = WORD_CHARACTER.test(folded.at(-1) ?? "") ? "(?![\\p{L}\\p{N}])" : "";
      return new RegExp(`${before}${escaped}${after}`, "u");
    }),
  };
}

/**
 * Reads an inbound reply with a pack's keywords. A reply that is exactly a keyword decides
 * (取消退订 is an opt-in although it contains 退订); otherwise a reply containing an opt-out
 * phrase is an opt-out, even when it also sounds like an opt-in: when in doubt, stop sending.
 */
export function replyClassifier(pack: PolicyPack): ReplyClassifier | undefined {
  const replies = pack.inboundReplies;
  if (!replies) return undefined;
  // Replies are folded as the pack's own locale's text is; a pack without a language for it folds as English does (case and width only).
  const language = toneLanguage(pack.locales[0], pack) ?? "en";
  const optOut = compile(replies.optOut, language);
  const optIn = compile(replies.optIn, language);
  return {
    pack,
    classify(text) {
      const reply = fold(text, language);
      if (optIn.whole.has(reply)) return { kind: "opt-in", entry: replies.optIn.id };
      if (optOut.whole.has(reply) || optOut.phrases.some((phrase) => phrase.test(reply))) return { kind: "opt-out", entry: replies.optOut.id };
      if (optIn.phrases.some((phrase) => phrase.test(reply))) return { kind: "opt-in", entry: replies.optIn.id };
      return { kind: "other" };
    },
  };
}
