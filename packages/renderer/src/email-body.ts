import type { ContentNode } from "@tactful/core";
import type { Content, Link, Parent, Root } from "mdast";
import { normalizeUri } from "micromark-util-sanitize-uri";
import rehypeSanitize from "rehype-sanitize";
import { interpretSlotted, SLOT, type InterpretOptions, type PrintedValue, type SlottedOutput } from "./interpret.js";
import { htmlOf, inlineText, linkText, parseMarkdown, shownText, textOf, tidyText } from "./markdown.js";
import { checkMarkdownLimits, emailParts } from "./markdown-guard.js";
import type { Limits } from "./sandbox.js";

/**
 * An email body's Markdown, turned into sanitized HTML and plain text once per skeleton instead
 * of once per message.
 *
 * The template's text is fixed; only the values printed into it vary, and `escapeMarkdown` makes
 * each non-empty value a run of backslash escapes, character references and letters that starts
 * and ends with ASCII punctuation. Outside code, raw HTML and autolinks, Markdown reads every such
 * run alike: as text that opens, closes and joins nothing. So the skeleton of a render (the
 * template's text along the path the data took, with a slot where each non-empty value went) is
 * parsed, converted and sanitized once with a placeholder value in each slot (`&#57344;`…, a
 * character reference to a private-use character), and each message fills its values into the
 * HTML (escaped as rehype-stringify escapes text) and the plain text. A link destination holding a
 * value is normalized and checked against the sanitizer's rules for each message.
 *
 * The exact path, Markdown parsed with the values in it as it always was, renders whatever the
 * skeleton cannot vouch for: a template with `<` (raw HTML or an autolink a value could close), a
 * value with a backtick where the template has one (a code span could end inside it), a value
 * that HTML conversion would trim at a line break, a backslash of the template escaping a value's
 * first character, values in images, link titles, code info strings or link references, and
 * anything else the compiler does not recognise. The test renders templates both ways and
 * compares them byte for byte.
 */

/** Slot `i` holds `&#(PLACEHOLDER + i);` while the skeleton is compiled. */
const PLACEHOLDER = 0xe000;
const MAX_SLOTS = 0x1000;
/** Link `k` holding a value stands as U+F000 + k in the plain text while it is compiled. */
const LINK_MARK = 0xf000;
const MAX_LINKS = 0x800;
/** A link destination holding a value, while the HTML is compiled. */
const HREF_MARK = "tactful-href-";

/** Skeletons kept per body, the oldest dropped first: a body's branches and loops make few. */
const MAX_SKELETONS = 16;
/** Longer skeletons are not kept (a loop over long data): they take the exact path. */
const MAX_SKELETON_LENGTH = 16_384;

const PRIVATE_USE = /[\uE000-\uF8FF]/;
/** Placeholders as the compiled outputs hold them: decoded, raw (in code), raw in HTML text, and the marks of links. */
const MARKS = /[\uE000-\uF8FF]|&#x26;#(\d+);|&#(\d+);| href="tactful-href-(\d+)"/g;

export interface BodyParts {
  html: string;
  text: string;
  /** Whether the parts came from a compiled skeleton or the exact path. */
  path: "compiled" | "exact";
}

/** An email body: its Markdown rendered first (within the render's limits), then its HTML and text parts. */
export class EmailBody {
  readonly #render: (data: object, limits: Limits) => SlottedOutput;
  /** Compiled skeletons; null for one that takes the exact path. */
  readonly #skeletons = new Map<string, Skeleton | null>();

  constructor(children: readonly ContentNode[], options: InterpretOptions) {
    this.#render = interpretSlotted(children, options);
  }

  markdown(data: object, limits: Limits): SlottedOutput {
    return this.#render(data, limits);
  }

  parts(output: SlottedOutput): BodyParts {
    const compiled = this.#skeleton(output.skeleton)?.fill(output.values);
    if (compiled) return compiled;
    const { html, text } = emailParts(output.out);
    return { html, text, path: "exact" };
  }

  #skeleton(key: string): Skeleton | null {
    const known = this.#skeletons.get(key);
    if (known !== undefined) return known;
    if (key.length > MAX_SKELETON_LENGTH) return null;
    const compiled = compileSkeleton(key);
    if (this.#skeletons.size >= MAX_SKELETONS) this.#skeletons.delete(this.#skeletons.keys().next().value!);
    this.#skeletons.set(key, compiled);
    return compiled;
  }
}

// ── Filling ──────────────────────────────────────────────────────────────────

