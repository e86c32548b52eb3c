import { LOCALES } from "@tactful/core";
import { packs } from "@tactful/policies";
import { describe, expect, it } from "vitest";
import plugin from "../src/index.js";

/** The placeholders of a message, as a sorted list. */
const placeholders = (text: string): string[] => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/gu)].map((match) => match[1]!).sort();

/** Data that may carry a pack's internal entry id or a raw pattern: never on a first line. */
const INTERNAL = ["entry", "entries", "pattern", "accepted", "expected", "why", "wording"];
const ENTRY_IDS = new Set(packs.flatMap((pack) => JSON.stringify(pack).match(/\b[A-Z]{2,3}-[A-Z0-9]+(?:-[A-Z0-9]+)+\b/gu) ?? []));
const REGEX = /\/[^/\s]*[\\^$|()[\]*+?][^/\s]*\//u;

/** Every rule's messages, by rule and messageId, in each locale (without the level marker). */
function catalogs(): Array<{ rule: string; id: string; texts: Record<string, string> }> {
  return Object.entries(plugin.rules).flatMap(([rule, definition]) => {
    const messages = (definition.meta?.messages ?? {}) as Record<string, string>;
    return Object.keys(messages)
      .filter((id) => !id.includes("@") && !id.includes(":"))
      .map((id) => ({ rule, id, texts: Object.fromEntries(LOCALES.map((locale) => [locale, messages[locale === "en" ? id : `${id}@${locale}`]!])) }));
  });
}

describe("rule messages", () => {
  const all = catalogs();

  it("covers every rule", () => {
    expect(new Set(all.map((message) => message.rule))).toEqual(new Set(Object.keys(plugin.rules)));
  });

  it.each(all.map((message) => [`${message.rule}/${message.id}`, message] as const))("%s: every locale, the same placeholders, a short first line", (_, { texts }) => {
    for (const locale of LOCALES) {
      const text = texts[locale];
      expect(text, locale).toBeTypeOf("string");
      expect(placeholders(text!), locale).toEqual(placeholders(texts["en"]!));
      const firstLine = text!.split("\n")[0]!;
      // With each placeholder as a short value: the line a terminal shows.
      expect(firstLine.replace(/\{\{\s*\w+\s*\}\}/gu, "xxxx").length, `${locale}: ${firstLine}`).toBeLessThanOrEqual(120);
      for (const name of INTERNAL) expect(placeholders(firstLine), locale).not.toContain(name);
      expect(firstLine, locale).not.toMatch(REGEX);
      for (const id of ENTRY_IDS) expect(firstLine, locale).not.toContain(id);
    }
    // A translation, not a copy of the English.
    expect(texts["zh-CN"]).toMatch(/\p{Script=Han}/u);
    expect(texts["zh-TW"]).toMatch(/\p{Script=Han}/u);
    expect(texts["zh-TW"]).not.toBe(texts["zh-CN"]);
  });
});
