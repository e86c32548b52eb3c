// The tone engine as it was before terms and patterns were matched in one pass, kept for the tests only:
// the property test in tone-matcher.test.ts checks that the engine finds exactly what this finds.
import { cuss } from "cuss";
import type { Root, Sentence } from "nlcst";
import retextEnglish from "retext-english";
import { unified, type Processor } from "unified";
import { applies, citedSets, type Applicability, type LexiconEntry, type PolicyPack, type ToneCategory } from "@tactful/policies";
import { cutOff, distinctEvidence } from "../../src/tone/engine.js";
import { readWithModel } from "../../src/tone/model.js";
import { normalize, type Normalized, type ToneLanguage } from "./normalize.js";
import { typedBreaks } from "../../src/tone/normalize.js";
import { chineseSentenceSpans } from "../../src/tone/chinese-sentences.js";
import { wordMatcher } from "./word-matcher.js";

/**
 * The tone engine: reads prose the way a careful reviewer would. Text is split into
 * sentences (retext-english's nlcst tree, or Intl.Segmenter for Chinese), each
 * sentence normalised (Traditional → Simplified, full-width → half-width, case, separators
 * and look-alikes inside words, the pack's substitutions), matched against the pack's
 * lexicon, and each match judged in its clause: a negation before it (我们不会…, we will not…)
 * or a reassurance makes it harmless unless the negation belongs to a condition (如不还款将…,
 * if you don't pay…); wording an entry allows (an honest statement of a lawful step) makes it
 * acceptable in the categories the entry names. Every match keeps the offsets of the
 * original characters.
 */

/** The words that filled one slot of a compositional entry. */
export interface SlotMatch {
  /** The word class's name. */
  slot: string;
  /** Offsets in the analysed text. */
  start: number;
  end: number;
}

export interface ToneMatch {
  entry: LexiconEntry;
  /** For a compositional entry: which words filled which slot. */
  slots?: SlotMatch[];
  /** Offsets in the analysed text. */
  start: number;
  end: number;
  /** The sentence the match is in. */
  sentence: [number, number];
}

/** The template's category, audience, channel and sender role: an entry's `when` and `allowedWhen` depend on them. */
export type ToneContext = Applicability;

/** Which language's lexicon a locale reads. */
export function toneLanguage(locale: string | undefined): ToneLanguage {
  return locale?.toLowerCase().startsWith("zh") ? "zh" : "en";
}

let englishProcessor: Processor<Root> | undefined;

/** Sentence spans of a text. */
export function sentenceSpans(text: string, language: ToneLanguage): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const [start, end] of language === "zh" ? chineseSentenceSpans(text) : englishSentenceSpans(text)) {
    // A dot right before the next character is a separator inside a word (黑.名.单), not a sentence end.
    const previous = spans.at(-1);
    if (previous && previous[1] === start && /[.．]$/u.test(text.slice(previous[0], previous[1])) && /^\S/u.test(text.slice(start))) previous[1] = end;
    else spans.push([start, end]);
  }
  return spans;
}

/** English sentences from retext-english's nlcst tree. */
function englishSentenceSpans(text: string): Array<[number, number]> {
  const tree = (englishProcessor ??= unified().use(retextEnglish).freeze() as unknown as Processor<Root>).parse(text) as Root;
  const spans: Array<[number, number]> = [];
  for (const paragraph of tree.children) {
    if (paragraph.type !== "ParagraphNode") continue;
    for (const sentence of paragraph.children) {
      if (sentence.type !== "SentenceNode") continue;
      const { start, end } = (sentence as Sentence).position ?? {};
      if (start?.offset !== undefined && end?.offset !== undefined) spans.push([start.offset, end.offset]);
    }
  }
  return spans;
}

type Span = [number, number];
/** A match in a normalised sentence; a compositional one carries the span of each slot. */
type Found = [number, number, Array<{ slot: string; span: Span }>?];

/** What one sentence offers the entries: its text, and the occurrences of each word class (found once, shared). */
interface SentenceView {
  text: Normalized;
  occurrences(name: string): readonly Span[];
  /** Whether two offsets are in one clause (no clause break starts between them). */
  sameClause(from: number, to: number): boolean;
}

