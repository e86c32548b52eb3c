import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Linter } from "eslint";
import plugin from "@tactful/eslint-plugin";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";

/**
 * The tone rules against a labelled corpus of real-world collection and marketing wording in
 * zh-CN, zh-TW and en-US, with hard negatives (negations, lawful statements, look-alike words).
 * Each message is linted as the body of an SMS template of its category and audience.
 */
interface Entry {
  id: string;
  locale: "zh-CN" | "zh-TW" | "zh-HK" | "en-US";
  category: string;
  audience: string;
  text: string;
  expect: string[];
  /** Rules whose learned reader (a second opinion, see the pack's `model` entries) reads this message wrongly: a known false alarm, kept in sight. */
  misread?: string[];
}

const TONE_RULES = ["no-threats", "no-abusive-language", "no-false-legal-claims", "no-false-credit-claims", "no-pressure-tactics", "no-third-party-disclosure", "no-misleading-marketing"];
/** The corpus the lexicons were written against, and a second one written apart from them (see fixtures/tone/README.md). */
const CORPORA = ["corpus.yaml", "holdout.yaml"];
const load = (name: string): Entry[] => parse(readFileSync(fileURLToPath(new URL(`fixtures/tone/${name}`, import.meta.url)), "utf8")) as Entry[];
const linter = new Linter({ configType: "flat" });
const config: Linter.Config[] = [
  { files: ["**/*.msg.njk"], plugins: { tactful: plugin }, language: "tactful/template", rules: Object.fromEntries(TONE_RULES.map((rule) => [`tactful/${rule}`, "error"])) },
];

function templateFor(entry: Entry): string {
  const sender = entry.locale === "en-US" ? "{ name: Example Lending, role: creditor }" : "{ name: 示例金融, role: creditor }";
  return [
    "---",
    "id: corpus.message",
    "version: 1",
    "channel: sms",
    `locale: ${entry.locale}`,
    ...(entry.locale === "zh-TW" || entry.locale === "zh-HK" ? ["jurisdiction: CN"] : []),
    `category: ${entry.category}`,
    `audience: ${entry.audience}`,
    `sender: ${sender}`,
    "---",
    entry.text,
    "",
  ].join("\n");
}

function findings(entry: Entry): Linter.LintMessage[] {
  const messages = linter.verify(templateFor(entry), config, { filename: "corpus.msg.njk" });
  const fatal = messages.find((message) => message.fatal);
  if (fatal) throw new Error(`${entry.id}: ${fatal.message}`);
  return messages;
}

const ruleIds = (messages: readonly Linter.LintMessage[]): Set<string> => new Set(messages.map((message) => message.ruleId!.replace(/^tactful\//, "")));
const learnedFinding = (message: Linter.LintMessage): boolean => message.messageId?.split(":")[0] === "learned";
/** The rules the listed entries fire: these corpora measure the lexicons; the learned readers are measured on unseen corpora (test/tone-models.test.ts, the blind corpora's READMEs). */
const fired = (entry: Entry): Set<string> => ruleIds(findings(entry).filter((message) => !learnedFinding(message)));

describe.each(CORPORA)("the tone rules on the labelled corpus %s", (name) => {
  const corpus = load(name);
  const results = corpus.map((entry) => ({ entry, fired: fired(entry) }));

  it("has at least 150 messages in zh-CN, zh-TW and en-US, with hard negatives", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(150);
    expect(new Set(corpus.map((entry) => entry.locale))).toEqual(new Set(["zh-CN", "zh-TW", "en-US"]));
    expect(corpus.filter((entry) => entry.expect.length === 0).length).toBeGreaterThanOrEqual(50);
  });

  for (const rule of TONE_RULES) {
    it(`${rule}: precision and recall of at least 0.9`, () => {
      const truePositives = results.filter(({ entry, fired }) => entry.expect.includes(rule) && fired.has(rule));
      const falsePositives = results.filter(({ entry, fired }) => !entry.expect.includes(rule) && fired.has(rule));
      const falseNegatives = results.filter(({ entry, fired }) => entry.expect.includes(rule) && !fired.has(rule));
      const precision = truePositives.length / Math.max(1, truePositives.length + falsePositives.length);
      const recall = truePositives.length / Math.max(1, truePositives.length + falseNegatives.length);
      const report = {
        precision: Number(precision.toFixed(3)),
        recall: Number(recall.toFixed(3)),
        falsePositives: falsePositives.map(({ entry }) => `${entry.id}: ${entry.text}`),
        falseNegatives: falseNegatives.map(({ entry }) => `${entry.id}: ${entry.text}`),
      };
      expect(truePositives.length, "positives in the corpus").toBeGreaterThanOrEqual(15);
      expect(precision >= 0.9 && recall >= 0.9, JSON.stringify(report, null, 2)).toBe(true);
    });
  }
});

/** Families of CN and US wording (fixtures/tone/*-families.yaml): each message fires exactly the rules it expects. */
describe.each(["cn-families.yaml", "us-families.yaml"])("the tone families of %s, message by message", (name) => {
  it.each(load(name))("$id", (entry) => {
    const messages = findings(entry);
    const learned = messages.filter(learnedFinding);
    expect([...ruleIds(messages.filter((message) => !learned.includes(message)))].sort()).toEqual([...entry.expect].sort());
    // A reader that misreads a message is said so, rule by rule; one that reads it rightly needs no word.
    expect([...ruleIds(learned)].filter((rule) => !entry.expect.includes(rule)).sort()).toEqual([...(entry.misread ?? [])].sort());
  });
});
