import type { Paragraph, Root, Sentence, SentenceContent } from "nlcst";
import type { Point } from "unist";
import type { Processor } from "unified";

/**
 * A unified parser for Chinese built on `Intl.Segmenter`, producing the same nlcst tree that
 * retext-english produces for English (paragraphs, sentences, words, white space,
 * punctuation, symbols), so both languages share one pipeline.
 *
 * Node 20's segmenter is quadratic on long strings, so text is segmented in chunks that end at
 * a line break or sentence-final punctuation, or after `MAX_CHUNK` characters when it has
 * neither for that long; offsets are added back.
 */
export default function retextChinese(this: unknown): undefined {
  (this as Processor<Root>).parser = (document: string): Root => toNlcst(document);
  return undefined;
}

const sentences = new Intl.Segmenter("zh", { granularity: "sentence" });
const words = new Intl.Segmenter("zh", { granularity: "word" });
const CHUNK_END = /[\n。！？!?]+/gu;
const MAX_CHUNK = 1000;
const PUNCTUATION = /^\p{P}+$/u;
const WHITESPACE = /^\s+$/u;

export function toNlcst(text: string): Root {
  const lines = lineStarts(text);
  const point = (offset: number): Point => {
    let low = 0;
    let high = lines.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lines[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - lines[low]! + 1, offset };
  };
  const position = (start: number, end: number) => ({ start: point(start), end: point(end) });
  const paragraphs: Paragraph[] = [];
  for (const [start, end] of paragraphSpans(text)) {
    const children: Sentence[] = [];
    for (const [chunkStart, chunkEnd] of chunks(text, start, end)) {
      for (const sentence of sentences.segment(text.slice(chunkStart, chunkEnd))) {
        const sentenceStart = chunkStart + sentence.index;
        const sentenceEnd = sentenceStart + sentence.segment.length;
        if (WHITESPACE.test(sentence.segment)) continue;
        const content: SentenceContent[] = [];
        for (const word of words.segment(sentence.segment)) {
          const from = sentenceStart + word.index;
          const to = from + word.segment.length;
          const where = position(from, to);
          if (word.isWordLike) content.push({ type: "WordNode", children: [{ type: "TextNode", value: word.segment, position: where }], position: where });
          else if (WHITESPACE.test(word.segment)) content.push({ type: "WhiteSpaceNode", value: word.segment, position: where });
          else if (PUNCTUATION.test(word.segment)) content.push({ type: "PunctuationNode", value: word.segment, position: where });
          else content.push({ type: "SymbolNode", value: word.segment, position: where });
        }
        children.push({ type: "SentenceNode", children: content, position: position(sentenceStart, sentenceEnd) });
      }
    }
    paragraphs.push({ type: "ParagraphNode", children, position: position(start, end) });
  }
  return { type: "RootNode", children: paragraphs, position: position(0, text.length) };
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** Paragraphs are separated by blank lines. */
function paragraphSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const blank = /\n[ \t]*\n\s*/g;
  let start = 0;
  for (let match = blank.exec(text); match; match = blank.exec(text)) {
    spans.push([start, match.index]);
    start = match.index + match[0].length;
  }
  spans.push([start, text.length]);
  return spans.filter(([from, to]) => to > from);
}

function chunks(text: string, start: number, end: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const slice = text.slice(start, end);
  let from = 0;
  CHUNK_END.lastIndex = 0;
  const push = (to: number): void => {
    while (to - from > MAX_CHUNK) {
      // Never between the two halves of a surrogate pair.
      const cut = (slice.charCodeAt(from + MAX_CHUNK) & 0xfc00) === 0xdc00 ? from + MAX_CHUNK - 1 : from + MAX_CHUNK;
      spans.push([start + from, start + cut]);
      from = cut;
    }
    spans.push([start + from, start + to]);
    from = to;
  };
  for (let match = CHUNK_END.exec(slice); match; match = CHUNK_END.exec(slice)) push(match.index + match[0].length);
  if (from < slice.length) push(slice.length);
  return spans;
}
