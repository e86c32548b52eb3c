import type { PackMessageId } from "./check.js";
import { effectiveSeverity } from "./index.js";
import type { Citation, Entry, PackOverlay, PolicyPack, Recognizer, Role, When } from "./types.js";

/**
 * Merges an overlay into its base pack. An overlay adds entries and may replace a base entry by
 * its id with one at least as strict (more roles, terms or forbidden wordings; fewer accepted
 * wordings; a higher severity; a narrower window; a lower cap; the same or more templates). What
 * would relax the base is refused, entry by entry, unless the overlay `waives` it with a reason:
 * a waived entry is dropped, or replaced by the overlay's however it reads. Any other change to
 * a base entry is refused too: what cannot be shown to be stricter is not taken for it.
 */

export interface OverlayProblem {
  messageId: PackMessageId;
  pointer: string;
  data: Record<string, string | number>;
}

/** The sections whose entries an overlay adds to or replaces, as JSON Pointers. */
const SECTIONS = ["disclosures", "optOut", "serviceOptOut", "senderIdentification", "recipientIdentification", "debtCollectorDisclosure", "rateDisclosure", "sendLimits", "tone/lexicon"] as const;
type Section = (typeof SECTIONS)[number];

/** What an overlay takes from its base and cannot set: it applies to the base's jurisdiction, languages and personal-data rules. */
const BASE_ONLY = ["id", "locales", "timezone", "disclaimer", "pii", "inboundReplies", "tone/languages", "tone/adopt", "recognizers/adopt"] as const;

/** Fields whose meaning does not make a message pass or fail: an overlay may say them its own way (its own fix wording, summary, citations). */
const WORDING = new Set(["id", "summary", "summaries", "note", "sources", "confidence", "examples", "insert", "suggestion", "instead", "description", "descriptions"]);
/** Lists of what a message must carry or must not: more is stricter. */
const REQUIRED_ITEMS = new Set(["roles", "alsoRequires", "terms", "patterns", "forbidden", "forbiddenNames", "triggers", "rejected"]);
/** Lists of what counts as compliant or excuses a match: fewer is stricter. */
const ACCEPTED_ITEMS = new Set(["accepted", "figures", "wrongRecipient", "ownNameFor"]);

/** Every value of each key of `when`: a key left out applies to them all. */
const WHEN_VALUES: Record<keyof When, readonly string[]> = {
  category: ["collection", "reminder", "marketing", "transactional"],
  audience: ["borrower", "third-party", "customer"],
  channel: ["sms", "email", "push"],
  senderRole: ["creditor", "collection-agency"],
};

const SEVERITY_RANK = { info: 0, warn: 1, block: 2 } as const;

/** A value left out, where a relaxation shows it (no cap, no window). */
const NONE = "—";

