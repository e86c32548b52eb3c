import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ESLint } from "eslint";
import plugin from "@tactful/eslint-plugin";
import { builtInPacks } from "@tactful/policies";
import { checkMessages, type FinishedMessage, type MessageFinding } from "@tactful/eslint-plugin/engine";

/**
 * Scores the rules against a labelled corpus of finished messages (JSON Lines: text, channel,
 * locale, jurisdiction, category, audience, sender, labels), with the label ids and scopes of
 * `violation-classes.md`: each message is checked as `tactful check` checks it, its findings
 * become labels, and each label gets precision, recall and F1.
 */

export const LABELS = [
  "threat",
  "pressure",
  "pii-exposed",
  "marketing-no-apr",
  "credit-threat",
  "false-legal",
  "insult",
  "third-party-disclosure",
  "missing-contact",
  "missing-recipient-id",
  "missing-repayment-channel",
  "missing-sender",
  "missing-amount",
  "missing-due",
  "missing-opt-out",
] as const;
export type Label = (typeof LABELS)[number];

export interface CorpusMessage {
  text: string;
  channel: string;
  locale: string;
  jurisdiction?: string;
  category: string;
  audience: string;
  sender?: FinishedMessage["sender"];
  labels: string[];
}

const TONE_LABELS: Record<string, Label> = {
  "no-threats": "threat",
  "no-pressure-tactics": "pressure",
  "no-false-credit-claims": "credit-threat",
  "no-false-legal-claims": "false-legal",
  "no-abusive-language": "insult",
  "no-third-party-disclosure": "third-party-disclosure",
  "apr-disclosure": "marketing-no-apr",
};

const ROLE_LABELS: Record<string, Label> = {
  contact: "missing-contact",
  creditor: "missing-sender",
  "amount-due": "missing-amount",
  "days-overdue": "missing-due",
  "due-date": "missing-due",
  "repayment-channel": "missing-repayment-channel",
  "recipient-name": "missing-recipient-id",
  "debtor-name": "missing-recipient-id",
};

/** The label a finding stands for, if any. */
export function labelOf(finding: MessageFinding): Label | undefined {
  const rule = finding.ruleId?.replace(/^tactful\//u, "");
  if (!rule) return undefined;
  if (rule in TONE_LABELS) return TONE_LABELS[rule];
  const id = finding.messageId ?? "";
  switch (rule) {
    case "pii-masking":
      return id === "literal" ? "pii-exposed" : undefined;
    case "required-disclosures":
      return ROLE_LABELS[/^Role `([a-z-]+)`/mu.exec(finding.message)?.[1] ?? ""];
    case "recipient-identification":
      return id.startsWith("missingName") ? "missing-recipient-id" : undefined;
    case "sender-identification":
      // A missing or mismatched 【signature】 is a format rule of CN SMS, not a missing sender: the sender
      // is missing when neither the creditor (required-disclosures) nor the sender's name is in the text.
      return id.startsWith("missingName") ? "missing-sender" : undefined;
    case "opt-out-instruction":
      return id === "missing" || id === "missingInBranch" ? "missing-opt-out" : undefined;
    default:
      return undefined;
  }
}

const DEBTOR = new Set(["borrower", "debtor"]);

/** Whether a label can apply to a message at all (the scopes of `violation-classes.md`). */
export function labelApplies(label: Label, message: Pick<CorpusMessage, "category" | "audience" | "channel" | "locale">): boolean {
  if (label === "marketing-no-apr") return message.category === "marketing";
  if (label === "missing-opt-out") {
    if (message.category === "marketing") return true;
    return message.locale === "en-US" && message.category === "collection" && (message.channel === "sms" || message.channel === "email");
  }
  if (label.startsWith("missing-")) return (message.category === "collection" || message.category === "reminder") && DEBTOR.has(message.audience);
  return true;
}

export function loadCorpus(path: string): CorpusMessage[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as CorpusMessage);
}

