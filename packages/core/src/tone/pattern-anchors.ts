import { RegExpParser, type AST } from "@eslint-community/regexpp";
import { preparedAnchors } from "./prepared.js";
import { occurrenceFinder } from "./substring-matcher.js";

/**
 * The literal anchors of a regular expression: strings such that every match of it contains at
 * least one of them, so that a text holding none of them cannot match and the expression need
 * not run. They are read from the expression's syntax tree (the literal runs of each
 * alternative, small character classes, the body of a group or of a quantifier that must occur
 * at least once). Whatever is not understood contributes nothing: an expression with no
 * derivable anchor has none and always runs.
 *
 * With the `i` flag an anchor is written in lower case and only holds characters whose
 * case-insensitive matches are known exactly (ASCII, CJK, full-width and general punctuation):
 * `foldForAnchors` maps a text the same way before anchors are looked for in it.
 */
export function patternAnchors(pattern: RegExp): string[] | undefined {
  let ast: AST.Pattern;
  try {
    ast = new RegExpParser({ ecmaVersion: 2025 }).parsePattern(pattern.source, 0, pattern.source.length, { unicode: pattern.unicode, unicodeSets: pattern.flags.includes("v") });
  } catch {
    return undefined;
  }
  const anchors = ofAlternatives(ast.alternatives, pattern.ignoreCase);
  return anchors && anchors.length > 0 && anchors.every((anchor) => anchor.length > 0) ? anchors : undefined;
}

/** At most this many anchors per expression or per literal run: more say little. */
const MAX_ANCHORS = 64;
/** A character class with more members than this is not expanded into anchors. */
const MAX_CLASS = 8;

/** A match of one of the alternatives contains an anchor of the one it matched. */
function ofAlternatives(alternatives: readonly AST.Alternative[], ignoreCase: boolean): string[] | undefined {
  const union = new Set<string>();
  for (const alternative of alternatives) {
    const anchors = ofSequence(alternative.elements, ignoreCase);
    if (!anchors) return undefined;
    for (const anchor of anchors) union.add(anchor);
  }
  return union.size > 0 && union.size <= MAX_ANCHORS ? [...union] : undefined;
}

/**
 * A sequence requires each of its literal runs (the characters, or small classes, that follow
 * one another) and the anchors of each element that must occur: the best of these is kept, the
 * one whose shortest anchor is longest.
 */
function ofSequence(elements: readonly AST.Element[], ignoreCase: boolean): string[] | undefined {
  const candidates: string[][] = [];
  let run: string[] = [""];
  const endRun = (): void => {
    if (run.some((text) => text.length > 0)) candidates.push(run);
    run = [""];
  };
  const extend = (choices: readonly string[]): void => {
    const next = run.flatMap((text) => choices.map((choice) => text + choice));
    if (next.length > MAX_ANCHORS) {
      endRun();
      run = [...choices];
    } else run = next;
  };
  for (const element of elements) {
    const choices = characterChoices(element, ignoreCase);
    if (choices) {
      extend(choices);
      continue;
    }
    if (element.type === "Quantifier" && element.min >= 1) {
      // x{1,} ends one run with an x and starts the next with one: both are written next to it.
      const repeated = characterChoices(element.element, ignoreCase);
      if (repeated) {
        extend(repeated);
        endRun();
        run = [...repeated];
        if (element.min > 1 && element.max === element.min) for (let count = 1; count < element.min; count++) extend(repeated);
        continue;
      }
      endRun();
      const inner = ofElement(element.element, ignoreCase);
      if (inner) candidates.push(inner);
      continue;
    }
    endRun();
    const inner = ofElement(element, ignoreCase);
    if (inner) candidates.push(inner);
  }
  endRun();
  let best: string[] | undefined;
  for (const candidate of candidates) {
    if (!best || shortest(candidate) > shortest(best) || (shortest(candidate) === shortest(best) && candidate.length < best.length)) best = candidate;
  }
  return best;
}

function shortest(anchors: readonly string[]): number {
  return Math.min(...anchors.map((anchor) => anchor.length));
}

/**
 * The anchors of a group that must match, or of a lookaround that must (what it reads is in the
 * text too, next to the match); nothing for negative lookarounds and other assertions,
 * back-references, sets, optional parts, and a group that changes flags (its case is not the
 * expression's).
 */
function ofElement(element: AST.Element, ignoreCase: boolean): string[] | undefined {
  if (element.type === "Group" && element.modifiers) return undefined;
  if (element.type === "Group" || element.type === "CapturingGroup") return ofAlternatives(element.alternatives, ignoreCase);
  if (element.type === "Assertion" && (element.kind === "lookahead" || element.kind === "lookbehind") && !element.negate) return ofAlternatives(element.alternatives, ignoreCase);
  if (element.type === "Quantifier" && element.min >= 1) return ofElement(element.element, ignoreCase);
  return undefined;
}

