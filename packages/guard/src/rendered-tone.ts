import { analyzeText, chineseChunkSpans, compileLexicon, sentenceSpans, type ToneContext, type ToneLanguage, type ToneMatch } from "@tactful/core";
import { effectiveSeverity, type PolicyPack } from "@tactful/policies";

export type BlockingMatch = Pick<ToneMatch, "entry" | "start" | "end">;

const blockingPacks = new WeakMap<PolicyPack, PolicyPack>();

/**
 * The pack with only its blocking tone entries, made once per pack: at send time only those refuse
 * a message, and the rest (warnings, the learned readers) need not be read. Without them, a blocking
 * match that a longer warning would have absorbed in the merge of overlapping matches stands on
 * its own: the send is refused rather than passed.
 */
function blockingEntries(pack: PolicyPack): PolicyPack {
  let blocking = blockingPacks.get(pack);
  if (!blocking) blockingPacks.set(pack, (blocking = { ...pack, tone: { ...pack.tone, lexicon: pack.tone.lexicon.filter((entry) => effectiveSeverity(entry) === "block") } }));
  return blocking;
}

/** Pieces remembered per template with their blocking tone matches; the oldest half is dropped when full. */
const CACHE_SIZE = 4096;

/**
 * The blocking tone findings of a template's rendered texts. The engine judges each match inside
 * its own sentence, so a piece of text has the same findings wherever it appears: the pieces a
 * template renders the same way for everyone (greetings, the opt-out line, the hotline) are
 * analysed once, and only those the data changes are read again. Chinese text is cut where the
 * engine itself cuts it, which costs a regular expression instead of a sentence segmenter's pass
 * over the whole text; other languages are cut into the engine's sentences.
 */
export function blockingToneFinder(pack: PolicyPack, language: ToneLanguage, context: ToneContext): (text: string) => BlockingMatch[] {
  const cache = new Map<string, BlockingMatch[]>();
  const blocking = blockingEntries(pack);
  const { abbreviation } = compileLexicon(pack, language);
  return (text) => {
    const found: BlockingMatch[] = [];
    for (const [start, end] of language === "zh" ? chineseChunkSpans(text) : sentenceSpans(text, language, abbreviation)) {
      const piece = text.slice(start, end);
      let matches = cache.get(piece);
      if (!matches) {
        matches = analyzeText(piece, blocking, language, context).map((match) => ({ entry: match.entry, start: match.start, end: match.end }));
        if (cache.size >= CACHE_SIZE) for (const key of [...cache.keys()].slice(0, CACHE_SIZE / 2)) cache.delete(key);
        cache.set(piece, matches);
      }
      for (const match of matches) found.push({ entry: match.entry, start: start + match.start, end: start + match.end });
    }
    return found;
  };
}
