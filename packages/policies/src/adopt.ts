import type { PackMessageId } from "./check.js";
import type { Citation, Language, LanguageRules, LexiconEntry, PiiOwners, PolicyPack, Recognizer, Role, WordClass } from "./types.js";

/**
 * Another pack's tone entries, recognizers and number owners' words taken into this one (`tone.adopt`,
 * `recognizers.adopt`, `pii.owners.adopt`): how a language words a threat or a disclosure, or says whose
 * a number is, is shared by the markets that write it.
 */

export interface AdoptProblem {
  messageId: PackMessageId;
  pointer: string;
  data: Record<string, string | number>;
}

/** The pack an adoption names (a built-in id, a pack file or a package), or why there is none. */
export type AdoptionSource = (spec: string) => { pack: PolicyPack } | { problem: AdoptProblem["data"] & { messageId: PackMessageId } };

/** The pack with its adoptions resolved (no `adopt` left), and what was wrong with them. */
export function resolveAdoptions(pack: PolicyPack, source: AdoptionSource): { pack: PolicyPack; problems: AdoptProblem[] } {
  const found = new Map<string, ReturnType<AdoptionSource>>();
  const once: AdoptionSource = (spec) => found.get(spec) ?? found.set(spec, source(spec)).get(spec)!;
  const tone = adoptTone(pack, once);
  const recognizers = adoptRecognizers(tone.pack, once);
  const owners = adoptOwners(recognizers.pack, once);
  return { pack: owners.pack, problems: [...tone.problems, ...recognizers.problems, ...owners.problems] };
}

/** The pack a spec at `pointer` names, or none, with why said there. */
function adoptedPack(source: AdoptionSource, spec: string, pointer: string, problems: AdoptProblem[]): PolicyPack | undefined {
  const found = source(spec);
  if ("pack" in found) return found.pack;
  const { messageId, ...data } = found.problem;
  problems.push({ messageId, pointer, data });
  return undefined;
}

/**
 * Adopts another pack's tone entries of a language: how threats or insults are worded in English
 * or Chinese is the same in many markets; why they are forbidden is each market's own law. An
 * adopted entry keeps its words, patterns, slots and examples, and cites the adopting pack's
 * sources for its category; its id is the adopting pack's id before the entry's own
 * (US-TONE-CRIMINAL adopted by GB is GB-US-TONE-CRIMINAL), so entries adopted from two packs
 * never share one. The adopting pack's own entry of that id replaces it. The adopted language's
 * rules (negators, conditionals, word classes…) come along, the pack's own added to them.
 */
function adoptTone(pack: PolicyPack, source: AdoptionSource): { pack: PolicyPack; problems: AdoptProblem[] } {
  const adoptions = pack.tone.adopt ?? [];
  if (adoptions.length === 0) return { pack, problems: [] };
  const problems: AdoptProblem[] = [];
  const languages: Partial<Record<Language, LanguageRules>> = {};
  const adopted: LexiconEntry[] = [];
  for (const [index, adoption] of adoptions.entries()) {
    const pointer = `/tone/adopt/${index}`;
    const from = adoptedPack(source, adoption.from, `${pointer}/from`, problems);
    if (!from) continue;
    const rules = from.tone.languages[adoption.language];
    if (!rules) {
      problems.push({ messageId: "adoptNoLanguage", pointer: `${pointer}/language`, data: { pack: from.id, language: adoption.language } });
      continue;
    }
    languages[adoption.language] = mergeRules(languages[adoption.language], rules);
    const known = new Set(from.tone.lexicon.map((entry) => entry.id));
    for (const [at, id] of (adoption.except ?? []).entries()) {
      if (!known.has(id)) problems.push({ messageId: "adoptUnknownEntry", pointer: `${pointer}/except/${at}`, data: { id, pack: from.id } });
    }
    const except = new Set(adoption.except);
    for (const entry of from.tone.lexicon) {
      const sources: Citation[] | undefined = adoption.sources[entry.category];
      if (entry.language !== adoption.language || !sources || except.has(entry.id)) continue;
      adopted.push({ ...entry, id: `${pack.id}-${entry.id}`, adoptedFrom: entry.id, sources, ...(adoption.unverified ? { unverified: true } : {}) });
    }
  }
  for (const [language, own] of Object.entries(pack.tone.languages) as Array<[Language, LanguageRules]>) languages[language] = mergeRules(languages[language], own);
  const own = new Set(pack.tone.lexicon.map((entry) => entry.id));
  const { adopt: _resolved, ...tone } = pack.tone;
  const lexicon = [...adopted.filter((entry) => !own.has(entry.id)), ...pack.tone.lexicon];
  return { pack: { ...pack, tone: { ...tone, languages, lexicon } }, problems };
}

/**
 * Adopts another pack's recognizers of the roles named, as they are there (with that pack's own
 * adoptions), before the pack's own; a recognizer already there is not added twice. Roles are
 * named one by one: which wordings opt out or unsubscribe is each market's own law.
 */