interface CompiledEntry {
  entry: LexiconEntry;
  find(sentence: SentenceView): Found[];
  allowedContext: string[];
}

interface CompiledLanguage {
  language: ToneLanguage;
  entries: CompiledEntry[];
  classes: Map<string, (text: Normalized) => Span[]>;
  negators: string[];
  /** Words holding a negator that negate nothing (不良, without delay). */
  nonNegating: string[];
  conditionals: RegExp[];
  reassurances: string[];
  disclaimers: string[];
  requests: string[];
  excuseBreaks: RegExp[];
  reportedSpeech: RegExp[];
  substitutions: Record<string, string>;
}

const compiled = new WeakMap<PolicyPack, Partial<Record<ToneLanguage, CompiledLanguage>>>();

/** The pack's lexicon for one language, compiled once. */
export function compileLexicon(pack: PolicyPack, language: ToneLanguage, extra: readonly LexiconEntry[] = []): CompiledLanguage {
  const cached = extra.length === 0 ? compiled.get(pack)?.[language] : undefined;
  if (cached) return cached;
  const rules = pack.tone.languages[language] ?? { negators: [] };
  const substitutions = rules.substitutions ?? {};
  const norm = (text: string): string => normalize(text, { language }).text;
  const classes = new Map(Object.entries(rules.classes ?? {}).map(([name, wordClass]) => [name, termFinder(language, (wordClass.terms ?? []).map(norm), wordClass.patterns ?? [], false)]));
  const entries = [...pack.tone.lexicon, ...extra]
    .filter((entry) => entry.language === language)
    .map((entry): CompiledEntry => {
      const { model } = entry;
      if (model) {
        // A learned reader: its sentence when it reads at or above the threshold, naming its three heaviest words.
        return {
          entry,
          allowedContext: (entry.allowedWhen?.context ?? []).map(norm),
          find(sentence) {
            const { probability, evidence } = readWithModel(sentence.text.text, model, language);
            if (probability < model.threshold || evidence.length === 0) return [];
            const heaviest = distinctEvidence(evidence).sort((a, b) => a.start - b.start);
            return [[heaviest[0]!.start, Math.max(...heaviest.map((feature) => feature.end)), heaviest.map((feature) => ({ slot: feature.feature, span: [feature.start, feature.end] as Span }))]];
          },
        };
      }
      const terms = [...(entry.terms ?? []), ...wordList(entry)].map(norm).filter((term) => term.length > 0);
      const findWords = termFinder(language, terms, entry.patterns ?? [], entry.matchCase === true);
      const slots = entry.slots ?? [];
      const within = entry.within ?? SLOT_DISTANCE[language];
      return {
        entry,
        allowedContext: (entry.allowedWhen?.context ?? []).map(norm),
        find(sentence) {
          const found: Found[] = findWords(sentence.text);
          if (slots.length > 0) found.push(...composed(sentence, slots, within, entry.scope ?? "clause"));
          return found;
        },
      };
    });
  const result: CompiledLanguage = {
    language,
    entries,
    classes,
    negators: (rules.negators ?? []).map(norm),
    nonNegating: (rules.nonNegating ?? []).map(norm),
    conditionals: (rules.conditionals ?? []).map((pattern) => new RegExp(pattern, "giu")),
    reassurances: (rules.reassurances ?? []).map(norm),
    disclaimers: (rules.disclaimers ?? []).map(norm),
    requests: (rules.requests ?? []).map(norm),
    excuseBreaks: (rules.excuseBreaks ?? []).map((pattern) => new RegExp(pattern, "giu")),
    reportedSpeech: (rules.reportedSpeech ?? []).map((pattern) => new RegExp(pattern, "giu")),
    substitutions,
  };
  if (extra.length === 0) compiled.set(pack, { ...compiled.get(pack), [language]: result });
  return result;
}

/** Finds terms (substrings in Chinese, whole words in English) and patterns in normalised text. */
function termFinder(language: ToneLanguage, terms: readonly string[], patternSources: readonly string[], matchCase: boolean): (text: Normalized) => Span[] {
  const findTerms = language === "zh" ? substringMatcher(terms) : wordMatcher(terms);
  const patterns = patternSources.map((pattern) => new RegExp(pattern, matchCase ? "gu" : "giu"));
  return (text) => {
    const found = findTerms(text.text);
    const subject = matchCase ? text.cased : text.text;
    for (const pattern of patterns) {
      for (const match of subject.matchAll(pattern)) if (match[0].length > 0) found.push([match.index, match.index + match[0].length]);
    }
    return found;
  };
}

