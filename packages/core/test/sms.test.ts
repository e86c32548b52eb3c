import { GSM7_BASIC, GSM7_EXTENSION, measureSms, nonGsmCharacters } from "@tactful/core";
import { describe, expect, it } from "vitest";

const digits = (count: number): string => Array.from({ length: count }, (_, i) => String((i + 2) % 10)).join("");

describe("measureSms against published segment-counting vectors", () => {
  // Count facts from the test suite of Twilio's open-source message segment calculator
  // (TwilioDevEd/message-segment-calculator, tests/index.test.js): message bodies and the
  // encoding and number of segments each must give.
  const vectors: Array<[description: string, body: string, encoding: "GSM-7" | "UCS-2", segments: number]> = [
    ["GSM-7 in one segment (160)", digits(160), "GSM-7", 1],
    ["GSM-7 in two segments (161)", digits(161), "GSM-7", 2],
    ["GSM-7 in three segments (307)", digits(307), "GSM-7", 3],
    ["UCS-2 in one segment (emoji + 68)", `😜${digits(68)}`, "UCS-2", 1],
    ["UCS-2 in two segments (emoji + 69)", `😜${digits(69)}`, "UCS-2", 2],
    ["UCS-2 in three segments (emoji + 133)", `😜${digits(133)}`, "UCS-2", 3],
    ["flag (two surrogate pairs) at the one-segment boundary", `🇮🇹${digits(66)}`, "UCS-2", 1],
    ["flag (two surrogate pairs) over the boundary", `🇮🇹${digits(67)}`, "UCS-2", 2],
    ["ZWJ flag sequence at the one-segment boundary", `\u{1F3F3}\uFE0F\u200D\u{1F308}${digits(64)}`, "UCS-2", 1],
    ["ZWJ flag sequence over the boundary", `\u{1F3F3}\uFE0F\u200D\u{1F308}${digits(65)}`, "UCS-2", 2],
    ["combining accents at the one-segment boundary", `e\u0301\u0301\u0301${"a".repeat(66)}`, "UCS-2", 1],
    ["combining accents over the boundary", `e\u0301\u0301\u0301${"a".repeat(67)}`, "UCS-2", 2],
    ["GSM special characters in a UCS-2 message count once (1)", `😀${"]".repeat(68)}`, "UCS-2", 1],
    ["GSM special characters in a UCS-2 message count once (2)", `😀${"]".repeat(69)}`, "UCS-2", 2],
  ];
  for (const [description, body, encoding, segments] of vectors) {
    it(description, () => {
      const result = measureSms(body);
      expect(result.encoding).toBe(encoding);
      expect(result.segments).toBe(segments);
    });
  }

  for (const escape of ["|", "^", "€", "{", "}", "[", "]", "~", "\\"]) {
    it(`counts the escape character ${escape} as two septets`, () => {
      expect(measureSms(`${escape}${digits(158)}`)).toEqual({ encoding: "GSM-7", length: 160, segments: 1, perSegment: 160 });
      expect(measureSms(`${escape}${digits(159)}`)).toEqual({ encoding: "GSM-7", length: 161, segments: 2, perSegment: 153 });
    });
  }

  for (const character of ["Á", "Ú", "ú", "ç", "í", "Í", "ó", "Ó"]) {
    it(`sends 70 × ${character} (outside GSM) in one UCS-2 segment and 71 in two`, () => {
      expect(measureSms(character.repeat(70))).toMatchObject({ encoding: "UCS-2", segments: 1 });
      expect(measureSms(character.repeat(71))).toMatchObject({ encoding: "UCS-2", segments: 2 });
    });
  }

  it("counts CR and LF as one character each", () => {
    expect(measureSms("\rabcde\r\n123").length).toBe(11);
    expect(measureSms("\nabcde\n\n123\n").length).toBe(12);
  });

  // GOV.UK Notify (alphagov/notifications-utils): an extended character past 159 makes a
  // second fragment, and its SMS limit of 918 characters is exactly six parts of 153.
  it("matches GOV.UK Notify's fragment boundaries", () => {
    expect(measureSms(`${"a".repeat(159)}|`).segments).toBe(2);
    expect(measureSms("a".repeat(918)).segments).toBe(6);
    expect(measureSms("a".repeat(919)).segments).toBe(7);
  });
});

describe("measureSms from the standard", () => {
  it("switches the whole message to UCS-2 for one character outside GSM 03.38", () => {
    expect(measureSms("Your payment is due")).toEqual({ encoding: "GSM-7", length: 19, segments: 1, perSegment: 160 });
    expect(measureSms("Your payment’s due")).toEqual({ encoding: "UCS-2", length: 18, segments: 1, perSegment: 70 });
  });

  it("counts Chinese as UCS-2: 70 in one message, 67 per part after that", () => {
    expect(measureSms("还".repeat(70))).toEqual({ encoding: "UCS-2", length: 70, segments: 1, perSegment: 70 });
    expect(measureSms("还".repeat(71))).toEqual({ encoding: "UCS-2", length: 71, segments: 2, perSegment: 67 });
    expect(measureSms("还".repeat(134)).segments).toBe(2);
    expect(measureSms("还".repeat(135)).segments).toBe(3);
  });

  it("never splits an escape sequence across parts (TS 23.040)", () => {
    // 152 + 2 + 152 = 306 septets would fit in two parts of 153 if the € could be split.
    expect(measureSms(`${"a".repeat(152)}€${"a".repeat(152)}`)).toEqual({ encoding: "GSM-7", length: 306, segments: 3, perSegment: 153 });
  });

  it("never splits a surrogate pair across parts", () => {
    // 66 + 2 + 66 = 134 code units would fit in two parts of 67 if the emoji could be split.
    expect(measureSms(`${"a".repeat(66)}😀${"a".repeat(66)}`)).toEqual({ encoding: "UCS-2", length: 134, segments: 3, perSegment: 67 });
  });

  it("measures an empty message as one empty segment", () => {
    expect(measureSms("")).toEqual({ encoding: "GSM-7", length: 0, segments: 1, perSegment: 160 });
  });

  it("has the 128-character basic table (less ESC) and the 10-character extension table", () => {
    expect([...GSM7_BASIC]).toHaveLength(127);
    expect(new Set(GSM7_BASIC).size).toBe(127);
    expect([...GSM7_EXTENSION]).toHaveLength(10);
  });

  it("lists the characters that break GSM-7, at their offsets", () => {
    expect(nonGsmCharacters("It’s 10 — ok 😀")).toEqual([
      { index: 2, char: "’" },
      { index: 8, char: "—" },
      { index: 13, char: "😀" },
    ]);
  });
});
