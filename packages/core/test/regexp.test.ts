import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allMatches } from "../src/regexp.js";

const asFound = (matches: Iterable<RegExpMatchArray>): Array<[number, string[]]> => [...matches].map((match) => [match.index!, [...match]]);

describe("allMatches", () => {
  it("finds what matchAll finds, empty matches and characters outside the Basic Multilingual Plane included, and leaves the expression as it was", () => {
    const patterns = ["a*", "\\b", "(?=b)", "ab|b", "[\\p{L}]+", "(?<=a)b?", "x|", "𠀀?"].flatMap((source) => ["g", "gu", "giu"].map((flags) => new RegExp(source, flags)));
    fc.assert(
      fc.property(fc.constantFrom(...patterns), fc.array(fc.constantFrom("a", "b", "A", " ", "𠀀", "中", "x"), { maxLength: 12 }), (pattern, characters) => {
        const text = characters.join("");
        expect(asFound(allMatches(pattern, text))).toEqual(asFound(text.matchAll(pattern)));
        expect(pattern.lastIndex).toBe(0);
      }),
      { numRuns: 500 },
    );
  });

  it("starts where it is told and refuses an expression that is not global, as matchAll does", () => {
    expect(allMatches(/a/g, "aXa", 1).map((match) => match.index)).toEqual([2]);
    expect(() => allMatches(/a/, "a")).toThrow(TypeError);
  });
});
