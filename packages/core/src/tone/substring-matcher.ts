import type { TermMatch } from "./word-matcher.js";

/**
 * Finds every occurrence of every term in a text, overlapping ones included, as a search with
 * `indexOf` per term finds them (Chinese has no word boundaries: a term is any substring). The
 * terms share one Aho–Corasick automaton over UTF-16 code units, so a text is read once
 * whatever the number of terms.
 */
export function substringMatcher(terms: readonly string[]): (text: string) => TermMatch[] {
  const { next, fail, ends } = automaton(terms);
  const lengths = terms.map((term) => term.length);

  return (text) => {
    const found: TermMatch[] = [];
    let state = 0;
    for (let at = 0; at < text.length; at++) {
      const unit = text.charCodeAt(at);
      let target = next[state]!.get(unit);
      while (target === undefined && state !== 0) {
        state = fail[state]!;
        target = next[state]!.get(unit);
      }
      state = target ?? 0;
      for (const index of ends[state]!) found.push([at + 1 - lengths[index]!, at + 1, index]);
    }
    return found;
  };
}

/**
 * Which of the terms occur in a text at all, read once. `fold` maps each code unit of the text
 * before it is compared (the terms are written as it maps them). The answer is one array, reused
 * by the next call: read it before.
 */
export function occurrenceFinder(terms: readonly string[], fold: (unit: number) => number): (text: string) => Uint8Array {
  const { next, fail, ends } = automaton(terms);
  const seen = new Uint8Array(terms.length);
  return (text) => {
    seen.fill(0);
    let state = 0;
    for (let at = 0; at < text.length; at++) {
      const unit = fold(text.charCodeAt(at));
      let target = next[state]!.get(unit);
      while (target === undefined && state !== 0) {
        state = fail[state]!;
        target = next[state]!.get(unit);
      }
      state = target ?? 0;
      for (const index of ends[state]!) seen[index] = 1;
    }
    return seen;
  };
}

interface Automaton {
  /** Transitions of each state by code unit. */
  next: Array<Map<number, number>>;
  /** Failure links: the longest proper suffix of a state that is also a state. */
  fail: number[];
  /** Terms that end at each state, its own and those of its suffixes. */
  ends: number[][];
}

function automaton(terms: readonly string[]): Automaton {
  const next: Array<Map<number, number>> = [new Map()];
  const ends: number[][] = [[]];
  for (const [index, term] of terms.entries()) {
    // An empty term occurs nowhere a finding could point to.
    if (term.length === 0) continue;
    let state = 0;
    for (let at = 0; at < term.length; at++) {
      const unit = term.charCodeAt(at);
      let child = next[state]!.get(unit);
      if (child === undefined) {
        child = next.length;
        next.push(new Map());
        ends.push([]);
        next[state]!.set(unit, child);
      }
      state = child;
    }
    ends[state]!.push(index);
  }

  // Failure links, breadth first: the longest proper suffix of a state that is also a state.
  const fail = Array<number>(next.length).fill(0);
  const queue = [...next[0]!.values()];
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    for (const [unit, child] of next[state]!) {
      let link = fail[state]!;
      while (link !== 0 && !next[link]!.has(unit)) link = fail[link]!;
      const target = next[link]!.get(unit);
      fail[child] = target !== undefined && target !== child ? target : 0;
      const inherited = ends[fail[child]!]!;
      if (inherited.length > 0) ends[child] = [...ends[child]!, ...inherited];
      queue.push(child);
    }
  }
  return { next, fail, ends };
}
