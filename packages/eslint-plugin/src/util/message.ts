import {
  allMatches,
  AnalysisLimit,
  coverage,
  distinctPaths,
  escapeRegExp,
  MAX_STATES,
  nameForms,
  patternFilter,
  PLACEHOLDER,
  readThrough,
  shortNamesOf,
  Recent,
  type ContentNode,
  type Coverage,
  type IfNode,
  type ExecutionPath,
  type OutputNode,
  type PatternFilter,
  type Range,
  type Reader,
  type SourceLocation,
  type TextNode,
  type Localized,
} from "@tactful/core";
import { applies, compilePattern, recognizerPattern, type Channel, type Recognizer, type Role, type When, type Wording } from "@tactful/policies";
import type { TemplateSourceCode } from "../language/template-source-code.js";

/**
 * One way a whole message can read: the subject or title (if any), a line break, then the body.
 * Outputs stand as U+FFFC in `text`.
 */
export interface MessagePath {
  text: string;
  nodes: ReadonlyArray<TextNode | OutputNode>;
  /** Where each node starts in `text`. */
  starts: readonly number[];
  /** Where the body starts in `text`. */
  bodyStart: number;
}

/** The entries of a pack section that apply to this template. */
export function applicable<T extends { when?: When }>(sourceCode: TemplateSourceCode, entries: readonly T[] | undefined): T[] {
  return (entries ?? []).filter((entry) => applies(entry.when, sourceCode.applicability));
}

/** The subject or title, if the template has one. */
function headOf(sourceCode: TemplateSourceCode): { children: ContentNode[] } | null {
  const frontMatter = sourceCode.document.ast.frontMatter;
  return frontMatter?.subject ?? frontMatter?.title ?? null;
}

function combine(head: ExecutionPath, body: ExecutionPath): MessagePath {
  const nodes = [...head.nodes, ...body.nodes];
  const starts: number[] = [];
  let text = "";
  let bodyStart = 0;
  nodes.forEach((node, index) => {
    if (index === head.nodes.length && index > 0) {
      text += "\n";
      bodyStart = text.length;
    }
    starts.push(text.length);
    text += node.type === "Text" ? node.value : PLACEHOLDER;
  });
  return { text, nodes, starts, bodyStart };
}

/**
 * Every distinct way the whole message can read, for questions that look for something on
 * some path. `limit` is set (and `paths` empty) when there are more than `MAX_STATES`: a rule
 * reports that as an error (`reportLimit`) instead of checking a part.
 */
export function messagePaths(sourceCode: TemplateSourceCode): { paths: MessagePath[]; limit: ContentNode | null } {
  try {
    const head = sourceCode.document.ast.frontMatter?.subject ?? sourceCode.document.ast.frontMatter?.title;
    const heads = head ? distinctPaths(head) : [{ nodes: [], choices: new Map() }];
    const bodies = distinctPaths(sourceCode.document.ast.body);
    if (heads.length * bodies.length > MAX_STATES) return { paths: [], limit: head!.children.find((child) => child.type === "If" || child.type === "For") ?? head!.children[0]! };
    return { paths: bodies.flatMap((body) => heads.map((head) => combine(head, body))), limit: null };
  } catch (error) {
    if (error instanceof AnalysisLimit) return { paths: [], limit: error.node };
    throw error;
  }
}

/** Something that, found on a way through the message, satisfies a requirement. */
export type Evidence =
  /** An output of a variable with this role. */
  | { role: Role }
  /**
   * Text one of these wordings matches (those for other channels do not count); with `except`, not a
   * match that names what the role is not (a law firm or a court where the creditor should be); with
   * `voids`, not a match whose clause says the way it names is none (view only, closed, a refund's account).
   */
  | { wordings: readonly Wording[]; except?: RegExp; voids?: readonly RegExp[] }
  /**
   * This literal text; with `word`, only where no letter or digit touches it (ABC, not inside ABCD); with `domain`, also
   * as the name of a web address, and with `domain: "only"`, only so.
   */
  | { phrase: string; word?: true; domain?: true | "only" }
  /** The body starts with a name in these brackets (see `signatureOf`). */
  | { signature: { open: string; close: string } };

/** What a coverage question knows about one way through the message, read so far. */
interface MessageState {
  /** As `MessagePath.text`: the head, a line break, the body. */
  text: string;
  bodyStart: number;
  headNodes: boolean;
  inBody: boolean;
  bodyNodes: boolean;
  /** The roles asked about that an output so far renders, in a fixed order. */
  roles: string;
}

/** The roles of the variables each output renders. */
const rolesByOutput = new WeakMap<TemplateSourceCode, Map<OutputNode, Set<Role>>>();

function rolesOf(sourceCode: TemplateSourceCode, node: OutputNode): ReadonlySet<Role> {
  let map = rolesByOutput.get(sourceCode);
  if (!map) {
    map = new Map();
    for (const reference of sourceCode.document.references) {
      const role = sourceCode.document.variables.get(reference.name)?.role;
      if (!reference.output || !role) continue;
      let roles = map.get(reference.output);
      if (!roles) map.set(reference.output, (roles = new Set()));
      roles.add(role);
    }
    rolesByOutput.set(sourceCode, map);
  }
  return map.get(node) ?? NO_ROLES;
}

