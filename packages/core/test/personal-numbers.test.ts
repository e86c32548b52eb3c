import fc from "fast-check";
import { builtInPacks } from "@tactful/policies";
import { describe, expect, it } from "vitest";
import { checksumHolds, kindOf, personalNumbers } from "../src/index.js";

const cn = builtInPacks.packFor("CN")!;
const us = builtInPacks.packFor("US")!;
const inCn = (text: string) => personalNumbers(text, cn.pii.literals, cn.pii.owners).map((found) => [found.text, found.entry.id]);
const inUs = (text: string) => personalNumbers(text, us.pii.literals, us.pii.owners).map((found) => [found.text, found.entry.id]);

const digits = (count: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: count, maxLength: count }).map((list) => list.join(""));
const twoDigits = (min: number, max: number) => fc.integer({ min, max }).map((value) => String(value).padStart(2, "0"));
const letter = fc.constantFrom(..."ABCDEFGHJKLMNPQRSTUVWYZ");

/** Full identifiers of each shape the packs list, unbroken. */
const FULL = {
  "CN-PII-ID": fc
    .tuple(fc.integer({ min: 1, max: 9 }), digits(5), fc.integer({ min: 1930, max: 2010 }), twoDigits(1, 12), twoDigits(1, 28), digits(3), fc.constantFrom(..."0123456789X"))
    .map((parts) => parts.join("")),
  "CN-PII-PHONE": fc.tuple(fc.constant("1"), fc.integer({ min: 3, max: 9 }), digits(9)).map((parts) => parts.join("")),
  // Eighteen digits that read as an area, a birth date and a check character are a resident ID first.
  "CN-PII-CARD": fc
    .integer({ min: 16, max: 19 })
    .chain((length) => digits(length))
    .filter((number) => !new RegExp(`^(?:${cn.pii.literals[0]!.pattern})$`).test(number)),
  "CN-PII-ID-TW-HK": fc.oneof(
    fc.tuple(letter, fc.constantFrom("1", "2"), digits(8)).map((parts) => parts.join("")),
    fc.tuple(fc.string({ unit: letter, minLength: 1, maxLength: 2 }), digits(6), fc.constantFrom(..."0123456789A")).map(([head, body, check]) => `${head}${body}(${check})`),
  ),
  "CN-PII-PHONE-TW": digits(8).map((rest) => `09${rest}`),
};

/** Between two characters of a number: nothing, or the blanks, dashes and dots people write, full-width ones included, up to a run of eight. */
const separator = fc.constantFrom("", "", " ", "-", ".", "\u3000", "－", "–", "·", " - ", "\u00A0", "....", " -- -- ", "........");
const FULL_WIDTH_DIGIT = (digit: string) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0);

/** The number written with a separator (possibly none) after each character, and some digits full-width. */
function written(number: string): fc.Arbitrary<string> {
  const characters = [...number];
  return fc.tuple(fc.array(separator, { minLength: characters.length, maxLength: characters.length }), fc.array(fc.boolean(), { minLength: characters.length, maxLength: characters.length })).map(([separators, wide]) =>
    characters
      .map((character, i) => {
        const shown = wide[i] && /[0-9]/.test(character) ? FULL_WIDTH_DIGIT(character) : character;
        // A bracketed check character stays with its brackets; nothing is put inside them.
        const next = characters[i + 1];
        return i === characters.length - 1 || character === "(" || next === ")" || next === "(" ? shown : shown + separators[i];
      })
      .join(""),
  );
}

const MASKS = ["*", "X", "x", "•", "＊", "O", "○", "●"];

/** The number with some of its digits (never only its last character) replaced by mask characters. */
function masked(number: string): fc.Arbitrary<string> {
  const positions = [...number].flatMap((character, i) => (/[0-9]/.test(character) && i < number.length - 1 ? [i] : []));
  return fc.tuple(fc.subarray(positions, { minLength: 1 }), fc.constantFrom(...MASKS)).map(([hidden, mask]) => [...number].map((character, i) => (hidden.includes(i) ? mask : character)).join(""));
}

