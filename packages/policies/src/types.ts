/** Types of a policy pack; `schemas/policy.schema.json` is the contract they mirror. */

export type Category = "collection" | "reminder" | "marketing" | "transactional";
export type Audience = "borrower" | "third-party" | "customer";
export type Channel = "sms" | "email" | "push";
export type SenderRole = "creditor" | "collection-agency";
export type Confidence = "high" | "medium" | "low";
export type Severity = "block" | "warn" | "info";
export type Language = "zh" | "en";

export type Role =
  | "recipient-name"
  | "debtor-name"
  | "amount-due"
  | "days-overdue"
  | "due-date"
  | "repayment-channel"
  | "contact"
  | "creditor"
  | "apr"
  | "opt-out"
  | "unsubscribe-url"
  | "postal-address"
  | "reference-number";

export interface Source {
  title: string;
  issuer?: string;
  number?: string;
  date?: string;
  status?: string;
  url?: string;
  kind?: "law" | "regulation" | "standard" | "guidance" | "self-regulation" | "platform";
  confidence: Confidence;
  unverified?: boolean;
  note?: string;
}

export interface Citation {
  ref: string;
  articles?: string;
}

/** Which templates an entry applies to; a missing key matches any value. */
export interface When {
  category?: Category[];
  audience?: Audience[];
  channel?: Channel[];
  senderRole?: SenderRole[];
}

/** A pack's English text in the other languages findings are given in; Traditional Chinese falls back to the Simplified text, converted. */
export type Translations = Partial<Record<"zh-CN" | "zh-TW", string>>;

export interface Entry {
  id: string;
  /** In English; `summaries` gives it in other languages. */
  summary: string;
  summaries?: Translations;
  when?: When;
  severity?: Severity;
  sources: Citation[];
  confidence: Confidence;
  unverified?: boolean;
  note?: string;
}

/** A message of an entry's examples: its text, or the text with the facts that decide which entries apply. */
export type PackExample =
  | string
  | { text: string; channel?: Channel; category?: Category; audience?: Audience; locale?: string; sender?: string | { name: string; role?: SenderRole; onBehalfOf?: string } };

/** Messages an entry must report and must not (`tactful pack test`). */
export interface Examples {
  report?: PackExample[];
  pass?: PackExample[];
}

export interface Wording {
  pattern: string;
  ignoreCase?: boolean;
  /** In English; `descriptions` gives it in other languages. */
  description?: string;
  descriptions?: Translations;
  preferred?: boolean;
  channel?: Channel[];
}

export interface Recognizer {
  pattern?: string;
  /** Another template system's placeholder whose name says it holds the disclosure: words of `names`, none of `except` (both patterns). */
  placeholder?: { names: string; except?: string };
  ignoreCase?: boolean;
  senderName?: true;
  /**
   * With senderName: the trade words a sender may leave off its name (Meadowlark for Meadowlark Credit), how long what is left
   * must be to still tell the sender, whether its initials count (HPCU, as a word of their own), and the channels where a web
   * address named by the name or its first word names the sender (an e-mail, whose From carries the sender's domain:
   * corvane.example/pay, brightwell.example for Brightwell Utilities).
   */
  shortName?: { drop: string; minLength: number; initials?: true; domains?: readonly Channel[] };
  /** With senderName: names of an office or an authority, not the creditor (a law firm, a court), as a pattern: writing one names no creditor, as the sender's name or ending the text another recognizer of the role matches. */
  notCreditor?: string;
  /** With pattern: text that says a way just named is none (view only, closed, a refund's account); no text of the role counts in its clause. */
  voids?: true;
  description?: string;
  channel?: Channel[];
  /** The messages in which the wording counts; every message when absent. */
  when?: When;
  /** Roles every way through the message must also disclose for the wording to count. */
  alongside?: Role[];
}

export interface Disclosure extends Entry {
  examples?: Examples;
  when: When;
  /** What the message must disclose: each a role, or alternatives of which one is enough (`[due-date, days-overdue]`). */
  roles: Array<Role | Role[]>;
}

export interface OptOut extends Entry {
  examples?: Examples;
  when: When;
  accepted?: Wording[];
  roles?: Role[];
  alsoRequires?: Role[];
  insert?: string;
  placement?: "end" | "anywhere";
  rejected?: Wording[];
}

export interface ServiceOptOut extends Entry {
  examples?: Examples;
  when: When;
  forbidden: Wording[];
  instead?: string;
}

export interface SenderIdentification extends Entry {
  examples?: Examples;
  when: When;
  form: "signature" | "name";
  open?: string;
  close?: string;
  nameLength?: { min?: number; max?: number };
  namePattern?: string;
  forbiddenNames?: string[];
  bracketsOnlyInSignature?: boolean;
}

export interface RecipientIdentification extends Entry {
  examples?: Examples;
  when: When;
  roles?: Role[];
  requireMask?: boolean;
  /** What a wrong recipient is told to do; an entry without it asks only that the recipient be named. */
  wrongRecipient?: Wording[];
  insert?: string;
}

export interface WordingRequirement extends Entry {
  examples?: Examples;
  when: When;
  accepted: Wording[];
  insert?: string;
}

