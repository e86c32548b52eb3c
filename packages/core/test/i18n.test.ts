import { describe, expect, it } from "vitest";
import { entrySummary, fill, inWritersLanguage, localeOfEnvironment, resolveLocale, translate, wordingDescription, type Catalog } from "../src/index.js";

describe("resolveLocale", () => {
  it.each([
    ["zh-cn", "zh-CN"],
    ["zh", "zh-CN"],
    ["zh-SG", "zh-CN"],
    ["zh-Hans-HK", "zh-CN"],
    ["zh_CN.UTF-8", "zh-CN"],
    ["zh-tw", "zh-TW"],
    ["zh-HK", "zh-TW"],
    ["zh-MO", "zh-TW"],
    ["zh-Hant", "zh-TW"],
    ["zh_TW.UTF-8@calendar", "zh-TW"],
    ["en-US", "en"],
    ["de", "en"],
    ["C.UTF-8", "en"],
    ["POSIX", "en"],
    ["", "en"],
    [undefined, "en"],
    ["not a tag!", "en"],
  ] as const)("%s → %s", (tag, locale) => {
    expect(resolveLocale(tag)).toBe(locale);
  });

  it("takes an explicit choice before LC_ALL, LC_MESSAGES and LANG, in that order", () => {
    expect(localeOfEnvironment("zh-TW", { LANG: "en_US.UTF-8" })).toBe("zh-TW");
    expect(localeOfEnvironment(undefined, { LC_ALL: "zh_CN.UTF-8", LANG: "en_US.UTF-8" })).toBe("zh-CN");
    expect(localeOfEnvironment(undefined, { LC_ALL: "", LC_MESSAGES: "zh_HK.UTF-8", LANG: "en_US" })).toBe("zh-TW");
    expect(localeOfEnvironment(undefined, {})).toBe("en");
  });
});

describe("translate", () => {
  const catalog = {
    over: { en: "{count} segments, budget {budget}", "zh-CN": "{count} 条，上限 {budget}", "zh-TW": "{count} 則，上限 {budget}" },
  } satisfies Catalog;

  it("fills placeholders in the chosen locale", () => {
    expect(translate(catalog, "over", "zh-TW", { count: 3, budget: 2 })).toBe("3 則，上限 2");
    expect(translate(catalog, "over", "en", { count: 3, budget: 2 })).toBe("3 segments, budget 2");
  });

  it("leaves a placeholder without data visible, and does not read inherited keys", () => {
    expect(fill("{count} {toString}", { count: 1 })).toBe("1 {toString}");
  });
});

describe("entrySummary", () => {
  const summary = "Threats of violence.";

  it("gives the pack's text for the locale, Traditional converted from Simplified when the pack has only that, else the English", () => {
    const simplified = { summary, summaries: { "zh-CN": "以暴力相威胁。" } };
    expect(entrySummary(simplified, "zh-CN")).toBe("以暴力相威胁。");
    expect(entrySummary(simplified, "zh-TW")).toBe("以暴力相威脅。");
    expect(entrySummary(simplified, "en")).toBe(summary);
    expect(entrySummary({ summary, summaries: { "zh-CN": "以暴力相威胁。", "zh-TW": "以暴力恫嚇。" } }, "zh-TW")).toBe("以暴力恫嚇。");
    expect(entrySummary({ summary }, "zh-CN")).toBe(summary);
    expect(entrySummary({ summary }, "zh-TW")).toBe(summary);
    // Traditional only: a Simplified reader gets the English, not another script.
    expect(entrySummary({ summary, summaries: { "zh-TW": "以暴力恫嚇。" } }, "zh-CN")).toBe(summary);
  });
});

describe("inWritersLanguage, which entry summaries and wording descriptions share", () => {
  const english = "a daily or monthly rate";

  it("gives the Simplified text to a zh-CN writer", () => {
    expect(inWritersLanguage(english, { "zh-CN": "日利率或月利率" }, "zh-CN")).toBe("日利率或月利率");
  });

  it("gives the Traditional text to a zh-TW writer where the pack gives one", () => {
    expect(inWritersLanguage(english, { "zh-CN": "日利率或月利率", "zh-TW": "日息或月息" }, "zh-TW")).toBe("日息或月息");
  });

  it("converts the Simplified text for a zh-TW writer where the pack gives no Traditional one", () => {
    expect(inWritersLanguage(english, { "zh-CN": "日利率或月利率，费用" }, "zh-TW")).toBe("日利率或月利率，費用");
  });

  it("falls back to the English where the pack gives nothing in the writer's language", () => {
    expect(inWritersLanguage(english, undefined, "zh-CN")).toBe(english);
    expect(inWritersLanguage(english, undefined, "zh-TW")).toBe(english);
    expect(inWritersLanguage(english, { "zh-TW": "日息或月息" }, "zh-CN")).toBe(english);
  });

  it("gives the English to an English writer", () => {
    expect(inWritersLanguage(english, { "zh-CN": "日利率或月利率", "zh-TW": "日息或月息" }, "en")).toBe(english);
  });

  it("is how a wording's description is read, and a wording without one has none", () => {
    const wording = { description: "a fee or interest", descriptions: { "zh-CN": "费用或利息" } };
    expect(wordingDescription(wording, "zh-CN")).toBe("费用或利息");
    expect(wordingDescription(wording, "zh-TW")).toBe("費用或利息");
    expect(wordingDescription({ ...wording, descriptions: { ...wording.descriptions, "zh-TW": "手續費或利息" } }, "zh-TW")).toBe("手續費或利息");
    expect(wordingDescription(wording, "en")).toBe("a fee or interest");
    expect(wordingDescription({ description: english }, "zh-TW")).toBe(english);
    expect(wordingDescription({}, "zh-CN")).toBeUndefined();
  });
});