const NO_ROLES: ReadonlySet<Role> = new Set();

/**
 * How far before the start (`behind`) and past the end (`ahead`) of a match a pattern may look
 * (lookarounds, word boundaries), or Infinity when that cannot be bounded from its source (`^`,
 * `$`, a quantified lookaround, a backreference). A match that ends `ahead` characters before
 * the end of what was read stays a match whatever follows; one inside a piece of text, at least
 * `behind` from its start and `ahead` from its end, is a match whatever surrounds the piece.
 */
export function patternReach(pattern: string): Readonly<{ behind: number; ahead: number }> {
  // Asked for every piece of text a wording is looked for in: each pattern is measured once.
  let reach = reaches.get(pattern);
  if (!reach) reaches.set(pattern, (reach = Object.freeze(measureReach(pattern))));
  return reach;
}

const reaches = new Map<string, Readonly<{ behind: number; ahead: number }>>();

function measureReach(pattern: string): { behind: number; ahead: number } {
  const reach = { behind: 0, ahead: 0 };
  let inClass = false;
  /** The open groups: for a lookaround, its direction and where it opens. */
  const groups: Array<{ direction: "behind" | "ahead"; at: number } | null> = [];
  const open = (): Array<"behind" | "ahead"> => groups.flatMap((group) => (group ? [group.direction] : []));
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index]!;
    if (char === "\\") {
      const next = pattern[index + 1] ?? "";
      if (!inClass && /[1-9k]/u.test(next)) return { behind: Infinity, ahead: Infinity };
      if (!inClass && (next === "b" || next === "B")) {
        reach.behind = Math.max(reach.behind, 1);
        reach.ahead = Math.max(reach.ahead, 1);
      }
      index++;
      continue;
    }
    if (inClass) {
      if (char === "]") inClass = false;
      continue;
    }
    if (char === "[") inClass = true;
    else if (char === "^") reach.behind = Infinity;
    else if (char === "$") reach.ahead = Infinity;
    else if (char === "(") {
      const direction = pattern.startsWith("(?=", index) || pattern.startsWith("(?!", index) ? "ahead" : pattern.startsWith("(?<=", index) || pattern.startsWith("(?<!", index) ? "behind" : null;
      groups.push(direction ? { direction, at: index } : null);
    } else if (char === ")") {
      const group = groups.pop();
      // Each character of the group's source matches at most one character (two UTF-16 units).
      if (group) reach[group.direction] = Math.max(reach[group.direction], 2 * (index - group.at) + 1);
    } else if ((char === "*" || char === "+" || char === "{") && pattern[index - 1] !== "(") {
      for (const direction of open()) reach[direction] = Infinity;
    }
  }
  return reach;
}

/** How the body of one path starts: with a bracketed name, or not. */
export type Signature = { kind: "missing"; fixable: boolean } | { kind: "found"; name: string; index: number; length: number };

export function signatureOf(path: { text: string; bodyStart: number }, open: string, close: string): Signature {
  const body = path.text.slice(path.bodyStart);
  const rest = body.trimStart();
  const index = path.bodyStart + body.length - rest.length;
  if (!rest.startsWith(open)) return { kind: "missing", fixable: true };
  const end = rest.indexOf(close, open.length);
  const name = end === -1 ? "" : rest.slice(open.length, end);
  // An unclosed bracket: inserting a signature before it would leave a stray bracket.
  if (end === -1 || name.includes(open) || /[\r\n]/u.test(name)) return { kind: "missing", fixable: false };
  return { kind: "found", name, index, length: end + close.length };
}

/** A character that would make a phrase part of a longer word; an output counts, as it may render one. */
const WORD_CHARACTER = new RegExp(`[\\p{LC}\\p{N}${PLACEHOLDER}]`, "u");

/**
 * Whether the text writes the phrase: as given or in capitals anywhere (a sender shouting its own
 * name, MERIDAX CASH:; a Chinese name, which has no word edges), or as a word of its own. A name of
 * several words counts in any case there (lumen cash: for Lumen Cash); one word only as given or in
 * capitals, as a common word in lower case is no name (quick for Quick, first for First). A word
 * must stand alone; `edges` say whether the text's start and end are the message's, else what lies
 * beyond them is unknown and the word is not taken as whole there (fail closed).
 */
