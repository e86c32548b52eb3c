import { applies, getPolicy, type LexiconEntry, type PolicyPack, type ToneCategory } from "@tactful/policies";
import { PLACEHOLDER } from "../analysis.js";
import type { OutputNode, Range, TextField } from "../ast.js";
import type { TemplateDocument } from "../document.js";
import { exampleRenderings } from "../worst-case.js";
import { analyzeText, toneLanguage, type ToneContext, type ToneMatch } from "./engine.js";
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
  /** The pack's compliant wording, in the template's script, and the file range of the sentence it replaces (plain body text only). */
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
  const pack = document.jurisdiction ? getPolicy(document.jurisdiction) : undefined;
  if (!pack || document.fatal) return [];
  const lexiconPack: PolicyPack = extra.length === 0 ? pack : { ...pack, tone: { ...pack.tone, lexicon: [] } };
  const language = toneLanguage(document.meta.locale);
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
      const range = segment.sourceRange(match.start, match.end);
      const replaced = segment.field === "body" ? rewordSpan(segment.text, match) : undefined;
      const text = match.entry.suggestion && inLocaleScript(match.entry.suggestion, document.meta.locale);
      const reword =
        replaced && text && !reintroduces(text, match, lexiconPack, language, context, extra)
          ? { range: segment.sourceRange(...replaced), text }
          : undefined;
      const slots = match.slots?.map(({ slot, start, end }) => {
        const [from, to] = segment.sourceRange(start, end);
        return { slot, text: document.text.slice(from, to) };
      });
      add({ entry: match.entry, category: match.entry.category, range, matched: document.text.slice(range[0], range[1]), field: segment.field, ...(slots ? { slots } : {}), ...(reword ? { reword } : {}) });
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

/** A signature or sender name the sentence starts with (【银行】, [Acme], Acme Bank:): the reword keeps it. */
const SENDER_PREFIX = /^(?:【[^】\n]{1,30}】|\[[^\]\n]{1,30}\]|[^\n:：。.!?！？【[]{1,30}[:：])\s*/u;

/** The part of the match's sentence a rewording replaces: without surrounding space or a leading sender prefix; none when an output is in it. */
function rewordSpan(text: string, match: ToneMatch): [number, number] | undefined {
  let [start, end] = match.sentence;
  const sentence = text.slice(start, end);
  if (sentence.includes(PLACEHOLDER)) return undefined;
  start += sentence.length - sentence.trimStart().length;
  end -= sentence.length - sentence.trimEnd().length;
  const prefix = SENDER_PREFIX.exec(text.slice(start, end))?.[0].length ?? 0;
  if (start + prefix <= match.start) start += prefix;
  return start < end ? [start, end] : undefined;
}

/** Whether the wording would itself be flagged in this template, by the entry's category: then it is no fix. */
function reintroduces(text: string, match: ToneMatch, pack: PolicyPack, language: ToneLanguage, context: ToneContext, extra: readonly LexiconEntry[]): boolean {
  return analyzeText(text, pack, language, context, extra).some((found) => found.entry.category === match.entry.category);
}