/** How far apart, by default, the words of consecutive slots may be. */
const SLOT_DISTANCE: Record<ToneLanguage, number> = { zh: 12, en: 40 };

/**
 * The matches of a compositional entry: from each occurrence of the first slot's class, the
 * nearest occurrence of each next slot's class that starts after the previous one ends, no
 * further than `within` and in the same clause (or sentence). One binary search per slot and
 * start: the occurrences are found once per sentence and class.
 */
function composed(sentence: SentenceView, slots: readonly string[], within: number, scope: NonNullable<LexiconEntry["scope"]>): Found[] {
  // The classes are looked up one at a time: a sentence without the first slot's words costs one lookup.
  const lists: Array<readonly Span[]> = [];
  for (const name of slots) {
    const list = sentence.occurrences(name);
    if (list.length === 0) return [];
    lists.push(list);
  }
  const found: Found[] = [];
  for (const first of lists[0]!) {
    const chain = [{ slot: slots[0]!, span: first }];
    let end = first[1];
    for (let index = 1; index < slots.length; index++) {
      const next = lists[index]![firstAtOrAfter(lists[index]!, end, (span) => span[0])];
      if (!next || next[0] - end > within || (scope === "clause" && !sentence.sameClause(end, next[0]))) break;
      chain.push({ slot: slots[index]!, span: next });
      end = next[1];
    }
    if (chain.length === slots.length) found.push([first[0], end, chain]);
  }
  return found;
}

/** The index of the first item, in a list sorted by `key`, whose key is at or after `at` (the length when there is none). */
function firstAtOrAfter<T>(sorted: readonly T[], at: number, key: (item: T) => number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (key(sorted[middle]!) < at) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The sentence with its class occurrences computed on first use. */
function sentenceView(text: Normalized, lexicon: CompiledLanguage): SentenceView {
  const cache = new Map<string, Span[]>();
  // Where clause breaks start, found on first use.
  let breaks: number[] | undefined;
  return {
    text,
    sameClause(from, to) {
      breaks ??= [...text.text.matchAll(CLAUSE_BREAK)].map((match) => match.index);
      const next = breaks[firstAtOrAfter(breaks, from, (at) => at)];
      return next === undefined || next >= to;
    },
    occurrences(name) {
      let list = cache.get(name);
      if (!list) {
        list = (lexicon.classes.get(name)?.(text) ?? []).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        cache.set(name, list);
      }
      return list;
    },
  };
}

function wordList(entry: LexiconEntry): string[] {
  if (entry.wordList?.name !== "cuss") return [];
  const minimum = entry.wordList.minRating ?? 2;
  return Object.entries(cuss).flatMap(([word, rating]) => (rating >= minimum ? [word] : []));
}

function substringMatcher(terms: readonly string[]): (text: string) => Array<[number, number]> {
  return (text) => {
    const found: Array<[number, number]> = [];
    for (const term of terms) {
      for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) found.push([at, at + term.length]);
    }
    return found;
  };
}

