import { describe, expect, it } from "vitest";
import { entrySummary, fill, localeOfEnvironment, resolveLocale, translate, type Catalog } from "../src/index.js";

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