describe("full identifiers in any spacing", () => {
  for (const [id, full] of Object.entries(FULL)) {
    it(`finds every ${id} number whatever its separators`, () => {
      fc.assert(
        fc.property(
          full.chain((number) => written(number)),
          (number) => {
            expect(inCn(`【示例金融】资料：${number}，请核对。`)).toEqual([[number, id]]);
          },
        ),
      );
    });

    // Read whole, or where a piece is an identifier of its own (a lone check letter left on the next line), read as that.
    it(`finds every ${id} number wrapped onto the next line`, () => {
      fc.assert(
        fc.property(
          full.chain((number) => {
            const cuts = [...number].flatMap((character, i) => (i > 0 && /[0-9A-Z]/.test(character) && /[0-9A-Z]/.test(number[i - 1]!) ? [i] : []));
            return fc.constantFrom(...cuts).map((cut) => `${number.slice(0, cut)}\n${number.slice(cut)}`);
          }),
          (wrapped) => {
            const found = inCn(`【示例金融】资料：${wrapped}，请核对。`);
            expect(found).not.toEqual([]);
            for (const [text] of found) expect(wrapped).toContain(text);
            if (found[0]![0]!.includes("\n")) expect(found).toEqual([[wrapped, id]]);
          },
        ),
      );
    });

    it(`finds no ${id} number with a masked digit`, () => {
      fc.assert(
        fc.property(
          full.chain((number) => masked(number)).chain((number) => written(number)),
          (number) => {
            expect(inCn(`【示例金融】资料：${number}，请核对。`)).toEqual([]);
          },
        ),
      );
    });
  }

  it("finds every Social Security number said to be one, whatever its separators, and none masked", () => {
    const ssn = fc
      .tuple(fc.integer({ min: 1, max: 899 }), fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 9999 }))
      .filter(([area]) => area !== 666)
      .map(([area, group, serial]) => `${String(area).padStart(3, "0")}${String(group).padStart(2, "0")}${String(serial).padStart(4, "0")}`);
    fc.assert(
      fc.property(ssn.chain(written), (number) => {
        expect(inUs(`Your SSN ${number} is on file.`)).toEqual([[number, "US-PII-SSN"]]);
      }),
    );
    fc.assert(
      fc.property(ssn.chain(masked).chain(written), (number) => {
        expect(inUs(`Your SSN ${number} is on file.`)).toEqual([]);
      }),
    );
  });
});

describe("identifiers of letters around digits", () => {
  const upper = fc.constantFrom(..."ABCDEFGHJKLMNPRSTWXYZ");
  /** Each market's lettered identifier: its leading letters, digits and check letter, and a sentence that shows it. */
  const LETTERED = {
    "IN-PII-PAN": { head: fc.tuple(upper, upper, upper, fc.constantFrom(..."ABCFGHJLPT"), upper).map((parts) => parts.join("")), digits: 4, tail: upper, say: (id: string) => `Example Finance: your PAN ${id} is linked to the loan.` },
    "KE-PII-KRA-PIN": { head: fc.constantFrom("A", "P"), digits: 9, tail: upper, say: (id: string) => `Example Credit: KRA PIN ${id} imesajiliwa kwa mkopo wako.` },
    "GB-PII-NINO": { head: fc.constantFrom("AB", "CE", "JK", "PR", "WY"), digits: 6, tail: fc.constantFrom(..."ABCD"), say: (id: string) => `Example Loans: your National Insurance number ${id} is on file.` },
  };
  it("never reads the tail of a masked number as one (1-X130973614 is a phone with a mask, not a Taiwan ID)", () => {
    expect(inCn("【示例金融】资料：1-X130973614。")).toEqual([]);
  });

  for (const [id, { head, digits: count, tail, say }] of Object.entries(LETTERED)) {
    const pack = builtInPacks.packFor(id.slice(0, 2))!;
    const found = (text: string) => personalNumbers(text, pack.pii.literals, pack.pii.owners).map((number) => [number.text, number.entry.id]);
    const body = fc.tuple(digits(count), tail).map(([number, letter]) => `${number}${letter}`);
    it(`finds every ${id} whole, its letters together and its digits and check letter in any spacing, and none masked`, () => {
      fc.assert(
        fc.property(fc.tuple(head, separator, body.chain(written)), ([letters, gap, rest]) => {
          const shown = `${letters}${gap}${rest}`;
          expect(found(say(shown))).toEqual([[shown, id]]);
        }),
      );
      fc.assert(
        fc.property(fc.tuple(head, separator, body.chain(masked).chain(written)), ([letters, gap, rest]) => {
          expect(found(say(`${letters}${gap}${rest}`))).toEqual([]);
        }),
      );
    });
  }
});

