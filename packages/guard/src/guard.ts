import { createHash } from "node:crypto";
import { CATEGORIES, entrySummary, formatMinute, invisibleCharacters, inWindow, lookalikeLetters, parseSendWindow, personalNumbers, toneLanguage, withoutInvisibleCharacters, type Locale, type SendWindow, type ToneContext, type ToneLanguage } from "@tactful/core";
import { applies, effectiveSeverity, builtInPacks, packDigest, type Audience, type Category, type Channel, type PiiLiteral, type PolicyPack } from "@tactful/policies";
import type { CompiledTemplate, Message, Release } from "@tactful/renderer";
import { fileAudit, type AuditRecord, type AuditSink } from "./audit.js";
import { localTime } from "./clock.js";
import { GuardConfigError, reasonsIn, type ConfigErrorCode, type Reason, type ReasonMaker } from "./messages.js";
import { blockingToneFinder, type BlockingMatch } from "./rendered-tone.js";
import { replyClassifier, type ReplyClassifier, type ReplyKind } from "./replies.js";
import type { ConsentRecord, GuardStore } from "./store.js";

export interface GuardOptions {
  /** A loaded release (`loadRelease`), or compiled templates (`compileTemplate`). */
  release?: Release;
  templates?: readonly CompiledTemplate[];
  store: GuardStore;
  /**
   * The policy packs: by default those the release carries (the packs its templates were checked
   * against), else the built-in ones. With a release, a pack given here must be the released one
   * of its id, unless `overrideReleasePacks`; without one, it replaces the built-in pack of its id.
   */
  packs?: readonly PolicyPack[];
  /** Use the `packs` given instead of the released ones of their ids: the messages are then checked against other law than was released. */
  overrideReleasePacks?: boolean;
  /** A file path to append JSON Lines to, or a sink of your own. */
  audit: string | AuditSink;
  /** Secret mixed into recipient hashes (at least 16 characters), so the log and the store hold no raw ids. */
  salt: string;
  /** The language of the refusal reasons' messages (en, zh-CN, zh-TW); English by default. Codes do not change. */
  locale?: Locale;
}

/** Who a message goes to. `address` (the phone number or email address) keys opt-outs when given; `id` otherwise. */
export interface Recipient {
  id: string;
  /** IANA time zone of the recipient (Asia/Shanghai, America/Chicago): send windows are read in it. */
  timeZone: string;
  /** Who the recipient is to the debt: a template's `audience` must match. */
  role: Audience;
  address?: string;
}

export type TemplateRef = string | { id: string; locale?: string; channel?: Channel };

export interface CheckInput {
  template: TemplateRef;
  data: unknown;
  recipient: Recipient;
  now?: Date;
}

export type CheckResult =
  | {
      decision: "send";
      message: Message;
      reasons: [];
      /** Gives the reserved place under the daily caps back: call it when the message was not sent after all. */
      release(): Promise<void>;
    }
  | { decision: "refuse"; reasons: Reason[] };

export interface InboundInput {
  recipient: Pick<Recipient, "id" | "address">;
  channel: Channel;
  text: string;
  /** The sender name (signature, brand) the reply was sent to; opt-outs are per sender where the pack says so. */
  sender?: string;
  /** The market whose keywords read the reply; by default every pack's are tried. */
  jurisdiction?: string;
  now?: Date;
}

export interface Guard {
  check(input: CheckInput): Promise<CheckResult>;
  recordInbound(input: InboundInput): Promise<{ kind: ReplyKind; entry?: string }>;
  /** Writes buffered audit lines now, for a log that buffers them (`fileAudit(path, { flushInterval })`). */
  flush(): void;
  /** Waits for the checks in flight, then closes the store and the audit log. */
  close(): Promise<void>;
}

/** What an opt-out covers when the pack does not say: every category but transactional messages. */
const EVERY_CATEGORY_BUT_TRANSACTIONAL: readonly Category[] = CATEGORIES.filter((category) => category !== "transactional");
/** Counters outlive their local day by this much: days around a daylight-saving change are 23 or 25 hours. */
const EXPIRY_MARGIN = 2 * 60 * 60 * 1000;