/** The matches of the text from `start` to `end`, read as one sentence, and its view. */
function judged(text: string, start: number, end: number, applicable: readonly CompiledEntry[], lexicon: CompiledLanguage, context: ToneContext): { matches: ToneMatch[]; view: SentenceView } {
  const { language } = lexicon;
  const matches: ToneMatch[] = [];
  const sentence = normalize(text.slice(start, end), { language, substitutions: lexicon.substitutions });
  const breaks = typedBreaks(text.slice(start, end), sentence);
  const view = sentenceView(sentence, lexicon);
  const disclaimers = occurrences(sentence.text, lexicon.disclaimers, language === "en");
  const original = (from: number, to: number): Span => [start + sentence.starts[from]!, start + sentence.ends[to - 1]!];
  const excused: Span[] = [];
  for (const compiledEntry of applicable) {
    for (const [from, to, slots] of compiledEntry.find(view)) {
      // A warning about what follows (谨防…, beware of…) or a denial in the same clause (“黑名单”并不存在): a mention, not a claim.
      if (disclaimed(disclaimers, sentence.text, from, to, lexicon) || allowed(compiledEntry, sentence.text, from, context) || harmless(compiledEntry.entry, sentence, from, to, lexicon, breaks) || (slots && slots.length > 1 && lastSlotNegated(compiledEntry.entry, sentence, slots, lexicon, breaks))) {
        if (!compiledEntry.entry.model) excused.push(original(from, to));
        continue;
      }
      const [matchStart, matchEnd] = original(from, to);
      matches.push({
        entry: compiledEntry.entry,
        start: matchStart,
        end: matchEnd,
        sentence: [start, end],
        ...(slots ? { slots: slots.map(({ slot, span }) => ({ slot, start: original(...span)[0], end: original(...span)[1] })) } : {}),
      });
    }
  }
  // A model's match is a second opinion: dropped where a listed entry of its category matched in the sentence, or
  // where most of the words it weighed are inside what listed entries of other categories matched, or what listed
  // entries matched and were excused.
  const listed = matches.filter((match) => !match.entry.model);
  const spans: Span[] = [...listed.map((match): Span => [match.start, match.end]), ...excused];
  return {
    view,
    matches: matches.filter((match) => {
      if (!match.entry.model) return true;
      const words = match.slots ?? [];
      const inListed = words.filter((word) => spans.some(([from, to]) => from < word.end && word.start < to)).length;
      return !(listed.some((other) => other.entry.category === match.entry.category) || inListed * 2 > words.length);
    }),
  };
}

// A colon between digits is a clock time (14:00), not a break.
const CLAUSE_BREAK = /[，,；;。．！？!?\n\r]|(?<![0-9])[：:]|[：:](?![0-9])|\s(?:but|however)\s|但是|不过|可是/gu;
const NEGATION_WINDOW: Record<ToneLanguage, number> = { zh: 12, en: 40 };

/**
 * Matches in a text, judged in context; overlapping matches of one category are merged into the
 * longest. With `within`, only the sentences that overlap that span are read: a match never
 * crosses its sentence, so the matches in the span are the same.
 */
export function analyzeText(
  text: string,
  pack: PolicyPack,
  language: ToneLanguage,
  context: ToneContext = {},
  extra: readonly LexiconEntry[] = [],
  within?: readonly [number, number],
): ToneMatch[] {
  const lexicon = compileLexicon(pack, language, extra);
  const applicable = lexicon.entries.filter(({ entry }) => applies(entry.when, context));
  if (applicable.length === 0) return [];
  const matches: ToneMatch[] = [];
  const spans = boundedSpans(text, sentenceSpans(text, language));
  spans.forEach(([start, end], index) => {
    const next = spans[index + 1];
    if (within && ((next?.[1] ?? end) <= within[0] || start >= within[1])) return;
    const sentence = judged(text, start, end, applicable, lexicon, context);
    matches.push(...sentence.matches);
    // An entry whose slots reach into the next sentence: the pair read as one, its compositions that start here and end there.
    // Read when one of them has its first slot's words here and its last slot's in the next sentence.
    const reaching = applicable.filter(({ entry }) => entry.scope === "next-sentence" && (entry.slots?.length ?? 0) > 0);
    if (!next) return;
    const following = judged(text, next[0], next[1], applicable, lexicon, context).view;
    if (!reaching.some(({ entry }) => sentence.view.occurrences(entry.slots![0]!).length > 0 && following.occurrences(entry.slots!.at(-1)!).length > 0)) return;
    for (const match of judged(text, start, next[1], reaching, lexicon, context).matches) {
      if (match.slots && match.slots[0]!.start < end && match.slots.at(-1)!.end > next[0]) matches.push(match);
    }
  });
  // A match of an entry allowed where the message cites a proceeding: dropped when each class of one cited set occurs in the text.
  const whole = sentenceView(normalize(text, { language, substitutions: lexicon.substitutions }), lexicon);
  const cited = (entry: LexiconEntry): boolean => {
    const { cites, category } = entry.allowedWhen ?? {};
    if (!cites?.length || (category && (!context.category || !category.includes(context.category)))) return false;
    return citedSets(entry.allowedWhen).some((set) => set.every((name) => whole.occurrences(name).length > 0));
  };
  return mergeOverlaps(matches.filter((match) => !cited(match.entry)));
}

