import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CheckResult } from "@tactful/guard";
import { checkAsyncProperty, runs } from "../../../test/support/fuzz.js";
import { CN_BORROWER, shanghaiMorning, sqliteGuard, US_BORROWER } from "./support.js";

/**
 * Values a CRM note could carry into a message that the guard refuses as written, with the part
 * an obfuscation is applied to in brackets, and what it is refused for.
 */
const REFUSED = [
  { template: "us.collection", note: "You [deadbeat].", as: "tone" },
  { template: "us.collection", note: "We will have you [arrested].", as: "tone" },
  { template: "us.collection", note: "Pay now or go to [jail].", as: "tone" },
  { template: "us.collection", note: "Your wages will be [garnished].", as: "tone" },
  { template: "us.collection", note: "My SSN is [402-81-7756].", as: "personal" },
  { template: "us.collection", note: "Card [4111 1111 1111 1111] on file.", as: "personal" },
  { template: "cn.collection", note: "你就是个[老赖]", as: "tone" },
  { template: "cn.collection", note: "再不还钱[小心你的家人]", as: "tone" },
  { template: "cn.collection", note: "身份证[110101199003071234]已登记", as: "personal" },
  { template: "cn.collection", note: "您的手机号[13812345678]已登记", as: "personal" },
] as const;

/** Characters with no glyph: zero-width marks, joiners, the soft hyphen, bidi controls and other default-ignorables. */
const INVISIBLES = ["\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD", "\u034F", "\u180E", "\u200E", "\u200F", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u2061", "\u061C"];
/** Cyrillic and Greek letters drawn like Latin ones. */
const LOOKALIKES: Readonly<Record<string, readonly string[]>> = {
  a: ["\u0430", "\u03B1"],
  c: ["\u0441"],
  d: ["\u0501"],
  e: ["\u0435"],
  h: ["\u04BB"],
  i: ["\u0456", "\u03B9"],
  j: ["\u0458"],
  l: ["\u04CF"],
  n: ["\u03B7"],
  o: ["\u043E", "\u03BF"],
  p: ["\u0440"],
  r: ["\u0433"],
  s: ["\u0455"],
  t: ["\u03C4"],
  u: ["\u03C5"],
  x: ["\u0445"],
  y: ["\u0443"],
};

type Obfuscation = (part: string) => string;
/** The order obfuscations are combined in: the letters spaced out first, the hidden characters slipped in last. */
const FAMILIES = ["spaced", "full-width", "look-alike", "invisible"];

/** Ways to write a part so that it looks the same, or nearly, to the recipient. */
const obfuscation: fc.Arbitrary<[family: string, name: string, Obfuscation]> = fc.oneof(
  fc.record({ char: fc.constantFrom(...INVISIBLES), every: fc.boolean(), at: fc.nat() }).map(({ char, every, at }): [string, string, Obfuscation] => [
    "invisible",
    `invisible U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")} ${every ? "between every character" : "once"}`,
    (part) => {
      const chars = [...part];
      if (every) return chars.join(char);
      const index = 1 + (at % (chars.length - 1));
      return [...chars.slice(0, index), char, ...chars.slice(index)].join("");
    },
  ]),
  fc.record({ every: fc.boolean(), at: fc.nat(), pick: fc.nat() }).map(({ every, at, pick }): [string, string, Obfuscation] => [
    "look-alike",
    `look-alike letters ${every ? "for every letter that has one" : "for one letter"}`,
    (part) => {
      const chars = [...part];
      const replaceable = chars.flatMap((char, index) => (LOOKALIKES[char.toLowerCase()] ? [index] : []));
      const chosen = every ? replaceable : replaceable.slice(at % Math.max(1, replaceable.length)).slice(0, 1);
      return chars.map((char, index) => (chosen.includes(index) ? LOOKALIKES[char.toLowerCase()]![pick % LOOKALIKES[char.toLowerCase()]!.length]! : char)).join("");
    },
  ]),
  fc.constant<[string, string, Obfuscation]>(["full-width", "full-width forms", (part) => part.replace(/[!-~]/gu, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0))]),
  fc.constantFrom(" ", "  ", ".", "-", "\u00A0", "\u3000").map((separator): [string, string, Obfuscation] => ["spaced", `spaced out with ${JSON.stringify(separator)}`, (part) => [...part].join(separator)]),
);

