import type { ToneModel } from "@tactful/policies";
import { allMatches } from "../regexp.js";
import type { ToneLanguage } from "./normalize.js";

/**
 * A learned reader of one tone category, for wording no list foresees: a logistic model over
 * the words and pairs of neighbouring words (in Chinese, the runs of two and three characters) of one sentence, read as the matcher reads it
 * (normalised: lower case, full-width folded, look-alikes inside words read as letters). Its
 * weights are pack data, trained on labelled messages by `scripts/train-tone-model.mjs`;
 * a finding names the words that weighed most.
 */

/** A word or a pair of neighbouring words of a sentence (`we know`), with where it is. */
export interface ModelFeature {
  feature: string;
  start: number;
  end: number;
}

/** Words: letters and digits, with an apostrophe inside (don't, someone's). */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/**
 * The features of a normalised sentence, in order. English: its words and each pair of
 * neighbouring words; a function word (we, your, and) is a feature only in a pair: alone it says
 * little but how long a sentence is, and a model that weighs it reads every long sentence as its
 * category. Chinese, written without spaces: each two and three Han characters in a row (a
 * function word of two, 我们 or 您的, only inside three), and each word of other letters or digits.
 */
export function modelFeatures(text: string, functionWords: ReadonlySet<string> = NO_WORDS, language: ToneLanguage = "en"): ModelFeature[] {
  return language === "zh" ? hanFeatures(text, functionWords) : wordFeatures(text, functionWords);
}

function wordFeatures(text: string, functionWords: ReadonlySet<string>): ModelFeature[] {
  const features: ModelFeature[] = [];
  let previous: { word: string; start: number } | undefined;
  for (const match of allMatches(WORD, text)) {
    const word = match[0].replaceAll("’", "'");
    const end = match.index + match[0].length;
    if (previous) features.push({ feature: `${previous.word} ${word}`, start: previous.start, end });
    if (!functionWords.has(word)) features.push({ feature: word, start: match.index, end });
    previous = { word, start: match.index };
  }
  return features;
}

/** Runs of Han characters, and runs of other letters and digits. */
const HAN_RUN = /\p{Script=Han}+|[\p{L}\p{N}]+/gu;
const HAN = /^\p{Script=Han}/u;

function hanFeatures(text: string, functionWords: ReadonlySet<string>): ModelFeature[] {
  const features: ModelFeature[] = [];
  for (const match of allMatches(HAN_RUN, text)) {
    const run = match[0];
    if (!HAN.test(run)) {
      features.push({ feature: run, start: match.index, end: match.index + run.length });
      continue;
    }
    // Han characters of the Basic Multilingual Plane are one code unit each; a rarer one is two.
    const characters = [...run];
    let offset = match.index;
    const starts = characters.map((character) => ((offset += character.length), offset - character.length));
    for (let i = 0; i + 1 < characters.length; i++) {
      const pair = characters[i]! + characters[i + 1]!;
      if (!functionWords.has(pair)) features.push({ feature: pair, start: starts[i]!, end: starts[i + 1]! + characters[i + 1]!.length });
      if (i + 2 < characters.length) features.push({ feature: characters[i]! + characters[i + 1]! + characters[i + 2]!, start: starts[i]!, end: starts[i + 2]! + characters[i + 2]!.length });
    }
  }
  return features;
}

const NO_WORDS: ReadonlySet<string> = new Set();
const functionWordsOf = new WeakMap<ToneModel, ReadonlySet<string>>();
const functionWordSets = new Map<string, ReadonlySet<string>>();

/** A model's function words, as a set: the same set for models that list the same words, whose features of a sentence are then the same. */
export function modelFunctionWords(model: ToneModel): ReadonlySet<string> {
  let words = functionWordsOf.get(model);
  if (!words) {
    const key = (model.functionWords ?? []).join("\n");
    words = functionWordSets.get(key) ?? new Set(model.functionWords ?? []);
    functionWordSets.set(key, words);
    functionWordsOf.set(model, words);
  }
  return words;
}

/** What a model reads in a sentence: how likely it is of the category, and the features that weighed for it, heaviest first. */
export interface ModelReading {
  probability: number;
  evidence: Array<ModelFeature & { weight: number }>;
}

const weightsOf = new WeakMap<ToneModel, ReadonlyMap<string, number>>();

/**
 * Reads a normalised sentence of a language with a model: each feature counts once, however
 * often it occurs. `features` are the sentence's, when already read with the model's function words.
 */
export function readWithModel(text: string, model: ToneModel, language: ToneLanguage = "en", features: readonly ModelFeature[] = modelFeatures(text, modelFunctionWords(model), language)): ModelReading {
  let weights = weightsOf.get(model);
  if (!weights) weightsOf.set(model, (weights = new Map(Object.entries(model.features))));
  const seen = new Set<string>();
  const evidence: ModelReading["evidence"] = [];
  let score = model.bias;
  for (const feature of features) {
    if (seen.has(feature.feature)) continue;
    seen.add(feature.feature);
    const weight = weights.get(feature.feature);
    if (weight === undefined) continue;
    score += weight;
    if (weight > 0) evidence.push({ ...feature, weight });
  }
  evidence.sort((a, b) => b.weight - a.weight || a.start - b.start);
  return { probability: 1 / (1 + Math.exp(-score)), evidence };
}
