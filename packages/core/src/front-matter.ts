import { constructFromEvents, EVENT_ID, parseEvents, SCALAR_STYLE, type Event as YamlEvent } from "js-yaml";
import { createRequire } from "node:module";
import { isDeepStrictEqual } from "node:util";
import type * as YamlPackage from "yaml";
import type { Alias, Node as YamlNode, Scalar } from "yaml";
import type { Range } from "./ast.js";
import { aliasCycle, tooDeep, tooManyAliasedValues, type ParseLimits } from "./limits.js";
import { yamlMessage, type ParseMessage } from "./parse-messages.js";
import type { OffsetMap } from "./template-syntax.js";

/** Where the front matter fences, its YAML and the body are in the file. */
export interface FileLayout {
  bomLength: number;
  /** The opening `---` line (without its line break), or null when the file has none. */
  open: Range | null;
  /** The closing `---` line, or null when the front matter is never closed. */
  close: Range | null;
  /** The YAML between the fences. */
  yaml: Range;
  /** Everything after the closing fence's line break. */
  body: Range;
}

const FENCE = /^---[ \t]*$/;

export function layoutOf(text: string): FileLayout {
  const bomLength = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const lines = lineSpans(text, bomLength);
  const first = lines[0];
  if (!first || !FENCE.test(text.slice(first.start, first.end))) {
    return { bomLength, open: null, close: null, yaml: [bomLength, bomLength], body: [bomLength, text.length] };
  }
  const open: Range = [first.start, first.end];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (FENCE.test(text.slice(line.start, line.end))) {
      return { bomLength, open, close: [line.start, line.end], yaml: [first.next, line.start], body: [line.next, text.length] };
    }
  }
  return { bomLength, open, close: null, yaml: [first.next, text.length], body: [text.length, text.length] };
}

function lineSpans(text: string, from: number): Array<{ start: number; end: number; next: number }> {
  const spans = [];
  const pattern = /\r\n|\r|\n/g;
  pattern.lastIndex = from;
  let start = from;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    spans.push({ start, end: match.index, next: match.index + match[0].length });
    start = match.index + match[0].length;
  }
  if (start < text.length || spans.length === 0) spans.push({ start, end: text.length, next: text.length });
  return spans;
}

/** Ranges of one key and its value, addressed by JSON Pointer (as ajv reports errors). */
export interface YamlEntry {
  key: Range | null;
  value: Range;
  node: YamlNode | null;
  /** Where in the file the node's own ranges count from. */
  base: number;
}

export interface YamlProblem {
  message: ParseMessage;
  range: Range;
  severity: "error" | "warning";
  /** Set for nesting or alias expansion beyond the limits: nothing of the front matter is read then. */
  code?: "too-deep" | "too-large";
}

export interface ParsedYaml {
  data: unknown;
  problems: YamlProblem[];
  /** The key and value at a JSON Pointer (`""` is the whole front matter), positioned when first asked for. */
  entry(pointer: string): YamlEntry | undefined;
}

type ParseOptionsOf<T> = T extends (source: string, options?: infer O) => unknown ? O : never;
// logLevel "error": the yaml package would print its warnings on the process's stderr.
const YAML_OPTIONS: ParseOptionsOf<typeof YamlPackage.parseDocument> = { prettyErrors: false, uniqueKeys: true, strict: true, keepSourceTokens: false, logLevel: "error" };

const requireHere = createRequire(import.meta.url);
let yamlPackage: typeof YamlPackage | undefined;

/**
 * The yaml package, loaded when first needed: plain front matter is read by js-yaml, and only a
 * position asked for or front matter that is not plain needs it (loading it was a twentieth of a
 * one-file lint).
 */
export function yamlLibrary(): typeof YamlPackage {
  return (yamlPackage ??= requireHere("yaml") as typeof YamlPackage);
}