export function applyOverlay(base: PolicyPack, overlay: PackOverlay): { pack: PolicyPack; problems: OverlayProblem[] } {
  const problems: OverlayProblem[] = [];
  const report = (messageId: PackMessageId, pointer: string, data: OverlayProblem["data"]): void => void problems.push({ messageId, pointer, data });
  for (const field of BASE_ONLY) if (valueAt(overlay, field) !== undefined) report("overlayBaseOnly", `/${field}`, { field: field.replace("/", ".") });

  const waived = new Set((overlay.waives ?? []).map((waiver) => waiver.entry));
  // Every id of the base, in whichever part of it: an id is the pack's one name for its entry.
  const baseEntries = new Map<string, string>();
  for (const [id, section] of idsIn(base)) baseEntries.set(id, section);

  const merged: Record<string, unknown> = { ...base };
  for (const section of SECTIONS) {
    const own = listAt(overlay, section);
    if (own.length === 0 && !listAt(base, section).some((entry) => waived.has(entry.id))) continue;
    // A waived entry the overlay does not restate is dropped.
    const result = listAt(base, section).filter((entry) => !waived.has(entry.id) || own.some((mine) => mine.id === entry.id));
    own.forEach((entry, index) => {
      const pointer = `/${section}/${index}`;
      const home = baseEntries.get(entry.id);
      if (home === undefined) return void result.push(entry);
      if (home !== section) return report("overlayOtherSection", `${pointer}/id`, { entry: entry.id, section: home.replace("/", ".") });
      const at = result.findIndex((candidate) => candidate.id === entry.id);
      if (!waived.has(entry.id)) problems.push(...relaxations(result[at]!, entry, pointer));
      result[at] = entry;
    });
    setAt(merged, section, result);
  }

  for (const key of Object.keys(overlay.sources ?? {})) if (Object.hasOwn(base.sources, key)) report("overlaySourceTaken", `/sources/${key}`, { key });
  merged["sources"] = { ...base.sources, ...overlay.sources };

  if (overlay.sms) {
    const sms = { ...base.sms, ...overlay.sms };
    if (sms.maxSegments > base.sms.maxSegments && !waived.has("sms.maxSegments")) report("overlayRelaxes", "/sms/maxSegments", { entry: "sms.maxSegments", field: "maxSegments", base: base.sms.maxSegments, overlay: sms.maxSegments });
    if (Boolean(sms.signatureAddedByPlatform) !== Boolean(base.sms.signatureAddedByPlatform)) report("overlayChanges", "/sms/signatureAddedByPlatform", { entry: "sms", field: "signatureAddedByPlatform" });
    merged["sms"] = sms;
  }
  if (overlay.linkShorteners) {
    const { domains, sources } = overlay.linkShorteners;
    merged["linkShorteners"] = { ...base.linkShorteners, domains: [...new Set([...base.linkShorteners.domains, ...domains])], sources: distinct([...base.linkShorteners.sources, ...sources]) };
  }
  if (overlay.recognizers) {
    const recognizers: Partial<Record<Role, Recognizer[]>> = { ...base.recognizers };
    // `adopt` was refused above: an overlay takes its base's recognizers as they are.
    const { adopt: _refused, ...roles } = overlay.recognizers;
    for (const [role, own] of Object.entries(roles) as Array<[Role, Recognizer[]]>) {
      const entry = `recognizers.${role}`;
      const known = base.recognizers[role];
      if (known && !waived.has(entry)) report("overlayWidens", `/recognizers/${role}`, { entry, field: "recognizers", items: own.map(shown).join(", ") });
      recognizers[role] = [...(known ?? []), ...own];
    }
    merged["recognizers"] = recognizers;
  }

  (overlay.waives ?? []).forEach((waiver, index) => {
    const pointer = `/waives/${index}`;
    if (waiver.reason.trim() === "") report("waiverNeedsReason", `${pointer}/reason`, { entry: waiver.entry });
    const recognized = /^recognizers\.(.+)$/u.exec(waiver.entry)?.[1];
    const home = baseEntries.get(waiver.entry);
    // An entry of a section an overlay cannot touch (personal data, inbound replies) stays as it is: its waiver would record a relaxation that does not happen.
    if (home !== undefined) return void (!(SECTIONS as readonly string[]).includes(home) && report("waiverUnused", `${pointer}/entry`, { entry: waiver.entry }));
    if (waiver.entry === "sms.maxSegments" || (recognized !== undefined && Object.hasOwn(base.recognizers, recognized))) {
      const changed = waiver.entry === "sms.maxSegments" ? overlay.sms !== undefined : Object.hasOwn(overlay.recognizers ?? {}, recognized!);
      if (!changed) report("waiverUnused", `${pointer}/entry`, { entry: waiver.entry });
      return;
    }
    report("waiverUnknownEntry", `${pointer}/entry`, { entry: waiver.entry });
  });

  merged["overlays"] = [...(base.overlays ?? []), { name: overlay.name, version: overlay.version, waives: overlay.waives ?? [] }];
  return { pack: merged as unknown as PolicyPack, problems };
}

/** What in an overlay's entry would relax the base entry of its id, field by field. */
function relaxations(base: Entry, overlay: Entry, pointer: string): OverlayProblem[] {
  const found: OverlayProblem[] = [];
  const entry = base.id;
  const say = (messageId: PackMessageId, field: string, data: OverlayProblem["data"] = {}): void => void found.push({ messageId, pointer: `${pointer}/${field.split(".")[0]}`, data: { entry, field, ...data } });
  const before = base as unknown as Record<string, unknown>;
  const after = overlay as unknown as Record<string, unknown>;
  for (const field of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const [was, is] = [before[field], after[field]];
    if (WORDING.has(field) || field === "severity" || field === "unverified") continue;
    if (field === "when") {
      for (const key of Object.keys(WHEN_VALUES) as Array<keyof When>) {
        const allowed = (when: unknown): readonly string[] => (when as When | undefined)?.[key] ?? WHEN_VALUES[key];
        const left = allowed(was).filter((value) => !allowed(is).includes(value));
        if (left.length > 0) say("overlayNarrows", `when.${key}`, { items: left.join(", ") });
      }
    } else if (field === "window") {
      if (was !== undefined && (is === undefined || !windowWithin(String(is), String(was)))) say("overlayRelaxes", field, { base: String(was), overlay: is === undefined ? NONE : String(is) });
    } else if (field === "negatable") {
      // A negated match is harmless unless the entry says otherwise.
      if (was === false && is !== false) say("overlayRelaxes", field, { base: "false", overlay: "true" });
    } else if (field === "maxPerDay") {
      if (was !== undefined && (is === undefined || Number(is) > Number(was))) say("overlayRelaxes", field, { base: Number(was), overlay: is === undefined ? NONE : Number(is) });
    } else if (REQUIRED_ITEMS.has(field)) {
      const dropped = field === "roles" ? rolesDropped(was, is) : missingFrom(was, is);
      if (dropped.length > 0) say("overlayDrops", field, { items: dropped.map(shown).join(", ") });
    } else if (ACCEPTED_ITEMS.has(field)) {
      const added = missingFrom(is, was);
      if (added.length > 0) say("overlayWidens", field, { items: added.map(shown).join(", ") });
    } else if (field === "allowedWhen" && is === undefined) {
      // No exception at all is stricter than the base's.
    } else if (canonical(was) !== canonical(is)) {
      say("overlayChanges", field);
    }
  }
  // An unverified entry only warns, so severity and `unverified` are compared as the level a finding gets.
  const [was, is] = [effectiveSeverity(base), effectiveSeverity(overlay)];
  if (SEVERITY_RANK[is] < SEVERITY_RANK[was]) say("overlayRelaxes", overlay.unverified && !base.unverified ? "unverified" : "severity", { base: was, overlay: is });
  return found;
}

