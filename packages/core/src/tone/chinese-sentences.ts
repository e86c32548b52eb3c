/**
 * Chinese sentences through `Intl.Segmenter`: paragraphs are separated by blank lines, and
 * sentences found within them. Tone matching reads characters across word boundaries
 * (征信 is segmented 征|信), so only sentences are needed, not words.
 *
 * Node 20's segmenter is quadratic on long strings, so text is segmented in chunks that end at
 * a line break or sentence-final punctuation, or after `MAX_CHUNK` characters when it has
 * neither for that long; offsets are added back.
 */

/** Made when Chinese text is first segmented: making a segmenter loads its ICU data. */
let sentences: Intl.Segmenter | undefined;
const CHUNK_END = /[\n。！？!?]+/gu;
const MAX_CHUNK = 1000;
const WHITESPACE = /^\s+$/u;

/** The sentences of a text as [start, end) offsets, blank ones left out. */
export function chineseSentenceSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const [chunkStart, chunkEnd] of chineseChunkSpans(text)) {
    sentences ??= new Intl.Segmenter("zh", { granularity: "sentence" });
    for (const sentence of sentences.segment(text.slice(chunkStart, chunkEnd))) {
      if (WHITESPACE.test(sentence.segment)) continue;
      const sentenceStart = chunkStart + sentence.index;
      spans.push([sentenceStart, sentenceStart + sentence.segment.length]);
    }
  }
  return spans;
}

/** The pieces a text is segmented in, one at a time: no sentence crosses from one piece to the next. */
export function chineseChunkSpans(text: string): Array<[number, number]> {
  return paragraphSpans(text).flatMap(([start, end]) => chunks(text, start, end));
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