/**
 * Parses the front matter YAML (YAML 1.2 core schema) and indexes the range of every key and
 * value. Collections nested deeper than `maxDepth`, as written or through aliases, and aliases
 * that repeat more than `maxAliasedValues` values are refused before anything walks them.
 *
 * Plain front matter (no tags, anchors, aliases, directives or collections as keys) that js-yaml
 * reads without error is read by js-yaml, several times faster; positions are then found when a
 * finding or a field asks for them, by reading only the top-level entry they are in with the
 * yaml package. Anything else, and any entry whose text does not read the same on its own, goes
 * through the yaml package whole, which reports every problem with its position.
 */
export function parseYaml(text: string, span: Range, limits: Pick<ParseLimits, "maxDepth" | "maxAliasedValues">): ParsedYaml {
  // The yaml package fails on lone "\r" line breaks; "\n" has the same length, so offsets hold.
  const source = text.slice(span[0], span[1]).replace(/\r(?!\n)/g, "\n");
  const quick = quickData(source, limits.maxDepth);
  if (!quick) return readWholeYaml(source, span, limits);
  let whole: ParsedYaml | undefined;
  const tops = new Map<string, Map<string, YamlEntry> | null>();
  let lines: number[] | undefined;
  const positioned = (pointer: string): YamlEntry | undefined => {
    const top = unescapePointer(pointer.slice(1).split("/")[0]!);
    if (!tops.has(top)) tops.set(top, topEntries(source, (lines ??= topLevelLines(source)), span, top, (quick.data as Record<string, unknown>)[top]));
    return tops.get(top)?.get(pointer) ?? (whole ??= readWholeYaml(source, span, limits)).entry(pointer);
  };
  return {
    data: quick.data,
    problems: [],
    entry(pointer) {
      if (pointer === "") return spanEntry(span);
      if (!holds(quick.data, pointer)) return undefined;
      let found: YamlEntry | undefined;
      // Every key of plain front matter is written as a scalar, so what the data holds has a position.
      const resolve = (): YamlEntry => (found ??= positioned(pointer) ?? spanEntry(span));
      return {
        get key() {
          return resolve().key;
        },
        get value() {
          return resolve().value;
        },
        get node() {
          return resolve().node;
        },
        get base() {
          return resolve().base;
        },
      };
    },
  };
}

/** Whether the data holds a value at the JSON Pointer. */
function holds(data: unknown, pointer: string): boolean {
  let value = data;
  for (const segment of pointer.slice(1).split("/").map(unescapePointer)) {
    if (Array.isArray(value)) {
      if (!/^(?:0|[1-9][0-9]*)$/.test(segment) || Number(segment) >= value.length) return false;
      value = value[Number(segment)];
    } else if (isRecord(value) && Object.hasOwn(value, segment)) {
      value = value[segment];
    } else {
      return false;
    }
  }
  return true;
}

/** Front matter js-yaml reads exactly as the yaml package would, or null for anything else. */
function quickData(source: string, maxDepth: number): { data: unknown } | null {
  try {
    const events = parseEvents(source, { maxDepth });
    if (!plainEvents(events, source, maxDepth)) return null;
    const [data] = constructFromEvents(events, { source, maxAliases: 0 });
    return { data };
  } catch {
    return null;
  }
}

