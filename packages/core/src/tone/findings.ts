import { applies, type LexiconEntry, type PolicyPack, type SenderRole, type ToneCategory } from "@tactful/policies";
import { PLACEHOLDER, type ProseSegment } from "../analysis.js";
import type { OutputNode, Range, TextField } from "../ast.js";
import type { TemplateDocument } from "../document.js";
import { parseTemplate } from "../parse.js";
import { nameForms, packShortNames } from "../sender-names.js";
import { exampleRenderings } from "../worst-case.js";
import { analyzeText, clauseBreaks, compileLexicon, type ToneContext, type ToneMatch } from "./engine.js";
import { toneLanguage } from "./language.js";
import type { ToneLanguage } from "./normalize.js";
import { inLocaleScript } from "./script.js";

/** A tone finding in a template, at the characters (or the output) that carry it. */
export interface ToneFinding {
  entry: LexiconEntry;
  category: ToneCategory;
  range: Range;
  /** The words as written (or the value a variable can render). */
  matched: string;
  /** For a compositional entry: the words as written that filled each slot, in order. */
  slots?: Array<{ slot: string; text: string }>;
  field: TextField;
  /**
   * The pack's compliant wording, in the template's script, and the file range it replaces: the
   * sentence, or only the match's clause when the sentence holds a variable (which stays).
   */
  reword?: { range: Range; text: string };
  /** Set when the words come from a variable: the output, and the value that carries them. */
  via?: { output: OutputNode; value: string } | { output: OutputNode; role: string; variable: string };
}

const cache = new WeakMap<TemplateDocument, ToneFinding[]>();

/**
 * Every tone finding of a template: in its literal text, in each output rendered with the values
 * the template shows (examples, personas, enum values), and, for entries that list roles, in
 * every output of a variable with such a role. `extra` entries (an organisation's own terms)
 * are checked on their own.
 */
export function toneFindings(document: TemplateDocument, extra: readonly LexiconEntry[] = []): ToneFinding[] {
  if (extra.length === 0) {
    const cached = cache.get(document);
    if (cached) return cached;
  }
  const pack = document.pack;
  if (!pack || document.fatal) return [];
  const lexiconPack: PolicyPack = extra.length === 0 ? pack : { ...pack, tone: { ...pack.tone, lexicon: [] } };
  const language = toneLanguage(document.meta.locale, pack);
  // A locale the pack has no language for is reported by valid-front-matter: nothing here can read it.
  if (!language) return [];
  const { category, audience, channel, sender } = document.meta;
  const context: ToneContext = { category, audience, channel, senderRole: sender?.role };
  const findings: ToneFinding[] = [];
  const seen = new Set<string>();
  const add = (finding: ToneFinding): void => {
    const key = `${finding.entry.id}|${finding.range[0]}|${finding.range[1]}`;
    if (seen.has(key)) return;
    seen.add(key);
    findings.push(finding);
  };

  for (const segment of document.prose) {
    for (const match of analyzeText(segment.text, lexiconPack, language, context, extra)) {
      if (writesOwnName(segment.text, match, sender, pack)) continue;
      const range = segment.sourceRange(match.start, match.end);
      const replaced = rewordSpan(segment.text, match, pack, language);
      const wording = match.entry.suggestion && inLocaleScript(match.entry.suggestion, document.meta.locale);
      const text = replaced && wording ? fitWording(wording, replaced, language) : undefined;
      const candidate = replaced && text && !reintroduces(text, match, lexiconPack, language, context, extra) ? { range: segment.sourceRange(replaced.start, replaced.end), text } : undefined;
      const reword = candidate && (segment.field === "body" || keepsFrontMatter(document, segment.field, candidate)) ? candidate : undefined;
      const slots = slotTexts(document, segment, match);
      add({ entry: match.entry, category: match.entry.category, range, matched: document.text.slice(range[0], range[1]), field: segment.field, ...(slots ? { slots } : {}), ...(reword ? { reword } : {}) });
    }
    // A code-mixed message (Hong Kong's English with Cantonese sentences, or the other way round): the words in
    // another script the pack reads are read in that language too, so no part of the message goes unread.
    for (const other of mixedLanguages(segment.text, pack, language)) {
      for (const match of analyzeText(segment.text, lexiconPack, other, context, extra)) {
        if (!writtenIn(segment.text, match, other) || writesOwnName(segment.text, match, sender, pack)) continue;
        const range = segment.sourceRange(match.start, match.end);
        const slots = slotTexts(document, segment, match);
        add({ entry: match.entry, category: match.entry.category, range, matched: document.text.slice(range[0], range[1]), field: segment.field, ...(slots ? { slots } : {}) });
      }
    }
    // Render-time: each output with each value the template shows, the rest of the text around it.
    for (const part of segment.parts) {
      if (part.kind !== "placeholder" || part.node.type !== "Output") continue;
      const output = part.node;
      for (const value of exampleRenderings(document, output)) {
        const text = segment.text.slice(0, part.start) + value + segment.text.slice(part.end);
        const valueEnd = part.start + value.length;
        for (const match of analyzeText(text, lexiconPack, language, context, extra, [part.start, valueEnd])) {
          if (match.end <= part.start || match.start >= valueEnd) continue;
          add({ entry: match.entry, category: match.entry.category, range: output.range, matched: text.slice(match.start, match.end), field: segment.field, via: { output, value } });
        }
      }
    }
  }

  // Variables whose role reveals what an entry forbids (an amount in a third-party message).
  for (const entry of [...lexiconPack.tone.lexicon, ...extra]) {
    if (!entry.roles || entry.language !== language || !applies(entry.when, context)) continue;
    for (const reference of document.references) {
      const role = document.variables.get(reference.name)?.role;
      if (!reference.output || !role || !entry.roles.includes(role)) continue;
      add({ entry, category: entry.category, range: reference.output.range, matched: reference.path, field: reference.field, via: { output: reference.output, role, variable: reference.name } });
    }
  }

  findings.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  if (extra.length === 0) cache.set(document, findings);
  return findings;
}