function writesPhrase(text: string, evidence: { phrase: string; word?: true; domain?: true | "only" }, edges: { start: boolean; end: boolean }): boolean {
  const { phrase } = evidence;
  if (evidence.domain === "only") return writesDomain(text, phrase, edges.start);
  const anyCase = /\s/u.test(phrase.trim());
  if (!evidence.word) {
    if (text.includes(phrase) || text.includes(phrase.toUpperCase())) return true;
    // Not written as given or in capitals anywhere, so not as a word either: at most as the name of a web address.
    if (!anyCase) return evidence.domain !== undefined && writesDomain(text, phrase, edges.start);
  }
  for (const form of anyCase ? [phrase] : new Set([phrase, phrase.toUpperCase()])) {
    for (const match of allMatches(compilePattern(escapeRegExp(form), anyCase, true), text)) {
      const before = text[match.index - 1];
      const after = text[match.index + match[0].length];
      if ((before === undefined ? edges.start : !WORD_CHARACTER.test(before)) && (after === undefined ? edges.end : !WORD_CHARACTER.test(after))) return true;
    }
  }
  return false;
}

/**
 * Whether the text gives a web address named by the word (corvane.example/pay for Corvane,
 * keystonerto.example for Keystone): where the pack says so, a sender's own domain names it, in lower
 * case as domains are written, though the word alone in lower case would be a common word and no name.
 */
function writesDomain(text: string, word: string, atStart: boolean): boolean {
  const domain = compilePattern(`(?<![\\p{LC}\\p{N}.@-])(?:https?://)?(?:www\\.)?${escapeRegExp(word.toLowerCase())}[a-z0-9-]*(?:\\.[a-z0-9-]+)*\\.[a-z]{2,}(?![\\p{LC}\\p{N}])`, false, true);
  // Where the text does not start the message, an address at its start may go on from what comes before (fail closed).
  return allMatches(domain, text).some((match) => match.index > 0 || atStart);
}

/** Whether this evidence is on the way read so far. */
function found(sourceCode: TemplateSourceCode, evidence: Evidence, state: MessageState): boolean {
  if ("role" in evidence) return state.roles.split(",").includes(evidence.role);
  if ("phrase" in evidence) return writesPhrase(state.text, evidence, { start: true, end: true });
  if ("wordings" in evidence) {
    const folded = foldWidth(state.text);
    return evidence.wordings.some((wording) => countedMatches(evidence, wording, folded, sourceCode.applicability.channel).length > 0);
  }
  return signatureOf(state, evidence.signature.open, evidence.signature.close).kind === "found";
}

/** The matches of one wording of an evidence item in width-folded text, less those its `except` or `voids` refuses. */
function countedMatches(evidence: { except?: RegExp; voids?: readonly RegExp[] }, wording: Wording, folded: string, channel: Channel | undefined): Array<{ index: number; length: number }> {
  const { except, voids } = evidence;
  return wordingMatches(wording, folded, channel).filter((match) => {
    if (except?.test(folded.slice(match.index, match.index + match.length))) return false;
    const clause = voids ? folded.slice(...clauseOf(folded, match)) : "";
    return !voids?.some((pattern) => pattern.test(clause));
  });
}

/** Where a clause ends: 。！？；，, a line break, or a full stop before a blank (not the dots of an address or a number). */
const CLAUSE_BREAKS = /[。！？!?；;，\n]|\.(?=\s)/gu;

/** The clause around a match: from the break before it to the break after it, or to the end of the text read so far. */
function clauseOf(text: string, match: { index: number; length: number }): [number, number] {
  let start = 0;
  for (const found of text.slice(0, match.index).matchAll(CLAUSE_BREAKS)) start = found.index + found[0].length;
  const after = match.index + match.length;
  const next = text.slice(after).matchAll(CLAUSE_BREAKS).next().value;
  return [start, next ? after + next.index : text.length];
}

/** Whether a match's whole clause lies in this window, so that no text beyond it could void the match. */
function clauseWithin(text: string, match: { index: number; length: number }, fromStart: boolean, toEnd: boolean): boolean {
  const [start, end] = clauseOf(text, match);
  return (start > 0 || fromStart) && (end < text.length || toEnd);
}

/** Whether reading more can no longer change `found`: true or false if so, null if it still can. */
function settled(sourceCode: TemplateSourceCode, evidence: Evidence, state: MessageState): boolean | null {
  if ("signature" in evidence) {
    if (!state.bodyNodes) return null;
    const { open, close } = evidence.signature;
    const rest = state.text.slice(state.bodyStart).trimStart();
    if (rest === "") return null;
    if (!rest.startsWith(open)) return open.startsWith(rest) ? null : false;
    // Once the first closing bracket is read, the name is what it is.
    return rest.indexOf(close, open.length) === -1 ? null : found(sourceCode, evidence, state);
  }
  if ("wordings" in evidence) {
    const channel = sourceCode.applicability.channel;
    let folded: string | undefined;
    for (const wording of evidence.wordings) {
      const reach = patternReach(wording.pattern).ahead;
      if (reach === Infinity) continue;
      folded ??= foldWidth(state.text);
      // A match a voiding clause could still refuse is settled once its clause has ended.
      const read = (match: { index: number; length: number }): boolean => match.index + match.length + reach <= state.text.length && (!evidence.voids || clauseWithin(folded!, match, true, false));
      if (countedMatches(evidence, wording, folded, channel).some(read)) return true;
    }
    return null;
  }
  // Roles and phrases only accumulate; a word read up to the end so far may still go on.
  if ("phrase" in evidence) return writesPhrase(state.text, evidence, { start: true, end: false }) ? true : null;
  return found(sourceCode, evidence, state) ? true : null;
}