interface TemplateFacts {
  template: CompiledTemplate;
  pack: PolicyPack | undefined;
  jurisdiction: string | undefined;
  context: ToneContext;
  category: Category | undefined;
  audience: Audience | undefined;
  sender: string | undefined;
  /** Each window with its parse (null when it is not one: then it is never open). */
  windows: Array<{ window: string; source: string; parsed: SendWindow | null }>;
  caps: Array<{ scope: string; limit: number; source: string; kind: "template" | "category" }>;
  personalData: PiiLiteral[];
  /** The pack's language that reads the template's locale. */
  toneLanguage: ToneLanguage | undefined;
  blockingTone: (text: string) => BlockingMatch[];
}

export function createGuard(options: GuardOptions): Guard {
  if (!options || typeof options !== "object") throw new GuardConfigError("no-options");
  const refuse = (code: ConfigErrorCode, data?: Record<string, string>): GuardConfigError => new GuardConfigError(code, data, options.locale);
  if (typeof options.salt !== "string" || options.salt.length < 16) throw refuse("weak-salt");
  if (!options.store) throw refuse("no-store");
  if (!options.release === !options.templates) throw refuse("release-or-templates");
  const { store, salt } = options;
  const reason = reasonsIn(options.locale);
  const audit = typeof options.audit === "string" ? fileAudit(options.audit) : options.audit;
  if (!audit || typeof audit.append !== "function") throw refuse("bad-audit");
  const packsById = packsOf(options, refuse);
  const classifiers = [...packsById.values()].map(replyClassifier).filter((classifier): classifier is ReplyClassifier => classifier !== undefined);
  const releaseSequence = sequenceOf(options.release);

  const compiled = options.release ? options.release.list().map((entry) => options.release!.get(entry.id, entry)) : [...options.templates!];
  const byId = new Map<string, TemplateFacts[]>();
  for (const template of compiled) {
    const facts = factsOf(template, packsById);
    byId.set(template.id, [...(byId.get(template.id) ?? []), facts]);
  }

  // The salt is hashed once; each value continues from a copy of that state.
  const salted = createHash("sha256").update(salt).update("\u0000");
  const hash = (value: string): string => salted.copy().update(value).digest("hex");

  function find(ref: TemplateRef): TemplateFacts | undefined {
    const wanted = typeof ref === "string" ? { id: ref } : ref;
    const candidates = (byId.get(wanted?.id) ?? []).filter(
      ({ template }) => (wanted.locale === undefined || template.locale.toLowerCase() === wanted.locale.toLowerCase()) && (wanted.channel === undefined || template.channel === wanted.channel),
    );
    if (candidates.length > 1) throw refuse("ambiguous-template", { template: wanted.id });
    return candidates[0];
  }

  function record(entry: Omit<AuditRecord, "time">, now: Date): void {
    audit.append({ time: now.toISOString(), ...entry, ...(releaseSequence === undefined ? {} : { release: releaseSequence }) });
  }

  async function check(input: CheckInput): Promise<CheckResult> {
    const now = input.now ?? new Date();
    if (Number.isNaN(now.getTime())) throw refuse("bad-now");
    const { recipient } = input;
    if (typeof recipient?.id !== "string" || recipient.id === "") throw refuse("no-recipient-id");
    const recipientHash = hash(recipient.id);
    const facts = find(input.template);
    if (!facts) {
      const id = typeof input.template === "string" ? input.template : String(input.template?.id);
      const reasons = [reason("template-not-found", { template: id })];
      record({ decision: "refuse", template: { id }, recipient: recipientHash, reasons }, now);
      return { decision: "refuse", reasons };
    }
    const { template, pack } = facts;
    const reasons: Reason[] = [];
    if (!pack) reasons.push(reason("no-policy-pack", { jurisdiction: facts.jurisdiction ?? "(none)" }));
    else if (!facts.toneLanguage) reasons.push(reason("no-tone-language", { jurisdiction: pack.id, locale: facts.template.locale ?? "(none)" }));

    // Audience.
    if (facts.audience !== undefined && !audienceFits(facts.audience, recipient.role)) {
      reasons.push(reason("audience-mismatch", { audience: facts.audience, role: String(recipient.role) }));
    }

    // Send windows, in the recipient's time zone.
    const local = localTime(now, recipient.timeZone);
    if (!local) {
      reasons.push(reason("time-zone-invalid", { timeZone: String(recipient.timeZone) }));
    } else {
      for (const { window, source, parsed } of facts.windows) {
        if (!parsed || !inWindow(local.minute, parsed)) {
          reasons.push(reason("outside-send-window", { localTime: formatMinute(local.minute), timeZone: recipient.timeZone, window }, source));
        }
      }
    }

    // The message itself, with the real data.
    let message: Message | undefined;
    try {
      message = template.render(input.data);
    } catch (error) {
      reasons.push(reason("data-invalid", { detail: error instanceof Error ? error.message : String(error) }));
    }
    if (message && pack) reasons.push(...contentReasons(message, facts, reason, options.locale ?? "en"));

    // Opt-outs and daily caps, in one store transaction: the caps are reserved only when everything
    // else allows the send.
    const channel = template.channel;
    const covered = pack?.inboundReplies?.optOut.covers ?? EVERY_CATEGORY_BUT_TRANSACTIONAL;
    const consentKeysOfCheck =
      facts.category === undefined || covered.includes(facts.category) ? consentKeys(recipient.address === undefined ? recipientHash : hash(recipient.address), channel, facts.sender) : [];
    const counters = local ? facts.caps.map((cap) => ({ key: `{${recipientHash}}:${local.date}:${cap.scope}`, limit: cap.limit, cap })) : [];
    const outcome = await store.settle({
      consentKeys: consentKeysOfCheck,
      counters,
      reserve: reasons.length === 0 && local !== undefined,
      now: now.getTime(),
      expiresAt: now.getTime() + (local?.untilMidnight ?? 0) + EXPIRY_MARGIN,
    });
    if (outcome.optedOut) reasons.push(reason("opted-out", { category: facts.category ?? "any", channel }, pack?.inboundReplies?.optOut.id));
    const full = new Set(outcome.full);
    for (const { key, cap } of counters) {
      if (!full.has(key)) continue;
      reasons.push(
        cap.kind === "template"
          ? reason("daily-cap-reached", { limit: cap.limit }, cap.source)
          : reason("category-cap-reached", { limit: cap.limit, category: facts.category ?? "" }, cap.source),
      );
    }
    // A store that reserved although something refuses, or did not although nothing does, is not one to trust.
    if (outcome.reserved !== (reasons.length === 0 && counters.length > 0)) {
      if (outcome.reserved) await store.release(counters.map((counter) => counter.key), now.getTime());
      if (reasons.length === 0) reasons.push(reason("store-inconsistent", {}));
    }

    const templateRecord = { id: template.id, version: template.version, locale: template.locale, channel };
    if (reasons.length > 0) {
      record({ decision: "refuse", template: templateRecord, recipient: recipientHash, reasons }, now);
      return { decision: "refuse", reasons };
    }
    record({ decision: "send", template: templateRecord, recipient: recipientHash, reasons: [] }, now);
    let released = false;
    return {
      decision: "send",
      message: message!,
      reasons: [],
      async release() {
        if (released) return;
        released = true;
        await store.release(counters.map((counter) => counter.key), now.getTime());
        record({ decision: "release", template: templateRecord, recipient: recipientHash }, new Date());
      },
    };
  }

  async function recordInbound(input: InboundInput): Promise<{ kind: ReplyKind; entry?: string }> {
    const now = input.now ?? new Date();
    if (Number.isNaN(now.getTime())) throw refuse("bad-now");
    if (typeof input.recipient?.id !== "string" || input.recipient.id === "") throw refuse("no-recipient-id");
    if (typeof input.text !== "string") throw refuse("bad-reply-text");
    const readers = input.jurisdiction === undefined ? classifiers : classifiers.filter((classifier) => classifier.pack.id === input.jurisdiction);
    if (readers.length === 0) throw refuse("no-reply-keywords", { jurisdiction: String(input.jurisdiction) });
    const readings = readers.map((classifier) => ({ pack: classifier.pack, ...classifier.classify(input.text) }));
    // Any market reading an opt-out wins: when in doubt, stop.
    const chosen = readings.filter((reading) => reading.kind === "opt-out");
    const decisive = chosen.length > 0 ? chosen : readings.filter((reading) => reading.kind === "opt-in");
    const kind: ReplyKind = decisive[0]?.kind ?? "other";
    if (kind !== "other") {
      const perSender = input.sender !== undefined && decisive.every((reading) => reading.pack.inboundReplies!.optOut.perSender);
      const [everySender, oneSender] = consentKeys(hash(input.recipient.address ?? input.recipient.id), input.channel, input.sender);
      await store.setConsent((perSender ? oneSender : everySender)!, { state: kind as ConsentRecord["state"], at: now.getTime() });
    }
    const entry = decisive[0]?.entry;
    record({ decision: "inbound", recipient: hash(input.recipient.id), reply: { kind, channel: input.channel, ...(entry ? { entry } : {}) } }, now);
    return entry ? { kind, entry } : { kind };
  }

  const inFlight = new Set<Promise<unknown>>();
  const tracked = <T>(work: Promise<T>): Promise<T> => {
    inFlight.add(work);
    void work.then(
      () => inFlight.delete(work),
      () => inFlight.delete(work),
    );
    return work;
  };
  let closed = false;
  return {
    check: (input) => tracked(check(input)),
    recordInbound: (input) => tracked(recordInbound(input)),
    flush() {
      audit.flush?.();
    },
    async close() {
      if (closed) return;
      closed = true;
      await Promise.allSettled([...inFlight]);
      await store.close();
      audit.close?.();
    },
  };
}

