import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Linter } from "eslint";
import { afterAll, describe, expect, it } from "vitest";
import { analyzeText, compileLexicon, sentenceSpans, toneLanguage } from "@tactful/core";
import plugin from "@tactful/eslint-plugin";
import { builtInPacks, type LanguageRules, type PolicyPack } from "@tactful/policies";

/**
 * How a pack's languages read text is the pack's data: which locales each reads, where clauses
 * break, how close a negator must be. A locale no language of the pack reads is a finding.
 */

const cn = builtInPacks.packFor("CN")!;
const us = builtInPacks.packFor("US")!;

/** The US pack with its English rules changed. */
function usWith(rules: Partial<LanguageRules>): PolicyPack {
  return { ...us, tone: { ...us.tone, languages: { en: { ...us.tone.languages.en, ...rules } } } };
}

const folder = mkdtempSync(join(tmpdir(), "tactful-tone-languages-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The fixture market as a Taglish one (fil-PH), adopting the US English entries; its English reads these locales. */
function taglishPack(reads: string): string {
  const fixture = readFileSync(fileURLToPath(new URL("fixtures/packs/tactful-pack-acme/pack.yaml", import.meta.url)), "utf8");
  const file = join(folder, `ph-${reads.replace(/\W/gu, "")}.yaml`);
  const text = fixture
    .replace("id: IE", "id: PH")
    .replace("locales: [en-IE]", "locales: [fil-PH]")
    .replace("tone:\n  languages:\n    en: { negators: [not, never] }\n", `tone:\n  adopt:\n    - { from: us, language: en, sources: { threat: [{ ref: IE-S1 }] } }\n  languages:\n    en: { locales: [${reads}] }\n`);
  expect(text).toContain("adopt:");
  writeFileSync(file, text);
  return file;
}

/** What a recommended lint with these packs reports: rule and message id. */
function lint(template: string, packs: string[]): Array<{ ruleId: string | null; messageId?: string; message: string; line: number; column: number }> {
  const config: Linter.Config[] = [{ ...plugin.configs.recommended, files: ["**/*.msg.njk"], languageOptions: { packs } }];
  return new Linter({ configType: "flat", cwd: folder }).verify(template, config, { filename: join(folder, "template.sms.msg.njk") });
}

const ids = (text: string, pack: PolicyPack) => analyzeText(text, pack, "en", { category: "collection" }).map((match) => match.entry.id);

describe("the languages of a pack", () => {
  it("read the locales they list or a longer tag of them, and no other", () => {
    expect(["zh-CN", "zh-HK", "zh-Hant-TW", "ZH"].map((locale) => toneLanguage(locale, cn))).toEqual(["zh", "zh", "zh", "zh"]);
    expect(["en-US", "en-IE", "en"].map((locale) => toneLanguage(locale, us))).toEqual(["en", "en", "en"]);
    // The mainland pack reads English too, as bilingual messages are written; not Filipino.
    expect(toneLanguage("en-US", cn)).toBe("en");
    expect([toneLanguage("fil-PH", cn), toneLanguage("zh-Hans-US", us), toneLanguage("eng", us), toneLanguage(undefined, us)]).toEqual([undefined, undefined, undefined, undefined]);
    const taglish = usWith({ locales: ["en", "fil", "tl"] });
    expect(["fil-PH", "tl-PH", "en-PH", "es-PH"].map((locale) => toneLanguage(locale, taglish))).toEqual(["en", "en", "en", undefined]);
  });

  it("negate within the pack's window, and not at all without one", () => {
    const text = "Example Lending: we will never under any circumstances tell your employer about this balance.";
    expect(ids(text, us)).toEqual([]);
    expect(ids(text, usWith({ negationWindow: 10 }))).toEqual(["US-TONE-CONTACT-OTHERS"]);
    expect(ids("Example Lending: we will not tell your employer about this balance.", usWith({ negationWindow: undefined }))).toEqual(["US-TONE-CONTACT-OTHERS"]);
  });

  it("break clauses where the pack says: a negation in another clause does not excuse a match", () => {
    const text = "Example Lending: we will not wait any longer but we will tell your employer about this balance.";
    expect(ids(text, us)).not.toEqual([]);
    const noBut = usWith({ clauseBreaks: us.tone.languages.en!.clauseBreaks!.filter((pattern) => !pattern.includes("but")) });
    expect(ids(text, noBut)).toEqual([]);
  });

  it("keep a market's everyday words out of a shared word list, and only out of the list", () => {
    const text = "Example Lending: nip into any branch before Friday to pay.";
    expect(ids(text, us)).toEqual(["US-TONE-ABUSE"]);
    const british = usWith({ ordinaryWords: ["nip"] });
    expect(ids(text, british)).toEqual([]);
    expect(new Set(ids("Example Lending: you are a waste of space and a moron.", british))).toEqual(new Set(["US-TONE-ABUSE"]));
  });

  it("end no sentence at an abbreviation's dot before a number or a lower-case word, and only there", () => {
    const india = builtInPacks.packFor("IN")!;
    const withoutAbbreviations: PolicyPack = { ...india, tone: { ...india.tone, languages: { en: { ...india.tone.languages.en!, abbreviations: undefined } } } };
    const found = (text: string, pack: PolicyPack) => analyzeText(text, pack, "en", { category: "collection" }).map((match) => match.entry.id);
    const text = "Example Finance: aaj hi Rs. 4,250 bharo warna roz call aayenge.";
    expect(found(text, india)).toContain("IN-TONE-HI-DEADLINE-WARNA");
    expect(found(text, withoutAbbreviations)).not.toContain("IN-TONE-HI-DEADLINE-WARNA");
    expect(sentenceSpans("Did you pay? No. We will call today.", "en", compileLexicon(india, "en").abbreviation)).toHaveLength(3);
  });

  it("make a template whose locale the pack cannot read a finding, not a pass", () => {
    const template = [
      "---",
      "id: reminder.due-zh",
      "version: 1",
      "channel: sms",
      "locale: zh-Hans-US",
      "jurisdiction: US",
      "category: reminder",
      "audience: borrower",
      "sender: { name: Example Lending, role: creditor }",
      "---",
      "Example Lending：如果今天不还款，我们就告诉你的单位领导。回复STOP退订。",
      "",
    ].join("\n");
    const messages = lint(template, ["cn", "us"]);
    expect(messages.filter((message) => message.ruleId === "tactful/valid-front-matter").map(({ messageId, line, column }) => ({ messageId, line, column }))).toEqual([
      { messageId: "noToneLanguage", line: 5, column: 9 },
    ]);
    expect(messages.find((message) => message.messageId === "noToneLanguage")!.message).toBe(
      "Policy pack US has no language for locale `zh-Hans-US`: threats, insults and pressure are not checked.\nIt reads: en.",
    );
  });

  it("let a pack read another locale with a language's words, as a Taglish market reads fil-PH with `en`", () => {
    const template = [
      "---",
      "id: collection.paalala",
      "version: 1",
      "channel: sms",
      "locale: fil-PH",
      "category: collection",
      "audience: borrower",
      "sender: { name: Example Lending, role: creditor }",
      "---",
      "Example Lending: pay today or we will tell your employer about this balance.",
      "",
    ].join("\n");
    const rules = (messages: Array<{ ruleId: string | null }>) => [...new Set(messages.map((message) => message.ruleId))];
    expect(rules(lint(template, [taglishPack("en, fil")]))).toContain("tactful/no-threats");
    const messages = lint(template, [taglishPack("en")]);
    expect(rules(messages)).not.toContain("tactful/no-threats");
    expect(messages.map((message) => message.messageId)).toContain("noToneLanguage");
  });
});