function adoptRecognizers(pack: PolicyPack, source: AdoptionSource): { pack: PolicyPack; problems: AdoptProblem[] } {
  const { adopt: adoptions = [], ...own } = pack.recognizers;
  if (adoptions.length === 0) return { pack, problems: [] };
  const problems: AdoptProblem[] = [];
  const recognizers: Partial<Record<Role, Recognizer[]>> = {};
  const keys = new Map<Role, Set<string>>();
  const add = (role: Role, list: readonly Recognizer[]): void => {
    const known = (recognizers[role] ??= []);
    const seen = keys.get(role) ?? keys.set(role, new Set()).get(role)!;
    for (const recognizer of list) {
      // The same recognizer described in other words is the same recognizer.
      const { description: _description, ...working } = recognizer;
      const key = JSON.stringify(working);
      if (seen.has(key)) continue;
      known.push(recognizer);
      seen.add(key);
    }
  };
  for (const [index, adoption] of adoptions.entries()) {
    const pointer = `/recognizers/adopt/${index}`;
    const from = adoptedPack(source, adoption.from, `${pointer}/from`, problems);
    if (!from) continue;
    for (const [at, role] of adoption.roles.entries()) {
      const list = from.recognizers[role];
      if (list) add(role, list);
      else problems.push({ messageId: "adoptNoRole", pointer: `${pointer}/roles/${at}`, data: { pack: from.id, role } });
    }
  }
  for (const [role, list] of Object.entries(own) as Array<[Role, Recognizer[]]>) add(role, list);
  return { pack: { ...pack, recognizers }, problems };
}

/** A language's rules with more added: lists appended (without repeats), substitutions and word classes merged, the adopting pack's numbers first. */
function mergeRules(base: LanguageRules | undefined, more: LanguageRules): LanguageRules {
  if (!base) return more;
  const list = <T>(a: readonly T[] | undefined, b: readonly T[] | undefined): T[] | undefined => (a || b ? [...new Set([...(a ?? []), ...(b ?? [])])] : undefined);
  const classes: Record<string, WordClass> = { ...base.classes };
  for (const [name, wordClass] of Object.entries(more.classes ?? {})) {
    const earlier = classes[name];
    classes[name] = earlier
      ? defined({ description: wordClass.description ?? earlier.description, terms: list(earlier.terms, wordClass.terms), patterns: list(earlier.patterns, wordClass.patterns) })
      : wordClass;
  }
  return defined({
    negators: list(base.negators, more.negators) ?? [],
    nonNegating: list(base.nonNegating, more.nonNegating),
    reassurances: list(base.reassurances, more.reassurances),
    conditionals: list(base.conditionals, more.conditionals),
    disclaimers: list(base.disclaimers, more.disclaimers),
    requests: list(base.requests, more.requests),
    excuseBreaks: list(base.excuseBreaks, more.excuseBreaks),
    reportedSpeech: list(base.reportedSpeech, more.reportedSpeech),
    substitutions: base.substitutions || more.substitutions ? { ...base.substitutions, ...more.substitutions } : undefined,
    classes: base.classes || more.classes ? classes : undefined,
    locales: list(base.locales, more.locales),
    ordinaryWords: list(base.ordinaryWords, more.ordinaryWords),
    abbreviations: list(base.abbreviations, more.abbreviations),
    signatureBrackets: list(base.signatureBrackets, more.signatureBrackets),
    clauseBreaks: list(base.clauseBreaks, more.clauseBreaks),
    negationWindow: more.negationWindow ?? base.negationWindow,
    slotDistance: more.slotDistance ?? base.slotDistance,
  });
}

/** The object without its undefined fields: a resolved pack is plain data, the same as written. */
function defined<T extends object>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as T;
}

/**
 * Adopts other packs' words that say whose a number is (`pii.owners.adopt`), as they are there, before
 * the pack's own; a pattern already there is not added twice.
 */
function adoptOwners(pack: PolicyPack, source: AdoptionSource): { pack: PolicyPack; problems: AdoptProblem[] } {
  const { adopt: adoptions = [], ...own } = pack.pii.owners ?? { personal: [], sender: [] };
  if (adoptions.length === 0) return { pack, problems: [] };
  const problems: AdoptProblem[] = [];
  const lists: Array<Partial<PiiOwners>> = [];
  for (const [index, spec] of adoptions.entries()) {
    const pointer = `/pii/owners/adopt/${index}`;
    const from = adoptedPack(source, spec, pointer, problems);
    if (from?.pii.owners) lists.push(from.pii.owners);
    else if (from) problems.push({ messageId: "adoptNoOwners", pointer, data: { pack: from.id } });
  }
  lists.push(own);
  const union = (key: "personal" | "sender" | "personalAfter" | "senderAfter"): string[] => [...new Set(lists.flatMap((list) => list[key] ?? []))];
  const owners: PiiOwners = { personal: union("personal"), sender: union("sender"), personalAfter: union("personalAfter"), senderAfter: union("senderAfter") };
  return { pack: { ...pack, pii: { ...pack.pii, owners } }, problems };
}
