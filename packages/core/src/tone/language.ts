import type { LanguageRules, PolicyPack } from "@tactful/policies";
import type { ToneLanguage } from "./normalize.js";

/**
 * Which of a pack's languages reads text of a locale: the one that lists the locale or the
 * longest prefix of it (`locales`, by default the language's own code: zh reads zh-HK). None
 * when the pack has no language for it: its tone cannot be checked, which is a finding, not a pass.
 */
export function toneLanguage(locale: string | undefined, pack: PolicyPack): ToneLanguage | undefined {
  const wanted = locale?.toLowerCase() ?? "";
  let found: ToneLanguage | undefined;
  let longest = -1;
  for (const [language, rules] of Object.entries(pack.tone.languages) as Array<[ToneLanguage, LanguageRules]>) {
    for (const prefix of (rules.locales ?? [language]).map((tag) => tag.toLowerCase())) {
      if ((wanted === prefix || wanted.startsWith(`${prefix}-`)) && prefix.length > longest) {
        found = language;
        longest = prefix.length;
      }
    }
  }
  return found;
}