/** The opt-out keys a message is checked against: every sender's, then this sender's. */
function consentKeys(addressHash: string, channel: Channel, sender: string | undefined): string[] {
  const base = `{${addressHash}}:consent:${channel}:`;
  return sender === undefined ? [`${base}*`] : [`${base}*`, `${base}sender:${sender}`];
}

/** A borrower is also a customer; otherwise the recipient's role must be the template's audience. */
function audienceFits(audience: Audience, role: Audience): boolean {
  return audience === role || (audience === "customer" && role === "borrower");
}

/**
 * The packs the guard reads with, by id: the release's (or the built-in ones), with the packs
 * given. Packs that are not those the release was checked against are refused unless the caller
 * says it overrides: messages checked against other law than was released, never silently.
 */
function packsOf(options: GuardOptions, refuse: (code: ConfigErrorCode, data?: Record<string, string>) => GuardConfigError): Map<string, PolicyPack> {
  const { release } = options;
  const carried = release?.packs;
  const packsById = new Map((carried?.packs ?? builtInPacks.packs).map((pack) => [pack.id, pack]));
  for (const pack of options.packs ?? []) packsById.set(pack.id, pack);
  if (!release || options.overrideReleasePacks) return packsById;
  for (const pack of packsById.values()) {
    if (carried) {
      const released = carried.packFor(pack.id);
      if (released === pack) continue;
      if (!released || packDigest(released) !== packDigest(pack)) throw refuse("pack-not-released", { jurisdiction: pack.id, version: pack.version, released: released?.version ?? "-" });
    } else {
      // A bundle that names its packs only (format 2) still says which version of each it was checked against.
      const named = release.bundle.policies.find((policy) => policy.id === pack.id);
      if (named && named.version !== pack.version) throw refuse("pack-version-not-released", { jurisdiction: pack.id, version: pack.version, released: named.version });
    }
  }
  return packsById;
}