/**
 * What may stand next to a piece of text on some way through the message: at most `size`
 * characters, and whether they reach the start (or end) of the message. With no more than
 * `MAX_WINDOWS` of them known, a piece's neighbourhood is unknown (an empty, unbounded window).
 */
interface Window {
  text: string;
  whole: boolean;
}

const MAX_WINDOWS = 16;
const UNKNOWN: Window = { text: "", whole: false };

/**
 * The windows before each text node of a sequence (walking backwards: after each), from
 * `start`. Computed like coverage, on the nearest `size` characters only.
 */
function windowsAround(children: readonly ContentNode[], size: number, start: Window, backwards: boolean): Map<TextNode, Window[]> {
  const found = new Map<TextNode, Window[]>();
  const append = (window: Window, text: string): Window => {
    const joined = backwards ? text + window.text : window.text + text;
    return joined.length > size ? { text: backwards ? joined.slice(0, size) : joined.slice(-size), whole: false } : { text: joined, whole: window.whole };
  };
  const merge = (parts: Window[][]): Window[] => {
    // Text in a sequence without branches: one way in, one way out.
    if (parts.length === 1 && parts[0]!.length <= 1) return parts[0]!;
    const unique = new Map(parts.flat().map((window) => [`${+window.whole}${window.text}`, window]));
    return unique.size > MAX_WINDOWS ? [UNKNOWN] : [...unique.values()];
  };
  const walk = (nodes: readonly ContentNode[], windows: Window[]): Window[] => {
    let current = windows;
    for (const node of backwards ? [...nodes].reverse() : nodes) {
      if (node.type === "Text") {
        found.set(node, current);
        current = merge([current.map((window) => append(window, node.value))]);
      } else if (node.type === "Output") current = merge([current.map((window) => append(window, PLACEHOLDER))]);
      else if (node.type === "If") {
        const arms: Window[][] = [];
        for (let link: IfNode | null = node; link; link = link.alternate?.type === "If" ? link.alternate : null) {
          arms.push(walk(link.consequent.children, current));
          if (link.alternate?.type !== "If") arms.push(link.alternate ? walk(link.alternate.children, current) : current);
        }
        current = merge(arms);
      } else if (node.type === "For") current = merge([walk(node.body.children, current), node.fallback ? walk(node.fallback.children, current) : current]);
    }
    return current;
  };
  walk(children, [start]);
  return found;
}

/** Answers "is this evidence in this node, whatever way leads through it?" for one sequence. */
function evidenceInNode(sourceCode: TemplateSourceCode, evidence: readonly Evidence[], children: readonly ContentNode[], ends: { start: boolean; end: boolean }): (item: Evidence, node: ContentNode) => boolean {
  const channel = sourceCode.applicability.channel;
  const wordings = evidence.flatMap((item) => ("wordings" in item ? item.wordings : []));
  const places = new Map(wordings.map((wording, index) => [wording, index]));
  const reaches = wordings.map((wording) => patternReach(wording.pattern));
  const size = Math.min(MAX_WINDOW_SIZE, Math.max(0, ...reaches.flatMap((reach) => [reach.behind, reach.ahead]).filter(Number.isFinite)));
  let around: Neighbourhoods | undefined;
  let filter: PatternFilter | undefined;
  return (item, node) => {
    if ("role" in item) return node.type === "Output" && rolesOf(sourceCode, node).has(item.role);
    if (node.type !== "Text") return false;
    if ("phrase" in item) return writesPhrase(node.value, item, { start: false, end: false });
    if (!("wordings" in item)) return false;
    const surroundings = surroundingsOf((around ??= neighbourhoods(children, size, ends)), node, channel);
    // A match inside what surrounds the node on every way through it, with what it looks at inside too.
    return item.wordings.some((wording) =>
      surroundings.every((surrounding) => {
        let found = surrounding.found.get(wording);
        if (found === undefined) {
          const { before, after, folded } = surrounding;
          let possible = surrounding.possible.get((filter ??= wordingFilter(wordings)));
          if (!possible) surrounding.possible.set(filter, (possible = filter.possible(folded).slice()));
          const { behind, ahead } = patternReach(wording.pattern);
          found =
            possible[places.get(wording)!] === 1 &&
            countedMatches(item, wording, folded, channel).some(
              (match) =>
                (before.whole || match.index >= behind) &&
                (after.whole || match.index + match.length + ahead <= folded.length) &&
                match.index < before.text.length + node.value.length &&
                match.index + match.length > before.text.length &&
                (!item.voids || clauseWithin(folded, match, before.whole, after.whole)),
            );
          surrounding.found.set(wording, found);
        }
        return found;
      }),
    );
  };
}