const PLAIN_WORD_KEY = /^(?!(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$)[\p{L}_][\p{L}\p{N}_-]*$/u;

/**
 * One document without directives, tags, anchors or aliases, whose keys are scalars and whose
 * nesting stays below the limit: what is written is what the data holds, in both parsers.
 */
function plainEvents(events: readonly YamlEvent[], source: string, maxDepth: number): boolean {
  // Per open collection: a mapping's count of keys and values read so far, -1 for a sequence.
  const open: number[] = [];
  let documents = 0;
  for (const event of events) {
    if (event.type === EVENT_ID.POP) {
      open.pop();
      continue;
    }
    if (event.type === EVENT_ID.DOCUMENT) {
      documents += 1;
      if (documents > 1 || event.directives.length > 0) return false;
      open.push(-1);
      continue;
    }
    if (event.type === EVENT_ID.ALIAS || event.tagStart !== -1 || event.anchorStart !== -1) return false;
    const parent = open.length - 1;
    const atKey = open[parent]! >= 0 && open[parent]! % 2 === 0;
    if (open[parent]! >= 0) open[parent]! += 1;
    if (event.type === EVENT_ID.SCALAR) {
      // A plain key is a string in both only when it reads as a word: yaml writes a `null` key as "", js-yaml as "null".
      if (atKey && event.style === SCALAR_STYLE.PLAIN && !PLAIN_WORD_KEY.test(source.slice(event.valueStart, event.valueEnd))) return false;
      continue;
    }
    // A collection: never a key, and nested no deeper than the written-shape check allows.
    if (atKey || open.length > maxDepth) return false;
    open.push(event.type === EVENT_ID.MAPPING ? 0 : -1);
  }
  return documents === 1;
}

/**
 * The entries of one top-level key, read from its own lines with the yaml package: the same text
 * gives the same nodes and ranges as in the whole front matter. Null when its lines cannot be
 * told or do not read, alone, as exactly the key and the value the whole front matter holds.
 */
function topEntries(source: string, lines: readonly number[], span: Range, key: string, value: unknown): Map<string, YamlEntry> | null {
  const { isMap, isScalar, parseDocument } = yamlLibrary();
  const at = lines.findIndex((start) => keyWrittenAt(source, start, key));
  if (at === -1) return null;
  const [from, to] = [lines[at]!, lines[at + 1] ?? source.length];
  const document = parseDocument(source.slice(from, to), YAML_OPTIONS);
  const contents = document.contents;
  if (document.errors.length > 0 || document.warnings.length > 0 || !isMap(contents) || contents.items.length !== 1) return null;
  const pair = contents.items[0]!;
  if (!isScalar(pair.key) || String(pair.key.value) !== key || !isDeepStrictEqual(document.toJS(), { [key]: value })) return null;
  const entries = new Map<string, YamlEntry>();
  indexEntries(contents, [span[0] + from, span[1]], entries, []);
  return entries;
}

/** Where each line that may start a top-level entry begins: not indented, not a comment, not a sequence item. */
function topLevelLines(source: string): number[] {
  const starts: number[] = [];
  for (let start = 0; start < source.length; ) {
    const end = source.indexOf("\n", start);
    const char = source[start];
    if (char !== undefined && !" \t\r\n#-".includes(char)) starts.push(start);
    if (end === -1) break;
    start = end + 1;
  }
  return starts;
}

function keyWrittenAt(source: string, start: number, key: string): boolean {
  for (const written of [key, JSON.stringify(key), `'${key.replace(/'/g, "''")}'`]) {
    if (!source.startsWith(written, start)) continue;
    let i = start + written.length;
    while (source[i] === " " || source[i] === "\t") i++;
    if (source[i] === ":") return true;
  }
  return false;
}

/** The whole front matter through the yaml package: every problem, and every entry indexed. */
export function readWholeYaml(source: string, span: Range, limits: Pick<ParseLimits, "maxDepth" | "maxAliasedValues">): ParsedYaml {
  const { parseDocument } = yamlLibrary();
  const shift = shiftFrom(span[0]);
  const document = parseDocument(source, YAML_OPTIONS);
  const problems: YamlProblem[] = [
    ...document.errors.map((error) => ({ message: yamlMessage(error.code, yamlDetail(error.message)), range: shift(error.pos, span), severity: "error" as const })),
    ...document.warnings.map((warning) => ({ message: yamlMessage(warning.code, yamlDetail(warning.message)), range: shift(warning.pos, span), severity: "warning" as const })),
  ];
  const { tooDeep: deepest, aliases } = writtenShape(document.contents, limits.maxDepth);
  const refused: YamlProblem | null = deepest
    ? { message: tooDeep("front matter", limits.maxDepth), range: shift(deepest.range, span), severity: "error", code: "too-deep" }
    : // Without an alias, what is written is what the data holds: the nesting check above bounds it.
      aliases
      ? aliasProblem(document.contents, limits, (node) => shift(node.range, span))
      : null;
  if (refused) return { data: null, problems: [refused], entry: (pointer) => (pointer === "" ? spanEntry(span) : undefined) };
  let data: unknown = null;
  try {
    // aliasProblem has bounded what aliases expand to, with a position; the yaml package's own check is coarser.
    data = document.toJS({ maxAliasCount: -1 });
  } catch (error) {
    problems.push({ message: yamlMessage(undefined, error instanceof Error ? error.message : String(error)), range: span, severity: "error" });
  }
  const entries = new Map<string, YamlEntry>();
  entries.set("", { key: null, value: span, node: document.contents, base: span[0] });
  const notPlain: Range[] = [];
  indexEntries(document.contents, span, entries, notPlain);
  for (const range of notPlain) problems.push({ message: { id: "keyNotPlain" }, range, severity: "error" });
  // The yaml package marks one character; widen it to the key it is about (a duplicate key).
  const keyStarts = new Map([...entries.values()].flatMap((entry) => (entry.key ? [[entry.key[0], entry.key] as const] : [])));
  for (const problem of problems) if (!problem.code) problem.range = keyStarts.get(problem.range[0]) ?? problem.range;
  return { data, problems, entry: (pointer) => entries.get(pointer) };
}

/** The whole span, for the root and for what has no position of its own. */
function spanEntry(span: Range): YamlEntry {
  return { key: null, value: span, node: null, base: span[0] };
}

/** Moves a range the yaml package gives from its source to the file, where the source starts at `base`. */
function shiftFrom(base: number): (range: readonly number[] | null | undefined, fallback: Range) => Range {
  return (range, fallback) => (range ? [base + range[0]!, base + range[1]!] : fallback);
}

/** Indexes every key and value under the root `node` by JSON Pointer; collects where a key is a collection. */
function indexEntries(node: unknown, span: Range, entries: Map<string, YamlEntry>, notPlain: Range[]): void {
  const { isMap, isPair, isScalar, isSeq } = yamlLibrary();
  const shift = shiftFrom(span[0]);
  const visit = (node: unknown, pointer: string): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key as YamlNode | null;
        const name = isScalar(keyNode) ? String(keyNode.value) : null;
        if (keyNode && (isMap(keyNode) || isSeq(keyNode))) notPlain.push(shift(keyNode.range, span));
        if (name === null || !keyNode) continue;
        const key = shift(keyNode.range, span);
        const valueNode = pair.value as YamlNode | null;
        const child = `${pointer}/${escapePointer(name)}`;
        entries.set(child, { key, value: valueNode ? shift(valueNode.range, key) : key, node: valueNode, base: span[0] });
        visit(valueNode, child);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        const itemNode = item as YamlNode | null;
        const child = `${pointer}/${index}`;
        entries.set(child, { key: null, value: itemNode ? shift(itemNode.range, span) : span, node: itemNode, base: span[0] });
        visit(itemNode, child);
      });
    }
  };
  visit(node, "");
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The first collection nested deeper than `maxDepth` as written, and whether any alias is written; found without recursion. */
function writtenShape(root: unknown, maxDepth: number): { tooDeep: YamlNode | null; aliases: boolean } {
  const { isAlias, isMap, isPair, isSeq } = yamlLibrary();
  let aliases = false;
  const stack: Array<[unknown, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (isAlias(node)) aliases = true;
    if (!isMap(node) && !isSeq(node)) continue;
    if (depth >= maxDepth) return { tooDeep: node as YamlNode, aliases };
    for (const item of node.items) {
      if (isPair(item)) {
        stack.push([item.key, depth + 1], [item.value, depth + 1]);
      } else {
        stack.push([item, depth + 1]);
      }
    }
  }
  return { tooDeep: null, aliases };
}

