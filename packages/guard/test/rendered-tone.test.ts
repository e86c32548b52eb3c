import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { analyzeText, type ToneContext } from "@tactful/core";
import { builtInPacks, effectiveSeverity } from "@tactful/policies";
import { blockingToneFinder, type BlockingMatch } from "../src/rendered-tone.js";

const { packs } = builtInPacks;

const cn = packs.find((pack) => pack.id === "CN")!;
const rules = cn.tone.languages.zh!;
const words = [
  ...cn.tone.lexicon.filter((entry) => entry.language === "zh").flatMap((entry) => entry.terms ?? []),
  ...Object.values(rules.classes ?? {}).flatMap((wordClass) => wordClass.terms ?? []),
  ...(rules.negators ?? []),
  ...(rules.reassurances ?? []),
  ...(rules.disclaimers ?? []),
  "张三",
  "您好",
  "如不还款",
  "将",
  "1,280.50元",
  "请致电400-000-0000",
];
const breaks = ["。", "！", "？", "!", "?", "\n", "\n\n", "\n \n", "，", ",", "；", ".", "．", " ", "…", "。”", "\t"];
const text = fc.array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(...breaks)), { maxLength: 40 }).map((parts) => parts.join(""));
const contexts: ToneContext[] = [
  { category: "collection", audience: "borrower", channel: "sms", senderRole: "creditor" },
  { category: "collection", audience: "third-party", channel: "sms", senderRole: "collection-agency" },
  { category: "marketing", audience: "customer", channel: "sms" },
];
const key = (matches: readonly BlockingMatch[]): string[] => matches.map((match) => `${match.entry.id}@${match.start}-${match.end}`).sort();

describe("the rendered text's tone check, piece by piece", () => {
  // At send time only blocking entries refuse: the piece-by-piece reading must find what the engine finds with them in the whole text.
  const blocking = { ...cn, tone: { ...cn.tone, lexicon: cn.tone.lexicon.filter((entry) => effectiveSeverity(entry) === "block") } };

  it("finds in Chinese text exactly what the tone engine finds in the whole text with the blocking entries", () => {
    const finders = contexts.map((context) => ({ context, find: blockingToneFinder(cn, "zh", context) }));
    let withFindings = 0;
    fc.assert(
      fc.property(text, fc.nat(contexts.length - 1), (sample, which) => {
        const { context, find } = finders[which]!;
        const whole = analyzeText(sample, blocking, "zh", context);
        if (whole.length > 0) withFindings += 1;
        // Twice: the second reading comes from the remembered pieces.
        expect(key(find(sample))).toEqual(key(whole));
        expect(key(find(sample))).toEqual(key(whole));
      }),
      { numRuns: 400 },
    );
    // The texts are made of the lexicon's words: most of them hold findings to compare.
    expect(withFindings).toBeGreaterThan(100);
  });
});