/** A text node with what may stand before and after it on some ways through its sequence, width-folded, and what was found there. */
interface Surrounding {
  before: Window;
  after: Window;
  folded: string;
  /** Which wordings of a list (by its filter) can match the folded text. */
  possible: Map<PatternFilter, Uint8Array>;
  /** Whether a wording matches inside the node here, for each one asked about. */
  found: Map<Wording, boolean>;
}

/** What was found in the surroundings read recently, by their text and where the node lies in it. */
const seenAround = new Recent<Pick<Surrounding, "possible" | "found">>(4096);

/** The windows around each text node of a sequence, and its surroundings once asked for. */
interface Neighbourhoods {
  before: Map<TextNode, Window[]>;
  after: Map<TextNode, Window[]>;
  surroundings: Map<TextNode, Surrounding[]>;
}

/**
 * Neighbourhoods by sequence, window size and whether the sequence starts and ends the message:
 * the rules ask many questions of one template, and each is answered from the same pieces.
 */
const neighbourhoodsBySequence = new WeakMap<readonly ContentNode[], Map<string, Neighbourhoods>>();

function neighbourhoods(children: readonly ContentNode[], size: number, ends: { start: boolean; end: boolean }): Neighbourhoods {
  let bySetting = neighbourhoodsBySequence.get(children);
  if (!bySetting) neighbourhoodsBySequence.set(children, (bySetting = new Map()));
  const setting = `${size}|${+ends.start}|${+ends.end}`;
  let found = bySetting.get(setting);
  if (!found) {
    found = {
      before: windowsAround(children, size, ends.start ? { text: "", whole: true } : UNKNOWN, false),
      after: windowsAround(children, size, ends.end ? { text: "", whole: true } : UNKNOWN, true),
      surroundings: new Map(),
    };
    bySetting.set(setting, found);
  }
  return found;
}

function surroundingsOf(around: Neighbourhoods, node: TextNode, channel: Channel | undefined): Surrounding[] {
  let surroundings = around.surroundings.get(node);
  if (!surroundings) {
    const befores = around.before.get(node) ?? [UNKNOWN];
    const afters = around.after.get(node) ?? [UNKNOWN];
    surroundings = befores.flatMap((before) =>
      afters.map((after) => {
        const folded = foldWidth(before.text + node.value + after.text);
        // What a wording finds depends only on these: a library repeats its text across templates.
        const key = `${channel ?? ""}|${+before.whole}${+after.whole}|${before.text.length}|${node.value.length}|${folded}`;
        let seen = seenAround.get(key);
        if (!seen) seenAround.set(key, (seen = { possible: new Map(), found: new Map() }));
        return { before, after, folded, ...seen };
      }),
    );
    around.surroundings.set(node, surroundings);
  }
  return surroundings;
}

/** Which wordings of a list can match a text (see `patternFilter`), built once per list of wordings. */
function wordingFilter(wordings: readonly Wording[]): PatternFilter {
  // By the wordings themselves (a pack's, or a recognizer's as `wordingOf` keeps it): no key is built.
  let lists = wordingFilters.get(wordings[0]!);
  if (!lists) wordingFilters.set(wordings[0]!, (lists = []));
  let known = lists.find((list) => list.wordings.length === wordings.length && list.wordings.every((wording, index) => wording === wordings[index]));
  if (!known) {
    known = { wordings: [...wordings], filter: patternFilter(wordings.map((wording) => compilePattern(wording.pattern, wording.ignoreCase))) };
    lists.push(known);
  }
  return known.filter;
}

const wordingFilters = new WeakMap<Wording, Array<{ wordings: readonly Wording[]; filter: PatternFilter }>>();

/** A recognizer's pattern as a wording, the same object each time it is asked for. */
function wordingOf(recognizer: Recognizer, pattern: string): Wording {
  let wording = recognizerWordings.get(recognizer);
  if (!wording) recognizerWordings.set(recognizer, (wording = { pattern, ignoreCase: recognizer.ignoreCase, channel: recognizer.channel }));
  return wording;
}

const recognizerWordings = new WeakMap<Recognizer, Wording>();

/** The most characters around a piece of text that the structural check looks at. */
const MAX_WINDOW_SIZE = 16;

/**
 * Whether every way through a sequence has some of the evidence, told from its structure alone:
 * a sequence has it if one of its nodes does, an `if` if each of its branches does (a missing
 * `else` does not), a `for` if its body and its `else` do. Linear, and never wrong when it says
 * yes (it may say no when only reading the text tells).
 */
function structurallyCovers(sourceCode: TemplateSourceCode, evidence: readonly Evidence[], children: readonly ContentNode[], ends: { start: boolean; end: boolean }): boolean {
  const inNode = evidenceInNode(sourceCode, evidence, children, ends);
  const covers = (nodes: readonly ContentNode[]): boolean =>
    nodes.some((child) => {
      if (child.type === "If") {
        for (let link: IfNode | null = child; link; link = link.alternate?.type === "If" ? link.alternate : null) {
          if (!covers(link.consequent.children)) return false;
          if (link.alternate?.type !== "If") return link.alternate !== null && covers(link.alternate.children);
        }
      }
      if (child.type === "For") return child.fallback !== null && covers(child.body.children) && covers(child.fallback.children);
      return evidence.some((item) => inNode(item, child));
    });
  return covers(children);
}