/** What a collection becomes once its aliases are expanded: how deep it nests and how many values it holds. */
interface Extent {
  height: number;
  size: number;
}

/**
 * The node each alias names: the last node with its anchor written before it (the yaml package
 * looks this up anew for every alias, which is quadratic in the number of aliases).
 */
function aliasTargets(root: unknown): Map<Alias, YamlNode> {
  const { isAlias, isMap, isScalar, isSeq } = yamlLibrary();
  const targets = new Map<Alias, YamlNode>();
  const anchors = new Map<string, YamlNode>();
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (target) targets.set(node, target);
      continue;
    }
    if ((isMap(node) || isSeq(node) || isScalar(node)) && node.anchor) anchors.set(node.anchor, node);
    const children = writtenChildren(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return targets;
}

function writtenChildren(node: unknown): unknown[] {
  const { isMap, isPair, isSeq } = yamlLibrary();
  return isMap(node) || isSeq(node) ? node.items.flatMap((item) => (isPair(item) ? [item.key, item.value] : [item])) : [];
}

/**
 * Nesting and repetition that only aliases make: an alias inside the collection it names (the
 * data would be circular), nesting past `maxDepth` once aliases are expanded, or aliases that
 * repeat more than `maxAliasedValues` values. Each anchored node is measured once and nothing
 * recurses, so a billion-laughs document costs no more than its text.
 */
