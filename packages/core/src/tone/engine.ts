import { createRequire } from "node:module";
import type * as Cuss from "cuss";
import type { Root, Sentence } from "nlcst";
import type * as RetextEnglish from "retext-english";
import type * as Unified from "unified";
import type { Processor } from "unified";
import { applies, citedSets, type Applicability, type LexiconEntry, type PolicyPack, type ToneCategory, type ToneModel } from "@tactful/policies";
import { normalize, typedBreaks, type Normalized, type ToneLanguage } from "./normalize.js";
import { chineseSentenceSpans } from "./chinese-sentences.js";
import { patternFilter } from "./pattern-anchors.js";
import { allMatches, escapeRegExp } from "../regexp.js";
import { substringMatcher } from "./substring-matcher.js";
import { modelFeatures, modelFunctionWords, readWithModel, type ModelFeature } from "./model.js";
import { preparedForm } from "./prepared.js";
import { Recent } from "./recent.js";
import { wordMatcher } from "./word-matcher.js";

/**
 * The tone engine: reads prose the way a careful reviewer would. Text is split into
 * sentences (retext-english's nlcst tree, or Intl.Segmenter for Chinese), each
 * sentence normalised (Traditional → Simplified, full-width → half-width, case, separators
 * and look-alikes inside words, the pack's substitutions), matched against the pack's
 * lexicon, and each match judged in its clause: a negation before it (我们不会…, we will not…)
 * or a reassurance makes it harmless unless the negation belongs to a condition (如不还款将…,
 * if you don't pay…), and so does, for a composition of slots, a negation before its last slot
 * (家人的征信不会受影响); wording an entry allows (an honest statement of a lawful step) makes it
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


/** English-only modules are loaded when English prose is first read: a Chinese template never needs them. */
const requireHere = createRequire(import.meta.url);

let englishProcessor: Processor<Root> | undefined;

function englishParser(): Processor<Root> {
  if (!englishProcessor) {
    const { unified } = requireHere("unified") as typeof Unified;
    const retextEnglish = (requireHere("retext-english") as typeof RetextEnglish).default;
    englishProcessor = unified().use(retextEnglish).freeze() as unknown as Processor<Root>;
  }
  return englishProcessor;
}

/**
 * Capitals each followed by nothing but masks (Ms. T*****, CHEUNG W* Y*, LI S** Y**) hide a name,
 * not words: a masked word keeps a second letter (f*ck, sh*t), so "S** Y**" is no "sue you".
 */
const MASKED_NAME = /^\p{Lu}\*+(?:\s+\p{Lu}\*+)*$/u;

/**
 * Sentence spans of a text (shared: not to be changed). A library repeats its prose (locale and
 * channel variants, the same example value in several outputs, a pack's wording checked before
 * it is offered), so a text is split once while it is read recently. A dot after one of the
 * language's abbreviations (Rs. 4,250, Ksh. 3,000) ends no sentence.
 */
export function sentenceSpans(text: string, language: ToneLanguage, abbreviation?: RegExp): ReadonlyArray<readonly [number, number]> {
  if (text.length > MAX_SEGMENTED_LENGTH) return splitSentences(text, language, abbreviation);
  const key = `${language}${abbreviation?.source ?? ""}\u0000${text}`;
  let spans = segmented.get(key);
  if (!spans) segmented.set(key, (spans = splitSentences(text, language, abbreviation)));
  return spans;
}

const segmented = new Recent<ReadonlyArray<readonly [number, number]>>(1024);
const MAX_SEGMENTED_LENGTH = 4000;

function splitSentences(text: string, language: ToneLanguage, abbreviation: RegExp | undefined): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const [start, end] of language === "zh" ? chineseSentenceSpans(text) : englishSentenceSpans(text)) {
    const previous = spans.at(-1);
    const before = previous ? text.slice(previous[0], previous[1]) : "";
    // A dot right before the next character is a separator inside a word (黑.名.单), not a sentence end; nor is an abbreviation's.
    const joined = previous !== undefined && ((previous[1] === start && /[.．]$/u.test(before) && /^\S/u.test(text.slice(start))) || (abbreviation?.test(before) === true && /^\s*[\p{N}\p{Ll}]/u.test(text.slice(start))));
    if (joined) previous[1] = end;
    else spans.push([start, end]);
  }
  return spans;
}

