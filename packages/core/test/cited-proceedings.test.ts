import { builtInPacks, type PolicyPack } from "@tactful/policies";
import { analyzeText } from "@tactful/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const cn = builtInPacks.packFor("CN")!;
const us = builtInPacks.packFor("US")!;
const collection = { category: "collection" as const, audience: "borrower" as const };

const falseLegal = (text: string, pack: PolicyPack, language: "zh" | "en", context: { category: "collection" | "reminder"; audience: "borrower" } = collection): string[] =>
  analyzeText(text, pack, language, context)
    .filter((match) => match.entry.category === "false-legal")
    .map((match) => match.entry.id);

// A claim of legal process each pack reports on its own.
const US_CLAIM = "A judgment was entered against you and a writ of garnishment of your earnings was issued.";
const CN_CLAIM = "我行已就您的信用卡欠款提起诉讼，开庭时间2027年3月18日。";

const usCourt = fc.constantFrom("Maricopa County Justice Court", "Philadelphia Municipal Court", "Travis County Court at Law No. 2", "the Cook County Circuit Court");
const usCase = fc
  .tuple(fc.constantFrom("case", "Case No.", "Cause No.", "docket #"), fc.stringMatching(/^[A-Z]{1,3}[0-9]{2,4}-[0-9]{3,6}$/))
  .map(([label, number]) => `${label} ${number}`);
const cnCourt = fc.constantFrom("北京市朝阳区人民法院", "臺灣臺北地方法院", "區域法院");
const cnCase = fc.oneof(
  fc.tuple(fc.integer({ min: 2015, max: 2030 }), fc.constantFrom("京", "沪", "粤"), fc.integer({ min: 101, max: 9999 }), fc.constantFrom("民初", "执", "民终"), fc.integer({ min: 1, max: 99999 })).map(([year, place, court, kind, n]) => `案号（${year}）${place}${court}${kind}${n}号`),
  fc.tuple(fc.integer({ min: 100, max: 119 }), fc.constantFrom("司執", "重訴", "訴"), fc.integer({ min: 1, max: 99999 })).map(([year, kind, n]) => `${year}年度${kind}字第${n}號`),
  fc.tuple(fc.constantFrom("DCCJ", "HCA"), fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 2015, max: 2030 })).map(([court, n, year]) => `${court} ${n}/${year}`),
);

describe("a cited proceeding (allowedWhen.cites)", () => {
  it("reports the claims the property is about, with nothing cited", () => {
    expect(falseLegal(US_CLAIM, us, "en")).not.toEqual([]);
    expect(falseLegal(CN_CLAIM, cn, "zh")).not.toEqual([]);
  });

  it("allows a claim of legal process in a message that names the court and the case number, wherever they stand", () => {
    fc.assert(
      fc.property(usCourt, usCase, fc.boolean(), (court, number, before) => {
        const citation = `This concerns ${number} in ${court}.`;
        expect(falseLegal(before ? `${citation} ${US_CLAIM}` : `${US_CLAIM} ${citation}`, us, "en")).toEqual([]);
      }),
    );
    fc.assert(
      fc.property(cnCourt, cnCase, fc.boolean(), (court, number, before) => {
        const citation = `本案由${court}受理，${number}。`;
        expect(falseLegal(before ? `${citation}${CN_CLAIM}` : `${CN_CLAIM}${citation}`, cn, "zh")).toEqual([]);
      }),
    );
  });

  it("still reports the claim when only the court, or only a number, is given", () => {
    fc.assert(
      fc.property(usCourt, usCase, (court, number) => {
        expect(falseLegal(`${US_CLAIM} This concerns ${court}.`, us, "en")).not.toEqual([]);
        expect(falseLegal(`${US_CLAIM} This concerns ${number}.`, us, "en")).not.toEqual([]);
      }),
    );
    fc.assert(
      fc.property(cnCourt, cnCase, (court, number) => {
        expect(falseLegal(`${CN_CLAIM}本案由${court}受理。`, cn, "zh")).not.toEqual([]);
        expect(falseLegal(`${CN_CLAIM}${number}。`, cn, "zh")).not.toEqual([]);
      }),
    );
  });

  it("still reports a court signing the message, whatever it cites", () => {
    fc.assert(
      fc.property(cnCourt, cnCase, (court, number) => {
        expect(falseLegal(`【${court}】${number}，${CN_CLAIM}`, cn, "zh")).toContain("CN-TONE-AUTHORITY");
      }),
    );
  });

  it("allows a garnishment where the message cites any one set of classes: a federal student loan's notice with its hearing, not the loan alone", () => {
    const garnish = "Unless you act within 30 days, your employer may be ordered to garnish your wages.";
    const loan = fc.constantFrom("Your defaulted federal student loan", "Your Direct Loan", "The U.S. Department of Education holds your loan, which");
    const rights = fc.constantFrom("You may request a hearing.", "You may inspect and copy the records.", "You can avoid this with a written repayment agreement.");
    fc.assert(
      fc.property(loan, rights, (held, right) => {
        expect(falseLegal(`${held} is in default. ${garnish} ${right}`, us, "en")).toEqual([]);
        expect(falseLegal(`${held} is in default. ${garnish}`, us, "en")).toContain("US-TONE-ASSETS");
      }),
    );
    expect(falseLegal(`Your card is in default. ${garnish} You may request a hearing.`, us, "en")).toContain("US-TONE-ASSETS");
  });

  it("allows only in the categories the entry names", () => {
    const text = `${CN_CLAIM}本案由北京市朝阳区人民法院受理，案号（2027）京0105民初3381号。`;
    expect(falseLegal(text, cn, "zh")).toEqual([]);
    expect(falseLegal(text, cn, "zh", { category: "reminder", audience: "borrower" })).toContain("CN-TONE-FAKE-PROCESS");
  });
});