function aliasProblem(root: unknown, limits: Pick<ParseLimits, "maxDepth" | "maxAliasedValues">, rangeOf: (node: YamlNode) => Range): YamlProblem | null {
  const { isAlias, isMap, isSeq } = yamlLibrary();
  const targets = aliasTargets(root);
  // The children of a node, with an alias standing for the node it names.
  const childrenOf = (node: unknown): unknown[] => {
    if (!isAlias(node)) return writtenChildren(node);
    const target = targets.get(node);
    return target ? [target] : [];
  };
  const extents = new Map<unknown, Extent>();
  // Nodes entered and not yet measured: exactly the ancestors of the node on top of the stack.
  const entered = new Set<unknown>();
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack[stack.length - 1];
    if (extents.has(node)) {
      stack.pop();
      continue;
    }
    const children = childrenOf(node);
    if (!entered.has(node)) {
      entered.add(node);
      for (const child of children) {
        if (entered.has(child)) return { message: aliasCycle((node as Alias).source), range: rangeOf(node as Alias), severity: "error", code: "too-deep" };
        if (!extents.has(child)) stack.push(child);
      }
      continue;
    }
    stack.pop();
    entered.delete(node);
    // An alias measures what it names; a collection adds a level and itself; a scalar is one value.
    const collection = isMap(node) || isSeq(node);
    const extent = { height: 0, size: collection || children.length === 0 ? 1 : 0 };
    for (const child of children) {
      const measured = extents.get(child)!;
      extent.height = Math.max(extent.height, measured.height);
      extent.size += measured.size;
    }
    if (collection) extent.height += 1;
    extents.set(node, extent);
  }

  if (extents.get(root)!.height > limits.maxDepth) {
    // Follow the deepest path down to the alias that takes it past the limit (what is written is within it).
    let node = root as unknown;
    while (!isAlias(node)) {
      const height = extents.get(node)!.height;
      node = childrenOf(node).find((child) => extents.get(child)!.height === height - 1);
    }
    return { message: tooDeep("front matter", limits.maxDepth), range: rangeOf(node), severity: "error", code: "too-deep" };
  }

  // In the order they are written, each alias adds what it names again (a value at least: the
  // yaml package looks up every alias's anchor anew, so the number of aliases is bounded too).
  let added = 0;
  const written: unknown[] = [root];
  while (written.length > 0) {
    const node = written.pop();
    if (isAlias(node)) {
      added += extents.get(node)!.size;
      if (added > limits.maxAliasedValues) return { message: tooManyAliasedValues(limits.maxAliasedValues), range: rangeOf(node), severity: "error", code: "too-large" };
    } else {
      const children = writtenChildren(node);
      for (let i = children.length - 1; i >= 0; i--) written.push(children[i]);
    }
  }
  return null;
}

function yamlDetail(message: string): string {
  // The yaml package appends a position and a code excerpt; the finding has its own position.
  return message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
}

export function escapePointer(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}