/** One message's values, each worked out once however often it is filled in. */
class Values {
  readonly #shown: Array<string | undefined> = [];
  readonly #urls: Array<string | undefined> = [];

  constructor(
    readonly printed: readonly PrintedValue[],
    readonly links: readonly LinkParts[],
  ) {}

  shown(slot: number): string {
    return (this.#shown[slot] ??= shownText(this.printed[slot]!.text));
  }

  escaped(slot: number): string {
    return this.printed[slot]!.escaped;
  }

  url(link: number): string {
    return (this.#urls[link] ??= fill(this.links[link]!.url, this));
  }
}

type Hole = (values: Values) => string;

/** Text with holes: `literals[0] + holes[0] + literals[1] + …`. */
interface Program {
  literals: string[];
  holes: Hole[];
}

function fill(program: Program, values: Values): string {
  let out = program.literals[0]!;
  for (let index = 0; index < program.holes.length; index++) out += program.holes[index]!(values) + program.literals[index + 1]!;
  return out;
}

interface LinkParts {
  label: Program;
  url: Program;
}

interface Slot {
  kind: "text" | "code" | "url";
  /** A text slot right after (before) a line break, where HTML conversion trims spaces and tabs. */
  afterBreak: boolean;
  beforeBreak: boolean;
}

class Skeleton {
  constructor(
    readonly slots: readonly Slot[],
    /** Whether the template's text has a backtick: a value's own could then end a code span. */
    readonly backtick: boolean,
    readonly links: readonly LinkParts[],
    readonly html: Program,
    readonly text: Program,
  ) {}

  /** The parts for these values, or null where they need the exact path. */
  fill(printed: readonly PrintedValue[]): BodyParts | null {
    if (printed.length !== this.slots.length) return null;
    const values = new Values(printed, this.links);
    for (let index = 0; index < printed.length; index++) {
      const slot = this.slots[index]!;
      if (this.backtick && printed[index]!.text.includes("`")) return null;
      // A line break in a value starts a new line of Markdown, which a skeleton cannot place.
      if (/[\r\n]/.test(printed[index]!.text)) return null;
      if (slot.afterBreak && /^[ \t]/.test(values.shown(index))) return null;
      if (slot.beforeBreak && /[ \t]$/.test(values.shown(index))) return null;
    }
    return { html: fill(this.html, values).trim(), text: tidyText(fill(this.text, values)), path: "compiled" };
  }
}

// ── HTML as rehype-stringify writes it ───────────────────────────────────────

const reference = (character: string): string => `&#x${character.charCodeAt(0).toString(16).toUpperCase()};`;

/** Text content: `&` and `<` as character references. */
function htmlText(text: string): string {
  return /[&<]/.test(text) ? text.replace(/[&<]/g, reference) : text;
}

/** A double-quoted attribute value. */
function htmlAttribute(value: string): string {
  return value.replace(/[\0"&'`]/g, reference);
}

interface LoneElement {
  type: "element";
  tagName: string;
  properties: Record<string, unknown>;
  children: [];
}

/** The sanitizer of the exact path, with its schema, applied to a link's destination alone. */
const sanitizeElement = rehypeSanitize() as unknown as (element: LoneElement) => LoneElement;

/** A link's `href` as remark-rehype makes it and rehype-sanitize keeps or drops it. */
function hrefAttribute(url: string): string {
  const kept = sanitizeElement({ type: "element", tagName: "a", properties: { href: normalizeUri(url) }, children: [] }).properties["href"];
  return typeof kept === "string" ? ` href="${htmlAttribute(kept)}"` : "";
}

// ── Compiling a skeleton ─────────────────────────────────────────────────────

const placeholder = (slot: number): string => `&#${PLACEHOLDER + slot};`;

/** The compiled skeleton, or null if it takes the exact path. */
function compileSkeleton(key: string): Skeleton | null {
  const pieces = key.split(SLOT);
  const count = pieces.length - 1;
  if (count > MAX_SLOTS) return null;
  let markdown = "";
  for (let index = 0; index < pieces.length; index++) {
    const piece = pieces[index]!;
    if (piece.includes("<") || PRIVATE_USE.test(piece)) return null;
    if (index === count) {
      markdown += piece;
      break;
    }
    // A backslash of the template would escape the value's first character.
    if (/\\*$/.exec(piece)![0].length % 2 === 1) return null;
    markdown += piece + placeholder(index);
  }
  let tree: Root;
  try {
    // Values add no quote, list or inline marks: the skeleton is within the limits exactly when the message is.
    checkMarkdownLimits(markdown);
    tree = parseMarkdown(markdown);
  } catch {
    return null;
  }
  const scan = new Scan(count);
  if (!scan.node(tree) || !scan.complete()) return null;
  try {
    const html = htmlProgram(tree, scan);
    const text = textProgram(tree, scan);
    if (!html || !text) return null;
    return new Skeleton(scan.slots as Slot[], pieces.some((piece) => piece.includes("`")), text.links, html, text.text);
  } catch {
    return null;
  }
}

/** Finds where each placeholder landed; false for anything the compiler does not vouch for. */
class Scan {
  readonly slots: Array<Slot | undefined>;
  /** Links holding a value, in document order. */
  readonly linksHolding: Link[] = [];
  #found = 0;

  constructor(readonly count: number) {
    this.slots = new Array<Slot | undefined>(count);
  }

  complete(): boolean {
    return this.#found === this.count && this.linksHolding.length <= MAX_LINKS;
  }

  node(node: Root | Content): boolean {
    switch (node.type) {
      case "text":
        return this.#decoded(node.value, "text");
      case "inlineCode":
        return this.#raw(node.value);
      case "code":
        return this.#none(node.lang) && this.#none(node.meta) && this.#raw(node.value);
      case "link": {
        const before = this.#found;
        if (!this.#decoded(node.url, "url") || !this.#none(node.title) || !this.#children(node)) return false;
        if (this.#found > before) this.linksHolding.push(node);
        return true;
      }
      case "thematicBreak":
      case "break":
        return true;
      case "root":
      case "paragraph":
      case "heading":
      case "blockquote":
      case "list":
      case "listItem":
      case "emphasis":
      case "strong":
        return this.#children(node);
      default:
        // Raw HTML, images, definitions and references: the exact path.
        return false;
    }
  }

  /** Marks standing for values in the plain text (and in a link's text and destination). */
  textMarks(): (match: RegExpExecArray) => Hole | null | undefined {
    return (match) => {
      const [mark, , raw] = match;
      if (raw !== undefined) {
        const slot = Number(raw) - PLACEHOLDER;
        return this.slots[slot]?.kind === "code" ? (values) => values.escaped(slot) : rawNotOurs(slot, this.count);
      }
      const code = mark.charCodeAt(0);
      if (code >= LINK_MARK && code < LINK_MARK + this.linksHolding.length) {
        const link = code - LINK_MARK;
        return (values) => linkText(fill(values.links[link]!.label, values), values.url(link));
      }
      const slot = code - PLACEHOLDER;
      const kind = this.slots[slot]?.kind;
      return kind === "text" || kind === "url" ? (values) => values.shown(slot) : null;
    };
  }

  /** Marks standing for values in the HTML. */
  htmlMarks(): (match: RegExpExecArray) => Hole | null | undefined {
    return (match) => {
      const [mark, encoded, raw, link] = match;
      if (link !== undefined) {
        const index = Number(link);
        return index < this.linksHolding.length ? (values) => hrefAttribute(values.url(index)) : null;
      }
      if (raw !== undefined) return rawNotOurs(Number(raw) - PLACEHOLDER, this.count);
      if (encoded !== undefined) {
        const slot = Number(encoded) - PLACEHOLDER;
        return this.slots[slot]?.kind === "code" ? (values) => htmlText(values.escaped(slot)) : rawNotOurs(slot, this.count);
      }
      const slot = mark.charCodeAt(0) - PLACEHOLDER;
      return this.slots[slot]?.kind === "text" ? (values) => htmlText(values.shown(slot)) : null;
    };
  }

  #children(node: Parent): boolean {
    return (node.children as Content[]).every((child) => this.node(child));
  }

  #claim(slot: number, value: Slot): boolean {
    if (slot < 0 || slot >= this.count || this.slots[slot]) return false;
    this.slots[slot] = value;
    this.#found++;
    return true;
  }

  /** Placeholders parsed into characters: each a slot of `kind`, and no reference to one left unparsed. */
  #decoded(value: string, kind: "text" | "url"): boolean {
    if (hasRaw(value, this.count)) return false;
    const marks = [...value.matchAll(/[\uE000-\uF8FF]/g)];
    return marks.every((mark, index) => {
      const start = mark.index;
      const before = value.slice(index === 0 ? 0 : marks[index - 1]!.index + 1, start);
      const after = value.slice(start + 1, index + 1 < marks.length ? marks[index + 1]!.index : value.length);
      const text = kind === "text";
      // A slot that opens or closes a text node may sit next to a hard break, which is a node of its own.
      const opens = index === 0 && before === "";
      const closes = index + 1 === marks.length && after === "";
      return this.#claim(value.charCodeAt(start) - PLACEHOLDER, { kind, afterBreak: text && (opens || /\n[ \t]*$/.test(before)), beforeBreak: text && (closes || /^[ \t]*\n/.test(after)) });
    });
  }

  /** Placeholders left as written, as code shows them. */
  #raw(value: string): boolean {
    if (PRIVATE_USE.test(value)) return false;
    for (const match of value.matchAll(/&#(\d+);/g)) {
      const slot = Number(match[1]) - PLACEHOLDER;
      if (slot >= 0 && slot < this.count && !this.#claim(slot, { kind: "code", afterBreak: false, beforeBreak: false })) return false;
    }
    return true;
  }

  #none(value: string | null | undefined): boolean {
    return !value || (!PRIVATE_USE.test(value) && !hasRaw(value, this.count));
  }
}

function hasRaw(value: string, count: number): boolean {
  for (const match of value.matchAll(/&#(\d+);/g)) {
    const slot = Number(match[1]) - PLACEHOLDER;
    if (slot >= 0 && slot < count) return true;
  }
  return false;
}

/** A reference that is not a placeholder is the template's own text; one that is, left where it should not be, fails the compile. */
function rawNotOurs(slot: number, count: number): undefined | null {
  return slot >= 0 && slot < count ? null : undefined;
}

/**
 * Splits `text` at the marks `resolve` knows: a hole for each (every mark used once), the text
 * between as literals. `resolve` returns undefined for text that is not a mark, null for a mark
 * that should not be there (the compile fails).
 */
function program(text: string, resolve: (match: RegExpExecArray) => Hole | null | undefined, seen?: Set<string>): Program | null {
  const literals: string[] = [];
  const holes: Hole[] = [];
  let start = 0;
  for (const match of text.matchAll(MARKS)) {
    const hole = resolve(match);
    if (hole === undefined) continue;
    if (hole === null || seen?.has(match[0])) return null;
    seen?.add(match[0]);
    literals.push(text.slice(start, match.index));
    holes.push(hole);
    start = match.index + match[0].length;
  }
  literals.push(text.slice(start));
  return { literals, holes };
}

/** Links in document order. */
function linksOf(node: Root | Content, found: Link[] = []): Link[] {
  if (node.type === "link") found.push(node);
  if ("children" in node) for (const child of node.children as Content[]) linksOf(child, found);
  return found;
}

/** The HTML of the skeleton, with each value's place a hole: every text and code slot, and every link destination holding values, once. */
function htmlProgram(tree: Root, scan: Scan): Program | null {
  const copy = structuredClone(tree);
  const holding = new Set(scan.linksHolding);
  const links = linksOf(tree);
  linksOf(copy).forEach((link, index) => {
    const original = links[index]!;
    if (holding.has(original) && PRIVATE_USE.test(original.url)) link.url = HREF_MARK + scan.linksHolding.indexOf(original);
  });
  const seen = new Set<string>();
  const html = program(htmlOf(copy), scan.htmlMarks(), seen);
  const expected = scan.slots.filter((slot) => slot!.kind !== "url").length + scan.linksHolding.filter((link) => PRIVATE_USE.test(link.url)).length;
  return html && seen.size === expected ? html : null;
}

/** The plain text of the skeleton, each link holding values a hole (its text depends on whether its text and destination are equal). */
function textProgram(tree: Root, scan: Scan): { text: Program; links: LinkParts[] } | null {
  const copy = structuredClone(tree);
  const holding = new Set(scan.linksHolding);
  const originals = linksOf(tree);
  const copies = new Map(linksOf(copy).map((link, index) => [link, originals[index]!]));
  const replace = (node: Root | Content): void => {
    if (!("children" in node)) return;
    const children = node.children as Content[];
    children.forEach((child, index) => {
      const original = child.type === "link" ? copies.get(child) : undefined;
      if (original && holding.has(original)) children[index] = { type: "text", value: String.fromCharCode(LINK_MARK + scan.linksHolding.indexOf(original)) };
      else replace(child);
    });
  };
  replace(copy);
  const seen = new Set<string>();
  const marks = scan.textMarks();
  const text = program(textOf(copy), marks, seen);
  if (!text) return null;
  const links: LinkParts[] = [];
  for (const link of scan.linksHolding) {
    const label = program(inlineText(link), marks, seen);
    const url = program(link.url, marks, seen);
    if (!label || !url) return null;
    links.push({ label, url });
  }
  // Every value is in the text once: outside links, in a link's text or in its destination.
  return seen.size === scan.count + scan.linksHolding.length ? { text, links } : null;
}
