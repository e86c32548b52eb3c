import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { resolveAdoptions } from "./adopt.js";
import type { Category, Channel, Citation, Audience, Entry, LexiconEntry, PolicyPack, SenderRole, Severity, When } from "./types.js";

export type * from "./types.js";
export { FOREIGN_PLACEHOLDER, recognizerPattern } from "./placeholder.js";

/**
 * The built-in policy packs, compiled from `packs/*.yaml` and validated against
 * `schemas/policy.schema.json` at build time, with their adoptions resolved (the build's check
 * refuses one that cannot be).
 */
// Read with require, not a JSON import: TypeScript re-emits an imported JSON file indented, twice the
// bytes to read and parse at every start (scripts/compile-packs.mjs writes it compact beside this module).
const generated = createRequire(import.meta.url)("./generated/packs.json") as { digest: string; packs: PolicyPack[] };
export const packs: readonly PolicyPack[] = withAdoptions(generated.packs);

/** Each pack's content digest, remembered by the pack object. */
const contentDigests = new WeakMap<PolicyPack, string>();
// A built-in pack's is the digest of the packs the build compiled (which the build wrote beside them) and its id: hashing the packs' JSON at start was a twentieth of a one-file lint.
for (const pack of packs) contentDigests.set(pack, createHash("sha256").update(`${generated.digest}\u0000${pack.id}`).digest("hex"));

function contentDigest(pack: PolicyPack): string {
  let digest = contentDigests.get(pack);
  if (digest === undefined) contentDigests.set(pack, (digest = createHash("sha256").update(JSON.stringify(pack)).digest("hex")));
  return digest;
}

function withAdoptions(raw: readonly PolicyPack[]): PolicyPack[] {
  const resolved = new Map<PolicyPack, PolicyPack>();
  const resolving = new Set<PolicyPack>();
  const resolve = (pack: PolicyPack): PolicyPack => {
    const known = resolved.get(pack);
    if (known) return known;
    resolving.add(pack);
    const result = resolveAdoptions(pack, (spec) => {
      const from = raw.find((other) => other.id.toLowerCase() === spec);
      if (!from || resolving.has(from)) return { problem: { messageId: from ? "adoptCycle" : "unknownAdopted", base: spec, chain: spec } };
      return { pack: resolve(from) };
    }).pack;
    resolving.delete(pack);
    resolved.set(pack, result);
    return result;
  };
  return raw.map(resolve);
}

/**
 * The policy packs a run uses, one per jurisdiction: the built-in ones unless the configuration
 * names others (`loadPacks` from `@tactful/policies/load`). Everything that reads a pack takes
 * it from a set that was given to it, never from a global.
 */
export interface PackSet {
  readonly packs: readonly PolicyPack[];
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
  let digest: string | undefined;
  return {
    packs: list,
    packFor: (jurisdiction) => byId.get(jurisdiction),
    jurisdictionForLocale(locale) {
      const wanted = locale.toLowerCase();
      return list.find((pack) => pack.locales.some((candidate) => candidate.toLowerCase() === wanted))?.id;
    },
    get digest() {
      return (digest ??= createHash("sha256").update(list.map(contentDigest).join("\n")).digest("hex").slice(0, 16));
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

/** The built-in packs (CN, US): the set used where the configuration names none. */
export const builtInPacks: PackSet = packSet(packs);

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

/**
 * A pattern from a pack as a RegExp (`u`, plus `i` where the entry asks for it), compiled once
 * per process: the same object is returned for the same pattern and flags, so a global one is
 * for `matchAll` and `replace`, which do not move its `lastIndex`.
 */
/** The sets of word classes an entry's `allowedWhen.cites` names: a flat list is one set (all of it must occur), a list of lists is alternatives. */
export function citedSets(allowedWhen: LexiconEntry["allowedWhen"]): string[][] {
  const cites = allowedWhen?.cites ?? [];
  return cites.length === 0 ? [] : cites.every((item) => typeof item === "string") ? [cites as string[]] : (cites as string[][]);
}

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
