import type { Position, Range, SourceLocation } from "./ast.js";

/**
 * Converts between offsets and line/column positions of one text. Lines end at `\r\n`,
 * `\r` or `\n` (as in LSP and ESLint); columns count UTF-16 code units, so CJK and emoji
 * positions equal JavaScript string indices. A leading BOM is not counted in columns,
 * because editors and ESLint do not show it.
 */
export class LineIndex {
  readonly #lineStarts: number[];
  readonly #bomLength: number;
  readonly #length: number;

  constructor(text: string) {
    this.#bomLength = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    this.#length = text.length;
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (code === 10 /* \n */) {
        starts.push(i + 1);
      }
    }
    this.#lineStarts = starts;
  }

  get lineCount(): number {
    return this.#lineStarts.length;
  }

  /** The offset where a 1-based line starts (after the BOM on line 1). */
  lineStart(line: number): number {
    const start = this.#lineStarts[Math.min(Math.max(line, 1), this.#lineStarts.length) - 1] ?? 0;
    return line <= 1 ? start + this.#bomLength : start;
  }

  positionAt(offset: number): Position {
    const clamped = Math.min(Math.max(offset, this.#bomLength), this.#length);
    let low = 0;
    let high = this.#lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.#lineStarts[mid] ?? 0) <= clamped) low = mid;
      else high = mid - 1;
    }
    const line = low + 1;
    return { line, column: clamped - this.lineStart(line) + 1 };
  }

  /** The offset of a 1-based line and column, clamped to the text. */
  offsetAt(position: Position): number {
    return Math.min(this.lineStart(position.line) + Math.max(position.column, 1) - 1, this.#length);
  }

  locOf(range: Range): SourceLocation {
    return { start: this.positionAt(range[0]), end: this.positionAt(range[1]) };
  }
}

/**
 * Offsets of 0-based (line, column) pairs as nunjucks counts them: lines end at `\n` only.
 * Used only on text whose lone `\r` were turned into `\n`, so both counts agree.
 */
export class NewlineIndex {
  readonly #starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) this.#starts.push(i + 1);
  }

  offsetAt(line: number, column: number): number {
    return (this.#starts[Math.min(Math.max(line, 0), this.#starts.length - 1)] ?? 0) + column;
  }
}