describe("whose number it is", () => {
  it("reads a callback line or the sender's collection account as the sender's, not personal data", () => {
    expect(inCn("【示例金融】您的借款已逾期，请回电 139-1234-5678。")).toEqual([]);
    expect(inCn("再不处理后果自负，联系 188 1234 5678")).toEqual([]);
    expect(inCn("可转账至示例小额贷款有限公司 工商银行 6222 0211 0000 1234 567。")).toEqual([]);
    expect(inCn("或通过对公账户（建设银行 4405 1234 5678 0033，户名示例金融）还款。")).toEqual([]);
    expect(inCn("您的借款合同编号 2026 1201 0001 2345 已逾期。")).toEqual([]);
    expect(inUs("Your loan number 2026120100012345 is past due.")).toEqual([]);
    // Fields of one bracketed list, parted by semicolons, and a virtual account to pay into.
    expect(inCn("也可转账至对公账户（户名：示例小额贷款有限公司；开户行：示例银行杭州分行；账号：3301 0400 1618 2290 77）。")).toEqual([]);
    expect(inCn("請轉入虛擬帳號9581-2203-1187-4406，客服0800-000-000。")).toEqual([]);
    // Mobile banking is a channel, not the customer's mobile.
    expect(inCn("还款请至手机银行或网点，400-816-2290。")).toEqual([]);
  });

  it("reads a number said to be the customer's as personal data, and a staff member's or the office's line as the sender's", () => {
    expect(inCn("张*，手机 139 1234 5678，请尽快还款。")).toEqual([["139 1234 5678", "CN-PII-PHONE"]]);
    expect(inCn("我们已联系到您的备用号码 158-1234-0914。")).toEqual([["158-1234-0914", "CN-PII-PHONE"]]);
    expect(inCn("您的联系电话15555081299已登记。")).toEqual([["15555081299", "CN-PII-PHONE"]]);
    expect(inCn("如有疑问请致电400-000-0000或专员13812345678。")).toEqual([]);
    expect(inCn("还款请转入专户，承辦人員手機0933-555-216。")).toEqual([]);
    expect(inCn("App内还款，电话155-5508-1299，微信同号。")).toEqual([]);
    expect(inCn("吳先生，您的撥款帳號 012-34567890123 已完成綁定。")).toEqual([["012-34567890123", "CN-PII-ACCOUNT"]]);
    expect(inCn("（您的手机：13912345678；备注：无）")).toEqual([["13912345678", "CN-PII-PHONE"]]);
  });

  it("reads a number asked about as the consumer's own, right after it, as personal data, and the sender's line as theirs", () => {
    expect(inUs("Mr. Ruiz, is (312) 555 0178 still your best cell?")).toEqual([["(312) 555 0178", "US-PII-PHONE"]]);
    expect(inUs("We have 312-555-0178 - is that your number?")).toEqual([["312-555-0178", "US-PII-PHONE"]]);
    expect(inUs("Call us at (312) 555 0178 with questions about your loan.")).toEqual([]);
    expect(inUs("Call (312) 555 0178. Your payment is late.")).toEqual([]);
  });

  it("reads a number no word claims as the sender's line when the message ends with it, and as personal data anywhere else", () => {
    expect(inCn("麻烦您劝劝他。0912-774-065")).toEqual([]);
    expect(inCn("麻烦您劝劝他，谢谢！ 13715208842 🙏")).toEqual([]);
    expect(inCn("13715208842 的机主请尽快还款")).toEqual([["13715208842", "CN-PII-PHONE"]]);
    // A word before it still decides: the reader's own number stays personal at the end of the message.
    expect(inCn("王先生，您的手机 13715208842")).toEqual([["13715208842", "CN-PII-PHONE"]]);
    // So does a person the reader knows: a friend's or emergency contact's number is theirs, not ours.
    expect(inCn("你朋友张三的电话13812345678")).toEqual([["13812345678", "CN-PII-PHONE"]]);
    expect(inCn("您的紧急联系人李四 13812345678")).toEqual([["13812345678", "CN-PII-PHONE"]]);
    expect(inCn("有事可联系我司同事 13812345678")).toEqual([]);
  });

  it("counts an eight-digit Hong Kong number only when it is said to be the customer's", () => {
    expect(inCn("何小姐，你登記嘅手機 9123 4567 打唔通。")).toEqual([["9123 4567", "CN-PII-PHONE-HK"]]);
    expect(inCn("【示例財務】私人貸款，查詢 9123 4567。")).toEqual([]);
    expect(inCn("WhatsApp 6123 4567 同我哋傾。")).toEqual([]);
    expect(inCn("陳生，你已逾期40日，9123 4567 搵我哋。")).toEqual([]);
    // The reader's registered mobile phone, in brackets the number did not open.
    expect(inCn("李志明先生（登記手提電話 9134 5527），閣下貸款已逾期12日。")).toEqual([["9134 5527", "CN-PII-PHONE-HK"]]);
    expect(inCn("何小姐，你登記嘅手機 (9123 4567) 打唔通。")).toEqual([["(9123 4567)", "CN-PII-PHONE-HK"]]);
  });

  it("ends a number before a bracket it opens and does not close: an aside after the number is no part of it", () => {
    fc.assert(
      fc.property(digits(2), fc.constantFrom(" hrs)", "小時)", " lines)", " 日內處理）"), (count, rest) => {
        expect(inCn(`Card enquiries 2811 6060 (${count}${rest}。`)).toEqual([]);
        expect(inCn(`您的银行卡 6222 0212 3456 7890 123 (${count}${rest}已冻结。`)).toEqual([["6222 0212 3456 7890 123", "CN-PII-CARD"]]);
      }),
    );
    // A bracket opened before the number, and an ID's check character in its own, are the number's.
    expect(inCn("黃國輝（A765432(1)），你張卡拖咗三個月。")).toEqual([["（A765432(1)", "CN-PII-ID-TW-HK"]]);
    const hk = builtInPacks.packFor("HK")!;
    expect(personalNumbers("borrower POON CHI WAI, HKID K 5 4 8 2 0 1 ( 7 ), loan JW-7731", hk.pii.literals, hk.pii.owners).map((found) => found.text)).toEqual(["K 5 4 8 2 0 1 ( 7"]);
  });

  it("never reads the rest of an amount after its thousands comma as an identifier, whatever follows it, and still reads a card after a comma", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), digits(3), digits(2), fc.constantFrom("（2025年10月5日起未還）", "(2025-10-05)", " 20251005", ".2025"), (head, thousands, cents, after) => {
        expect(inCn(`就原示例銀行卡（尾號6641）欠款HK$${head},${thousands}.${cents}${after}，請致電。`)).toEqual([]);
      }),
    );
    expect(inCn("您的银行卡,6222 0212 3456 7890 123已冻结。")).toEqual([["6222 0212 3456 7890 123", "CN-PII-CARD"]]);
  });

  it("counts US numbers that are common shapes only when said to be the consumer's, grouped or checked", () => {
    expect(inUs("Ana V., DOB 03/14/1990, phone 646-555-0173: you are late. Call 555-0193.")).toEqual([["646-555-0173", "US-PII-PHONE"]]);
    expect(inUs("Questions? Call us at (646) 555-0173.")).toEqual([]);
    expect(inUs("We updated your profile: SSN 521448830.")).toEqual([["521448830", "US-PII-SSN"]]);
    expect(inUs("Order 521448830 has shipped.")).toEqual([]);
    // An American Express number passes the Luhn check; fifteen digits that do not are some other number.
    expect(inUs("Card 3782 822463 10005 was declined.")).toEqual([["3782 822463 10005", "US-PII-CARD-SHORT"]]);
    expect(inUs("Reference 3782 822463 10006 was declined.")).toEqual([]);
  });

  it("reads the consumer's checking or savings account, or the account a payment is drawn from, as personal data", () => {
    expect(inUs("Your $45 autopay comes out of savings acct 7301188420 on the 5th.")).toEqual([["7301188420", "US-PII-ACCOUNT"]]);
    expect(inUs("The $45 will be drafted from 7301188420 on the 5th.")).toEqual([["7301188420", "US-PII-ACCOUNT"]]);
    expect(inUs("On the 5th, $45 comes out of your Chase savings 7301188420.")).toEqual([["7301188420", "US-PII-ACCOUNT"]]);
    expect(inUs("Wire the $45 to Example Bank checking 7301188420.")).toEqual([]);
    expect(inUs("Your refund of $45 was credited to savings 7301188420 today.")).toEqual([["7301188420", "US-PII-ACCOUNT"]]);
    expect(inUs("We were unable to reach you on 415 555 0187 this morning. Call us back at 415 555 0190.")).toEqual([["415 555 0187", "US-PII-PHONE"]]);
    expect(inUs("The $45 was credited to our account 7301188420 with Example Bank.")).toEqual([]);
  });
});

describe("check digits and kinds", () => {
  it("checks a Luhn digit and a resident ID's check character", () => {
    expect(checksumHolds("luhn", "4111111111111111")).toBe(true);
    expect(checksumHolds("luhn", "4111111111111112")).toBe(false);
    expect(checksumHolds("cn-resident-id", "11010519491231002X")).toBe(true);
    expect(checksumHolds("cn-resident-id", "110105194912310021")).toBe(false);
  });

  it("masks a value as the kind of the pack's identifier it has the shape of", () => {
    expect(kindOf("110105 1949 1231 002X", cn)).toBe("id");
    expect(kindOf("138-1234-5678", cn)).toBe("phone");
    expect(kindOf("402-81-7756", us)).toBe("id");
    expect(kindOf("4111 1111 1111 1111", us)).toBe("card");
    expect(kindOf("someone@example.com", cn)).toBe("email");
  });
});