/**
 * The message as `tactful check` reads it: the corpus's "debtor" is the template format's
 * "borrower", and a market without a pack of its own (zh-HK, zh-TW) is read with the pack of
 * its language, as the tone corpora do.
 */
function finished(message: CorpusMessage): FinishedMessage {
  const { labels: _labels, audience, jurisdiction, ...fields } = message;
  const covered = jurisdiction ? builtInPacks.packFor(jurisdiction) !== undefined : builtInPacks.jurisdictionForLocale(message.locale) !== undefined;
  const fallback = message.locale.toLowerCase().startsWith("zh") ? "CN" : "US";
  return { ...fields, audience: audience === "debtor" ? "borrower" : audience, jurisdiction: covered ? jurisdiction : fallback };
}

export interface Scored {
  message: CorpusMessage;
  predicted: Set<Label>;
  findings: MessageFinding[];
}

let engine: ESLint | undefined;
const cwd = mkdtempSync(join(tmpdir(), "tactful-score-"));

/** Checks every message of a corpus with the built-in recommended configuration. */
export async function predict(corpus: readonly CorpusMessage[]): Promise<Scored[]> {
  engine ??= new ESLint({ cwd, overrideConfigFile: true, overrideConfig: [plugin.configs.recommended] });
  const findings = await checkMessages(engine, corpus.map(finished), cwd);
  return corpus.map((message, index) => {
    const list = findings[index]!;
    const predicted = new Set<Label>();
    for (const finding of list) {
      const label = labelOf(finding);
      if (label && labelApplies(label, message)) predicted.add(label);
    }
    return { message, predicted, findings: list };
  });
}

export interface LabelScore {
  label: Label;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Per-label precision, recall and F1; macro-F1 over the labels the corpus has or the rules predicted. */
export function score(scored: readonly Scored[]): { labels: LabelScore[]; macroF1: number } {
  const labels = LABELS.map((label): LabelScore => {
    let truePositives = 0;
    let falsePositives = 0;
    let falseNegatives = 0;
    for (const { message, predicted } of scored) {
      const expected = message.labels.includes(label);
      if (expected && predicted.has(label)) truePositives++;
      else if (predicted.has(label)) falsePositives++;
      else if (expected) falseNegatives++;
    }
    const precision = truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives);
    const recall = truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { label, truePositives, falsePositives, falseNegatives, precision, recall, f1 };
  });
  const present = labels.filter((entry) => entry.truePositives + entry.falsePositives + entry.falseNegatives > 0);
  const macroF1 = present.reduce((sum, entry) => sum + entry.f1, 0) / Math.max(1, present.length);
  return { labels, macroF1 };
}

export function formatScore({ labels, macroF1 }: ReturnType<typeof score>): string {
  const rows = labels
    .filter((entry) => entry.truePositives + entry.falsePositives + entry.falseNegatives > 0)
    .map((entry) =>
      [entry.label.padEnd(26), entry.precision.toFixed(2), entry.recall.toFixed(2), entry.f1.toFixed(2), String(entry.truePositives).padStart(4), String(entry.falsePositives).padStart(4), String(entry.falseNegatives).padStart(4)].join("  "),
    );
  return [`${"label".padEnd(26)}  P     R     F1    TP    FP    FN`, ...rows, `macro-F1 ${macroF1.toFixed(3)}`].join("\n");
}

/** The errors of one label, for tuning: what was missed and what was flagged wrongly. */
export function errorsOf(scored: readonly Scored[], label: Label): { missed: string[]; wrong: string[] } {
  return {
    missed: scored.filter(({ message, predicted }) => message.labels.includes(label) && !predicted.has(label)).map(({ message }) => message.text),
    wrong: scored.filter(({ message, predicted }) => !message.labels.includes(label) && predicted.has(label)).map(({ message }) => message.text),
  };
}
