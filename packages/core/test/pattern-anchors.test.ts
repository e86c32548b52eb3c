import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldForAnchors, patternAnchors, patternFilter } from "../src/tone/pattern-anchors.js";

/** Whether a text holds one of the anchors, compared as the engine compares them. */
function holdsAnchor(text: string, anchors: readonly string[], ignoreCase: boolean): boolean {
  const folded = ignoreCase ? String.fromCharCode(...[...text].flatMap((char) => [...char].map((unit) => foldForAnchors(unit.charCodeAt(0))))) : text;
  return anchors.some((anchor) => folded.includes(anchor));
}

describe("the literal anchors of a pattern", () => {
  it("reads the literal runs, alternatives, groups, small classes and repeated parts a match must contain", () => {
    expect(patternAnchors(/上门(?:催收|拜访)/giu)).toEqual(["上门"]);
    expect(patternAnchors(/(?:法院|公安)\s*(?:传票|立案)/giu)).toEqual(["法院", "公安"]);
    expect(patternAnchors(/[你您]的家人/giu)).toEqual(["你的家人", "您的家人"]);
    expect(patternAnchors(/\bSue(?:d|s)?\b/giu)).toEqual(["sue"]);
    expect(patternAnchors(/Ab+cde/gu)).toEqual(["bcde"]);
    expect(patternAnchors(/(?<=(?:去|到)[你您])(?:家|公司)/giu)).toEqual(["去", "到"]);
  });

  it("gives none when a match can do without any literal, so the pattern always runs", () => {
    for (const pattern of [/\d+/giu, /a?b*/giu, /(?:催收|\p{Script=Han}+)/giu, /(?<!你)[^，]+/giu, /(?:)/giu, /\u{1F600}/gu, /é/giu]) {
      expect(patternAnchors(pattern), String(pattern)).toBeUndefined();
    }
  });

  it("never misses a match: a text a pattern matches holds one of its anchors, in any case", () => {
    fc.assert(
      fc.property(source, fc.boolean(), fc.array(text, { minLength: 1, maxLength: 8 }), (pattern, ignoreCase, texts) => {
        const expression = new RegExp(pattern, ignoreCase ? "iu" : "u");
        const anchors = patternAnchors(expression);
        if (!anchors) return;
        for (const sample of texts) if (expression.test(sample)) expect(holdsAnchor(sample, anchors, ignoreCase), `${pattern} on ${sample}`).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("a filter over many patterns rules out only those that cannot match, each with or without case", () => {
    expect(patternFilter([/上门/giu, /\d+/gu]).anchored).toEqual([true, false]);
    fc.assert(
      fc.property(fc.array(fc.tuple(source, fc.boolean()), { minLength: 1, maxLength: 6 }), fc.array(text, { minLength: 1, maxLength: 8 }), (sources, texts) => {
        const expressions = sources.map(([pattern, ignoreCase]) => new RegExp(pattern, ignoreCase ? "iu" : "u"));
        const filter = patternFilter(expressions);
        for (const sample of texts) {
          const possible = filter.possible(sample);
          expressions.forEach((expression, index) => {
            if (expression.test(sample)) expect(possible[index], `${expression} on ${sample}`).toBe(1);
          });
        }
      }),
      { numRuns: 1000 },
    );
  });
});

const piece = fc.constantFrom("a", "b", "k", "K", "\u212a", "s", "S", "\u017f", "家", "人", "你", "您", " ", "1");
const element = fc.oneof(
  piece.map((char) => char.replace(/[\\^$.*+?()[\]{}|]/gu, "\\$&")),
  fc.constantFrom("[ks]", "[你您]", "[a-c]", "\\d", ".", "\\b", "\\s+", "(?:家|人)", "(?:ab|k)", "s+", "K{2}", "(?=a)", "(?<!b)", "(?<=家)", "(?=k|s)", "k?"),
);
const source = fc.array(fc.array(element, { minLength: 1, maxLength: 5 }).map((parts) => parts.join("")), { minLength: 1, maxLength: 3 }).map((alternatives) => alternatives.join("|"));
const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(""));