/**
 * Judging a match reads its clause and the sentence before it, so a sentence is read in pieces
 * of at most this many characters: prose never has longer ones, and a file that does (a
 * generated or pasted blob) then costs linear time, not quadratic.
 */
const MAX_SENTENCE = 2000;

function boundedSpans(text: string, spans: ReadonlyArray<[number, number]>): Array<[number, number]> {
  const bounded: Array<[number, number]> = [];
  for (const [start, end] of spans) {
    for (let from = start; from < end; ) {
      let to = Math.min(end, from + MAX_SENTENCE);
      // Never between the two halves of a surrogate pair.
      if (to < end && (text.charCodeAt(to) & 0xfc00) === 0xdc00) to -= 1;
      bounded.push([from, to]);
      from = to;
    }
  }
  return bounded;
}

function disclaimed(disclaimers: ReadonlyArray<[number, number]>, sentence: string, at: number, to: number, lexicon: CompiledLanguage): boolean {
  const [clauseStart, clauseEnd] = clauseAround(sentence, at);
  return disclaimers.some(([start, end]) => (end <= at ? reaches(sentence, end, Math.max(to, clauseEnd), lexicon) : start >= clauseStart && end <= clauseEnd && reaches(sentence, clauseStart, start, lexicon)));
}

/** An excuse ending at `from` reaches `to` when every excuse break between them follows reported speech (after the excuse, or earlier in the break's clause); without breaks, within its clause. */
function reaches(text: string, from: number, to: number, lexicon: CompiledLanguage): boolean {
  if (lexicon.excuseBreaks.length === 0) return clauseAround(text, from)[1] >= to;
  for (const pattern of lexicon.excuseBreaks) {
    for (const found of text.slice(from, to).matchAll(pattern)) {
      const at = from + found.index;
      const [start, end] = clauseAround(text, at);
      const clause = text.slice(start, end);
      const between = text.slice(from, at);
      if (!lexicon.reportedSpeech.some((reported) => [...between.matchAll(reported)].length > 0 || [...clause.matchAll(reported)].some((word) => start + word.index <= at))) return false;
    }
  }
  return true;
}

/** An honest statement of a lawful step, in a category the entry allows it in: the allowed wording is in the match's clause. */
function allowed(compiledEntry: CompiledEntry, sentence: string, at: number, context: ToneContext): boolean {
  const { allowedWhen } = compiledEntry.entry;
  if (!allowedWhen) return false;
  if (allowedWhen.category && (!context.category || !allowedWhen.category.includes(context.category))) return false;
  const [clauseStart, clauseEnd] = clauseAround(sentence, at);
  const clause = sentence.slice(clauseStart, clauseEnd);
  return compiledEntry.allowedContext.some((phrase) => clause.includes(phrase));
}

/** The clause (between clause punctuation or "but") that contains offset `at`. */
function clauseAround(text: string, at: number): [number, number] {
  let start = 0;
  let end = text.length;
  for (const match of text.matchAll(CLAUSE_BREAK)) {
    if (match.index + match[0].length <= at) start = match.index + match[0].length;
    else if (match.index >= at) {
      end = match.index;
      break;
    }
  }
  return [start, end];
}

/**
 * A negation or reassurance governs the match: it stands before it in the same clause, close
 * enough, and is not part of a condition (如不…, if you don't…), whose negation belongs to the
 * condition, not to what follows it.
 */
