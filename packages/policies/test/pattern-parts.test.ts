import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { analyzeText } from "@tactful/core";
import { compilePattern } from "@tactful/policies";
import { checkPack, packProblemText } from "@tactful/policies/check";
import { PATTERN_FIELDS, PATTERN_LIST_FIELDS, partReferences, withPatternParts } from "../src/pattern-parts.js";

/**
 * `patternParts`: a guard or a word list several patterns need is written once and named with
 * `(?&name)`; the pack is read with each name written out.
 */

const FIXTURE = readFileSync(fileURLToPath(new URL("../../../test/fixtures/packs/tactful-pack-acme/pack.yaml", import.meta.url)), "utf8");

/** The fixture market with these parts, a recognizer naming some, and a tone pattern naming one. */
function parted(parts: string, recognizer = "(?&money)(?&not-a-range)", tone = "(?&squad) (?:will|shall) call"): string {
  const text = FIXTURE.replace("disclosures: []\n", `patternParts:\n${parts}disclosures: []\n`)
    .replace("recognizers: {}\n", `recognizers:\n  amount-due:\n    - { pattern: "${recognizer}", description: an amount }\n`)
    .replace("      terms: [bailiff squad]\n", `      patterns: ["${tone}"]\n`);
  expect(text).not.toBe(FIXTURE);
  return text;
}

const PARTS = '  currency: "€|EUR"\n  money: "(?&currency)\\\\s?[0-9]+(?![0-9])"\n  not-a-range: "(?!\\\\s*(?:to|-)\\\\s*[0-9])"\n  squad: "bailiff squad|debt squad"\n';

/** A problem as a pack author reads it. */
const shown = (problem: { line: number; column: number; messageId: string; data: Record<string, unknown> }): string => `${problem.line}:${problem.column} ${packProblemText(problem as never)}`;

describe("pattern parts", () => {
  it("reads each pattern with the parts it names written out, and keeps no parts in the loaded pack", () => {
    const { pack, problems } = checkPack(parted(PARTS));
    expect(problems).toEqual([]);
    expect(pack).not.toHaveProperty("patternParts");
    const [amount] = pack!.recognizers["amount-due"]!;
    expect(amount!.pattern).toBe("(?:(?:€|EUR)\\s?[0-9]+(?![0-9]))(?:(?!\\s*(?:to|-)\\s*[0-9]))");
    const matches = (text: string): string[] => [...text.matchAll(compilePattern(amount!.pattern!, false, true))].map((match) => match[0]);
    expect(matches("You owe €420 today.")).toEqual(["€420"]);
    expect(matches("between €400 to 500")).toEqual([]);
  });

  it("writes parts out in tone patterns too, which then report as written", () => {
    const { pack } = checkPack(parted(PARTS));
    const found = (text: string): string[] => analyzeText(text, pack!, "en", { category: "collection" }).map((match) => match.entry.id);
    expect(found("Acme Loans: the debt squad will call on you.")).toEqual(["IE-TONE-BAILIFF"]);
    expect(found("Acme Loans: the squad will call on you.")).toEqual([]);
  });

  it("refuses, at the pattern, a part the pack does not define, and at the part, parts that name each other in a cycle", () => {
    const problems = checkPack(parted(PARTS, "(?&curency)[0-9]+")).problems.filter((problem) => problem.severity === "error");
    expect(problems.map(shown)).toEqual(["18:9 The pattern names part curency, which is not in `patternParts`."]);
    const cycle = checkPack(parted(`${PARTS}  loop: "a(?&again)"\n  again: "b(?&loop)"\n`, "(?&loop)")).problems;
    expect(cycle.filter((problem) => problem.severity === "error").map(shown)).toEqual(["15:3 Parts name each other in a cycle (loop → again → loop): they cannot be written out."]);
  });

  it("warns of a part no pattern names, and refuses a part that is no regular expression or a name outside the grammar", () => {
    const problems = checkPack(parted(`${PARTS}  spare: "x"\n  broken: "[a-"\n  Bad_Name: "y"\n`)).problems;
    expect(problems.map((problem) => `${problem.severity} ${shown(problem)}`)).toEqual([
      "warning 15:3 Part spare is named by no pattern.",
      "warning 16:3 Part broken is named by no pattern.",
      expect.stringMatching(/^error 16:3 The pattern is not a regular expression with the u flag: .*Unterminated character class/u),
      "warning 17:3 Part Bad_Name is named by no pattern.",
      "error 17:3 Bad_Name is not a name `patternParts` allows: it must match ^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$.",
    ]);
  });

  it("finds a name only where it is one: not escaped, not in a character class", () => {
    expect(partReferences("(?&a)x\\(?&b)[(?&c)](?&d-e)").map((reference) => reference.name)).toEqual(["a", "d-e"]);
    expect(partReferences("x(?&open")).toEqual([{ name: "open", index: 1, length: 7 }]);
  });

  it("returns data that names no part as it was", () => {
    const data = { recognizers: { contact: [{ pattern: "call (?:us)" }] }, tone: { lexicon: [] } };
    expect(withPatternParts(data).data).toBe(data);
  });

  it("knows every field the schema gives a pattern", () => {
    const schema = JSON.parse(readFileSync(fileURLToPath(new URL("../../../schemas/policy.schema.json", import.meta.url)), "utf8")) as object;
    const single = new Set<string>();
    const lists = new Set<string>();
    const isPattern = (value: unknown): boolean => (value as { $ref?: string } | undefined)?.$ref === "#/$defs/pattern";
    const walk = (value: unknown): void => {
      if (!value || typeof value !== "object") return;
      const { properties } = value as { properties?: Record<string, { items?: unknown }> };
      for (const [name, property] of Object.entries(properties ?? {})) {
        if (isPattern(property)) single.add(name);
        if (isPattern(property.items)) lists.add(name);
      }
      Object.values(value).forEach(walk);
    };
    walk(schema);
    expect([...single].sort()).toEqual([...PATTERN_FIELDS].sort());
    expect([...lists].sort()).toEqual([...PATTERN_LIST_FIELDS].sort());
  });
});
