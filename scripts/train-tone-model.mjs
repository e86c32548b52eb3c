#!/usr/bin/env node
// Trains the learned readers of a policy pack (lexicon entries with a `model`) on the labelled
// corpora each names in `model.trainedOn`, and writes their weights and threshold into the pack.
//
//   node scripts/train-tone-model.mjs packages/policies/packs/us.yaml [--write | --check] [--precision 0.9]
//
// --check exits 1 when the pack's weights are not what its corpora train (edited by hand, or the
// corpora changed without training again).
// Each message is read sentence by sentence as the tone engine reads it (normalised); a message
// scores what its most telling sentence scores (multiple-instance logistic regression), so the
// weights learn which sentence carries the category without sentence labels. The threshold is the
// lowest at which the model, cross-validated over folds of whole corpora, reaches `--precision` on
// the corpora it did not see and reads at most 5% of lawful look-alikes it did not see as its
// category; those figures are printed. Deterministic: the same corpora give the same weights.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { parseDocument, stringify } from "yaml";
import { normalizedSentences, readWithModel, modelFeatures, modelFunctionWords, toneLanguage } from "@tactful/core";
import { packOfContent } from "@tactful/policies/load";

/** The label of a corpus message (violation-classes.md) for each tone category. */
const LABELS = {
  threat: "threat",
  pressure: "pressure",
  "false-credit": "credit-threat",
  "false-legal": "false-legal",
  abusive: "insult",
};
const ITERATIONS = 600;
const LEARNING_RATE = 1.5;
/** L1 keeps the weights of words that tell (a model leaning on common words reads every long sentence as a threat); L2 a little on those it keeps. */
const L1 = 2e-4;
const L2 = 1e-3;
/**
 * A feature must occur in this many training messages, of this many corpora (a word only one
 * writer used — a brand, a street — says who wrote it, not what it means); weights smaller than MIN_WEIGHT are left out of the pack.
 */
const MIN_MESSAGES = 2;
const MIN_CORPORA = 2;
const MIN_WEIGHT = 0.05;
/**
 * Corpora are dealt to this many folds in the order `trainedOn` lists them: a model per fold, not
 * per corpus, keeps training time flat as corpora are added.
 */
const FOLDS = 5;
/** At most this share of lawful look-alikes (a corpus of negatives only) may read above the threshold, on text the reader did not see, unless its `model.lookalikeAlarms` says otherwise. */
const MAX_LOOKALIKE_ALARMS = 0.05;

const { values, positionals } = parseArgs({ allowPositionals: true, options: { write: { type: "boolean" }, check: { type: "boolean" }, precision: { type: "string", default: "0.9" } } });
const packFile = positionals[0];
// One pack a run: a second one named would be left untrained and unchecked without a word.
if (!packFile || positionals.length > 1) {
  process.stderr.write("usage: node scripts/train-tone-model.mjs <pack.yaml> [--write | --check] [--precision 0.9] (one pack a run)\n");
  process.exit(2);
}
const target = Number(values.precision);
const text = readFileSync(packFile, "utf8");
const document = parseDocument(text);
const pack = packOfContent(document.toJS(), packFile);

/** A corpus's messages in the entry's language: their sentences' features and whether they carry the label. */
function readCorpus(file, category, language, functionWords) {
  const label = LABELS[category];
  if (!label) throw new Error(`no corpus label for the category ${category}`);
  return readSentences(file, language, functionWords).map(({ labels, ...message }) => ({ ...message, positive: labels.includes(label) }));
}

const sentencesRead = new Map();

/** A corpus's messages in a language, read sentence by sentence as the engine reads them: once a run, whichever readers train on them. */
function readSentences(file, language, functionWords) {
  const key = JSON.stringify([file, language, [...functionWords]]);
  if (sentencesRead.has(key)) return sentencesRead.get(key);
  const raw = readFileSync(resolve(file), "utf8");
  const rows = raw.split("\n").filter((line) => line.trim()).map((line) => JSON.parse(line));
  const messages = rows
    .filter((row) => toneLanguage(row.locale, pack) === language)
    .map((row) => {
      // Who sent a message says nothing of its tone: the sender's own name is left out of what is read.
      const name = row.sender?.name;
      const written = name && name !== "(none in text)" ? row.text.replaceAll(name, " ") : row.text;
      const normalized = normalizedSentences(written, pack, language);
      return { corpus: dirname(file), labels: row.labels, sentences: normalized.map((sentence) => [...new Set(modelFeatures(sentence, functionWords, language).map((f) => f.feature))]), normalized };
    });
  sentencesRead.set(key, messages);
  return messages;
}