export interface RateDisclosure extends Entry {
  examples?: Examples;
  when: When;
  triggers: Wording[];
  /** With `figures`, the rate's names: each shows the rate only with a figure beside it. */
  accepted: Wording[];
  figures?: Wording[];
  /** Help with debts already owed, not credit: out of scope unless `creditOffer` wording is there too. */
  debtHelp?: Wording[];
  creditOffer?: Wording[];
  roles?: Role[];
}

export interface SendLimit extends Entry {
  when: When;
  window?: string;
  maxPerDay?: number;
}

/** Keywords of an inbound reply (see `inboundReplies` in the schema). */
export interface ReplyKeywords extends Entry {
  keywords: string[];
  phrases?: string[];
}

export interface OptOutKeywords extends ReplyKeywords {
  covers: Category[];
  perSender: boolean;
}

export type PiiKind = "name" | "phone" | "id" | "card" | "email" | "default";

/** A check-digit algorithm a kind of identifier carries. */
export type PiiChecksum = "luhn" | "cn-resident-id";

/**
 * A full identifier, recognised by its shape once separators are dropped. `pattern` matches the
 * whole number: digits and letters only, and a bracketed check character `(7)` at its end.
 */
export interface PiiLiteral extends Entry {
  kind: PiiKind;
  pattern: string;
  /**
   * What the shape needs, besides, when no words before it say whose number it is: `checksum`
   * (the check digit holds), `groups` (written in the groups given), `cue` (never enough alone).
   * Without it, the shape is enough.
   */
  needs?: "checksum" | "groups" | "cue";
  checksum?: PiiChecksum;
  groups?: number[];
}

/** Words before a number that say whose it is: a person's own (the recipient's, a staff member's mobile) or the sender's line or collection account. */
export interface PiiOwners {
  /** Packs whose words come first, as they are there (resolved when the pack is loaded: no `adopt` is left). */
  adopt?: string[];
  personal: string[];
  sender: string[];
  /** Words right after a number asking or saying it is the reader's own (is this still your best cell?). */
  personalAfter?: string[];
  /** What may follow a number no word before claims for either, for it to be the sender's line: the message's end, a sign-off (… 0933-207-418。謝謝). */
  senderAfter?: string[];
}

export interface Mask {
  keepStart: number;
  keepEnd: number;
  char?: string;
  minMasked?: number;
  prefix?: string;
}

export type ToneCategory =
  | "threat"
  | "abusive"
  | "false-legal"
  | "false-credit"
  | "pressure"
  | "third-party-debt"
  | "misleading-marketing";

/** A word class of a language: the words (or patterns) that can fill a slot of a compositional entry. */
export interface WordClass {
  terms?: string[];
  patterns?: string[];
  description?: string;
}

export interface LanguageRules {
  negators?: string[];
  /** Words that hold a negator but negate nothing (不良, 没收, 别人, without delay): a negator inside one excuses no match. */
  nonNegating?: string[];
  reassurances?: string[];
  /** Regular expressions. */
  conditionals?: string[];
  disclaimers?: string[];
  /** Words saying the reader asked for what follows (as you requested, 按您的要求): they reach past anything but a condition. */
  requests?: string[];
  /** Regular expressions of statements and conditions of the sender's own (will, 将, if you don't pay): a reassurance or disclaimer does not reach past one. */
  excuseBreaks?: string[];
  /** Regular expressions of words that report someone else's (claiming, 声称): an excuse break after one is reported, not the sender's. */
  reportedSpeech?: string[];
  substitutions?: Record<string, string>;
  /** Word classes by name, for the slots of compositional entries. */
  classes?: Record<string, WordClass>;
  /** The locales (BCP 47, a prefix reads its subtags) whose text this language reads; by default the language's own code. */
  locales?: string[];
  /** Regular expressions of where clauses break; without them a clause is its sentence. */
  clauseBreaks?: string[];
  /** How close, in characters, a negator must precede a match to negate it; without it a negator never excuses. */
  negationWindow?: number;
  /** How far apart, in characters, the words of consecutive slots may be unless an entry says `within`; without it, anywhere in the clause. */
  slotDistance?: number;
  /** Everyday words of the market a shared word list would misread (Swahili kwa, British nip): never taken from a word list. */
  ordinaryWords?: string[];
  /** Abbreviations written with a dot (Rs, Ksh): their dot ends no sentence. */
  abbreviations?: string[];
  /** The brackets a sender's signature opening a message is written in (【示例金融】, [Example Bank]): a rewording leaves it in place. */
  signatureBrackets?: Array<{ open: string; close: string }>;
}

