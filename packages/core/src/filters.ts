import type { Mask, PiiKind, PolicyPack } from "@tactful/policies";
import type { Localized } from "./i18n.js";
import { identifierOf } from "./personal-numbers.js";

/**
 * The filters a template may use: `money`, `date`, `number` and `mask`. They are pure,
 * take strings or numbers only, format through `Intl` in the template's locale, and mask
 * as the policy pack of the template's jurisdiction says. The renderer registers them; the
 * linter uses them to measure worst-case lengths.
 */
export const FILTER_NAMES = ["money", "date", "number", "mask"] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

/** How each filter is called (code, the same everywhere) and what it does, in each locale, for editors and documentation. */
export const FILTER_DOCS: Record<FilterName, { usage: string; description: Localized }> = {
  money: {
    usage: 'money | money("CNY")',
    description: {
      en: "A number as an amount with two decimals, in the template's locale; with an ISO 4217 code, as that currency.",
      "zh-CN": "将数字按模板语言格式化为保留两位小数的金额；给出 ISO 4217 代码时，按该币种显示。",
      "zh-TW": "將數字依範本語言格式化為保留兩位小數的金額；給出 ISO 4217 代碼時，依該幣別顯示。",
    },
  },
  number: {
    usage: "number | number(0)",
    description: {
      en: "A number in the template's locale, with at most the given decimals (2 by default).",
      "zh-CN": "将数字按模板语言格式化，最多保留指定位数的小数（默认 2 位）。",
      "zh-TW": "將數字依範本語言格式化，最多保留指定位數的小數（預設 2 位）。",
    },
  },
  date: {
    usage: 'date | date("long")',
    description: {
      en: "An ISO 8601 date in the template's locale; the style is short, medium (default), long or full.",
      "zh-CN": "将 ISO 8601 日期按模板语言格式化；样式为 short、medium（默认）、long 或 full。",
      "zh-TW": "將 ISO 8601 日期依範本語言格式化；樣式為 short、medium（預設）、long 或 full。",
    },
  },
  mask: {
    usage: 'mask | mask("phone")',
    description: {
      en: "Personal data masked as the jurisdiction's policy pack says; the kind (name, phone, id, card, email) is guessed when not given.",
      "zh-CN": "按司法辖区政策包的规定遮蔽个人信息；未指定类型（name、phone、id、card、email）时自动判断。",
      "zh-TW": "依司法管轄區政策包的規定遮蔽個人資料；未指定類型（name、phone、id、card、email）時自動判斷。",
    },
  },
};
export type Filter = (value: unknown, ...args: unknown[]) => string;

/** A filter was given a value it cannot format; the message names the filter and the value. */
export class FilterError extends TypeError {
  constructor(
    readonly filter: FilterName,
    message: string,
  ) {
    super(`${filter}: ${message}`);
    this.name = "FilterError";
  }
}

export const DATE_STYLES = ["short", "medium", "long", "full"] as const;
type DateStyle = (typeof DATE_STYLES)[number];

const DEFAULT_MASK: Mask = { keepStart: 1, keepEnd: 0, char: "*", minMasked: 1 };
const MASK_KINDS: readonly PiiKind[] = ["name", "phone", "id", "card", "email", "default"];

export interface FilterContext {
  locale: string;
  /** The pack whose masks apply; without one, everything but the first character is masked. */
  pack?: PolicyPack | undefined;
}

/** Intl formats by locale and options: building one costs far more than formatting with it, and they never change. */
const formats = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

