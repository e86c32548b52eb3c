import { readFileSync } from "node:fs";
import nunjucks from "nunjucks";
import { createFilters, parseTemplate } from "@tactful/core";
import { builtInPacks } from "@tactful/policies";
import { median } from "./stats.js";

/**
 * Renders one template in a loop and prints renders per second (the median of timed rounds).
 * Its own process: `@tactful/renderer` patches the Nunjucks runtime for the whole process, so
 * bare Nunjucks must never share one with it.
 *
 *   node render-worker.js tactful|bare <template> <data.json> <rounds> <round-ms>
 */

const [mode, file, dataFile, roundsText, roundText] = process.argv.slice(2);
if ((mode !== "tactful" && mode !== "bare") || !file || !dataFile) throw new Error("usage: render-worker.js tactful|bare <template> <data.json> <rounds> <round-ms>");
const text = readFileSync(file, "utf8");
const data = JSON.parse(readFileSync(dataFile, "utf8")) as Record<string, unknown>;
const render = mode === "tactful" ? await withTactful() : bare();

/** `compileTemplate`: the safety gate, the data contract (validated on every render), the sandboxed environment and the channel's message. */
async function withTactful(): Promise<() => unknown> {
  const { compileTemplate } = await import("@tactful/renderer");
  const compiled = compileTemplate(text, { filePath: file });
  return () => compiled.render(data);
}

/** The same body (and subject) rendered by a plain Nunjucks environment with the same filters, and nothing else. */
function bare(): () => unknown {
  const document = parseTemplate(text, { filePath: file });
  const environment = new nunjucks.Environment(null, { autoescape: false });
  const pack = document.jurisdiction ? builtInPacks.packFor(document.jurisdiction) : undefined;
  for (const [name, filter] of Object.entries(createFilters({ locale: document.meta.locale!, pack }))) environment.addFilter(name, filter);
  const body = new nunjucks.Template(text.slice(document.ast.body.range[0], document.ast.body.range[1]), environment, "body", true);
  const subject = document.meta.subject === undefined ? undefined : new nunjucks.Template(document.meta.subject, environment, "subject", true);
  return () => [subject?.render(data), body.render(data)];
}

const rounds = Number(roundsText ?? 5);
const roundMs = Number(roundText ?? 1000);
// Warm up: let the JIT settle before anything is timed.
for (const end = performance.now() + roundMs; performance.now() < end; ) render();
const perSecond: number[] = [];
for (let round = 0; round < rounds; round++) {
  let renders = 0;
  const started = performance.now();
  while (performance.now() - started < roundMs) {
    for (let i = 0; i < 100; i++) render();
    renders += 100;
  }
  perSecond.push((renders * 1000) / (performance.now() - started));
}
process.stdout.write(`${JSON.stringify({ rendersPerSecond: Math.round(median(perSecond)), rounds, roundMs })}\n`);