/** Multiple-instance logistic regression: a message's score is its best sentence's; full-batch gradient descent from zero. */
function train(messages) {
  const counts = new Map();
  const corpora = new Map();
  for (const message of messages) {
    for (const feature of new Set(message.sentences.flat())) {
      counts.set(feature, (counts.get(feature) ?? 0) + 1);
      corpora.set(feature, (corpora.get(feature) ?? new Set()).add(message.corpus));
    }
  }
  const vocabulary = [...counts].filter(([feature, count]) => count >= MIN_MESSAGES && corpora.get(feature).size >= MIN_CORPORA).map(([feature]) => feature).sort();
  const index = new Map(vocabulary.map((feature, i) => [feature, i]));
  const { labels, features: flat, sentenceEnds, messageEnds } = encode(messages, index);
  const weights = new Float64Array(vocabulary.length);
  const gradient = new Float64Array(vocabulary.length);
  let bias = 0;
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    gradient.fill(0);
    let biasGradient = 0;
    for (let m = 0, s = 0, from = 0; m < labels.length; m++) {
      // A message without sentences scores the bias alone.
      let best = messageEnds[m] === s ? bias : -Infinity;
      let bestFrom = 0;
      let bestTo = 0;
      for (; s < messageEnds[m]; s++) {
        const to = sentenceEnds[s];
        let score = bias;
        for (let k = from; k < to; k++) score += weights[flat[k]];
        if (score > best) {
          best = score;
          bestFrom = from;
          bestTo = to;
        }
        from = to;
      }
      const error = 1 / (1 + Math.exp(-best)) - labels[m];
      for (let k = bestFrom; k < bestTo; k++) gradient[flat[k]] += error;
      biasGradient += error;
    }
    for (let i = 0; i < weights.length; i++) {
      const stepped = weights[i] - LEARNING_RATE * (gradient[i] / labels.length + L2 * weights[i]);
      // Soft thresholding: the proximal step of the L1 penalty.
      weights[i] = Math.sign(stepped) * Math.max(0, Math.abs(stepped) - LEARNING_RATE * L1);
    }
    bias -= LEARNING_RATE * (biasGradient / labels.length);
  }
  const features = [];
  vocabulary
    .map((feature, i) => [feature, Math.round(weights[i] * 1000) / 1000])
    .filter(([, weight]) => Math.abs(weight) >= MIN_WEIGHT)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .forEach(([feature, weight]) => features.push([feature, weight]));
  // Heaviest first, as the pack lists them (an object would put number-like words first).
  return { bias: Math.round(bias * 1000) / 1000, pairs: features, features: Object.fromEntries(features) };
}

/** Messages as flat arrays (the training loop runs thousands of times over them): each sentence's known features, where each sentence and each message ends, and its label. */
function encode(messages, index) {
  const features = [];
  const sentenceEnds = [];
  const messageEnds = [];
  for (const message of messages) {
    for (const sentence of message.sentences) {
      for (const feature of sentence) if (index.has(feature)) features.push(index.get(feature));
      sentenceEnds.push(features.length);
    }
    messageEnds.push(sentenceEnds.length);
  }
  return { labels: Uint8Array.from(messages, (message) => (message.positive ? 1 : 0)), features: Int32Array.from(features), sentenceEnds: Int32Array.from(sentenceEnds), messageEnds: Int32Array.from(messageEnds) };
}

/** A message's probability, read with a trained reader (the entry's model with trained weights): its most telling sentence's, read as the engine reads it. */
const probability = (entry, reading, message) => Math.max(0, ...message.normalized.map((sentence) => readWithModel(sentence, reading, entry.language).probability));

function figures(scored, threshold) {
  const tp = scored.filter((s) => s.positive && s.p >= threshold).length;
  const fp = scored.filter((s) => !s.positive && s.p >= threshold).length;
  const fn = scored.filter((s) => s.positive && s.p < threshold).length;
  return { precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 0, tp, fp, fn };
}