/** The words as written that filled each slot of a compositional match. */
function slotTexts(document: TemplateDocument, segment: ProseSegment, match: ToneMatch): Array<{ slot: string; text: string }> | undefined {
  return match.slots?.map(({ slot, start, end }) => {
    const [from, to] = segment.sourceRange(start, end);
    return { slot, text: document.text.slice(from, to) };
  });
}

/** How each language's words are told apart in a code-mixed text: Chinese by its characters, English by two Latin words in a row. */
const LANGUAGE_SCRIPT: Record<ToneLanguage, RegExp> = { zh: /\p{Script=Han}/u, en: /\p{Script=Latin}{2,}\s+\p{Script=Latin}{2,}/u };

/** The pack's languages other than the locale's whose words the text writes. */
function mixedLanguages(text: string, pack: PolicyPack, language: ToneLanguage): ToneLanguage[] {
  return (Object.keys(pack.tone.languages) as ToneLanguage[]).filter((other) => other !== language && LANGUAGE_SCRIPT[other].test(text));
}

/** How far either side of a match a code-mixed text is looked at to tell which language it is in. */
const MIXED_WINDOW = 30;

/**
 * Whether a match read in a language other than the locale's lies in that language's words. Chinese: its
 * characters in the match, and no fewer of them than Latin words around it (not a Chinese phrase quoted in an
 * English sentence: "people threatening to 淋紅油"). English: Latin words and no Chinese, and not an entry that
 * reads capitals, which among Chinese write names and brands (HO KA LOK), not a raised voice.
 */
function writtenIn(text: string, match: ToneMatch, language: ToneLanguage): boolean {
  const matched = text.slice(match.start, match.end);
  if (language === "en") return /\p{Script=Latin}/u.test(matched) && !LANGUAGE_SCRIPT.zh.test(matched) && match.entry.matchCase !== true;
  if (!LANGUAGE_SCRIPT.zh.test(matched)) return false;
  const around = text.slice(Math.max(0, match.start - MIXED_WINDOW), match.end + MIXED_WINDOW);
  return (around.match(/\p{Script=Han}/gu)?.length ?? 0) >= (around.match(/\p{Script=Latin}+/gu)?.length ?? 0);
}

/**
 * Whether a match lies within the sender's own name written in the text, where its entry says
 * that is the sender identifying itself (Oakhaven Loans:) for the sender's role.
 */
export function writesOwnName(text: string, match: Pick<ToneMatch, "entry" | "start" | "end">, sender: { role?: SenderRole | undefined; name?: string | undefined } | undefined, pack: PolicyPack): boolean {
  const name = sender?.name;
  if (!sender?.role || !name || !match.entry.ownNameFor?.includes(sender.role)) return false;
  // As given or in capitals (SUNBELT AUTO ACCEPTANCE:), and shortened as the pack lets it (德衡信貸管理 for
  // 德衡信貸管理有限公司) where the short name says more than the matched words (not 信用卡 for 信用卡中心).
  const within = (forms: readonly string[], beyondMatch: boolean): boolean =>
    forms.some((form) => {
      for (let at = text.indexOf(form); at !== -1 && at <= match.start; at = text.indexOf(form, at + form.length)) {
        if (match.end <= at + form.length && (!beyondMatch || at < match.start || match.end < at + form.length)) return true;
      }
      return false;
    });
  const cased = (forms: readonly string[]): string[] => [...new Set(forms.flatMap((form) => [form, form.toUpperCase()]))];
  return within(cased(nameForms(name)), false) || within(cased(packShortNames(name, pack)), true);
}

