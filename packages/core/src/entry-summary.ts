import type { Entry } from "@tactful/policies";
import type { Locale } from "./i18n.js";
import { inLocaleScript } from "./tone/script.js";

/**
 * A pack entry's summary in the writer's language: the pack's own text for that locale; in
 * Traditional Chinese without one, its Simplified text converted; else the English `summary`.
 */
export function entrySummary(entry: Pick<Entry, "summary" | "summaries">, locale: Locale): string {
  if (locale === "en") return entry.summary;
  const own = entry.summaries?.[locale];
  if (own !== undefined) return own;
  const simplified = entry.summaries?.["zh-CN"];
  return simplified === undefined ? entry.summary : inLocaleScript(simplified, locale);
}