function harmless(entry: LexiconEntry, sentence: Normalized, at: number, to: number, lexicon: CompiledLanguage, breaks: readonly number[]): boolean {
  if (entry.negatable === false) return false;
  const text = sentence.text;
  const clauseStart = clauseAround(text, at)[0];
  const clause = text.slice(clauseStart, at);
  const conditionSpans = lexicon.conditionals.flatMap((pattern) => [...clause.matchAll(pattern)].map((match) => [match.index, match.index + match[0].length] as const));
  const windowStart = Math.max(0, clause.length - NEGATION_WINDOW[lexicon.language]);
  const negated = negatorsIn(clause, lexicon).some(
    ([start, end]) => end > windowStart && !conditionSpans.some(([from, to]) => start >= from && end <= to) && !cutOff(clauseStart + end, at, breaks),
  );
  if (negated) return true;
  const reach = Math.max(to, clauseAround(text, at)[1]);
  // A reassurance before the match in its sentence that reaches it: 请放心…, 您有权…, you have the right to…
  if (occurrences(text.slice(0, at), lexicon.reassurances, lexicon.language === "en").some(([, end]) => reaches(text, end, reach, lexicon))) return true;
  // A visit or a call the reader asked for, before the match or in its clause, with no condition attached.
  return entry.category === "threat" && occurrences(text.slice(0, reach), lexicon.requests, lexicon.language === "en").some(([, end]) => !lexicon.conditionals.some((pattern) => [...text.slice(Math.min(end, clauseStart), reach).matchAll(pattern)].length > 0));
}

/** A negation before the last slot of a composition, in its clause and window, that is neither in a condition nor one of the earlier slots' words. */
function lastSlotNegated(entry: LexiconEntry, sentence: Normalized, slots: ReadonlyArray<{ span: Span }>, lexicon: CompiledLanguage, breaks: readonly number[]): boolean {
  if (entry.negatable === false) return false;
  const text = sentence.text;
  const at = slots[slots.length - 1]!.span[0];
  const clauseStart = clauseAround(text, at)[0];
  const clause = text.slice(clauseStart, at);
  const conditionSpans = lexicon.conditionals.flatMap((pattern) => [...clause.matchAll(pattern)].map((match) => [match.index, match.index + match[0].length] as const));
  const windowStart = Math.max(0, clause.length - NEGATION_WINDOW[lexicon.language]);
  const earlier = slots.slice(0, -1).map(({ span }) => [span[0] - clauseStart, span[1] - clauseStart] as const);
  return negatorsIn(clause, lexicon).some(
    ([start, end]) => end > windowStart && !conditionSpans.some(([from, to]) => start >= from && end <= to) && !earlier.some(([from, to]) => start < to && end > from) && !cutOff(clauseStart + end, at, breaks),
  );
}

/** The negators of a clause, less those inside a word that only holds one. */
function negatorsIn(clause: string, lexicon: CompiledLanguage): Array<[number, number]> {
  const holders = occurrences(clause, lexicon.nonNegating, lexicon.language === "en");
  return occurrences(clause, lexicon.negators, lexicon.language === "en").filter(([start, end]) => !holders.some(([from, to]) => from <= start && end <= to));
}

function occurrences(text: string, words: readonly string[], wholeWords = false): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  for (const word of words) {
    if (word.length === 0) continue;
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
      const end = at + word.length;
      if (wholeWords && ((at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1]!)) || (end < text.length && /[\p{L}\p{N}]/u.test(text[end]!)))) continue;
      found.push([at, end]);
    }
  }
  return found;
}

/**
 * One finding per stretch of text and category: any entry before a broad one marked `fallback`,
 * a listed phrase before a composition of slots (the phrase is the more specific explanation),
 * then the longest match, first entry on ties.
 */
function mergeOverlaps(matches: ToneMatch[]): ToneMatch[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: ToneMatch[] = [];
  // Per category, the places in `kept` of its matches, and how many of the first ones end before
  // the current match starts. Starts only grow, so those never overlap a later match either: the
  // first one that overlaps is found without going back over the others.
  const categories = new Map<string, { places: number[]; ended: number }>();
  for (const match of sorted) {
    let category = categories.get(match.entry.category);
    if (!category) categories.set(match.entry.category, (category = { places: [], ended: 0 }));
    while (category.ended < category.places.length && kept[category.places[category.ended]!]!.end <= match.start) category.ended++;
    const place = category.places[category.ended];
    if (place === undefined) {
      category.places.push(kept.length);
      kept.push(match);
    } else if (preferred(match, kept[place]!)) {
      kept[place] = match;
    }
  }
  return kept;
}

function preferred(match: ToneMatch, kept: ToneMatch): boolean {
  if (!match.entry.fallback !== !kept.entry.fallback) return !match.entry.fallback;
  if (!match.slots !== !kept.slots) return !match.slots;
  return match.end - match.start > kept.end - kept.start;
}

export type { ToneCategory };