/** What a rewording replaces, in the analysed text; `clause` when only the match's clause (the sentence holds a variable). */
interface RewordSpan {
  start: number;
  end: number;
  clause: boolean;
}

/**
 * The part of the match's sentence a rewording replaces, without surrounding space or a leading
 * sender prefix. When the sentence holds an output, only the match's clause is replaced, so the
 * variables elsewhere in the sentence stay; none when the clause itself holds one.
 */
function rewordSpan(text: string, match: ToneMatch, pack: PolicyPack, language: ToneLanguage): RewordSpan | undefined {
  const [sentenceStart, sentenceEnd] = trimmed(text, match.sentence[0], match.sentence[1]);
  if (!text.slice(sentenceStart, sentenceEnd).includes(PLACEHOLDER)) {
    const prefix = compileLexicon(pack, language).senderPrefix.exec(text.slice(sentenceStart, sentenceEnd))?.[0].length ?? 0;
    const start = sentenceStart + prefix <= match.start ? sentenceStart + prefix : sentenceStart;
    return start < sentenceEnd ? { start, end: sentenceEnd, clause: false } : undefined;
  }
  let clauseStart = sentenceStart;
  let clauseEnd = sentenceEnd;
  for (const [breakStart, breakEnd] of clauseBreaks(text.slice(sentenceStart, sentenceEnd), pack, language)) {
    if (sentenceStart + breakEnd <= match.start) clauseStart = sentenceStart + breakEnd;
    else if (sentenceStart + breakStart >= match.end) {
      clauseEnd = sentenceStart + breakStart;
      break;
    }
  }
  const [start, trimmedEnd] = trimmed(text, clauseStart, clauseEnd);
  // The sentence's own closing punctuation stays.
  const end = start + text.slice(start, trimmedEnd).replace(CLOSING_PUNCTUATION, "").length;
  if (text.slice(start, end).includes(PLACEHOLDER) || start >= end) return undefined;
  return { start, end, clause: true };
}

const CLOSING_PUNCTUATION = /[\s.。．!！?？]+$/u;

function trimmed(text: string, start: number, end: number): [number, number] {
  const slice = text.slice(start, end);
  return [start + slice.length - slice.trimStart().length, end - (slice.length - slice.trimEnd().length)];
}

/**
 * A sentence's wording fitted into a clause: without its closing punctuation (the clause keeps
 * its own) and, in a cased script, starting in lower case after the clause before it.
 */
function fitWording(wording: string, span: RewordSpan, language: ToneLanguage): string {
  if (!span.clause) return wording;
  const bare = wording.replace(CLOSING_PUNCTUATION, "");
  const firstWord = /^\p{Lu}\p{Ll}+\b/u.exec(bare)?.[0];
  return language === "en" && firstWord && span.start > 0 ? firstWord.toLowerCase() + bare.slice(firstWord.length) : bare;
}

/**
 * Whether a rewording of a front-matter string (subject, title) keeps the front matter as it
 * was but for the words: the YAML still parses, no new problem, the field holds the wording.
 * Fails closed: a wording the scalar's quoting cannot hold as written is no fix.
 */
function keepsFrontMatter(document: TemplateDocument, field: TextField, reword: { range: Range; text: string }): boolean {
  const edited = parseTemplate(document.text.slice(0, reword.range[0]) + reword.text + document.text.slice(reword.range[1]), { filePath: document.filePath, packs: document.packs });
  const value = field === "subject" ? edited.meta.subject : field === "title" ? edited.meta.title : undefined;
  return edited.problems.length <= document.problems.length && value !== undefined && value.includes(reword.text);
}

/** Whether the wording would itself be flagged in this template, by the entry's category: then it is no fix. */
function reintroduces(text: string, match: ToneMatch, pack: PolicyPack, language: ToneLanguage, context: ToneContext, extra: readonly LexiconEntry[]): boolean {
  return analyzeText(text, pack, language, context, extra).some((found) => found.entry.category === match.entry.category);
}
