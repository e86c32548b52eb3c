import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeText, parseTemplate, toneFindings, toneLanguage, type ToneContext } from "@tactful/core";
import { builtInPacks } from "@tactful/policies";
import { generateCorpus } from "./corpus.js";
import { ROOT } from "./paths.js";

/**
 * The tone engine alone, in this process: `toneFindings` on parsed templates of the bench
 * corpus (parsing not timed), and `analyzeText` on the finished messages of the blind corpus
 * as the send-time guard reads them. Sentences the engine has judged are remembered, so a second
 * round reads less than the first: quote one round. Timed in CPU seconds of this process, which other work on a
 * shared machine does not inflate. `node test/bench/dist/tone-bench.js [templates] [rounds]`.
 */

/** CPU seconds (user and system) this process has used. */
function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

export interface ToneEngineFigures {
  templates: number;
  /** Characters of prose per second through `toneFindings`. */
  templateCharactersPerSecond: number;
  templatesPerSecond: number;
  messages: number;
  messagesPerSecond: number;
}

export function toneEngineThroughput(count: number, rounds: number, seed?: number): ToneEngineFigures {
  const sources = generateCorpus(count, { seed }).map((template) => template.text);
  const messages = readFileSync(join(ROOT, "test/fixtures/tone/blind/tune.jsonl"), "utf8")
    .split("\n")
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as { text: string; locale: string; jurisdiction: string; category: string; audience: string; channel: string });
  let templateSeconds = 0;
  let characters = 0;
  for (let round = 0; round < rounds; round++) {
    // Fresh documents each round: findings are remembered per document.
    const documents = sources.map((source) => parseTemplate(source));
    const started = cpuSeconds();
    for (const document of documents) toneFindings(document);
    templateSeconds += cpuSeconds() - started;
    if (round === 0) characters = documents.reduce((sum, document) => sum + document.prose.reduce((length, segment) => length + segment.text.length, 0), 0);
  }
  let messageSeconds = 0;
  for (let round = 0; round < rounds; round++) {
    const started = cpuSeconds();
    for (const message of messages) {
      const context: ToneContext = { category: message.category, audience: message.audience, channel: message.channel, senderRole: "creditor" } as ToneContext;
      const pack = builtInPacks.packFor(message.jurisdiction)!;
      analyzeText(message.text, pack, toneLanguage(message.locale, pack)!, context);
    }
    messageSeconds += cpuSeconds() - started;
  }
  return {
    templates: count,
    templateCharactersPerSecond: Math.round((characters * rounds) / templateSeconds),
    templatesPerSecond: Math.round((count * rounds) / templateSeconds),
    messages: messages.length,
    messagesPerSecond: Math.round((messages.length * rounds) / messageSeconds),
  };
}

// `node test/bench/dist/tone-bench.js [templates] [rounds]`: this section alone.
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop()!)) {
  // A first round on other templates warms the engine (lexicons compiled, code optimised) and is not reported.
  toneEngineThroughput(200, 1, 1);
  process.stdout.write(`${JSON.stringify(toneEngineThroughput(Number(process.argv[2] ?? 2000), Number(process.argv[3] ?? 1)), null, 2)}\n`);
}