/**
 * Whether every way the message can read has some of the evidence; `partial` names the `if`s
 * to blame; `limit` is set when the template has too many distinct ways through it to tell
 * (report it with `reportLimit`). Answered by reading the message once, merging the ways that
 * the question cannot tell apart, never by listing paths.
 */
export function messageCoverage(sourceCode: TemplateSourceCode, evidence: readonly Evidence[]): Coverage {
  const asked = [...new Set(evidence.flatMap((item) => ("role" in item ? [item.role] : [])))].sort();
  // A question about roles only does not tell ways apart by their text.
  const readsText = evidence.some((item) => "wordings" in item || "phrase" in item || "signature" in item);
  /** The answer for every continuation, once reading more cannot change it (else null). */
  const verdicts = new WeakMap<MessageState, boolean | null>();
  const verdictOf = (state: MessageState): boolean | null => {
    let verdict = verdicts.get(state);
    if (verdict === undefined) {
      const outcomes = evidence.map((item) => settled(sourceCode, item, state));
      verdict = outcomes.includes(true) ? true : outcomes.length > 0 && outcomes.every((outcome) => outcome === false) ? false : null;
      verdicts.set(state, verdict);
    }
    return verdict;
  };
  const reader: Reader<MessageState> = {
    read(state, node) {
      // A settled way is not read on (its verdict was asked for where branches joined).
      const verdict = verdicts.get(state);
      if (verdict !== undefined && verdict !== null) return state;
      let { text, bodyStart, roles } = state;
      if (state.inBody && !state.bodyNodes && state.headNodes) {
        text += "\n";
        bodyStart = text.length;
      }
      if (readsText) text += node.type === "Text" ? node.value : PLACEHOLDER;
      if (node.type === "Output" && asked.length > 0) {
        const rendered = rolesOf(sourceCode, node);
        roles = asked.filter((role) => rendered.has(role) || roles.split(",").includes(role)).join(",");
      }
      return { text, bodyStart, roles, inBody: state.inBody, headNodes: state.headNodes || !state.inBody, bodyNodes: state.bodyNodes || state.inBody };
    },
    key: (state) => verdictOf(state) ?? `${+state.inBody}${+state.headNodes}${+state.bodyNodes}|${state.bodyStart}|${state.roles}|${state.text}`,
  };
  const start: MessageState = { text: "", bodyStart: 0, headNodes: false, inBody: false, bodyNodes: false, roles: "" };
  const head = headOf(sourceCode);
  // The subject or title ends where the body starts, unknown; the body starts the message when there is no head.
  if (head && structurallyCovers(sourceCode, evidence, head.children, { start: true, end: false })) return { always: true, partial: [], limit: null };
  if (structurallyCovers(sourceCode, evidence, sourceCode.document.ast.body.children, { start: !head, end: true })) return { always: true, partial: [], limit: null };
  try {
    const afterHead = head ? readThrough(reader, head.children, [start]) : [start];
    const entry = afterHead.map((state) => ({ ...state, inBody: true }));
    return coverage(reader, sourceCode.document.ast.body, entry, (state) => verdictOf(state) ?? evidence.some((item) => found(sourceCode, item, state)));
  } catch (error) {
    if (error instanceof AnalysisLimit) return { always: false, partial: [], limit: error.node };
    throw error;
  }
}

/**
 * The evidence that discloses a role: an output of a variable with it, or text the pack recognises as stating it.
 * Text that counts only alongside other roles counts when every way through the message discloses them.
 */