/**
 * Maps each character of a YAML string's value to where it is written in the file, through
 * quotes, escapes (`\"`, `\u4e2d`, `''`), folded lines and block indentation.
 */
export function scalarOffsets(text: string, node: Scalar, base: number): OffsetMap {
  const value = String(node.value ?? "");
  const [nodeStart, nodeEnd] = [base + (node.range?.[0] ?? 0), base + (node.range?.[1] ?? 0)];
  let i = nodeStart;
  let rawEnd = nodeEnd;
  let indent = 0;
  const type = node.type;
  if (type === "QUOTE_DOUBLE" || type === "QUOTE_SINGLE") {
    i += 1;
    rawEnd -= 1;
  } else if (type === "BLOCK_LITERAL" || type === "BLOCK_FOLDED") {
    // Skip the `|` / `>` header line, then the indentation of every content line.
    while (i < rawEnd && text[i] !== "\n" && text[i] !== "\r") i++;
    i = skipLineBreak(text, i);
    const firstContent = /^( *)\S/m.exec(text.slice(i, rawEnd));
    indent = firstContent ? firstContent[1]!.length : 0;
  }
  const block = type === "BLOCK_LITERAL" || type === "BLOCK_FOLDED";
  const starts: number[] = new Array<number>(value.length);
  const ends: number[] = new Array<number>(value.length);
  const map = (j: number, from: number, to: number): void => {
    starts[j] = from;
    ends[j] = to;
  };
  let lineStart = block;
  let j = 0;
  while (j < value.length && i < rawEnd) {
    if (lineStart) {
      for (let skipped = 0; skipped < indent && text[i] === " "; skipped++) i++;
      lineStart = false;
      continue;
    }
    const raw = text[i]!;
    const wanted = value[j]!;
    if (type === "QUOTE_DOUBLE" && raw === "\\") {
      const next = text[i + 1];
      if (next === "\n" || next === "\r") {
        i = skipLineBreak(text, i + 1);
        while (text[i] === " " || text[i] === "\t") i++;
        continue;
      }
      const length = next === "x" ? 4 : next === "u" ? 6 : next === "U" ? 10 : 2;
      const produced = isHighSurrogate(value.charCodeAt(j)) && j + 1 < value.length ? 2 : 1;
      for (let k = 0; k < produced; k++) map(j + k, i, i + length);
      j += produced;
      i += length;
      continue;
    }
    if (type === "QUOTE_SINGLE" && raw === "'" && text[i + 1] === "'") {
      map(j++, i, i + 2);
      i += 2;
      continue;
    }
    const rawIsBreak = raw === "\n" || raw === "\r";
    if (raw === wanted || (isSpace(raw) && isSpace(wanted))) {
      // Equal characters, or a line folded into a space (or a CRLF read as "\n").
      const width = raw === "\r" && text[i + 1] === "\n" ? 2 : 1;
      map(j++, i, i + width);
      i += width;
      lineStart = block && rawIsBreak;
      continue;
    }
    if (isSpace(raw)) {
      i = rawIsBreak ? skipLineBreak(text, i) : i + 1;
      lineStart = block && rawIsBreak;
      continue;
    }
    map(j++, i, i + 1);
    i += 1;
  }
  for (; j < value.length; j++) map(j, rawEnd, rawEnd);
  const first = value.length > 0 ? starts[0]! : nodeStart + (type === "QUOTE_DOUBLE" || type === "QUOTE_SINGLE" ? 1 : 0);
  return {
    start: (index) => (index < value.length ? starts[index]! : index === 0 ? first : ends[value.length - 1]!),
    end: (index) => (index <= 0 ? first : ends[Math.min(index, value.length) - 1]!),
  };
}

function skipLineBreak(text: string, i: number): number {
  if (text[i] === "\r") return text[i + 1] === "\n" ? i + 2 : i + 1;
  return text[i] === "\n" ? i + 1 : i;
}

function isSpace(char: string): boolean {
  return char === " " || char === "\t" || char === "\n" || char === "\r";
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
