import { builtInPacks, type PolicyPack } from "@tactful/policies";
import { analyzeText, type ToneLanguage } from "@tactful/core";
import { describe, expect, it } from "vitest";

/**
 * A reassurance (请放心, rest assured) or a disclaimer (谨防, beware) makes what follows it a
 * statement of rights or a warning about scammers. It must not silence a threat the sender makes
 * in its own voice after it: for every excuse of every shipped pack's language, the sender's
 * threat after it, in a clause of its own, is still reported.
 */
const collection = { category: "collection" as const, audience: "borrower" as const };

const THREATS: Record<ToneLanguage, string[]> = {
  zh: ["今天不还款我们就通知你的家人和单位领导", "我们明天派人上门到你单位", "否则我们将通知您的通讯录联系人"],
  en: ["if you don't pay today we will call your boss and tell him about your debt", "we will send someone to your home tomorrow", "pay now or we will tell your family about this debt"],
};
const SEPARATORS: Record<ToneLanguage, string[]> = { zh: ["，", "：", "；"], en: [", ", ": ", "; "] };

const threats = (text: string, pack: PolicyPack, language: ToneLanguage): string[] =>
  analyzeText(text, pack, language, collection)
    .filter((match) => match.entry.category === "threat")
    .map((match) => match.entry.id);

const excusesOf = (pack: PolicyPack): Array<[ToneLanguage, string]> =>
  (Object.entries(pack.tone.languages) as Array<[ToneLanguage, NonNullable<PolicyPack["tone"]["languages"][ToneLanguage]>]>).flatMap(([language, rules]) =>
    [...(rules.reassurances ?? []), ...(rules.disclaimers ?? [])].map((excuse): [ToneLanguage, string] => [language, excuse]),
  );

describe.each(builtInPacks.packs.map((pack) => [pack.id, pack] as const))("the excuses of the %s pack", (_id, pack) => {
  it("has excuses to test, and reports each threat on its own", () => {
    expect(excusesOf(pack).length).toBeGreaterThan(0);
    for (const language of new Set(excusesOf(pack).map(([language]) => language))) {
      for (const threat of THREATS[language]) expect(threats(threat, pack, language), threat).not.toEqual([]);
    }
  });

  it("still reports a threat the sender makes in its own voice after any of them", () => {
    const missed: string[] = [];
    for (const [language, excuse] of excusesOf(pack)) {
      for (const threat of THREATS[language]) {
        for (const separator of SEPARATORS[language]) {
          const text = `${excuse}${separator}${threat}`;
          if (threats(text, pack, language).length === 0) missed.push(text);
        }
      }
    }
    expect(missed).toEqual([]);
  });
});