let written = text;
for (const entry of pack.tone.lexicon) {
  if (!entry.model) continue;
  const corpora = entry.model.trainedOn;
  const functionWords = modelFunctionWords(entry.model);
  const messages = corpora.flatMap((file) => readCorpus(file, entry.category, entry.language, functionWords));
  // Each corpus (a folder of JSON Lines) is scored by a model trained on the folds it is not in.
  const folders = [...new Set(corpora.map((file) => dirname(file)))];
  const foldOf = new Map(folders.map((folder, index) => [folder, index % FOLDS]));
  const scored = [];
  for (let fold = 0; fold < Math.min(FOLDS, folders.length); fold++) {
    const { bias, features } = train(messages.filter((m) => foldOf.get(m.corpus) !== fold));
    const reading = { ...entry.model, bias, features };
    for (const message of messages.filter((m) => foldOf.get(m.corpus) === fold)) scored.push({ corpus: message.corpus, positive: message.positive, p: probability(entry, reading, message) });
  }
  // The threshold is chosen on the corpora of real mixes; a corpus of negatives only (lawful
  // look-alikes) has no precision of its own and is reported by its false alarms.
  const mixed = new Set(scored.filter((s) => s.positive).map((s) => s.corpus));
  const realistic = scored.filter((s) => mixed.has(s.corpus));
  const lookalikes = scored.filter((s) => !mixed.has(s.corpus));
  let threshold = 0.95;
  for (let t = 0.1; t <= 0.95; t += 0.01) {
    if (figures(realistic, t).precision >= target && lookalikes.filter((s) => s.p >= t).length <= (entry.model.lookalikeAlarms ?? MAX_LOOKALIKE_ALARMS) * lookalikes.length) {
      threshold = Math.round(t * 100) / 100;
      break;
    }
  }
  const report = [`${entry.id}: ${messages.length} messages (${messages.filter((m) => m.positive).length} ${entry.category}), threshold ${threshold} for precision ${target} unseen`];
  for (const held of folders) {
    const part = scored.filter((s) => s.corpus === held);
    const { precision, recall, tp, fp, fn } = figures(part, threshold);
    report.push(mixed.has(held) ? `  unseen ${held}: P ${precision.toFixed(2)} R ${recall.toFixed(2)} (tp ${tp} fp ${fp} fn ${fn})` : `  unseen ${held}: ${fp} false alarms in ${part.length} messages`);
  }
  const pooled = figures(realistic, threshold);
  const alarms = lookalikes.length > 0 ? `, ${lookalikes.filter((s) => s.p >= threshold).length} false alarms in ${lookalikes.length} lawful look-alikes` : "";
  report.push(`  pooled: P ${pooled.precision.toFixed(2)} R ${pooled.recall.toFixed(2)}${alarms}`);
  const model = train(messages);
  report.push(`  final: ${Object.keys(model.features).length} features, bias ${model.bias}`);
  process.stdout.write(`${report.join("\n")}\n`);
  written = withModel(written, entry.id, { bias: model.bias, threshold, pairs: model.pairs });
}
if (values.write) writeFileSync(packFile, written);
if (values.check && written !== text) {
  process.stderr.write(`${packFile}: the weights of its learned readers are not what their corpora train; run node scripts/train-tone-model.mjs ${packFile} --write\n`);
  process.exit(1);
}

/**
 * The pack's text with an entry's `bias`, `threshold` and `features` replaced, everything else as
 * written: they must be the last keys of its `model`, which ends the entry.
 */
function withModel(source, id, { bias, threshold, pairs }) {
  const lines = source.split("\n");
  const at = lines.findIndex((line) => new RegExp(`^\\s*- id: ${id}\\s*$`, "u").test(line));
  const biasLine = lines.findIndex((line, index) => index > at && /^\s+bias: /u.test(line));
  const indent = /^(\s*)/u.exec(lines[biasLine])[1];
  let end = lines.findIndex((line, index) => index > biasLine && line.trim() !== "" && /^(\s*)/u.exec(line)[1].length < indent.length);
  if (end === -1) end = lines.length;
  const body = stringify({ bias, threshold, features: new Map(pairs) }, { lineWidth: 0 }).trimEnd().split("\n").map((line) => indent + line);
  return [...lines.slice(0, biasLine), ...body, ...lines.slice(end)].join("\n");
}