/** The items of `list` that `other` lacks (compared as data, a wording without what only describes it). */
function missingFrom(list: unknown, other: unknown): unknown[] {
  const present = new Set((Array.isArray(other) ? other : []).map(matched));
  return (Array.isArray(list) ? list : []).filter((item) => !present.has(matched(item)));
}

/** An item as what it makes a message pass or fail: a wording's description, in any language, is said the overlay's own way. */
function matched(item: unknown): string {
  if (!item || typeof item !== "object" || Array.isArray(item)) return canonical(item);
  const { description: _description, descriptions: _descriptions, ...rest } = item as Record<string, unknown>;
  return canonical(rest);
}

/**
 * The required roles of `was` that `is` no longer asks for. A role is kept by itself; alternatives
 * (`[due-date, days-overdue]`) are kept by one of them alone or by fewer of them, which ask more.
 */
function rolesDropped(was: unknown, is: unknown): unknown[] {
  const asked = (Array.isArray(is) ? is : []).map((item) => (Array.isArray(item) ? item : [item]) as unknown[]);
  return (Array.isArray(was) ? was : []).filter((item) => {
    const alternatives = (Array.isArray(item) ? item : [item]) as unknown[];
    return !asked.some((other) => other.every((role) => alternatives.includes(role)));
  });
}

/** An item of a list as a message shows it: a word, alternatives, or a wording's pattern. */
function shown(item: unknown): string {
  if (typeof item === "string") return `“${item}”`;
  if (Array.isArray(item)) return item.map(shown).join(" / ");
  const wording = item as { pattern?: string; description?: string };
  return `“${wording.pattern ?? wording.description ?? canonical(item)}”`;
}

/** Whether every minute of a daily window (`08:00-21:00`, wrapping past midnight when it ends before it starts) is inside another. */
function windowWithin(inner: string, outer: string): boolean {
  const minutes = (window: string): number[] => {
    const [start, end] = window.split("-").map((time) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))) as [number, number];
    const length = (((end - start) % 1440) + 1440) % 1440 || 1440;
    return Array.from({ length }, (_, index) => (start + index) % 1440);
  };
  const wide = new Set(minutes(outer));
  return minutes(inner).every((minute) => wide.has(minute));
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`)
      .join(",")}}`;
  }
  return JSON.stringify(value) ?? "undefined";
}

function distinct(citations: Citation[]): Citation[] {
  const seen = new Set<string>();
  return citations.filter((citation) => !seen.has(canonical(citation)) && seen.add(canonical(citation)));
}

/** The id of every entry of a pack, with the section that holds it (`disclosures`, `tone/lexicon`, `pii/literals`). */
function* idsIn(value: unknown, section = ""): Generator<[string, string]> {
  if (Array.isArray(value)) {
    for (const item of value) yield* idsIn(item, section);
  } else if (value && typeof value === "object") {
    const object = value as Record<string, unknown>;
    if (typeof object["id"] === "string" && section !== "") yield [object["id"], section];
    for (const [key, child] of Object.entries(object)) if (key !== "examples") yield* idsIn(child, section === "" ? key : `${section}/${key}`);
  }
}

function valueAt(object: object, path: string): unknown {
  return path.split("/").reduce<unknown>((value, key) => (value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined), object);
}

function listAt(object: object, section: Section): Entry[] {
  const list = valueAt(object, section);
  return Array.isArray(list) ? (list as Entry[]) : [];
}

function setAt(object: Record<string, unknown>, section: Section, list: Entry[]): void {
  if (section === "tone/lexicon") object["tone"] = { ...(object["tone"] as object), lexicon: list };
  else object[section] = list;
}