export interface LexiconEntry extends Entry {
  examples?: Examples;
  category: ToneCategory;
  language: Language;
  severity: Severity;
  terms?: string[];
  patterns?: string[];
  /**
   * An honest statement of a lawful step: `context` wording in the match's clause, or, with
   * `cites`, word classes that all occur in the message (a court and its case number), or
   * any one of several such sets (see `citedSets`).
   */
  allowedWhen?: { context?: string[]; category?: Category[]; cites?: string[] | string[][] };
  negatable?: boolean;
  suggestion?: string;
  roles?: Role[];
  /** Sender roles whose own name, where the text writes it, is identification, not a match. */
  ownNameFor?: SenderRole[];
  wordList?: { name: "cuss"; minRating?: number };
  /** Word classes that must occur in this order, close together, in one clause (or sentence); a negation before the first or the last slot makes the match harmless. */
  slots?: string[];
  /** The most characters between one slot's words and the next's. */
  within?: number;
  /** Where the slots must be: one clause (the default), one sentence, or from one sentence into the next (a deadline, then its consequence). */
  scope?: "clause" | "sentence" | "next-sentence";
  matchCase?: boolean;
  /** A broad entry that yields to any other entry of its category matching the same words. */
  fallback?: boolean;
  /** A learned reader of the category: a sentence it reads at or above its threshold is a match. */
  model?: ToneModel;
  /** The other pack's entry it was adopted as (set when `tone.adopt` is resolved). */
  adoptedFrom?: string;
}

/** A logistic model over the words and pairs of neighbouring words of a normalised sentence. */
export interface ToneModel {
  bias: number;
  /** The probability from which a sentence is a match. */
  threshold: number;
  /** Weights by feature: a word (`know`) or two neighbouring words (`we know`). */
  features: Record<string, number>;
  /** Words that are features only in a pair (`we know`), never alone. */
  functionWords?: string[];
  /** The labelled corpora it was trained on, and what it was measured on and how it did. */
  trainedOn: string[];
  /** At most this share of lawful look-alikes it has not seen may read as its category (the training script's threshold; 0.05 when absent). */
  lookalikeAlarms?: number;
}

/** Another pack's tone entries of one language, taken with this pack's own citations per category. */
export interface ToneAdoption {
  /** The pack: a built-in id, a pack file or an npm package, as `extends` names one. */
  from: string;
  language: Language;
  /** This pack's sources for each category it adopts; entries of other categories are not adopted. */
  sources: Partial<Record<ToneCategory, Citation[]>>;
  /** Ids of the other pack's entries not adopted (that market's own law). */
  except?: string[];
  /** The adopted entries only warn: this pack's sources for them are not verified. */
  unverified?: boolean;
}

/** Another pack's recognizers of some roles: how a language writes a disclosure is shared by the markets that write it. */
export interface RecognizerAdoption {
  /** The pack: a built-in id, a pack file or an npm package, as `extends` names one. */
  from: string;
  /** The roles whose recognizers are adopted. */
  roles: Role[];
}

/** A base entry an overlay relaxes, and why. */
export interface PackWaiver {
  /** A base entry's id, `sms.maxSegments` or `recognizers.<role>`. */
  entry: string;
  reason: string;
}

/** An overlay merged into a pack: who relaxed what (the loader writes it). */
export interface OverlayRecord {
  name: string;
  version: string;
  waives: PackWaiver[];
}

export interface PolicyPack {
  id: string;
  name: string;
  version: string;
  locales: string[];
  timezone: string;
  disclaimer?: string;
  sources: Record<string, Source>;
  /** As written in a pack file: named parts of its patterns (`withPatternParts`); a loaded pack has them written out and none left. */
  patternParts?: Record<string, string>;
  disclosures: Disclosure[];
  /** `adopt` as written in a pack file; a loaded pack has its adoptions resolved (`resolveAdoptions`) and none left. */
  recognizers: Partial<Record<Role, Recognizer[]>> & { adopt?: RecognizerAdoption[] };
  optOut: OptOut[];
  serviceOptOut?: ServiceOptOut[];
  senderIdentification: SenderIdentification[];
  recipientIdentification: RecipientIdentification[];
  debtCollectorDisclosure?: WordingRequirement[];
  rateDisclosure?: RateDisclosure[];
  sendLimits: SendLimit[];
  inboundReplies?: { optOut: OptOutKeywords; optIn: ReplyKeywords };
  sms: { maxSegments: number; signatureAddedByPlatform?: boolean; sources: Citation[]; confidence?: Confidence };
  pii: { literals: PiiLiteral[]; owners?: PiiOwners; masks: Record<PiiKind, Mask> & { email?: Mask }; sources?: Citation[] };
  linkShorteners: { domains: string[]; sources: Citation[]; confidence?: Confidence };
  /** `adopt` as written in a pack file; a loaded pack has its adoptions resolved (`resolveAdoptions`) and none left. */
  tone: { adopt?: ToneAdoption[]; languages: Partial<Record<Language, LanguageRules>>; lexicon: LexiconEntry[] };
  /** The overlays merged into this pack, oldest first. */
  overlays?: OverlayRecord[];
}

/** A pack file that `extends` another: what it adds to or tightens in its base, and what it waives. */
export type PackOverlay = Partial<Omit<PolicyPack, "tone" | "sms" | "linkShorteners" | "overlays">> & {
  extends: string;
  name: string;
  version: string;
  waives?: PackWaiver[];
  sms?: PolicyPack["sms"];
  linkShorteners?: PolicyPack["linkShorteners"];
  tone?: { languages?: PolicyPack["tone"]["languages"]; lexicon?: LexiconEntry[] };
};
