import type { Entry, Translations, Wording } from "@tactful/policies";
import type { Locale } from "./i18n.js";
import { inLocaleScript } from "./tone/script.js";

/**
 * A pack's text in the writer's language: the pack's own text for that locale; in Traditional
 * Chinese without one, its Simplified text converted; else the English.
 */
export function inWritersLanguage(english: string, translations: Translations | undefined, locale: Locale): string {
  if (locale === "en") return english;
  const own = translations?.[locale];
  if (own !== undefined) return own;
  const simplified = translations?.["zh-CN"];
  return simplified === undefined ? english : inLocaleScript(simplified, locale);
}

/** A pack entry's summary in the writer's language (`summaries`, else the English `summary`). */
export function entrySummary(entry: Pick<Entry, "summary" | "summaries">, locale: Locale): string {
  return inWritersLanguage(entry.summary, entry.summaries, locale);
}

/** What a pack's wording is, in the writer's language (`descriptions`, else the English `description`); undefined when the pack does not say. */
export function wordingDescription(wording: Pick<Wording, "description" | "descriptions">, locale: Locale): string | undefined {
  return wording.description === undefined ? undefined : inWritersLanguage(wording.description, wording.descriptions, locale);
}