function sequenceOf(release: Release | undefined): number | undefined {
  const sequence = (release?.bundle as { sequence?: unknown } | undefined)?.sequence;
  return typeof sequence === "number" ? sequence : undefined;
}

/** What the guard needs of a template, worked out once when it is built. */
function factsOf(template: CompiledTemplate, packsById: ReadonlyMap<string, PolicyPack>): TemplateFacts {
  const { meta } = template.document;
  const jurisdiction = template.document.jurisdiction ?? undefined;
  const pack = jurisdiction === undefined ? undefined : packsById.get(jurisdiction);
  const context: ToneContext = { category: meta.category, audience: meta.audience, channel: template.channel, senderRole: meta.sender?.role };
  const windows: TemplateFacts["windows"] = [];
  const caps: TemplateFacts["caps"] = [];
  if (meta.send?.window !== undefined) windows.push({ window: meta.send.window, source: `${template.id} send.window`, parsed: parseSendWindow(meta.send.window) });
  if (meta.send?.maxPerDay !== undefined) caps.push({ scope: `template:${template.id}:${template.channel}`, limit: meta.send.maxPerDay, source: `${template.id} send.maxPerDay`, kind: "template" });
  // Every applicable limit of the pack holds, whatever its severity: at send time no reviewer reads a warning.
  for (const limit of pack?.sendLimits ?? []) {
    if (!applies(limit.when, context)) continue;
    if (limit.window !== undefined) windows.push({ window: limit.window, source: limit.id, parsed: parseSendWindow(limit.window) });
    if (limit.maxPerDay !== undefined) caps.push({ scope: `pack:${pack!.id}:${limit.id}`, limit: limit.maxPerDay, source: limit.id, kind: "category" });
  }
  const personalData = (pack?.pii.literals ?? []).filter((entry) => applies(entry.when, context) && effectiveSeverity(entry) === "block");
  const language = pack && toneLanguage(template.locale, pack);
  return {
    template,
    pack,
    jurisdiction,
    context,
    category: meta.category,
    audience: meta.audience,
    sender: meta.sender?.name,
    windows,
    caps,
    personalData,
    // Without a pack, or a language of it for the locale, there is no lexicon to read with, and the check is refused.
    toneLanguage: language,
    blockingTone: pack && language ? blockingToneFinder(pack, language, context) : () => [],
  };
}

