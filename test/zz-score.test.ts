import { writeFileSync } from "node:fs";
import { it } from "vitest";
import { errorsOf, formatScore, LABELS, loadCorpus, predict, score } from "./detection-score.js";

it("scores", async () => {
  const out: string[] = [];
  for (const path of (process.env.CORPORA ?? "").split(",").filter(Boolean)) {
    const corpus = loadCorpus(path);
    const scored = await predict(corpus);
    out.push(`## ${path} (${corpus.length})\n${formatScore(score(scored))}`);
    for (const locale of ["zh-CN", "zh-TW", "zh-HK", "en-US"]) {
      const part = scored.filter(({ message }) => message.locale === locale);
      if (part.length) out.push(`### ${locale} (${part.length})\n${formatScore(score(part))}`);
    }
    if (process.env.ERRORS) {
      const only = process.env.LOCALE;
      const part = only ? scored.filter(({ message }) => message.locale.startsWith(only)) : scored;
      for (const label of LABELS) {
        const { missed, wrong } = errorsOf(part, label);
        if (missed.length || wrong.length) out.push(`#### ${label}\nMISSED:\n${missed.map((t) => "  - " + t).join("\n")}\nWRONG:\n${wrong.map((t) => "  + " + t).join("\n")}`);
      }
    }
  }
  writeFileSync(process.env.OUT ?? "/tmp/score.txt", out.join("\n\n"));
}, 600_000);