export function createFilters({ locale, pack }: FilterContext): Record<FilterName, Filter> {
  const cached = <T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T => {
    let format = formats.get(`${locale}\u0000${key}`);
    if (!format) formats.set(`${locale}\u0000${key}`, (format = make()));
    return format as T;
  };
  const masks = pack?.pii.masks;
  return {
    money(value, currency) {
      const amount = toNumber("money", value);
      if (currency === undefined) {
        return cached("money", () => new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 })).format(amount);
      }
      if (typeof currency !== "string" || !/^[A-Z]{3}$/.test(currency)) throw new FilterError("money", `the currency must be an ISO 4217 code such as "CNY" (got ${show(currency)})`);
      return cached(`money:${currency}`, () => new Intl.NumberFormat(locale, { style: "currency", currency })).format(amount);
    },
    number(value, fractionDigits) {
      const amount = toNumber("number", value);
      const digits = fractionDigits === undefined ? 2 : fractionDigits;
      if (typeof digits !== "number" || !Number.isInteger(digits) || digits < 0 || digits > 20) throw new FilterError("number", `the number of decimals must be an integer from 0 to 20 (got ${show(digits)})`);
      return cached(`number:${digits}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits: digits })).format(amount);
    },
    date(value, style) {
      const dateStyle = style === undefined ? "medium" : style;
      if (typeof dateStyle !== "string" || !(DATE_STYLES as readonly string[]).includes(dateStyle)) {
        throw new FilterError("date", `the style must be one of ${DATE_STYLES.join(", ")} (got ${show(style)})`);
      }
      return cached(`date:${dateStyle}`, () => new Intl.DateTimeFormat(locale, { dateStyle: dateStyle as DateStyle, timeZone: "UTC" })).format(toDate(value));
    },
    mask(value, kind) {
      if (typeof value !== "string" && typeof value !== "number") throw new FilterError("mask", `expects text or a number (got ${show(value)})`);
      const text = String(value);
      if (kind !== undefined && (typeof kind !== "string" || !(MASK_KINDS as readonly string[]).includes(kind))) {
        throw new FilterError("mask", `the kind must be one of ${MASK_KINDS.join(", ")} (got ${show(kind)})`);
      }
      const chosen = (kind as PiiKind | undefined) ?? kindOf(text, pack);
      const mask = masks?.[chosen] ?? masks?.default ?? DEFAULT_MASK;
      if (chosen === "email" && text.includes("@")) {
        const at = text.lastIndexOf("@");
        return applyMask(text.slice(0, at), mask) + text.slice(at);
      }
      return applyMask(text, mask);
    },
  };
}

function show(value: unknown): string {
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}

function toNumber(filter: FilterName, value: unknown): number {
  const number = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  if (typeof number !== "number" || !Number.isFinite(number)) throw new FilterError(filter, `expects a number (got ${show(value)})`);
  return number;
}

function toDate(value: unknown): Date {
  if (typeof value === "string") {
    const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    const date = dateOnly ? new Date(Date.UTC(Number(dateOnly[1]), Number(dateOnly[2]) - 1, Number(dateOnly[3]))) : new Date(value);
    if (!Number.isNaN(date.getTime()) && (!dateOnly || date.getUTCDate() === Number(dateOnly[3]))) return date;
  } else if (typeof value === "number" && Number.isFinite(value)) {
    return new Date(value);
  }
  throw new FilterError("date", `expects an ISO 8601 date such as "2026-06-05" (got ${show(value)})`);
}

/**
 * What kind of personal data a value looks like, so `mask` without an argument does the right
 * thing: the kind of the pack's identifier it has the shape of, else guessed from its digits.
 */
export function kindOf(text: string, pack?: PolicyPack): PiiKind {
  if (text.includes("@")) return "email";
  const identifier = pack ? identifierOf(text, pack.pii.literals) : undefined;
  if (identifier) return identifier.kind;
  const compact = text.replace(/[\s()-]/g, "");
  if (/^\d{12,19}$/.test(compact)) return "card";
  if (/^\+?\d{7,15}$/.test(compact)) return "phone";
  return "name";
}

/**
 * Keeps the first `keepStart` and last `keepEnd` letters or digits and masks the others,
 * keeping separators and the length; at least `minMasked` characters are always masked.
 */
function applyMask(text: string, mask: Mask): string {
  const characters = [...text];
  const maskable = characters.flatMap((character, index) => (/[\p{L}\p{N}]/u.test(character) ? [index] : []));
  const minMasked = Math.min(mask.minMasked ?? 1, maskable.length);
  let keepEnd = Math.min(mask.keepEnd, maskable.length);
  let keepStart = Math.min(mask.keepStart, maskable.length - keepEnd);
  while (maskable.length - keepStart - keepEnd < minMasked) {
    if (keepEnd > 0) keepEnd--;
    else keepStart--;
  }
  const char = mask.char ?? "*";
  for (const index of maskable.slice(keepStart, maskable.length - keepEnd)) characters[index] = char;
  return characters.join("");
}
