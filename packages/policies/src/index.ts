import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { resolveAdoptions } from "./adopt.js";
import type { Category, Channel, Citation, Audience, Entry, LexiconEntry, PolicyPack, SenderRole, Severity, When } from "./types.js";

export type * from "./types.js";
export { FOREIGN_PLACEHOLDER, recognizerPattern } from "./placeholder.js";

/**
 * The built-in policy packs, compiled from `packs/*.yaml` and validated against
 * `schemas/policy.schema.json` at build time, one JSON file a pack beside an index of their ids
 * and locales. A pack is read when first asked for, with the packs it adopts from: a zh-CN
 * template needs only CN, and reading all seven was a twentieth of a one-file lint.
 */
interface CompiledIndex {
  /** The digest of every pack compiled, written by the build: a run need not hash them. */
  digest: string;
  packs: ReadonlyArray<{ id: string; locales: readonly string[] }>;
}

// Read with require, not a JSON import: TypeScript re-emits an imported JSON file indented, twice the
// bytes to read and parse (scripts/compile-packs.mjs writes them compact beside this module).
const requireHere = createRequire(import.meta.url);
const compiled = requireHere("./generated/packs/index.json") as CompiledIndex;

/** Each pack's content digest, remembered by the pack object. */
const contentDigests = new WeakMap<PolicyPack, string>();

function contentDigest(pack: PolicyPack): string {
  let digest = contentDigests.get(pack);
  if (digest === undefined) contentDigests.set(pack, (digest = createHash("sha256").update(JSON.stringify(pack)).digest("hex")));
  return digest;
}

// A built-in pack's is the digest of the packs the build compiled and its id: hashing the packs' JSON at start was a twentieth of a one-file lint.
const builtInDigest = (id: string): string => createHash("sha256").update(`${compiled.digest}\u0000${id}`).digest("hex");

const builtIn = new Map<string, PolicyPack>();
const resolving = new Set<string>();

/** A built-in pack with its adoptions resolved (the build's check refuses one that cannot be). */
function builtInPack(id: string): PolicyPack {
  const known = builtIn.get(id);
  if (known) return known;
  resolving.add(id);
  const written = requireHere(`./generated/packs/${id.toLowerCase()}.json`) as PolicyPack;
  const pack = resolveAdoptions(written, (spec) => {
    const from = compiled.packs.find((other) => other.id.toLowerCase() === spec);
    if (!from || resolving.has(from.id)) return { problem: { messageId: from ? "adoptCycle" : "unknownAdopted", base: spec, chain: spec } };
    return { pack: builtInPack(from.id) };
  }).pack;
  resolving.delete(id);
  builtIn.set(id, pack);
  contentDigests.set(pack, builtInDigest(id));
  return pack;
}

/**
 * The policy packs a run uses, one per jurisdiction: the built-in ones unless the configuration
 * names others (`loadPacks` from `@tactful/policies/load`). Everything that reads a pack takes
 * it from a set that was given to it, never from a global.
 */
export interface PackSet {
  /** Every pack of the set (the built-in set reads them all). */
  readonly packs: readonly PolicyPack[];
  /** The jurisdictions the set has a pack for, in its order, known without reading a pack. */
  readonly jurisdictions: readonly string[];
  /** The pack of a jurisdiction (ISO 3166-1 alpha-2), if the set has one. */
  packFor(jurisdiction: string): PolicyPack | undefined;
  /** The jurisdiction whose pack lists this locale as its own (zh-CN → CN, en-US → US). */
  jurisdictionForLocale(locale: string): string | undefined;
  /** A digest of the packs' content: a cached result keyed on it never outlives a changed pack. */
  readonly digest: string;
}

/** A pack set of these packs. The loader refuses two packs of one jurisdiction before it makes one. */
export function packSet(list: readonly PolicyPack[]): PackSet {
  const byId = new Map(list.map((pack) => [pack.id, pack]));
  return setOf(list, (id) => byId.get(id)!, (id) => contentDigest(byId.get(id)!));
}