const codes = (result: CheckResult): string[] => result.reasons.map((reason) => reason.code);

describe("send-time data written to hide from the guard's rules", () => {
  let recipients = 0;
  /** Checks a note on its template, each time for another recipient, so no daily cap answers for the rules. */
  const check = async (guard: ReturnType<typeof sqliteGuard>["guard"], template: string, note: string): Promise<CheckResult> => {
    recipients += 1;
    return template === "us.collection"
      ? guard.check({ template, data: { note }, recipient: { ...US_BORROWER, id: `us-${recipients}` }, now: new Date("2026-06-01T15:00:00Z") })
      : guard.check({ template, data: { amount: 1, note }, recipient: { ...CN_BORROWER, id: `cn-${recipients}` }, now: shanghaiMorning() });
  };

  it("is refused as written in plain text (the values the property hides)", async () => {
    const { guard } = sqliteGuard();
    for (const value of REFUSED) {
      const result = await check(guard, value.template, value.note.replace(/[[\]]/gu, ""));
      expect(codes(result), value.note).toEqual([value.as === "tone" ? "rendered-tone" : "rendered-personal-data"]);
    }
  });

  it("is refused however it is hidden: invisible characters, look-alike letters, full-width forms, spaced-out letters, or two of these; a hidden full number still as personal data", async () => {
    const { guard } = sqliteGuard();
    await checkAsyncProperty(
      "hide a refused value in a CRM note",
      fc.tuple(fc.constantFrom(...REFUSED), fc.uniqueArray(obfuscation, { minLength: 1, maxLength: 2, selector: ([family]) => family })),
      async ([value, obfuscations]) => {
        obfuscations.sort(([a], [b]) => FAMILIES.indexOf(a) - FAMILIES.indexOf(b));
        const name = obfuscations.map(([, said]) => said).join(", then ");
        const note = value.note.replace(/\[(.*)\]/u, (_, part: string) => obfuscations.reduce((hidden, [, , hide]) => hide(hidden), part));
        const result = await check(guard, value.template, note);
        const label = `${value.note} ${name}: ${JSON.stringify(note)}`;
        expect(result.decision, label).toBe("refuse");
        if (value.as === "personal") expect(codes(result), label).toContain("rendered-personal-data");
      },
      runs(3, 200),
    );
  });
});

describe("what the guard says of hidden text", () => {
  const now = new Date("2026-06-01T15:00:00Z");

  it("names the invisible character or the look-alike letter, and still reads the words and numbers they hide", async () => {
    const { guard } = sqliteGuard();
    const invisible = await guard.check({ template: "us.collection", data: { note: "You dead\u200Bbeat." }, recipient: { ...US_BORROWER, id: "a" }, now });
    expect(codes(invisible)).toEqual(["rendered-invisible-character", "rendered-tone"]);
    expect(invisible.reasons[0]!.message).toBe("The rendered message contains an invisible character (U+200B), which hides words from the rules.");
    const lookalike = await guard.check({ template: "us.collection", data: { note: "You d\u0435adbeat." }, recipient: { ...US_BORROWER, id: "b" }, now });
    expect(codes(lookalike)).toEqual(["rendered-lookalike-letters"]);
    expect(lookalike.reasons[0]!.message).toBe("The rendered message writes “d\u0435adbeat” with a look-alike letter of another script (“\u0435”, U+0435).");
    const idNumber = await guard.check({ template: "cn.collection", data: { amount: 1, note: "身份证1101011990\u00AD03071234已登记" }, recipient: { ...CN_BORROWER, id: "c" }, now: shanghaiMorning() });
    expect(codes(idNumber)).toEqual(["rendered-invisible-character", "rendered-personal-data"]);
    expect(JSON.stringify(idNumber)).not.toContain("03071234");
  });

  it("sends data whose characters are all seen: emoji sequences, accents, a Latin name in a Chinese message", async () => {
    const { guard } = sqliteGuard();
    expect((await guard.check({ template: "us.collection", data: { note: "Thank you, Zoë and José 👨‍👩‍👧 ❤️." }, recipient: { ...US_BORROWER, id: "d" }, now })).decision).toBe("send");
    expect((await guard.check({ template: "cn.collection", data: { amount: 1, note: "David您好，请尽快还款" }, recipient: { ...CN_BORROWER, id: "e" }, now: shanghaiMorning() })).decision).toBe("send");
  });
});
