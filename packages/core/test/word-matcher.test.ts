import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wordMatcher } from "../src/tone/word-matcher.js";

/** The definition the trie must agree with: one global pattern per term. */
function scanPerTerm(terms: readonly string[], text: string): Array<[number, number, number]> {
  return terms.flatMap((term, index) => {
    const source = [...term]
      .map((char, index) => {
        if (/\s/u.test(char)) return "[\\s\\-\\u2010\\u2011]+";
        const escaped = char.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        return index > 0 && /\p{L}/u.test(char) ? `(?:${escaped}|\\*)` : escaped;
      })
      .join("");
    const plural = /\p{L}$/u.test(term) ? "(?:s|es)?" : "";
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}*])${source}${plural}(?![\\p{L}\\p{N}*])`, "gu");
    return [...text.matchAll(pattern)].map((match): [number, number, number] => [match.index, match.index + match[0].length, index]);
  });
}

/** Matches as comparable strings: start, end and which term. */
const sorted = (ranges: ReadonlyArray<readonly number[]>): string[] => ranges.map(String).sort();

describe("word matcher", () => {
  const terms = ["sue", "sue you", "ass", "no", "no no", "warrant", "box", "esq.", "credit check", "co-worker"];
  const find = wordMatcher(terms);
  const matched = (text: string): string[] => find(text).map(([start, end]) => text.slice(start, end)).sort();

  it("finds whole words and their plurals, never inside a longer word", () => {
    expect(matched("two warrants, a boxes, assess the class")).toEqual(["boxes", "warrants"]);
    expect(matched("esq. and esquire")).toEqual(["esq."]);
  });

  it("finds every term that matches at one place, across any run of blanks", () => {
    expect(matched("we will sue \t you")).toEqual(["sue", "sue \t you"]);
    expect(matched("no credit  check")).toEqual(["credit  check", "no"]);
  });

  it("reads a hyphen between words as a blank (past-due is past due), and keeps a hyphen a term spells", () => {
    expect(matched("a credit-check, a credit - check")).toEqual(["credit - check", "credit-check"]);
    expect(matched("a co-worker, a co worker")).toEqual(["co-worker"]);
  });

  it("reads a * as a masked letter after the first", () => {
    expect(matched("a*s and w*rr*nt")).toEqual(["a*s", "w*rr*nt"]);
    expect(matched("*ss")).toEqual([]);
  });

  it("never finds a term overlapping itself", () => {
    expect(sorted(find("no no no"))).toEqual(sorted([[0, 2, 3], [0, 5, 4], [3, 5, 3], [6, 8, 3]]));
  });

  it("finds what a global pattern per term finds, and says which term", () => {
    const pieces = [...terms, " ", "  ", "\t", "-", "\u2011", "*", "s", "es", "e", ".", "é", "𝐀", "1", "中文", ","];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, (sample) => {
        expect(sorted(find(sample))).toEqual(sorted(scanPerTerm(terms, sample)));
      }),
      { numRuns: 2000 },
    );
  });
});