const PII_NAMES: Record<string, string> = { id: "identity number", card: "card or account number", phone: "phone number", email: "email address", name: "name", default: "piece of personal data" };

/** Blanks in a row read as one: digits spaced out further than a number's separators go are still one number. */
const BLANK_RUN = /[ \u00A0\u3000]{2,}/gu;

/**
 * The tone and personal-data findings that block, in the text the recipient would read, and
 * text that reads differently to the recipient than to the rules (data pasted with invisible
 * characters or look-alike letters), refused as the linter refuses it in a template. The rules
 * read the text without its invisible characters, so a full number they split is still one.
 */
function contentReasons(message: Message, facts: TemplateFacts, reason: ReasonMaker, locale: Locale): Reason[] {
  const parts = message.channel === "sms" ? [message.text] : message.channel === "push" ? [message.title, message.body] : [message.subject, message.text];
  const reasons: Reason[] = [];
  for (const written of parts) {
    const invisibles = invisibleCharacters(written);
    const invisible = invisibles[0];
    if (invisible) reasons.push(reason("rendered-invisible-character", { code: codePoints(invisible.char) }));
    const lookalike = lookalikeLetters(written, facts.template.locale)[0];
    if (lookalike) reasons.push(reason("rendered-lookalike-letters", { word: lookalike.word.slice(0, 60), letter: lookalike.letter, code: codePoints(lookalike.letter) }));
    const text = withoutInvisibleCharacters(written, invisibles);
    for (const match of facts.blockingTone(text)) {
      reasons.push(reason("rendered-tone", { matched: text.slice(match.start, match.end).slice(0, 60), summary: clause(entrySummary(match.entry, locale)), source: match.entry.id }, match.entry.id));
    }
    for (const { entry } of personalNumbers(text.replace(BLANK_RUN, " "), facts.personalData, facts.pack?.pii.owners)) {
      reasons.push(reason("rendered-personal-data", { kind: PII_NAMES[entry.kind] ?? entry.kind, summary: clause(entrySummary(entry, locale)), source: entry.id }, entry.id));
    }
  }
  return reasons;
}

/** `U+200B`: how a character with no glyph, or one that looks like another, is named. */
function codePoints(text: string): string {
  return [...text].map((char) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`).join(" ");
}

/** A pack summary read as a clause of the reason, which ends the sentence itself: without its own final stop. */
function clause(summary: string): string {
  return summary.replace(/[.。．]\s*$/u, "");
}