/** A pack set over its packs' ids and locales, each pack read by `read` when first asked for. */
function setOf(index: ReadonlyArray<{ id: string; locales: readonly string[] }>, read: (id: string) => PolicyPack, digestOf: (id: string) => string): PackSet {
  const jurisdictions = index.map((pack) => pack.id);
  let packs: readonly PolicyPack[] | undefined;
  let digest: string | undefined;
  return {
    get packs() {
      return (packs ??= jurisdictions.map(read));
    },
    jurisdictions,
    packFor: (jurisdiction) => (jurisdictions.includes(jurisdiction) ? read(jurisdiction) : undefined),
    jurisdictionForLocale(locale) {
      const wanted = locale.toLowerCase();
      return index.find((pack) => pack.locales.some((candidate) => candidate.toLowerCase() === wanted))?.id;
    },
    get digest() {
      return (digest ??= createHash("sha256").update(jurisdictions.map(digestOf).join("\n")).digest("hex").slice(0, 16));
    },
  };
}

/** JSON with every object's keys in UTF-16 code unit order: for pack data (strings, finite numbers, booleans, lists, objects), the canonical JSON of RFC 8785. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`)
      .join(",")}}`;
  }
  return JSON.stringify(value);
}

/** The SHA-256 (hex) of a pack's canonical JSON: the same content gives the same digest, however it was written or read. */
export function packDigest(pack: PolicyPack): string {
  return createHash("sha256").update(canonicalJson(pack)).digest("hex");
}

/** The built-in packs: the set used where the configuration names none. */
export const builtInPacks: PackSet = setOf(compiled.packs, builtInPack, builtInDigest);

/** The facts about a template that decide which entries of a pack apply to it. */
export interface Applicability {
  category?: Category | undefined;
  audience?: Audience | undefined;
  channel?: Channel | undefined;
  senderRole?: SenderRole | undefined;
}

/** Whether an entry's `when` selects a template. A key the template lacks never matches a restriction. */
export function applies(when: When | undefined, template: Applicability): boolean {
  if (!when) return true;
  const match = <T>(allowed: readonly T[] | undefined, value: T | undefined): boolean =>
    allowed === undefined || (value !== undefined && allowed.includes(value));
  return (
    match(when.category, template.category) &&
    match(when.audience, template.audience) &&
    match(when.channel, template.channel) &&
    match(when.senderRole, template.senderRole)
  );
}

/** The severity a finding from this entry carries: an unverified entry never blocks. */
export function effectiveSeverity(entry: Pick<Entry, "severity" | "unverified">, fallback: Severity = "block"): Severity {
  const severity = entry.severity ?? fallback;
  return entry.unverified && severity === "block" ? "warn" : severity;
}

/** A short citation for messages: "广告法 (2021 amendment) Art. 43; …". */
export function citationText(pack: PolicyPack, citations: readonly Citation[]): string {
  return citations
    .map((citation) => {
      const source = pack.sources[citation.ref];
      const title = source ? source.title : citation.ref;
      return citation.articles ? `${title} ${citation.articles}` : title;
    })
    .join("; ");
}

/** The sets of word classes an entry's `allowedWhen.cites` names: a flat list is one set (all of it must occur), a list of lists is alternatives. */
export function citedSets(allowedWhen: LexiconEntry["allowedWhen"]): string[][] {
  const cites = allowedWhen?.cites ?? [];
  return cites.length === 0 ? [] : cites.every((item) => typeof item === "string") ? [cites as string[]] : (cites as string[][]);
}

/**
 * A pattern from a pack as a RegExp (`u`, plus `i` where the entry asks for it), compiled once
 * per process: the same object is returned for the same pattern and flags, so a global one is
 * for `matchAll` and `replace`, which do not move its `lastIndex`.
 */
export function compilePattern(pattern: string, ignoreCase = false, global = false): RegExp {
  // By the pattern itself: a pack's strings keep their hash, a key built from them would be hashed anew each time.
  let flavours = compiledPatterns.get(pattern);
  if (!flavours) {
    // Packs hold a few thousand patterns at most; a process that sees many more starts over.
    if (compiledPatterns.size >= MAX_COMPILED_PATTERNS) compiledPatterns.clear();
    compiledPatterns.set(pattern, (flavours = []));
  }
  const flavour = (ignoreCase ? 1 : 0) + (global ? 2 : 0);
  return (flavours[flavour] ??= new RegExp(pattern, `u${ignoreCase ? "i" : ""}${global ? "g" : ""}`));
}

const compiledPatterns = new Map<string, RegExp[]>();
const MAX_COMPILED_PATTERNS = 8192;
