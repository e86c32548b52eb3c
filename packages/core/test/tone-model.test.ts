import fc from "fast-check";
import { builtInPacks, type LexiconEntry, type PolicyPack, type ToneModel } from "@tactful/policies";
import { analyzeText, modelFeatures, readWithModel } from "@tactful/core";
import { describe, expect, it } from "vitest";

const us = builtInPacks.packFor("US")!;
const collection = { category: "collection" as const, audience: "borrower" as const };

describe("a learned reader's features", () => {
  it("are the words and the pairs of neighbouring words, a function word only in a pair", () => {
    expect(modelFeatures("we know where you park").map(({ feature }) => feature)).toEqual(["we", "we know", "know", "know where", "where", "where you", "you", "you park", "park"]);
    expect(modelFeatures("we know where you park", new Set(["we", "where", "you"])).map(({ feature }) => feature)).toEqual(["we know", "know", "know where", "where you", "you park", "park"]);
  });

  it("in Chinese are the runs of two and three Han characters, a two-character function word only inside three, and other words whole", () => {
    expect(modelFeatures("我们知道你家", new Set(["我们"]), "zh").map(({ feature }) => feature)).toEqual(["我们知", "们知", "们知道", "知道", "知道你", "道你", "道你家", "你家"]);
    const text = "去你app, 𠮷家";
    expect(modelFeatures(text, undefined, "zh").map(({ feature, start, end }) => [feature, text.slice(start, end)])).toEqual([
      ["去你", "去你"],
      ["app", "app"],
      ["𠮷家", "𠮷家"],
    ]);
  });

  it("keep a word's apostrophe, curly or straight, and say where each feature is", () => {
    const text = "we’ll see, don't worry";
    expect(modelFeatures(text).map(({ feature, start, end }) => [feature, text.slice(start, end)])).toEqual([
      ["we'll", "we’ll"],
      ["we'll see", "we’ll see"],
      ["see", "see"],
      ["see don't", "see, don't"],
      ["don't", "don't"],
      ["don't worry", "don't worry"],
      ["worry", "worry"],
    ]);
  });
});

describe("reading a sentence with a model", () => {
  const model: ToneModel = { bias: -2, threshold: 0.5, features: { know: 1.5, "we know": 1, park: 0.5, sorry: -3 }, functionWords: ["we"], trainedOn: ["test"] };

  it("is the logistic of the bias and the weights of the features present, each counted once", () => {
    const reading = readWithModel("we know, we know where you park", model);
    expect(reading.probability).toBeCloseTo(1 / (1 + Math.exp(-(-2 + 1.5 + 1 + 0.5))), 12);
    expect(reading.evidence.map(({ feature, weight }) => [feature, weight])).toEqual([
      ["know", 1.5],
      ["we know", 1],
      ["park", 0.5],
    ]);
  });

  it("weighs a feature against the category as much as one for it", () => {
    expect(readWithModel("sorry we know", model).probability).toBeLessThan(readWithModel("we know", model).probability);
  });

  it("gives a probability between 0 and 1 for any text, and never names a feature with a weight against", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("we", "know", "park", "sorry", "where", "’ll", "don't", ",", " ", "é", "😀"), { maxLength: 30 }), (parts) => {
        const reading = readWithModel(parts.join(" "), model);
        expect(reading.probability).toBeGreaterThan(0);
        expect(reading.probability).toBeLessThan(1);
        expect(reading.evidence.every(({ weight }) => weight > 0)).toBe(true);
      }),
    );
  });
});

describe("an entry read by a model", () => {
  const reader = (model: Partial<ToneModel> = {}, entry: Partial<LexiconEntry> = {}): LexiconEntry => ({
    id: "T-READER",
    summary: "reads as a threat",
    category: "threat",
    language: "en",
    severity: "warn",
    fallback: true,
    negatable: true,
    sources: [],
    confidence: "low",
    model: { bias: -3, threshold: 0.5, features: { know: 2, "we know": 1, park: 1, kids: 1 }, functionWords: ["we", "your", "the"], trainedOn: ["test"], ...model },
    ...entry,
  });
  const withEntries = (...lexicon: LexiconEntry[]): PolicyPack => ({ ...us, tone: { ...us.tone, lexicon } });
  const found = (text: string, pack: PolicyPack, context: Parameters<typeof analyzeText>[3] = collection): Array<[string, string, string[]]> =>
    analyzeText(text, pack, "en", context).map((match) => [match.entry.id, text.slice(match.start, match.end), (match.slots ?? []).map(({ start, end }) => text.slice(start, end))]);

  it("matches a sentence read at or above its threshold, from its first to its last named word, naming the three heaviest that do not overlap", () => {
    const pack = withEntries(reader());
    expect(found("Hi. We know where your kids park the car. Bye.", pack)).toEqual([["T-READER", "know where your kids park", ["know", "kids", "park"]]]);
    expect(found("Hi. We know the address. Bye.", pack)).toEqual([["T-READER", "know", ["know"]]]);
    expect(found("Hi. We saw the address. Bye.", pack)).toEqual([]);
  });

  it("keeps a negation or a reassurance before the words harmless, as for a listed phrase", () => {
    const pack = withEntries(reader());
    expect(found("We do not know where your kids park.", pack)).toEqual([]);
  });

  it("is a second opinion: silent where a listed entry of its category matched, or another category's matched most of its words", () => {
    const listed = (category: LexiconEntry["category"], term = "your kids"): LexiconEntry => ({ id: "T-LISTED", summary: "listed", category, language: "en", severity: "block", terms: [term], sources: [], confidence: "high" });
    expect(found("We know where your kids park. We know the park.", withEntries(reader(), listed("threat")))).toEqual([
      ["T-LISTED", "your kids", []],
      ["T-READER", "know the park", ["know", "park"]],
    ]);
    expect(found("We know where your kids park.", withEntries(reader(), listed("pressure")))).toEqual([
      ["T-READER", "know where your kids park", ["know", "kids", "park"]],
      ["T-LISTED", "your kids", []],
    ]);
    // The listed wording of another category holds "kids" and "park": it names what is wrong there.
    expect(found("We know where your kids park.", withEntries(reader(), listed("pressure", "where your kids park")))).toEqual([["T-LISTED", "where your kids park", []]]);
  });

  it("reads only the messages its entry applies to", () => {
    const pack = withEntries(reader({}, { when: { category: ["collection"] } }));
    expect(found("We know where your kids park.", pack, { category: "marketing", audience: "customer" })).toEqual([]);
  });
});