/** The characters one element matches when it is a literal or a small class of literals; undefined otherwise. */
function characterChoices(element: AST.Node, ignoreCase: boolean): string[] | undefined {
  if (element.type === "Character") {
    const char = anchorCharacter(element.value, ignoreCase);
    return char === undefined ? undefined : [char];
  }
  if (element.type === "CharacterClass" && !element.negate && !element.unicodeSets) {
    const members = new Set<string>();
    for (const member of element.elements) {
      if (member.type === "Character") {
        const char = anchorCharacter(member.value, ignoreCase);
        if (char === undefined) return undefined;
        members.add(char);
      } else if (member.type === "CharacterClassRange" && member.max.value - member.min.value < MAX_CLASS) {
        for (let code = member.min.value; code <= member.max.value; code++) {
          const char = anchorCharacter(code, ignoreCase);
          if (char === undefined) return undefined;
          members.add(char);
        }
      } else return undefined;
      if (members.size > MAX_CLASS) return undefined;
    }
    return members.size > 0 ? [...members] : undefined;
  }
  return undefined;
}

/**
 * A character of an anchor, as `foldForAnchors` writes the text; undefined for one whose
 * case-insensitive matches are not known exactly (it then ends a literal run).
 */
function anchorCharacter(code: number, ignoreCase: boolean): string | undefined {
  if (code > 0xffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
  if (!ignoreCase) return String.fromCharCode(code);
  if (code < 0x80) return String.fromCharCode(code >= 0x41 && code <= 0x5a ? code + 32 : code);
  return CASELESS.some(([from, to]) => code >= from && code <= to) ? String.fromCharCode(code) : undefined;
}

/** Ranges without case: general punctuation, CJK radicals to the unified ideographs, full-width punctuation and digits. */
const CASELESS: ReadonlyArray<readonly [number, number]> = [
  [0x2000, 0x206f],
  [0x2e80, 0x9fff],
  [0xff01, 0xff20],
  [0xff3b, 0xff40],
  [0xff5b, 0xff65],
];

/**
 * One code unit of a text as case-insensitive anchors compare it: ASCII upper case to lower
 * case, and the two characters outside ASCII that fold to an ASCII letter (K KELVIN SIGN, ſ LONG S).
 */
export function foldForAnchors(code: number): number {
  if (code >= 0x41 && code <= 0x5a) return code + 32;
  if (code === 0x212a) return 0x6b;
  if (code === 0x17f) return 0x73;
  return code;
}

/** Which expressions of a list can match a text, found by their anchors (see `patternFilter`). */
export interface PatternFilter {
  /** Whether each expression has anchors (one without is always possible). */
  anchored: readonly boolean[];
  /**
   * 1 for each expression that can match: one with an anchor in the text, or without anchors.
   * Expressions without the `i` flag are looked for in `cased` when given. The answer is one
   * array, reused by the next call: read it before.
   */
  possible(text: string, cased?: string): Uint8Array;
}

/**
 * A filter for a list of expressions: one pass of an automaton over the text for those with the
 * `i` flag and one for those without tells which can match, so that only those run. The cost of a
 * text grows with its length and the expressions it may match, not with the size of the list.
 */
export function patternFilter(patterns: readonly RegExp[]): PatternFilter {
  const anchors = patterns.map((pattern) => preparedAnchors(pattern, patternAnchors));
  const possible = new Uint8Array(patterns.length);
  const kinds = [true, false].map((ignoreCase) => {
    /** The place in `patterns` of each anchor's expression. */
    const owners: number[] = [];
    const terms: string[] = [];
    patterns.forEach((pattern, index) => {
      if (pattern.ignoreCase !== ignoreCase) return;
      for (const anchor of anchors[index] ?? []) {
        terms.push(anchor);
        owners.push(index);
      }
    });
    return { ignoreCase, owners, find: owners.length > 0 ? occurrenceFinder(terms, ignoreCase ? foldForAnchors : (unit) => unit) : undefined };
  });
  const unanchored = anchors.map((found) => (found ? 0 : 1));
  return {
    anchored: anchors.map((found) => found !== undefined),
    possible(text, cased = text) {
      possible.set(unanchored);
      for (const { ignoreCase, owners, find } of kinds) {
        if (!find) continue;
        const seen = find(ignoreCase ? text : cased);
        for (let anchor = 0; anchor < owners.length; anchor++) if (seen[anchor] === 1) possible[owners[anchor]!] = 1;
      }
      return possible;
    },
  };
}