export function disclosureOf(sourceCode: TemplateSourceCode, role: Role, seen: ReadonlySet<Role> = new Set([role])): Evidence[] {
  const evidence: Evidence[] = [{ role }];
  const recognizers = sourceCode.policy?.recognizers[role] ?? [];
  // An office or an authority that is not the creditor names none: as the sender's name, or ending the text any other
  // wording reads as the name, alone or "of" someone (博正法律事務所：, Case Processing Unit:, Law Offices of
  // John Smith:), though one that goes on to the one it acts for still names it ("solicitors for Kowloon Bank").
  const offices = recognizers.flatMap((recognizer) => (recognizer.notCreditor ? [`(?:${recognizer.notCreditor})`] : [])).join("|");
  const office = offices ? compilePattern(offices, true) : undefined;
  const except = offices ? compilePattern(`(?:${offices})(?:\\s+of\\s+[^,:;|\\n]*)?[\\s\\p{P}]*$`, true) : undefined;
  // Text that says a way just named is none (view only, closed, a refund's account) voids the role's text in its clause,
  // on the channels its recognizer names.
  const { channel } = sourceCode.applicability;
  const voids = recognizers.flatMap((recognizer) =>
    recognizer.voids && recognizer.pattern && applies(recognizer.when, sourceCode.applicability) && (!recognizer.channel || (channel !== undefined && recognizer.channel.includes(channel)))
      ? [compilePattern(recognizer.pattern, recognizer.ignoreCase)]
      : [],
  );
  for (const recognizer of recognizers) {
    if (recognizer.voids || !applies(recognizer.when, sourceCode.applicability)) continue;
    // A pack whose roles lean on each other in a circle gets no credit for the leaning text (fail closed).
    const companions = recognizer.alongside ?? [];
    if (companions.some((other) => seen.has(other) || !messageCoverage(sourceCode, disclosureOf(sourceCode, other, new Set([...seen, other]))).always)) continue;
    if (recognizer.senderName) {
      // An agency whose creditor the front matter does not give (valid-front-matter reports that) must still
      // name itself; with no name known at all, only the pack's wordings can show a sender named in the text.
      // A law firm or an authority signing alone names no creditor (博正法律事務所, Halvorsen Legal Group).
      const named = creditorName(sourceCode) ?? sourceCode.document.meta.sender?.name;
      const name = named && office?.test(named) ? undefined : named;
      if (name) evidence.push(...nameEvidence(sourceCode, name, recognizer));
    } else {
      const pattern = recognizerPattern(recognizer);
      if (pattern) evidence.push({ wordings: [wordingOf(recognizer, pattern)], ...(except ? { except } : {}), ...(voids.length > 0 ? { voids } : {}) });
    }
  }
  return evidence;
}

/**
 * The ways a text names the sender `name`, under a recognizer that reads the sender's name: the name, its
 * short names and initials where the pack gives them, each also as a web address where the pack says the
 * channel's From line carries the sender's domain, and there an address named by the name's first word
 * (brightwell.example for Brightwell Utilities), though the word written alone would not tell the sender.
 */
export function nameEvidence(sourceCode: TemplateSourceCode, name: string, recognizer: Recognizer): Evidence[] {
  const { shortName } = recognizer;
  const domain = shortName?.domains?.some((channel) => channel === sourceCode.applicability.channel) ? ({ domain: true } as const) : {};
  const forms = nameForms(name);
  const shortNames = shortName ? [...new Set(forms.flatMap((form) => shortNamesOf(form, shortName)))] : [];
  const evidence: Evidence[] = [...forms, ...shortNames].map((phrase) => ({ phrase, ...domain }));
  // The initials of the name, or of a short name (H&P for Harlan & Pike Receivables).
  if (shortName?.initials) for (const phrase of new Set([name, ...shortNames].map(initialsOf))) if (phrase) evidence.push({ phrase, word: true });
  const first = "domain" in domain ? /^\p{L}+(?=\s)/u.exec(name)?.[0] : undefined;
  if (first && first.length >= (shortName?.minLength ?? Infinity)) evidence.push({ phrase: first, domain: "only" });
  return evidence;
}

