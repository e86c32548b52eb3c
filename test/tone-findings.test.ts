import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { Linter } from "eslint";
import { analyzeText, toneLanguage } from "@tactful/core";
import plugin, { rules } from "@tactful/eslint-plugin";
import { messageTemplate, type FinishedMessage } from "@tactful/eslint-plugin/engine";
import { builtInPacks } from "@tactful/policies";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { generateCorpus } from "./bench/corpus.js";
import { templateFiles } from "./support/annotations.js";

/**
 * The tone findings on everything the project has to read — the fixtures, the sample library,
 * the bench corpus, the labelled tone corpora and the blind corpus — recorded once and compared
 * on every run: a change to how the engine reads text must not change what it finds.
 */

const root = fileURLToPath(new URL("..", import.meta.url));
const TONE_RULES = Object.entries(rules).flatMap(([name, rule]) => (rule.meta?.docs?.group === "tone" ? [name] : []));
const linter = new Linter({ configType: "flat" });
const config: Linter.Config[] = [
  {
    files: ["**/*.msg.njk"],
    plugins: { tactful: plugin },
    language: "tactful/template",
    rules: {
      ...Object.fromEntries(TONE_RULES.map((rule) => [`tactful/${rule}`, "error"])),
      // An organisation's own phrases go through the engine on their own.
      "tactful/no-pressure-tactics": ["error", { terms: ["last chance", "final reminder", "最后机会", "最後機會"] }],
    },
  },
];

/** One line per finding: where, which rule, what it says, and what it suggests. */
function lintLines(name: string, source: string): string[] {
  return linter.verify(source, config, { filename: "template.msg.njk" }).map((message) => {
    const suggestions = (message.suggestions ?? []).map((suggestion) => `${suggestion.desc} @${suggestion.fix.range.join("-")}`).join(" | ");
    return [name, `${message.line}:${message.column}-${message.endLine ?? ""}:${message.endColumn ?? ""}`, message.ruleId ?? "fatal", message.message, suggestions].join("\t");
  });
}

/** The engine on a plain message, as the send-time guard reads one. */
function engineLines(name: string, message: FinishedMessage): string[] {
  const pack = builtInPacks.packFor(message.jurisdiction ?? builtInPacks.jurisdictionForLocale(message.locale ?? "") ?? "");
  if (!pack) return [];
  const context = { category: message.category, audience: message.audience, channel: message.channel, senderRole: typeof message.sender === "object" ? message.sender.role : "creditor" } as Parameters<typeof analyzeText>[3];
  return analyzeText(message.text, pack, toneLanguage(message.locale, pack)!, context).map((match) =>
    [name, `${match.start}-${match.end}`, match.entry.id, JSON.stringify(message.text.slice(match.start, match.end)), (match.slots ?? []).map((slot) => `${slot.slot}@${slot.start}-${slot.end}`).join(" ")].join("\t"),
  );
}

interface LabelledMessage {
  id: string;
  locale: string;
  category: string;
  audience: string;
  text: string;
}

const toneCorpus = (file: string): LabelledMessage[] => parse(readFileSync(`${root}test/fixtures/tone/${file}`, "utf8")) as LabelledMessage[];
const blindCorpus = (file: string): Array<FinishedMessage & { id: string }> =>
  readFileSync(`${root}test/fixtures/tone/blind/${file}`, "utf8")
    .split("\n")
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as FinishedMessage & { id: string });

function labelledAsMessage(entry: LabelledMessage): FinishedMessage {
  const sender = entry.locale === "en-US" ? "Example Lending" : "示例金融";
  return { text: entry.text, channel: "sms", locale: entry.locale, jurisdiction: entry.locale === "en-US" ? "US" : "CN", category: entry.category, audience: entry.audience, sender };
}

describe("tone findings, compared with the recorded ones", () => {
  it("on the fixtures and the sample library", async () => {
    const files = [...templateFiles(`${root}test/fixtures`), ...templateFiles(`${root}templates`)];
    const lines = files.flatMap((file) => lintLines(relative(root, file), readFileSync(file, "utf8")));
    await expect(`${lines.join("\n")}\n`).toMatchFileSnapshot("__snapshots__/tone-findings.fixtures.txt");
  }, 900_000);

  it("on the bench corpus", async () => {
    const lines = generateCorpus(400).flatMap((template) => lintLines(template.path, template.text));
    await expect(`${lines.join("\n")}\n`).toMatchFileSnapshot("__snapshots__/tone-findings.bench.txt");
  }, 900_000);

  it("on the labelled tone corpora and the blind corpus, linted and read by the engine alone", async () => {
    const messages = [
      ...["corpus.yaml", "holdout.yaml"].flatMap((file) => toneCorpus(file).map((entry) => ({ id: `${file}#${entry.id}`, ...labelledAsMessage(entry) }))),
      ...["tune.jsonl", "holdout.jsonl"].flatMap((file) => blindCorpus(file).map((message) => ({ ...message, id: `${file}#${message.id}` }))),
    ];
    const lines = messages.flatMap((message) => [...lintLines(message.id, messageTemplate(message).source), ...engineLines(message.id, message)]);
    await expect(`${lines.join("\n")}\n`).toMatchFileSnapshot("__snapshots__/tone-findings.corpora.txt");
  }, 900_000);
});