/** English sentences from retext-english's nlcst tree. */
function englishSentenceSpans(text: string): Array<[number, number]> {
  const tree = englishParser().parse(text) as Root;
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

/** What one sentence offers the entries: its text, the words and patterns found in it, and the occurrences of each word class. */
interface SentenceView {
  text: Normalized;
  /** What the terms and patterns of an entry or word class (its owner number) matched. */
  found(owner: number): readonly Span[];
  occurrences(name: string): readonly Span[];
  /** The sentence's features for a learned reader with these function words, read once for all readers that share them. */
  modelFeatures(functionWords: ReadonlySet<string>, language: ToneLanguage): readonly ModelFeature[];
  /** Whether two offsets are in one clause (no clause break starts between them). */
  sameClause(from: number, to: number): boolean;
  /**
   * The entries, among those that apply, that can match in the sentence, in lexicon order: those
   * whose own terms or patterns, or whose first slot's word class, found something. An entry
   * without either finds nothing, so the others are not asked.
   */
  candidates(inContext: Uint8Array): number[];
}

interface CompiledEntry {
  entry: LexiconEntry;
  find(sentence: SentenceView): readonly Found[];
  allowedContext: string[];
}

/** A match of one sentence, remembered: the entry's place in the lexicon, offsets from the sentence's start. */
interface SentenceMatch {
  entry: number;
  start: number;
  end: number;
  slots?: SlotMatch[];
}

/** The entries that apply in one context (in lexicon order, and as a set), and the key of its judged sentences. */
interface Applicable {
  applicable: number[];
  /** 1 at the place of each entry that applies. */
  inContext: Uint8Array;
  key: string;
  /** Those of them whose slots may reach into the next sentence, when there are any: what a pair of sentences is judged with. */
  reaching?: Applicable;
}

/** A sentence's matches, and the applicable entries reaching into the next sentence whose first slot, or last slot, is in it. */
interface Judged {
  matches: readonly SentenceMatch[];
  opens: readonly number[];
  closes: readonly number[];
}

interface CompiledLanguage {
  language: ToneLanguage;
  entries: CompiledEntry[];
  /** Every term and pattern of the entries and word classes, found in one pass; an owner that found nothing has no list. */
  scan(text: Normalized): Array<Span[] | undefined>;
  /** Word classes by name: their owner number in a scan. */
  classes: Map<string, number>;
  /** The entries read by a model (see `readWithModel`), by their place. */
  readers: number[];
  negators: string[];
  /** Words that hold a negator but negate nothing (不良记录, 没收, without delay). */
  nonNegating: string[];
  /** How close a negator must precede a match to negate it, in characters. */
  negationWindow: number;
  /** Where clauses break (punctuation, but, 但是…): a match's clause bounds its negation and context. */
  clauseBreak: RegExp;
  /** A sentence that ends with one of the language's abbreviations (Rs., Ksh.): its dot ends no sentence. */
  abbreviation: RegExp | undefined;
  /** A sender's signature or name opening a sentence (【示例金融】, Example Bank:), which a rewording leaves in place. */
  senderPrefix: RegExp;
  conditionals: RegExp[];
  reassurances: string[];
  disclaimers: string[];
  /** Words saying the reader asked for what follows: they reach past anything but a condition. */
  requests: string[];
  /** Statements and conditions of the sender's own: a reassurance or disclaimer does not reach past one (see `reaches`). */
  excuseBreaks: RegExp[];
  /** Words reporting someone else's: an excuse break after one is reported, not the sender's (see `reported`). */
  reportedSpeech: RegExp[];
  substitutions: Record<string, string>;
  /** Sentences already judged, by applicable entries, category and text: a sentence's matches depend on nothing else. */
  judged: Recent<Judged>;
  /** The applicable entries and the judged sentences' key, by context. */
  applicable: Map<string, Applicable>;
  /**
   * For each owner of a scan, the entries its findings can give a match: an entry's own, and a
   * word class's for the entries whose first slot it fills (a composition needs every slot).
   */
  triggers: number[][];
  /** Each set of applicable entries seen, numbered. */
  applicableSets: Map<string, number>;
}

const compiled = new WeakMap<PolicyPack, Partial<Record<ToneLanguage, CompiledLanguage>>>();
/** Lexicons with an organisation's own entries, by the language's rules and the entries' content. */
const compiledWithExtra = new WeakMap<object, Map<string, CompiledLanguage>>();
const MAX_EXTRA_LEXICONS = 64;

/** The pack's lexicon for one language, compiled once (with an organisation's entries, once per distinct set of entries). */
export function compileLexicon(pack: PolicyPack, language: ToneLanguage, extra: readonly LexiconEntry[] = []): CompiledLanguage {
  const rules = pack.tone.languages[language] ?? {};
  if (extra.length === 0) {
    const cached = compiled.get(pack)?.[language];
    if (cached) return cached;
    const result = buildLexicon(rules, language, pack.tone.lexicon.filter((entry) => entry.language === language));
    compiled.set(pack, { ...compiled.get(pack), [language]: result });
    return result;
  }
  const entries = [...pack.tone.lexicon, ...extra].filter((entry) => entry.language === language);
  let byEntries = compiledWithExtra.get(rules);
  if (!byEntries) compiledWithExtra.set(rules, (byEntries = new Map()));
  const key = JSON.stringify(entries);
  let result = byEntries.get(key);
  if (!result) {
    if (byEntries.size >= MAX_EXTRA_LEXICONS) byEntries.delete(byEntries.keys().next().value!);
    byEntries.set(key, (result = buildLexicon(rules, language, entries)));
  }
  // The same content, the caller's entry objects: a match names the entry it was given.
  return { ...result, entries: result.entries.map((compiledEntry, index) => ({ ...compiledEntry, entry: entries[index]! })) };
}

function buildLexicon(rules: NonNullable<PolicyPack["tone"]["languages"][ToneLanguage]>, language: ToneLanguage, lexicon: readonly LexiconEntry[]): CompiledLanguage {
  const substitutions = rules.substitutions ?? {};
  const norm = (text: string): string => preparedForm(text, language, (term) => normalize(term, { language }).text);
  // Owners of terms and patterns: the entries by their place, then the word classes.
  const terms: string[] = [];
  const termOwners: number[] = [];
  const patterns: OwnedPattern[] = [];
  const own = (owner: number, ownTerms: readonly string[], ownPatterns: readonly string[], matchCase: boolean): void => {
    for (const term of ownTerms) {
      terms.push(term);
      termOwners.push(owner);
    }
    for (const pattern of ownPatterns) patterns.push({ owner, pattern: new RegExp(pattern, matchCase ? "gu" : "giu"), cased: matchCase, ofClass: owner >= lexicon.length });
  };
  // Entries read by a model: asked of every sentence, having no words of their own to be found by.
  const readers: number[] = [];
  const ordinary = new Set((rules.ordinaryWords ?? []).map((word) => word.toLowerCase()));
  const entries = lexicon.map((entry, owner): CompiledEntry => {
    own(owner, [...(entry.terms ?? []), ...wordList(entry, ordinary)].map(norm).filter((term) => term.length > 0), entry.patterns ?? [], entry.matchCase === true);
    const slots = entry.slots ?? [];
    const within = entry.within ?? rules.slotDistance ?? Number.POSITIVE_INFINITY;
    const { model } = entry;
    if (model) {
      readers.push(owner);
      return { entry, allowedContext: (entry.allowedWhen?.context ?? []).map(norm), find: (sentence) => modelMatches(sentence, model, language) };
    }
    return {
      entry,
      allowedContext: (entry.allowedWhen?.context ?? []).map(norm),
      find(sentence) {
        // Most sentences compose nothing: the entry's own matches are returned as they are.
        const own = sentence.found(owner);
        if (slots.length === 0) return own;
        const built = composed(sentence, slots, within, entry.scope ?? "clause");
        return built.length === 0 ? own : [...own, ...built];
      },
    };
  });
  const classes = new Map<string, number>();
  for (const [name, wordClass] of Object.entries(rules.classes ?? {})) {
    const owner = lexicon.length + classes.size;
    classes.set(name, owner);
    own(owner, (wordClass.terms ?? []).map(norm), wordClass.patterns ?? [], false);
  }
  const owners = lexicon.length + classes.size;
  const triggers = Array.from({ length: owners }, (): number[] => []);
  lexicon.forEach((entry, index) => {
    triggers[index]!.push(index);
    const firstSlot = entry.slots?.[0] === undefined ? undefined : classes.get(entry.slots[0]);
    if (firstSlot !== undefined) triggers[firstSlot]!.push(index);
  });
  const findTerms = language === "zh" ? substringMatcher(terms) : wordMatcher(terms);
  const findPatterns = patternScanner(patterns);
  return {
    language,
    entries,
    classes,
    readers,
    scan(text) {
      // Lists only for the owners that find something: most find nothing in a sentence.
      const found: Array<Span[] | undefined> = new Array(owners);
      for (const [start, end, term] of findTerms(text.text)) {
        if (!MASKED_NAME.test(text.cased.slice(start, end))) (found[termOwners[term]!] ??= []).push([start, end]);
      }
      findPatterns(text, found);
      return found;
    },
    negators: (rules.negators ?? []).map(norm),
    nonNegating: (rules.nonNegating ?? []).map(norm),
    // Without a window, a negator never excuses; without breaks, a clause is its sentence: stricter, never laxer.
    negationWindow: rules.negationWindow ?? 0,
    clauseBreak: rules.clauseBreaks?.length ? new RegExp(rules.clauseBreaks.map((pattern) => `(?:${pattern})`).join("|"), "gu") : NO_BREAK,
    senderPrefix: senderPrefixOf(rules.signatureBrackets ?? []),
    abbreviation: rules.abbreviations?.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${rules.abbreviations.map(escapeRegExp).join("|")})\\.\\s*$`, "iu") : undefined,
    conditionals: (rules.conditionals ?? []).map((pattern) => new RegExp(pattern, "giu")),
    reassurances: (rules.reassurances ?? []).map(norm),
    disclaimers: (rules.disclaimers ?? []).map(norm),
    requests: (rules.requests ?? []).map(norm),
    excuseBreaks: (rules.excuseBreaks ?? []).map((pattern) => new RegExp(pattern, "giu")),
    reportedSpeech: (rules.reportedSpeech ?? []).map((pattern) => new RegExp(pattern, "giu")),
    substitutions,
    judged: new Recent(MAX_JUDGED),
    applicable: new Map(),
    applicableSets: new Map(),
    triggers,
  };
}

/** A pattern of an entry or word class; `cased` ones read the text before case folding. */
interface OwnedPattern {
  owner: number;
  pattern: RegExp;
  cased: boolean;
  /** A word class's: common wording that fills a slot, kept apart from the entries' so that it does not set them all running. */
  ofClass: boolean;
}

/** Group numbers and names that would clash once patterns are joined: such a pattern is run on its own. */
const NOT_JOINABLE = /\\[1-9]|\\k<|\(\?<(?![=!])/u;

/**
 * Runs the patterns of a lexicon over a sentence, each finding what a global scan of its own
 * finds. A pattern with literal anchors (see `patternAnchors`) runs only when one of them occurs
 * in the sentence, which one pass of an automaton over the sentence tells for all of them: the
 * cost of a sentence grows with its length and with the patterns it may match, not with the
 * patterns of the pack. The patterns without anchors of each kind (folded, cased) are joined
 * into one alternation that finds where the first match of any of them starts, or that none
 * matches (most sentences): only then is each of them run, from there on.
 */
function patternScanner(patterns: readonly OwnedPattern[]): (text: Normalized, into: Array<Span[] | undefined>) => void {
  const filter = patternFilter(patterns.map(({ pattern }) => pattern));
  const kinds = [false, true].flatMap((cased) => [false, true].map((ofClass) => ({ cased, ofClass })));
  const groups = kinds.flatMap(({ cased, ofClass }) => {
    const members = patterns.filter((pattern, index) => pattern.cased === cased && pattern.ofClass === ofClass && !filter.anchored[index]);
    const joinable = members.filter(({ pattern }) => !NOT_JOINABLE.test(pattern.source));
    const alone = members.filter(({ pattern }) => NOT_JOINABLE.test(pattern.source));
    const groupsOfKind: Array<{ cased: boolean; first: RegExp | undefined; members: OwnedPattern[] }> = alone.map((pattern) => ({ cased, first: undefined, members: [pattern] }));
    if (joinable.length > 0) groupsOfKind.push({ cased, first: new RegExp(joinable.map(({ pattern }) => `(?:${pattern.source})`).join("|"), cased ? "u" : "iu"), members: joinable });
    return groupsOfKind;
  });
  const run = (pattern: RegExp, subject: string, from: number, owner: number, into: Array<Span[] | undefined>): void => {
    for (const match of allMatches(pattern, subject, from)) if (match[0].length > 0) (into[owner] ??= []).push([match.index, match.index + match[0].length]);
  };
  return (text, into) => {
    const possible = filter.possible(text.text, text.cased);
    patterns.forEach(({ pattern, cased, owner }, index) => {
      if (filter.anchored[index] && possible[index] === 1) run(pattern, cased ? text.cased : text.text, 0, owner, into);
    });
    for (const { cased, first, members } of groups) {
      const subject = cased ? text.cased : text.text;
      const from = first ? first.exec(subject)?.index : 0;
      if (from === undefined) continue;
      for (const { owner, pattern } of members) run(pattern, subject, from, owner, into);
    }
  };
}

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

const NOTHING: readonly Span[] = Object.freeze([]);
const NONE: readonly number[] = Object.freeze([]);

/** The sentence with its terms and patterns found in one pass, and its class occurrences sorted on first use. */
function sentenceView(text: Normalized, lexicon: CompiledLanguage): SentenceView {
  const found = lexicon.scan(text);
  const sorted = new Set<number>();
  // Where clause breaks start, found on first use.
  let breaks: number[] | undefined;
  let featuresBy: Map<ReadonlySet<string>, readonly ModelFeature[]> | undefined;
  return {
    text,
    found: (owner) => found[owner] ?? NOTHING,
    modelFeatures(functionWords, language) {
      featuresBy ??= new Map();
      let features = featuresBy.get(functionWords);
      if (!features) featuresBy.set(functionWords, (features = modelFeatures(text.text, functionWords, language)));
      return features;
    },
    candidates(inContext) {
      const entries: number[] = [];
      for (let owner = 0; owner < found.length; owner++) {
        if (found[owner] === undefined) continue;
        for (const entry of lexicon.triggers[owner]!) if (inContext[entry] === 1) entries.push(entry);
      }
      for (const entry of lexicon.readers) if (inContext[entry] === 1) entries.push(entry);
      return entries.length < 2 ? entries : [...new Set(entries)].sort((a, b) => a - b);
    },
    sameClause(from, to) {
      breaks ??= allMatches(lexicon.clauseBreak, text.text).map((match) => match.index);
      const next = breaks[firstAtOrAfter(breaks, from, (at) => at)];
      return next === undefined || next >= to;
    },
    occurrences(name) {
      const owner = lexicon.classes.get(name);
      if (owner === undefined) return [];
      const list = found[owner];
      if (!list) return NOTHING;
      if (!sorted.has(owner)) {
        list.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        sorted.add(owner);
      }
      return list;
    },
  };
}

/** The words of an entry's word list, but the language's ordinary words (a market's everyday words a shared list misreads). */
function wordList(entry: LexiconEntry, ordinary: ReadonlySet<string>): string[] {
  if (entry.wordList?.name !== "cuss") return [];
  const minimum = entry.wordList.minRating ?? 2;
  const { cuss } = requireHere("cuss") as typeof Cuss;
  // The matcher reads a plural as its word, so an ordinary word also keeps out the word it would be read as (tardes: tard).
  const isOrdinary = (word: string): boolean => ordinary.has(word) || ordinary.has(`${word}s`) || ordinary.has(`${word}es`);
  return Object.entries(cuss).flatMap(([word, rating]) => (rating >= minimum && !isOrdinary(word.toLowerCase()) ? [word] : []));
}

const NO_BREAK = /(?!)/gu;

/** A signature in one of the brackets (at most 30 characters), or a name of at most 30 characters and a colon, with the space after it. */
function senderPrefixOf(brackets: ReadonlyArray<{ open: string; close: string }>): RegExp {
  const inClass = (text: string): string => text.replace(/[\]\\^-]/gu, "\\$&");
  const signatures = brackets.map(({ open, close }) => `${escapeRegExp(open)}[^${inClass(close)}\\n]{1,30}${escapeRegExp(close)}|`).join("");
  return new RegExp(`^(?:${signatures}[^\\n:：。.!?！？${brackets.map(({ open }) => inClass(open)).join("")}]{1,30}[:：])\\s*`, "u");
}

/** The clause breaks of a text (punctuation, "but", 但是…, as the pack's language says), as offsets of its original characters. */
export function clauseBreaks(text: string, pack: PolicyPack, language: ToneLanguage): Array<[number, number]> {
  const normalized = normalize(text, { language });
  return allMatches(compileLexicon(pack, language).clauseBreak, normalized.text).map((match) => [normalized.starts[match.index]!, normalized.ends[match.index + match[0].length - 1]!]);
}


/**
 * Matches in a text, judged in context; overlapping matches of one category are merged into the
 * longest. With `within`, only the sentences that overlap that span, and the one before each, are
 * read: a match never reaches beyond the sentence after its own, so the matches in the span are
 * the same.
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
  const applicable = applicableEntries(lexicon, context);
  if (applicable.applicable.length === 0) return [];
  const matches: ToneMatch[] = [];
  const add = (match: SentenceMatch, start: number, end: number): void => {
    matches.push({
      entry: lexicon.entries[match.entry]!.entry,
      start: start + match.start,
      end: start + match.end,
      sentence: [start, end],
      ...(match.slots ? { slots: match.slots.map((slot) => ({ slot: slot.slot, start: start + slot.start, end: start + slot.end })) } : {}),
    });
  };
  const spans = boundedSpans(text, sentenceSpans(text, language, lexicon.abbreviation));
  const judged: Judged[] = [];
  const judgedAt = (index: number): Judged => (judged[index] ??= judgeSentence(text.slice(spans[index]![0], spans[index]![1]), applicable, lexicon, context));
  spans.forEach(([start, end], index) => {
    const next = spans[index + 1];
    if (within && ((next?.[1] ?? end) <= within[0] || start >= within[1])) return;
    const { matches: found, opens } = judgedAt(index);
    for (const match of found) add(match, start, end);
    if (!next || !applicable.reaching || opens.length === 0) return;
    // A deadline, then its consequence in the sentence after: the pair is judged with the entries that may reach, when
    // one of them has its first slot here and its last there, and only compositions that cross into the next are new.
    const { closes } = judgedAt(index + 1);
    if (!opens.some((entry) => closes.includes(entry))) return;
    for (const match of judgeSentence(text.slice(start, next[1]), applicable.reaching, lexicon, context).matches) {
      if (match.slots && match.slots[0]!.start < end - start && match.slots.at(-1)!.end > next[0] - start) add(match, start, next[1]);
    }
  });
  return mergeOverlaps(citedProceedings(matches, text, lexicon, context));
}

/**
 * Matches of entries allowed where the message cites a proceeding (`allowedWhen.cites`: a court
 * and its case number, each a word class), dropped when every class of one cited set occurs
 * somewhere in the text: what a message says of a suit it identifies is a report of it, not a claim.
 */
function citedProceedings(matches: ToneMatch[], text: string, lexicon: CompiledLanguage, context: ToneContext): ToneMatch[] {
  const citing = (entry: LexiconEntry): boolean => (entry.allowedWhen?.cites?.length ?? 0) > 0 && allowedInCategory(entry.allowedWhen!, context);
  if (!matches.some((match) => citing(match.entry))) return matches;
  const view = sentenceView(normalize(text, { language: lexicon.language, substitutions: lexicon.substitutions }), lexicon);
  return matches.filter((match) => !citing(match.entry) || !citedSets(match.entry.allowedWhen).some((set) => set.every((name) => view.occurrences(name).length > 0)));
}

/**
 * The entries that apply in a context, and what a sentence's matches depend on besides its text
 * (which entries apply, and the category, for allowed wording): found once per lexicon and
 * context, not once per text.
 */
function applicableEntries(lexicon: CompiledLanguage, context: ToneContext): Applicable {
  // A template's findings ask with one context object many times: looked up by it before its content.
  let byObject = applicableByContext.get(lexicon);
  if (!byObject) applicableByContext.set(lexicon, (byObject = new WeakMap()));
  const known = byObject.get(context);
  if (known) return known;
  const contextKey = JSON.stringify(context);
  let found = lexicon.applicable.get(contextKey);
  if (!found) {
    const applicable = lexicon.entries.flatMap((compiledEntry, index) => (applies(compiledEntry.entry.when, context) ? [index] : []));
    // A short name for the set of applicable entries: the key is built and hashed once per sentence.
    const entries = applicable.join(",");
    let set = lexicon.applicableSets.get(entries);
    if (set === undefined) lexicon.applicableSets.set(entries, (set = lexicon.applicableSets.size));
    const inContext = new Uint8Array(lexicon.entries.length);
    for (const index of applicable) inContext[index] = 1;
    found = { applicable, inContext, key: `${set}|${context.category ?? ""}|` };
    // Scope is read only with slots: an entry without them matches its own words, in one sentence.
    const reaching = applicable.filter((index) => lexicon.entries[index]!.entry.scope === "next-sentence" && (lexicon.entries[index]!.entry.slots?.length ?? 0) > 0);
    if (reaching.length > 0) {
      const reachingInContext = new Uint8Array(lexicon.entries.length);
      for (const index of reaching) reachingInContext[index] = 1;
      found.reaching = { applicable: reaching, inContext: reachingInContext, key: `${set}>|${context.category ?? ""}|` };
    }
    if (lexicon.applicable.size >= MAX_CONTEXTS) lexicon.applicable.delete(lexicon.applicable.keys().next().value!);
    lexicon.applicable.set(contextKey, found);
  }
  byObject.set(context, found);
  return found;
}

/** The applicable entries by context object, per lexicon (a context is not changed once asked with). */
const applicableByContext = new WeakMap<CompiledLanguage, WeakMap<ToneContext, Applicable>>();

/** Contexts remembered per lexicon: a handful of categories, audiences, channels and roles. */
const MAX_CONTEXTS = 256;

/** Sentences remembered per lexicon (those read least recently forgotten first), and the longest one remembered: memory stays bounded. */
const MAX_JUDGED = 8192;
const MAX_JUDGED_LENGTH = 400;

/** The matches of one sentence, offsets from its start: judged once per lexicon, applicable entries and category. */
function judgeSentence(text: string, { inContext, key, reaching }: Applicable, lexicon: CompiledLanguage, context: ToneContext): Judged {
  const judgedKey = key + text;
  const remembered = lexicon.judged.get(judgedKey);
  if (remembered) return remembered;
  const sentence = normalize(text, { language: lexicon.language, substitutions: lexicon.substitutions });
  const view = sentenceView(sentence, lexicon);
  // Looked for once a sentence has a match: most have none.
  let disclaimers: Array<[number, number]> | undefined;
  let breaks: readonly number[] | undefined;
  const typed = (): readonly number[] => (breaks ??= typedBreaks(text, sentence));
  const matches: SentenceMatch[] = [];
  // Where listed wordings matched and were excused: a model reading the same words is excused with them.
  const excused: Array<{ start: number; end: number }> = [];
  for (const index of view.candidates(inContext)) {
    const compiledEntry = lexicon.entries[index]!;
    for (const [from, to, slots] of compiledEntry.find(view)) {
      if (
        // A warning about what follows (谨防…, beware of…) or a denial in the same clause (“黑名单”并不存在): a mention, not a claim.
        disclaimed((disclaimers ??= occurrences(sentence.text, lexicon.disclaimers, lexicon.language === "en")), sentence.text, [from, to], lexicon) ||
        allowed(compiledEntry, sentence.text, from, context, lexicon) ||
        harmless(compiledEntry.entry, sentence, [from, to], lexicon, typed()) ||
        // A negation can also govern the last slot of a composition (您家人的征信不会受影响, your family's credit will not suffer).
        (slots !== undefined && slots.length > 1 && negatedBefore(compiledEntry.entry, sentence, slots, lexicon, typed()))
      ) {
        if (!compiledEntry.entry.model) excused.push({ start: sentence.starts[from]!, end: sentence.ends[to - 1]! });
        continue;
      }
      matches.push({
        entry: index,
        start: sentence.starts[from]!,
        end: sentence.ends[to - 1]!,
        ...(slots ? { slots: slots.map(({ slot, span }) => ({ slot, start: sentence.starts[span[0]]!, end: sentence.ends[span[1] - 1]! })) } : {}),
      });
    }
  }
  const slotsOf = (index: number): readonly string[] => lexicon.entries[index]!.entry.slots!;
  const opens = reaching?.applicable.filter((index) => view.occurrences(slotsOf(index)[0]!).length > 0) ?? NONE;
  const closes = reaching?.applicable.filter((index) => view.occurrences(slotsOf(index).at(-1)!).length > 0) ?? NONE;
  const judged = { matches: secondOpinions(matches, excused, lexicon), opens, closes };
  if (text.length > MAX_JUDGED_LENGTH) return judged;
  lexicon.judged.set(judgedKey, judged);
  return judged;
}

/** The sentences of a text as the engine reads them (normalised with the language's substitutions): what a model is trained on. */
export function normalizedSentences(text: string, pack: PolicyPack, language: ToneLanguage): string[] {
  const lexicon = compileLexicon(pack, language);
  return boundedSpans(text, sentenceSpans(text, language, lexicon.abbreviation)).map(([start, end]) => normalize(text.slice(start, end), { language, substitutions: lexicon.substitutions }).text);
}

/** How many of a model's heaviest words a match names, and spans. */
const MODEL_EVIDENCE = 3;

/** A sentence a model reads at or above its threshold, spanning its heaviest words, which it names in order. */
function modelMatches(sentence: SentenceView, model: ToneModel, language: ToneLanguage): Found[] {
  const functionWords = modelFunctionWords(model);
  const { probability, evidence } = readWithModel(sentence.text.text, model, language, sentence.modelFeatures(functionWords, language));
  if (probability < model.threshold || evidence.length === 0) return [];
  const heaviest = distinctEvidence(evidence).sort((a, b) => a.start - b.start);
  const start = heaviest[0]!.start;
  const end = Math.max(...heaviest.map((feature) => feature.end));
  return [[start, end, heaviest.map(({ feature, start: from, end: to }) => ({ slot: feature, span: [from, to] as Span }))]];
}

/** The heaviest features, as many as a match names, leaving out those that overlap one already named (“know”, not also “we know”). */
export function distinctEvidence<T extends { start: number; end: number }>(evidence: readonly T[]): T[] {
  const chosen: T[] = [];
  for (const feature of evidence) {
    if (chosen.length === MODEL_EVIDENCE) break;
    if (!chosen.some((other) => other.start < feature.end && feature.start < other.end)) chosen.push(feature);
  }
  return chosen;
}

/**
 * A model's matches are a second opinion: dropped from a sentence where a listed entry of its
 * category matched, and where most of the words it weighed lie in what listed entries of other
 * categories matched (a model takes a credit threat or a false legal claim for a threat as
 * readily as a threat: the listed wording names what is wrong there), or what listed entries
 * matched and were excused (我们已停止联系您的紧急联系人: the negation excuses the model's words too).
 */
function secondOpinions(matches: SentenceMatch[], excused: ReadonlyArray<{ start: number; end: number }>, lexicon: CompiledLanguage): SentenceMatch[] {
  if (lexicon.readers.length === 0 || matches.length + excused.length < 2) return matches;
  const listed = matches.filter((match) => !lexicon.entries[match.entry]!.entry.model);
  const categories = new Set(listed.map((match) => lexicon.entries[match.entry]!.entry.category));
  const spans = excused.length > 0 ? [...listed, ...excused] : listed;
  const explained = (word: { start: number; end: number }): boolean => spans.some((match) => match.start < word.end && word.start < match.end);
  return matches.filter((match) => {
    if (!lexicon.entries[match.entry]!.entry.model) return true;
    if (categories.has(lexicon.entries[match.entry]!.entry.category)) return false;
    const words = match.slots ?? [];
    return words.filter(explained).length * 2 <= words.length;
  });
}

/**
 * Judging a match reads its clause and the sentence before it, so a sentence is read in pieces
 * of at most this many characters: prose never has longer ones, and a file that does (a
 * generated or pasted blob) then costs linear time, not quadratic.
 */
const MAX_SENTENCE = 2000;

function boundedSpans(text: string, spans: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
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

/** A disclaimer before the match that reaches it, or one in its clause with no break before it there. */
function disclaimed(disclaimers: ReadonlyArray<[number, number]>, sentence: string, [at, to]: Span, lexicon: CompiledLanguage): boolean {
  const [clauseStart, clauseEnd] = clauseAround(sentence, at, lexicon);
  return disclaimers.some(([start, end]) => (end <= at ? reaches(sentence, end, Math.max(to, clauseEnd), lexicon) : start >= clauseStart && end <= clauseEnd && reaches(sentence, clauseStart, start, lexicon)));
}

/**
 * Whether an excuse (a reassurance or disclaimer) ending at `from` reaches a match whose clause
 * ends at `to`: no excuse break (a statement or condition of the sender's own: will, is being, 将,
 * 明天, if you don't pay, 否则) stands between, unless words reporting someone else's come before
 * that break. "Rest assured, a field agent will be sent to your home" and 谨防诈骗，今天不还款明天就上门
 * are threats; "beware of texts claiming we will visit your home" is a warning. A language
 * without breaks lets an excuse reach only its own clause: stricter, never laxer.
 */
function reaches(text: string, from: number, to: number, lexicon: CompiledLanguage): boolean {
  if (lexicon.excuseBreaks.length === 0) return clauseAround(text, from, lexicon)[1] >= to;
  const stretch = text.slice(from, to);
  return !lexicon.excuseBreaks.some((pattern) => allMatches(pattern, stretch).some((found) => !reported(text, from, from + found.index, lexicon)));
}

/**
 * Whether words reporting someone else's (scammers may say that…, 近期有人冒充催收，称…) stand
 * between an excuse ending at `from` and a break at `at`, or start no later than the break in its
 * clause (a clause read as reported from its start, “否则影响征信”“不处理就上门”等说法, holds the
 * break that opens it).
 */
function reported(text: string, from: number, at: number, lexicon: CompiledLanguage): boolean {
  const [start, end] = clauseAround(text, at, lexicon);
  const clause = text.slice(start, end);
  const between = text.slice(from, at);
  return lexicon.reportedSpeech.some((pattern) => between.search(pattern) !== -1 || allMatches(pattern, clause).some((found) => found.index <= at - start));
}

/** Whether an entry's lawful wording applies in the message's category (in every category when it names none). */
function allowedInCategory(allowedWhen: NonNullable<LexiconEntry["allowedWhen"]>, context: ToneContext): boolean {
  return !allowedWhen.category || (context.category !== undefined && allowedWhen.category.includes(context.category));
}

/** An honest statement of a lawful step, in a category the entry allows it in: the allowed wording is in the match's clause. */
function allowed(compiledEntry: CompiledEntry, sentence: string, at: number, context: ToneContext, lexicon: CompiledLanguage): boolean {
  const { allowedWhen } = compiledEntry.entry;
  if (!allowedWhen || !allowedInCategory(allowedWhen, context)) return false;
  const [clauseStart, clauseEnd] = clauseAround(sentence, at, lexicon);
  const clause = sentence.slice(clauseStart, clauseEnd);
  return compiledEntry.allowedContext.some((phrase) => clause.includes(phrase));
}

/** The clause (between the language's clause breaks: punctuation, "but") that contains offset `at`. */
function clauseAround(text: string, at: number, lexicon: CompiledLanguage): [number, number] {
  let start = 0;
  let end = text.length;
  for (const match of allMatches(lexicon.clauseBreak, text)) {
    if (match.index + match[0].length <= at) start = match.index + match[0].length;
    else if (match.index >= at) {
      end = match.index;
      break;
    }
  }
  return [start, end];
}

/**
 * A negation or reassurance governs the match: a negation stands before it in the same clause,
 * close enough, and is not part of a condition (如不…, if you don't…), whose negation belongs to
 * the condition, not to what follows it; a reassurance stands before it and reaches it; or the
 * reader asked for it, with no condition attached.
 */
function harmless(entry: LexiconEntry, sentence: Normalized, [at, to]: Span, lexicon: CompiledLanguage, breaks: readonly number[]): boolean {
  if (entry.negatable === false) return false;
  const { text } = sentence;
  if (negation(text, at, lexicon, breaks)) return true;
  const wholeWords = lexicon.language === "en";
  const [clauseStart, clauseEnd] = clauseAround(text, at, lexicon);
  const reach = Math.max(to, clauseEnd);
  // A reassurance before the match in its sentence that reaches it: 请放心…, 您有权…, you have the right to…
  if (occurrences(text.slice(0, at), lexicon.reassurances, wholeWords).some(([, end]) => reaches(text, end, reach, lexicon))) return true;
  // A visit or a call the reader asked for, before it or in its clause (as you requested, we will visit…; 您预约的上门签署, which
  // names the visit itself; 工作人员将前往您指定的地址), unless a condition in that stretch makes it a threat; a legal claim,
  // pressure or an insult is never what a reader asks for.
  return entry.category === "threat" && occurrences(text.slice(0, reach), lexicon.requests, wholeWords).some(([, end]) => !lexicon.conditionals.some((pattern) => text.slice(Math.min(end, clauseStart), reach).search(pattern) !== -1));
}

/**
 * A negation that governs the last slot of a composition, read as for a match starting there; a
 * negator that is itself a slot's word (never in "your kids will never get a loan") is the claim,
 * not its denial.
 */
function negatedBefore(entry: LexiconEntry, sentence: Normalized, slots: ReadonlyArray<{ span: Span }>, lexicon: CompiledLanguage, breaks: readonly number[]): boolean {
  if (entry.negatable === false) return false;
  const at = slots.at(-1)!.span[0];
  return negation(sentence.text, at, lexicon, breaks, slots.slice(0, -1).map(({ span }) => span));
}

/**
 * A negator before `at` in its clause, within the negation window, outside a condition, outside the
 * `skipped` spans, outside a word that only holds one (不良记录 negates nothing) and not cut off by a
 * typed break (`typedBreaks`: 没再缴了 全台湾…), which a negator with its own words to negate
 * does not cross; one left with at most a character after it (我们不会 联系…) does.
 */
function negation(text: string, at: number, lexicon: CompiledLanguage, breaks: readonly number[], skipped: readonly Span[] = []): boolean {
  const clauseStart = clauseAround(text, at, lexicon)[0];
  const clause = text.slice(clauseStart, at);
  const conditionSpans = lexicon.conditionals.flatMap((pattern) => allMatches(pattern, clause).map((match) => [match.index, match.index + match[0].length] as const));
  const wholeWords = lexicon.language === "en";
  const holders = occurrences(clause, lexicon.nonNegating, wholeWords);
  const windowStart = Math.max(0, clause.length - lexicon.negationWindow);
  return occurrences(clause, lexicon.negators, wholeWords).some(
    ([start, end]) =>
      end > windowStart &&
      !conditionSpans.some(([from, to]) => start >= from && end <= to) &&
      !holders.some(([from, to]) => start >= from && end <= to) &&
      !skipped.some(([from, to]) => clauseStart + start < to && clauseStart + end > from) &&
      !cutOff(clauseStart + end, at, breaks),
  );
}

/** Whether a typed break stands between a negator ending at `end` and `at`, past the character right after the negator. */
export function cutOff(end: number, at: number, breaks: readonly number[]): boolean {
  return breaks.some((offset) => offset > end + 1 && offset <= at);
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