/** The initials of a name of three or more capitalised words (HPCU for Harbor Point Credit Union), or of two partners' names (H&P for Harlan & Pike); none otherwise. */
function initialsOf(name: string): string | undefined {
  const partners = /^(\p{Lu})[\p{L}'’-]*\s*&\s*(\p{Lu})[\p{L}'’-]*$/u.exec(name.trim());
  if (partners) return `${partners[1]}&${partners[2]}`;
  const words = name.match(/\p{Lu}[\p{L}'’-]*/gu) ?? [];
  return words.length >= 3 ? words.map((word) => word[0]).join("") : undefined;
}

/** Whether some output on the path renders a variable with this role. */
export function outputsRole(sourceCode: TemplateSourceCode, path: MessagePath, role: Role): boolean {
  return path.nodes.some((node) => node.type === "Output" && rolesOf(sourceCode, node).has(role));
}

/** The finding a rule makes when a template has too many distinct ways through it to check. */
export const LIMIT_MESSAGE: Localized = {
  en: `Too many ways through the branches here (over ${MAX_STATES}) to check this rule, so it is not assumed to pass.\nSplit the template or flatten its \`if\`s.`,
  "zh-CN": `此处分支组合超过 ${MAX_STATES} 种，无法检查本规则，也不视为通过。\n请拆分模板或减少嵌套的 \`if\`。`,
  "zh-TW": `此處分支組合超過 ${MAX_STATES} 種，無法檢查本規則，也不視為通過。\n請拆分範本或減少巢狀的 \`if\`。`,
};

/**
 * The creditor's name as the message must show it: the agency's client, else the sender.
 * Null when the front matter does not say (valid-front-matter reports that).
 */
export function creditorName(sourceCode: TemplateSourceCode): string | null {
  const sender = sourceCode.document.meta.sender;
  return (sender?.role === "collection-agency" ? sender.onBehalfOf : sender?.name) ?? null;
}

/**
 * Whether the other rules can trust the front matter. Broken YAML makes every value doubtful,
 * so only valid-front-matter reports on such a file.
 */
export function frontMatterUsable(sourceCode: TemplateSourceCode): boolean {
  return !sourceCode.document.problems.some((problem) => problem.code === "yaml" && problem.severity === "error");
}

/**
 * Full-width digits, Latin letters and the signs written inside numbers, links and addresses
 * (＄ ％ ＋ － ． ／ ＠ ＃) as their ASCII forms, one character for one, so that ￥２，４５０．００,
 * ０２１－５５５０－８８１２ and 末四碼２２１８ read as the pack's patterns expect. A full-width comma
 * or blank becomes ASCII only between digits: elsewhere it is Chinese punctuation the patterns name.
 * The letters a screenshot's OCR puts for digits (O for 0, l and I for 1) are digits in a run of
 * digits no other letter touches (2O25, 8OO-555-O199, HK$l8,340), one for one; a run at either end
 * of the text is left as written, as what comes next or before could make it a word (l0an).
 */
export function foldWidth(text: string): string {
  const narrow = text.replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF03-\uFF05\uFF0B\uFF0D-\uFF0F\uFF20]/gu, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
  return narrow
    .replace(/(?<=[0-9])[\uFF0C\u3000](?=[0-9])/gu, (char) => (char === "\u3000" ? " " : ","))
    .replace(/(?<=[^A-Za-z])[0-9OolI]{2,}(?=[^A-Za-z])/gu, (run) => (/[0-9]/u.test(run) ? run.replace(/[Oo]/gu, "0").replace(/[lI]/gu, "1") : run));
}

/** Every match of a list of wordings in the text, for this channel. */
export function matchAllWordings(wordings: readonly Wording[] | undefined, text: string, channel: Channel | undefined): Array<{ wording: Wording; index: number; length: number }> {
  const folded = foldWidth(text);
  return (wordings ?? []).flatMap((wording) => wordingMatches(wording, folded, channel).map((match) => ({ wording, ...match }))).sort((a, b) => a.index - b.index);
}

/** The non-empty matches of one wording in width-folded text; none when the wording is for other channels. */
function wordingMatches(wording: Wording, folded: string, channel: Channel | undefined): Array<{ index: number; length: number }> {
  if (wording.channel && (!channel || !wording.channel.includes(channel))) return [];
  const found = [];
  for (const match of allMatches(compilePattern(wording.pattern, wording.ignoreCase, true), folded)) {
    if (match[0].length > 0) found.push({ index: match.index, length: match[0].length });
  }
  return found;
}

/**
 * Where a finding about the whole message goes: the first line of the body (from its first
 * character to the end of that line), or the front matter when the body is empty.
 */
export function messageLocation(sourceCode: TemplateSourceCode): SourceLocation {
  const { body } = sourceCode.document.ast;
  const text = sourceCode.text;
  let start = body.range[0];
  while (start < body.range[1] && /\s/u.test(text[start]!)) start++;
  if (start >= body.range[1]) return sourceCode.document.ast.frontMatter?.loc ?? body.loc;
  let end = start;
  while (end < body.range[1] && text[end] !== "\n" && text[end] !== "\r") end++;
  return sourceCode.document.lines.locOf([start, end]);
}

/** The file range of a stretch of a message path's text that lies inside one Text node, or null. */
export function textRangeOnPath(sourceCode: TemplateSourceCode, path: MessagePath, index: number, length: number): Range | null {
  const at = path.nodes.findIndex((node, i) => node.type === "Text" && index >= path.starts[i]! && index + length <= path.starts[i]! + node.value.length);
  if (at === -1) return null;
  const node = path.nodes[at] as TextNode;
  const from = index - path.starts[at]!;
  // Prose segments map each character through YAML escapes; body text maps one to one.
  for (const segment of sourceCode.document.prose) {
    const part = segment.parts.find((candidate) => candidate.node === node);
    if (part) return segment.sourceRange(part.start + from, part.start + from + length);
  }
  return [node.range[0] + from, node.range[0] + from + length];
}

/** The body from its first to its last non-blank character (where an inserted line goes before or after). */
export function bodyContentRange(sourceCode: TemplateSourceCode): Range {
  const { body } = sourceCode.document.ast;
  const text = sourceCode.text;
  let start = body.range[0];
  let end = body.range[1];
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return [start, end];
}

/**
 * Where the body's text begins after a leading 【signature】 (the pack's signature brackets),
 * so that wording meant to open the message goes after the signature.
 */
export function afterSignature(sourceCode: TemplateSourceCode): number {
  const [start, end] = bodyContentRange(sourceCode);
  const form = applicable(sourceCode, sourceCode.policy?.senderIdentification).find((entry) => entry.form === "signature" && entry.open && entry.close);
  if (!form?.open || !form.close) return start;
  const text = sourceCode.text.slice(start, end);
  if (!text.startsWith(form.open)) return start;
  const close = text.indexOf(form.close);
  return close === -1 ? start : start + close + form.close.length;
}
