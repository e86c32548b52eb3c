import fc from "fast-check";
import { builtInPacks, type PolicyPack } from "@tactful/policies";
import { describe, expect, it } from "vitest";
import { AUDIENCES, CATEGORIES, CHANNELS, SENDER_ROLES } from "../src/index.js";
import { analyzeText, type ToneContext, type ToneMatch } from "../src/tone/engine.js";
import { normalize, type ToneLanguage } from "../src/tone/normalize.js";
import { inLocaleScript } from "../src/tone/script.js";
import { substringMatcher } from "../src/tone/substring-matcher.js";
import { analyzeText as referenceAnalyzeText } from "./reference/engine.js";
import { normalize as referenceNormalize } from "./reference/normalize.js";

/**
 * The engine reads each sentence once — one automaton for every term of a pack's language, one
 * for the literal anchors of its patterns, each pattern run only when one of its anchors occurs —
 * and must find exactly what the entry-by-entry engine it replaced finds (kept in ./reference):
 * on random text built from the packs' own words, in any spacing, width, case and script, with
 * negators (and words that only hold one), reassurances, conditions and clause breaks between them.
 */

/** Full-width forms of the ASCII characters in a text (what NFKC folds back). */
const fullWidth = (text: string): string => text.replace(/[!-~]/gu, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));

function wordsOf(pack: PolicyPack, language: ToneLanguage): string[] {
  const rules = pack.tone.languages[language]!;
  const entries = pack.tone.lexicon.filter((entry) => entry.language === language);
  return [
    ...entries.flatMap((entry) => [...(entry.terms ?? []), ...(entry.allowedWhen?.context ?? [])]),
    ...Object.values(rules.classes ?? {}).flatMap((wordClass) => wordClass.terms ?? []),
    ...(rules.negators ?? []),
    ...(rules.nonNegating ?? []),
    ...(rules.reassurances ?? []),
    ...(rules.disclaimers ?? []),
    ...Object.keys(rules.substitutions ?? {}),
  ];
}

const GLUE: Record<ToneLanguage, string[]> = {
  zh: ["，", "。", "！", "？", "!!", "；", " ", "  ", "\n", "\n\n", ".", "-", "*", "我们", "您", "的", "如不还款", "否则", "将", "24小时内", "今天", "3", "😀", "但是", "A"],
  en: [" ", " ", "  ", ", ", ". ", "! ", "? ", "!!", "\n", "\n\n", "-", ".", "*", "we will ", "your ", "if you don't pay, ", "or else ", "but ", "NOW ", "4", "@", "s.u.e", "😀", "1"],
};

function arbitraryText(pack: PolicyPack, language: ToneLanguage): fc.Arbitrary<string> {
  const words = wordsOf(pack, language);
  const variant = fc.constantFrom<(text: string) => string>(
    (text) => text,
    (text) => text,
    fullWidth,
    (text) => text.toUpperCase(),
    (text) => inLocaleScript(text, "zh-TW"),
    (text) => [...text].join(" "),
  );
  const piece = fc.oneof({ weight: 3, arbitrary: fc.tuple(fc.constantFrom(...words), variant).map(([word, change]) => change(word)) }, { weight: 2, arbitrary: fc.constantFrom(...GLUE[language]) });
  return fc.array(piece, { minLength: 1, maxLength: 14 }).map((pieces) => pieces.join(""));
}

const arbitraryContext: fc.Arbitrary<ToneContext> = fc.record({
  category: fc.constantFrom(...CATEGORIES),
  audience: fc.constantFrom(...AUDIENCES),
  channel: fc.constantFrom(...CHANNELS),
  senderRole: fc.constantFrom(...SENDER_ROLES),
}) as fc.Arbitrary<ToneContext>;

/** A match as a reader sees it: the entry, the offsets, the sentence and the slots. */
const shown = (matches: readonly ToneMatch[]): unknown[] => matches.map(({ entry, start, end, sentence, slots }) => ({ id: entry.id, start, end, sentence, slots }));

describe.each([
  ["CN", "zh"],
  ["US", "en"],
] as const)("the %s pack's %s lexicon, matched in one pass", (jurisdiction, language) => {
  const pack = builtInPacks.packFor(jurisdiction)!;
  const text = arbitraryText(pack, language);

  it("finds exactly what matching entry by entry finds", () => {
    fc.assert(
      fc.property(text, arbitraryContext, (sample, context) => {
        expect(shown(analyzeText(sample, pack, language, context))).toEqual(shown(referenceAnalyzeText(sample, pack, language, context)));
      }),
      { numRuns: 400 },
    );
  });

  it("finds the same a second time, from what it remembers of each sentence", () => {
    fc.assert(
      fc.property(text, arbitraryContext, (sample, context) => {
        const first = shown(analyzeText(sample, pack, language, context));
        expect(shown(analyzeText(sample, pack, language, context))).toEqual(first);
      }),
      { numRuns: 100 },
    );
  });

  it("normalises text as it did character by character", () => {
    const substitutions = pack.tone.languages[language]!.substitutions;
    // Characters at the edges of the one-code-unit path: forms NFKC lengthens (ﬁ, ㏠) or turns into
    // another Han character (豈), full-width and Traditional ones, surrogates whole and alone, combining marks.
    const edges = fc.array(fc.constantFrom("ﬁ", "㏠", "豈", "，", "Ａ", "門", "們", "😀", "\ud83d", "\ude00", "e\u0301", "\u0301", "İ", "Σ", "s", "5", "起", " ", ".", "诉", "qisu"), { maxLength: 12 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(fc.oneof(text, edges, fc.string({ unit: "grapheme", maxLength: 20 }), fc.string({ unit: "binary", maxLength: 20 })), (sample) => {
        expect(normalize(sample, { language, substitutions })).toEqual(referenceNormalize(sample, { language, substitutions }));
        expect(normalize(sample, { language })).toEqual(referenceNormalize(sample, { language }));
      }),
      { numRuns: 500 },
    );
  });
});

describe("normalising CJK characters without asking Unicode each time", () => {
  it("gives every character from U+2E80 to U+9FFF alone what it did: no case, Han as Unicode says", () => {
    const differences: string[] = [];
    for (let code = 0x2e80; code <= 0x9fff; code++) {
      const char = String.fromCharCode(code);
      for (const language of ["zh", "en"] as const) {
        if (JSON.stringify(normalize(char, { language })) !== JSON.stringify(referenceNormalize(char, { language }))) differences.push(`${language} U+${code.toString(16)}`);
      }
    }
    expect(differences).toEqual([]);
  });
});

describe("the substring automaton", () => {
  /** The definition: every occurrence of every term, overlapping ones included. */
  const byIndexOf = (terms: readonly string[], text: string): string[] =>
    terms
      .flatMap((term, index) => {
        const found: string[] = [];
        for (let at = text.indexOf(term); term.length > 0 && at !== -1; at = text.indexOf(term, at + 1)) found.push(`${at},${at + term.length},${index}`);
        return found;
      })
      .sort();

  it("finds what indexOf per term finds", () => {
    const alphabet = fc.constantFrom("a", "b", "ab", "告", "知", "家人", "😀", "\ud83d");
    const word = fc.array(alphabet, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), fc.array(alphabet, { maxLength: 30 }), (terms, parts) => {
        const sample = parts.join("");
        expect(substringMatcher(terms)(sample).map(String).sort()).toEqual(byIndexOf(terms, sample));
      }),
      { numRuns: 1000 },
    );
  });
});
