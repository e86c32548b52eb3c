/**
 * Finds Latin terms in normalised text as whole words (or words): a term starts and ends at a
 * word boundary, a plural is the same word (federal agents, warrants), any run of blanks or
 * hyphens separates its words (past due, past-due), and a `*` in the text stands for any letter
 * after the first (f*ck).
 *
 * A word list has a thousand terms or more, so the terms share one trie, walked from each word
 * start, instead of one pattern scanning the whole text per term. The matches are the ones a
 * global scan per term finds: several terms may match at one place, one term never overlaps
 * itself.
 */

interface TrieNode {
  /** Children by the term's next character; a blank in a term is the key " ". */
  next: Map<string, TrieNode>;
  /** Children whose character is a letter: a `*` in the text matches any of them. */
  letters: TrieNode[];
  /** Terms that end here, and whether their last character is a letter (a plural may follow). */
  ends: Array<{ index: number; plural: boolean }>;
}

const WORD_CHARACTER = /[\p{L}\p{N}*]/u;
const LETTER = /\p{L}/u;
const BLANK = /\s/u;
/** What separates the words of a term in the text: blanks, and hyphens between words (past-due). */
const JOINER = /[\s\-\u2010\u2011]/u;

/** A match: start, end, and the index of the term in the list given. */
export type TermMatch = [start: number, end: number, term: number];

export function wordMatcher(terms: readonly string[]): (text: string) => TermMatch[] {
  const root = node();
  for (const [index, term] of terms.entries()) {
    const characters = [...term.trim().replace(/\s+/gu, " ")];
    if (characters.length === 0) continue;
    let current = root;
    for (const [position, character] of characters.entries()) {
      let child = current.next.get(character);
      if (!child) {
        child = node();
        current.next.set(character, child);
        // The first character is always literal: a `*` masks only the letters after it.
        if (current !== root && character !== " " && LETTER.test(character)) current.letters.push(child);
      }
      current = child;
      if (position === characters.length - 1) current.ends.push({ index, plural: LETTER.test(character) });
    }
  }

  return (text) => {
    const found: TermMatch[] = [];
    // Where the previous match of each term ended: a global scan never finds overlapping matches of one term.
    const lastEnd = new Map<number, number>();
    const walk = (current: TrieNode, start: number, at: number): void => {
      for (const { index, plural } of current.ends) {
        const end = wordEnd(text, at, plural);
        if (end === undefined || start < (lastEnd.get(index) ?? 0)) continue;
        found.push([start, end, index]);
        lastEnd.set(index, end);
      }
      if (at >= text.length) return;
      const character = characterAt(text, at);
      if (JOINER.test(character)) {
        const blank = current.next.get(" ");
        let after = at;
        while (after < text.length && JOINER.test(characterAt(text, after))) after += characterAt(text, after).length;
        if (blank) walk(blank, start, after);
        if (BLANK.test(character)) return;
      }
      const child = current.next.get(character);
      if (child) walk(child, start, at + character.length);
      if (character === "*") for (const letter of current.letters) walk(letter, start, at + 1);
    };
    for (let at = 0; at < text.length; ) {
      const character = characterAt(text, at);
      if (!WORD_CHARACTER.test(characterBefore(text, at))) {
        const first = root.next.get(character);
        if (first) walk(first, at, at + character.length);
      }
      at += character.length;
    }
    return found;
  };
}

function node(): TrieNode {
  return { next: new Map(), letters: [], ends: [] };
}

/** Where a word that ends at `at` ends, with its plural (s, es): not inside a longer word. */
function wordEnd(text: string, at: number, plural: boolean): number | undefined {
  if (plural) {
    if (text[at] === "s" && !WORD_CHARACTER.test(characterAt(text, at + 1))) return at + 1;
    if (text.startsWith("es", at) && !WORD_CHARACTER.test(characterAt(text, at + 2))) return at + 2;
  }
  return WORD_CHARACTER.test(characterAt(text, at)) ? undefined : at;
}

/** The character (code point) at an offset, or "" past the end. */
function characterAt(text: string, at: number): string {
  const code = text.codePointAt(at);
  return code === undefined ? "" : String.fromCodePoint(code);
}

/** The character (code point) that ends right before an offset, or "" at the start. */
function characterBefore(text: string, at: number): string {
  if (at === 0) return "";
  const low = text.charCodeAt(at - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && at >= 2 && text.charCodeAt(at - 2) >= 0xd800 && text.charCodeAt(at - 2) <= 0xdbff ? at - 2 : at - 1;
  return characterAt(text, start);
}
