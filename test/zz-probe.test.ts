import { readFileSync, writeFileSync } from "node:fs";
import { it } from "vitest";
import { predict, type CorpusMessage } from "./detection-score.js";

// PROBE=file with one message per line: "locale|category|audience|channel|text" (defaults en-US|collection|debtor|sms)
it("probes", async () => {
  const lines = readFileSync(process.env.PROBE!, "utf8").split("\n").filter((l) => l.trim() && !l.startsWith("//"));
  const corpus: CorpusMessage[] = lines.map((line) => {
    const parts = line.split("|");
    const text = parts.pop()!;
    const [locale = "en-US", category = "collection", audience = "debtor", channel = "sms"] = parts;
    return { text, locale, category, audience, channel, jurisdiction: locale.startsWith("zh") ? "CN" : "US", sender: { name: locale.startsWith("zh") ? "示例金融" : "Harbor Loans", role: "creditor" }, labels: [] } as unknown as CorpusMessage;
  });
  const scored = await predict(corpus);
  writeFileSync(process.env.OUT ?? "/tmp/probe.txt", scored.map(({ message, predicted, findings }) => `${message.text}\n  => ${[...predicted].join(", ") || "(none)"}\n${findings.map((f) => `     ${f.ruleId}: ${f.message.slice(0, 140)}`).join("\n")}`).join("\n"));
}, 600_000);
