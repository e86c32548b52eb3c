import templateSchema from "@tactful/schemas/template.schema.json" with { type: "json" };
import { translate, wordingDescription, type Catalog, type Locale, type Localized, type MessageData } from "@tactful/core";
import type { Role, Wording } from "@tactful/policies";

const meanings = templateSchema.$defs.variable.properties.role;
const descriptions = meanings["x-enumDescriptions"] as Record<Role, string>;

/** The roles in words, as the template schema says what each role value means (`x-enumDescriptions`, and its Chinese beside it). */
export const ROLE_NAMES: Catalog<Role> = Object.fromEntries(
  (Object.keys(descriptions) as Role[]).map((role) => [role, { en: descriptions[role], "zh-CN": meanings["x-enumDescriptions-zh-CN"][role], "zh-TW": meanings["x-enumDescriptions-zh-TW"][role] }]),
) as Catalog<Role>;

/** What a role means in words ("the amount owed", "欠款金额"). */
export function describeRole(role: Role, locale: Locale = "en"): string {
  return ROLE_NAMES[role]?.[locale] ?? descriptions[role] ?? role;
}

export const CATEGORY_NAMES: Catalog = {
  collection: { en: "collection", "zh-CN": "催收", "zh-TW": "催收" },
  reminder: { en: "reminder", "zh-CN": "还款提醒", "zh-TW": "繳款提醒" },
  marketing: { en: "marketing", "zh-CN": "营销", "zh-TW": "行銷" },
  transactional: { en: "transactional", "zh-CN": "交易通知", "zh-TW": "交易通知" },
  service: { en: "service", "zh-CN": "服务", "zh-TW": "服務" },
};

/** A template category as a message names it ("collection", "催收"); an unknown one as written. */
export function describeCategory(category: string, locale: Locale): string {
  return CATEGORY_NAMES[category]?.[locale] ?? category;
}

/** How a list of alternatives is joined in each locale. */
const OR: Localized = { en: " or ", "zh-CN": "或", "zh-TW": "或" };

/** Alternatives as one phrase in the locale (`a` or `b`, `a`或`b`). */
export function anyOf(items: readonly string[], locale: Locale): string {
  return items.join(OR[locale]);
}

/** The phrases rules build their findings' data from, in each locale. */
export const PHRASES = {
  forExample: { en: "for example {text}", "zh-CN": "例如 {text}", "zh-TW": "例如 {text}" },
  wordingLike: { en: "wording like {wordings}", "zh-CN": "类似 {wordings} 的写法", "zh-TW": "類似 {wordings} 的寫法" },
  outputWithRole: { en: "an output of a variable with role {roles}", "zh-CN": "输出角色为 {roles} 的变量", "zh-TW": "輸出角色為 {roles} 的變數" },
  noOutputWithRole: { en: " and no output of a variable with role {roles}", "zh-CN": "；也没有输出角色为 {roles} 的变量", "zh-TW": "；也沒有輸出角色為 {roles} 的變數" },
  orElse: { en: ", or ", "zh-CN": "，或", "zh-TW": "，或" },
  pricingTerm: { en: "a pricing term", "zh-CN": "价格用语", "zh-TW": "價格用語" },
} as const satisfies Catalog;

/** A phrase of a finding's data in the locale. */
export function phrase(id: keyof typeof PHRASES, locale: Locale, data?: MessageData): string {
  return translate(PHRASES, id, locale, data);
}

/** A pack's wording as a finding names it: its description in the locale, else (none, or empty) its pattern. */
export function describeWording(wording: Wording, locale: Locale): string {
  return wordingDescription(wording, locale) || `/${wording.pattern}/`;
}

/** How a list of wordings is joined in each locale: their descriptions hold commas of their own. */
const WORDINGS: Localized = { en: "; ", "zh-CN": "；", "zh-TW": "；" };

/** A list of a pack's wordings as a finding names them, in the locale. */
export function describeWordings(wordings: readonly Wording[], locale: Locale): string {
  return wordings.map((wording) => describeWording(wording, locale)).join(WORDINGS[locale]);
}
