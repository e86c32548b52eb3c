import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from "node:crypto";
import canonicalizeModule from "canonicalize";
import { printParseErrorCode, visit } from "jsonc-parser";

// canonicalize is CommonJS (`module.exports = serialize`); its declarations claim an ES default export.
const canonicalize = canonicalizeModule as unknown as (input: unknown) => string | undefined;
import { createAjv, parseTemplate, type Locale } from "@tactful/core";
import { builtInPacks, packDigest, packSet, type PackSet, type PolicyPack } from "@tactful/policies";
import { PackLoadError, packLoadErrorText, packOfContent } from "@tactful/policies/load";
import releaseSchema from "@tactful/schemas/release.schema.json" with { type: "json" };
import { compileTemplate, type CompileOptions, type CompiledTemplate, type Message } from "./compile.js";
import { messageIn, ReleaseError, RenderError, sayIn, type Said, type SaidValue } from "./errors.js";
import { MAX_KEY_BYTES, MAX_RELEASE_BYTES, readNamedFile } from "./named-file.js";
import { unreadToneWords } from "./rendered-tone.js";

/**
 * The bundle format this renderer writes. Format 3 added the content of the policy packs the
 * templates were checked against; a format 2 bundle (their ids and versions only) is still read,
 * with a note that says so. Format 2 added the release `sequence` and the signer's public key; a
 * format 1 bundle is refused (release again).
 */
export const RELEASE_FORMAT = 3;
/** The oldest format read. */
const OLDEST_FORMAT = 2;

/** A policy pack the templates were checked against: its content and the SHA-256 of its canonical JSON (format 3). */
export interface ReleasedPolicy {
  id: string;
  version: string;
  sha256?: string;
  pack?: PolicyPack;
}

export interface ReleaseTemplate {
  id: string;
  locale: string;
  channel: "sms" | "email" | "push";
  version: number;
  path: string;
  sha256: string;
  source: string;
  meta: Record<string, unknown>;
  examples?: Array<{ name: string; message: Message }>;
}

export interface ReleaseBundle {
  format: number;
  /** Grows with every release of a library, so a sending service can refuse an older one (`minSequence`). */
  sequence: number;
  createdAt: string;
  tool: { name: string; version: string };
  plugin: { name: string; version: string };
  policies: ReleasedPolicy[];
  lint: { templates: number; errors: 0; warnings: number; byRule: Record<string, number>; configs?: LintConfigUse[] };
  templates: ReleaseTemplate[];
  signature?: { algorithm: "Ed25519"; keyId: string; publicKey: string; value: string };
}

/** A configuration the templates were linted with (its path, or `built-in recommended`), how many, and the blocking rules it relaxed. */
export interface LintConfigUse {
  config: string;
  templates: number;
  relaxed?: string[];
}

export interface BuildInput {
  /** Each template with the policy packs it was checked against (the built-in packs when none are given). */
  templates: ReadonlyArray<{ path: string; text: string; packs?: PackSet }>;
  tool: { name: string; version: string };
  plugin: { name: string; version: string };
  lint: { warnings: number; byRule: Record<string, number>; configs?: LintConfigUse[] };
  /** This release's place in the library's releases: higher than every earlier one. */
  sequence: number;
  createdAt?: Date;
}

/** Sources are released with "\n" line endings, so a CRLF checkout and an LF checkout release the same bytes. */
function withLineFeeds(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** The bytes a signature covers: the canonical JSON (RFC 8785) of the bundle without its signature. */
function signedBytes(bundle: ReleaseBundle): Buffer {
  const { signature: _signature, ...signed } = bundle;
  return Buffer.from(canonicalize(signed) ?? "", "utf8");
}

/**
 * What a reviewer approves: the SHA-256 (hex) of the bytes the signature covers. It names the
 * bundle's whole content, however the file is formatted, and is the same signed or not.
 */
export function bundleHash(bundle: ReleaseBundle): string {
  return createHash("sha256").update(signedBytes(bundle)).digest("hex");
}

/**
 * Builds a bundle: compiles every template (the safety gate and the data contract included),
 * renders every example with it (a failure aborts, and so do blocking tone words in a rendered
 * example that the linter did not find in the template), and records sources (with "\n" line
 * endings), hashes, metadata, the policy packs (their content and its SHA-256) and the lint
 * summary. Signs it when a key is given. Templates checked against two different packs of one
 * jurisdiction are refused: a sending service reads each jurisdiction with one pack.
 */
export function buildRelease(input: BuildInput, options: { privateKey?: KeyObject; compile?: CompileOptions } = {}): ReleaseBundle {
  if (!Number.isSafeInteger(input.sequence) || input.sequence < 1) throw new ReleaseError({ id: "badSequence", data: { given: String(input.sequence) } });
  const templates: ReleaseTemplate[] = [];
  const policies = new Map<string, PolicyPack>();
  for (const { path, text: checkedOut, packs: templatePacks } of [...input.templates].sort((a, b) => a.path.localeCompare(b.path))) {
    const text = withLineFeeds(checkedOut);
    const compiled = compileTemplate(text, { ...options.compile, ...(templatePacks ? { packs: templatePacks } : {}), filePath: path });
    for (const pack of compiled.document.packs.packs) {
      const earlier = policies.get(pack.id);
      // The sending service reads each jurisdiction with one pack: templates checked against two cannot be released together.
      if (earlier && earlier !== pack && packDigest(earlier) !== packDigest(pack)) throw new ReleaseError({ id: "packsDiffer", data: { jurisdiction: pack.id, path } });
      policies.set(pack.id, pack);
    }
    const examples = examplesOf(compiled).map((example) => {
      let message: Message;
      try {
        message = compiled.render(example.data);
      } catch (error) {
        throw new ReleaseError({ id: "exampleFails", data: { path, example: example.name, reason: (locale) => messageIn(error, locale) } });
      }
      // What the message says is read again as sent: words the linter could not see in the template stop the release.
      const unread = unreadToneWords(compiled.document, message);
      if (unread) throw new ReleaseError({ id: "exampleToneUnread", data: { path, example: example.name, ...unread } });
      return { name: example.name, message };
    });
    templates.push({
      id: compiled.id,
      locale: compiled.locale,
      channel: compiled.channel,
      version: compiled.version,
      path,
      sha256: sha256(text),
      source: text,
      meta: compiled.document.data as Record<string, unknown>,
      examples,
    });
  }
  const bundle: ReleaseBundle = {
    format: RELEASE_FORMAT,
    sequence: input.sequence,
    createdAt: (input.createdAt ?? new Date()).toISOString(),
    tool: input.tool,
    plugin: input.plugin,
    policies: (policies.size > 0 ? [...policies.values()] : builtInPacks.packs)
      .map((pack) => ({ id: pack.id, version: pack.version, sha256: packDigest(pack), pack }))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    lint: { templates: templates.length, errors: 0, warnings: input.lint.warnings, byRule: input.lint.byRule, ...(input.lint.configs ? { configs: input.lint.configs } : {}) },
    templates,
  };
  return options.privateKey ? signRelease(bundle, options.privateKey) : bundle;
}

/** Each example persona, with variables it leaves out taking their own `example`. */
export function examplesOf(compiled: CompiledTemplate): Array<{ name: string; data: Record<string, unknown> }> {
  const defaults: Record<string, unknown> = {};
  for (const [name, variable] of compiled.document.variables) {
    if (variable.examples.length > 0) defaults[name] = variable.examples[0];
  }
  const personas = compiled.document.meta.examples;
  if (personas.length === 0) return [{ name: "example", data: defaults }];
  return personas.map((persona) => ({ name: persona.name, data: { ...defaults, ...persona.data } }));
}

export function keyId(publicKey: KeyObject): string {
  return createHash("sha256").update(publicKey.export({ type: "spki", format: "der" })).digest("hex").slice(0, 16);
}

export function signRelease(bundle: ReleaseBundle, privateKey: KeyObject): ReleaseBundle {
  ensureEd25519(privateKey, "private");
  const unsigned: ReleaseBundle = { ...bundle };
  delete unsigned.signature;
  const publicKey = createPublicKey(privateKey);
  const value = sign(null, signedBytes(unsigned), privateKey).toString("base64");
  return { ...unsigned, signature: { algorithm: "Ed25519", keyId: keyId(publicKey), publicKey: publicKey.export({ type: "spki", format: "der" }).toString("base64"), value } };
}

function ensureEd25519(key: KeyObject, kind: "private" | "public"): void {
  if (key.type !== kind) throw new ReleaseError({ id: "keyWrongType", data: { expected: { id: kind === "private" ? "aPrivateKey" : "aPublicKey" }, type: key.type } });
  if (key.asymmetricKeyType !== "ed25519") {
    throw new ReleaseError({ id: "keyNotEd25519", data: { where: { id: kind === "private" ? "thePrivateKey" : "thePublicKey" }, type: key.asymmetricKeyType ?? { id: "notAsymmetric" } } });
  }
}

/**
 * Reads a key given as PEM text, a path to a PEM file, or a KeyObject. Whatever is wrong with
 * it is said in words: an empty or non-PEM file, a certificate, an encrypted key, the other
 * half of the pair, a damaged key, a key of another algorithm.
 */
export async function readKey(key: string | Buffer | KeyObject, kind: "private" | "public"): Promise<KeyObject> {
  if (typeof key === "object" && !Buffer.isBuffer(key)) {
    ensureEd25519(key, kind);
    return key;
  }
  const path = typeof key === "string" && !key.includes("-----BEGIN") ? key : undefined;
  const where: Said = path === undefined ? { id: kind === "private" ? "thePrivateKey" : "thePublicKey" } : { id: kind === "private" ? "thePrivateKeyNamed" : "thePublicKeyNamed", data: { path } };
  const pem = path === undefined ? key : await readNamedFile(path, MAX_KEY_BYTES, where);
  const text = Buffer.isBuffer(pem) ? pem.toString("latin1") : pem;
  const label = /-----BEGIN ([A-Z0-9 ]+)-----/.exec(text)?.[1];
  const expected: Said = { id: kind === "private" ? "pemPrivateKey" : "pemPublicKey" };
  if (text.trim() === "") throw new ReleaseError({ id: "keyEmpty", data: { where, expected } });
  if (label === undefined) throw new ReleaseError({ id: "keyNotPem", data: { where, expected } });
  if (label === "ENCRYPTED PRIVATE KEY") throw new ReleaseError({ id: "keyEncrypted", data: { where } });
  if (!label.endsWith("KEY")) throw new ReleaseError({ id: "keyNotKey", data: { where, label: label.toLowerCase(), expected } });
  const holdsPrivate = label.includes("PRIVATE");
  if (kind === "public" && holdsPrivate) throw new ReleaseError({ id: "keyIsPrivate", data: { where } });
  if (kind === "private" && !holdsPrivate) throw new ReleaseError({ id: "keyIsPublic", data: { where } });
  let parsed: KeyObject;
  try {
    parsed = kind === "private" ? createPrivateKey(pem) : createPublicKey(pem);
  } catch {
    throw new ReleaseError({ id: "keyDamaged", data: { where } });
  }
  ensureEd25519(parsed, kind);
  return parsed;
}

let validateBundle: ReturnType<ReturnType<typeof createAjv>["compile"]> | undefined;

export interface LoadOptions {
  /** The bundle must be signed by the matching private key. Without it loading is refused, unless `acceptUnverified`. */
  publicKey?: string | Buffer | KeyObject;
  /**
   * Loads a bundle without a `publicKey`: unsigned, or signed by whatever key it carries, so
   * nothing proves who made it. For tools that compare releases, never for a sending service.
   */
  acceptUnverified?: boolean;
  /** Refuse a bundle whose `sequence` is lower: an older release put back in place of a newer one. */
  minSequence?: number;
  /** Refuse a bundle created before this time (a `Date`, or an ISO 8601 date-time). */
  notBefore?: Date | string;
  /** How the templates are compiled. A bundle that carries its policy packs is opened with them: `packs` given here must be those. */
  compile?: CompileOptions;
  /** The largest bundle file `loadRelease` reads, in bytes. Default 256 MB. */
  maxBytes?: number;
}

/** What a loaded release lacks (an older bundle format): `message` in English, `messageIn(locale)` in another. */
export interface ReleaseNote {
  id: "packsNotRecorded";
  message: string;
  messageIn(locale: Locale): string;
}

/** A release that passed `verifyRelease` (signed by the given key, unless the caller accepted it unverified): every template compiled, ready to render. */
export class Release {
  readonly #templates = new Map<string, CompiledTemplate>();

  constructor(
    readonly bundle: ReleaseBundle,
    compiled: readonly CompiledTemplate[],
    /** The policy packs the templates were checked against, as the bundle carries them; undefined for a bundle that names them only (format 2). */
    readonly packs?: PackSet,
    /** What the bundle lacks, when its format is older than this renderer's. */
    readonly notes: readonly ReleaseNote[] = [],
  ) {
    for (const template of compiled) this.#templates.set(keyOf(template.id, template.locale, template.channel), template);
  }

  /** The released templates: id, locale, channel and version of each. */
  list(): Array<{ id: string; locale: string; channel: string; version: number }> {
    return [...this.#templates.values()].map(({ id, locale, channel, version }) => ({ id, locale, channel, version }));
  }

  get(id: string, target: { locale: string; channel: string }): CompiledTemplate {
    const template = this.#templates.get(keyOf(id, target.locale, target.channel));
    if (!template) throw new RenderError("not-found", `the release has no template ${id} for ${target.locale} ${target.channel}`);
    return template;
  }

  render(id: string, target: { locale: string; channel: string }, data: unknown): Message {
    return this.get(id, target).render(data);
  }
}

function keyOf(id: string, locale: string, channel: string): string {
  return `${id}\u0000${locale.toLowerCase()}\u0000${channel}`;
}

/** Reads and verifies a bundle file; see `openRelease`. */
export async function loadRelease(path: string, options: LoadOptions = {}): Promise<Release> {
  ensureVerifiable(options, { id: "theReleaseNamed", data: { name: path } });
  const text = await readReleaseFile(path, options);
  return openRelease(text, { ...options, name: path });
}

/** The text of a release bundle file, read with a bound (`maxBytes`, default 256 MB); `name` is how errors call it. */
export async function readReleaseFile(path: string, { maxBytes = MAX_RELEASE_BYTES, name = path }: { maxBytes?: number; name?: string } = {}): Promise<string> {
  return (await readNamedFile(path, maxBytes, { id: "theReleaseNamed", data: { name } })).toString("utf8");
}

/**
 * Verifies a bundle before anything in it is used, then compiles every template (the safety
 * gate refuses unsafe ones). Any failure refuses the whole bundle; see `verifyRelease` for
 * what is checked.
 */
export async function openRelease(text: string, options: LoadOptions & { name?: string } = {}): Promise<Release> {
  const name: SaidValue = options.name ?? { id: "theRelease" };
  const { bundle, packs } = await verified(text, options);
  // Packs given to a bundle that carries its own must be the ones it carries: never a silent swap of the law.
  for (const given of (packs && options.compile?.packs?.packs) || []) {
    const released = packs!.packFor(given.id);
    if (!released || packDigest(released) !== packDigest(given)) throw new ReleaseError({ id: "packNotReleased", data: { name, jurisdiction: given.id } });
  }
  const compiled: CompiledTemplate[] = [];
  for (const template of bundle.templates) {
    let result: CompiledTemplate;
    try {
      result = compileTemplate(template.source, { ...options.compile, ...(packs ? { packs } : {}), filePath: template.path });
    } catch (error) {
      throw new ReleaseError({ id: "notCompiled", data: { name, path: template.path, reason: (locale) => messageIn(error, locale) } });
    }
    if (result.id !== template.id || result.locale !== template.locale || result.channel !== template.channel || result.version !== template.version) {
      throw new ReleaseError({ id: "identityMismatch", data: { name, path: template.path } });
    }
    compiled.push(result);
  }
  const keys = compiled.map((template) => keyOf(template.id, template.locale, template.channel));
  const duplicate = keys.find((key, index) => keys.indexOf(key) !== index);
  if (duplicate) throw new ReleaseError({ id: "duplicateTemplate", data: { name, key: duplicate.split("\u0000").join(" ") } });
  if (packs) return new Release(bundle, compiled, packs);
  const named = bundle.policies.map((policy) => `${policy.id} ${policy.version}`).join(", ");
  return new Release(bundle, compiled, undefined, [noteOf({ id: "packsNotRecorded", data: { name, format: bundle.format, packs: named } })]);
}

function noteOf(said: Said & { id: ReleaseNote["id"] }): ReleaseNote {
  return { id: said.id, message: sayIn(said, "en"), messageIn: (locale) => sayIn(said, locale) };
}

/**
 * Checks a bundle without compiling its templates: that a key is given (or `acceptUnverified`),
 * strict JSON (no duplicate keys anywhere), the format version (this one, or format 2 without
 * the packs' content), the shape, the signature whenever there is one (against the key it
 * carries, which must be the given key when one is given; with a key, a signature is required),
 * the lowest sequence and the oldest creation time accepted, that every template's source has
 * "\n" line endings, matches its SHA-256 and its metadata, and that every policy pack it carries
 * matches its SHA-256, its id and version, and is a valid pack.
 */
export async function verifyRelease(text: string, options: LoadOptions & { name?: string } = {}): Promise<ReleaseBundle> {
  return (await verified(text, options)).bundle;
}

async function verified(text: string, options: LoadOptions & { name?: string }): Promise<{ bundle: ReleaseBundle; packs: PackSet | undefined }> {
  const name: SaidValue = options.name ?? { id: "theRelease" };
  ensureVerifiable(options, name);
  const minimum = minimumOf(options);
  const bundle = parseStrictly(text, name) as ReleaseBundle;
  const format = (bundle as { format?: unknown } | null)?.format;
  if (typeof format === "number" && format > RELEASE_FORMAT) {
    throw new ReleaseError({ id: "formatNewer", data: { name, format, supported: RELEASE_FORMAT } });
  }
  if (typeof format === "number" && format < OLDEST_FORMAT) {
    throw new ReleaseError({ id: "formatOlder", data: { name, format } });
  }
  validateBundle ??= createAjv().compile(releaseSchema);
  if (!validateBundle(bundle)) {
    const first = validateBundle.errors?.[0];
    throw new ReleaseError({ id: "notABundle", data: { name, detail: first ? `${first.instancePath || "/"} ${first.message}` : { id: "unknownShape" } } });
  }
  await verifySignature(bundle, name, options.publicKey);
  if (minimum.sequence !== undefined && bundle.sequence < minimum.sequence) {
    throw new ReleaseError({ id: "olderSequence", data: { name, sequence: bundle.sequence, minimum: minimum.sequence } });
  }
  // `!(a >= b)`: a creation time Date cannot read (a leap second) is refused too.
  if (minimum.createdAt !== undefined && !(Date.parse(bundle.createdAt) >= minimum.createdAt.getTime())) {
    throw new ReleaseError({ id: "olderCreation", data: { name, createdAt: bundle.createdAt, minimum: minimum.createdAt.toISOString() } });
  }
  for (const template of bundle.templates) {
    if (sha256(template.source) !== template.sha256) throw new ReleaseError({ id: "sourceHash", data: { name, path: template.path } });
    if (/\r/.test(template.source)) throw new ReleaseError({ id: "sourceCarriageReturn", data: { name, path: template.path } });
    const data = parseTemplate(template.source).data;
    if (canonicalize(data) !== canonicalize(template.meta)) throw new ReleaseError({ id: "metadataMismatch", data: { name, path: template.path } });
  }
  return { bundle, packs: releasedPacks(bundle, name) };
}

/**
 * The packs a bundle carries (format 3), each matching its SHA-256, its id and version, and
 * checked as a pack file is; undefined for a bundle that names them only (format 2).
 */
function releasedPacks(bundle: ReleaseBundle, name: SaidValue): PackSet | undefined {
  if (bundle.format < 3) return undefined;
  const released: PolicyPack[] = [];
  for (const [index, policy] of bundle.policies.entries()) {
    const jurisdiction = policy.id;
    if (packDigest(policy.pack!) !== policy.sha256) throw new ReleaseError({ id: "packHash", data: { name, jurisdiction } });
    let pack: PolicyPack;
    try {
      pack = packOfContent(policy.pack, `/policies/${index}/pack`);
    } catch (error) {
      if (!(error instanceof PackLoadError)) throw error;
      throw new ReleaseError({ id: "packInvalid", data: { name, jurisdiction, reason: (locale) => packLoadErrorText(error, locale) } });
    }
    if (pack.id !== policy.id || pack.version !== policy.version) throw new ReleaseError({ id: "packIdentity", data: { name, jurisdiction } });
    if (released.some((other) => other.id === pack.id)) throw new ReleaseError({ id: "duplicatePack", data: { name, jurisdiction } });
    released.push(pack);
  }
  return packSet(released);
}

/** A caller that forgot the key must not run templates nobody verified: it says so, or gives the key. */
function ensureVerifiable(options: LoadOptions, name: SaidValue): void {
  if (options.publicKey === undefined && options.acceptUnverified !== true) throw new ReleaseError({ id: "noPublicKey", data: { name } });
}

function minimumOf(options: LoadOptions): { sequence?: number; createdAt?: Date } {
  const { minSequence, notBefore } = options;
  if (minSequence !== undefined && (!Number.isSafeInteger(minSequence) || minSequence < 1)) {
    throw new TypeError(`minSequence must be a whole number of at least 1, got ${String(minSequence)}`);
  }
  const createdAt = notBefore === undefined ? undefined : new Date(notBefore);
  if (createdAt !== undefined && Number.isNaN(createdAt.getTime())) throw new TypeError(`notBefore must be a Date or an ISO 8601 date-time, got ${String(notBefore)}`);
  return { ...(minSequence === undefined ? {} : { sequence: minSequence }), ...(createdAt === undefined ? {} : { createdAt }) };
}

/**
 * JSON as `JSON.parse` reads it, and refused when any object has a key twice (parsers that keep
 * the first value and parsers that keep the last would see different bundles, and the signature
 * covers only one of them), when it nests deeper than any bundle does, or when a number is too
 * large to be a number.
 */
function parseStrictly(text: string, name: SaidValue): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ReleaseError({ id: "notJson", data: { name, reason: error instanceof Error ? error.message : String(error) } });
  }
  // The keys of each open object, innermost last (an array is `undefined`).
  const open: Array<Set<string> | undefined> = [];
  let problem: Said | undefined;
  const enter = (keys: Set<string> | undefined, line: number, character: number): void => {
    open.push(keys);
    if (open.length > MAX_BUNDLE_DEPTH) problem ??= { id: "nestedTooDeep", data: { name, max: MAX_BUNDLE_DEPTH, line: line + 1, column: character + 1 } };
  };
  try {
    visit(
      text,
      {
        onObjectBegin: (_offset, _length, line, character) => enter(new Set(), line, character),
        onArrayBegin: (_offset, _length, line, character) => enter(undefined, line, character),
        onObjectEnd: () => void open.pop(),
        onArrayEnd: () => void open.pop(),
        onObjectProperty: (property, _offset, _length, line, character, path) => {
          const keys = open[open.length - 1]!;
          if (keys.has(property)) problem ??= { id: "duplicateKey", data: { name, key: JSON.stringify(property), pointer: pointerOf(path()), line: line + 1, column: character + 1 } };
          keys.add(property);
        },
        // 1e400 parses as Infinity, which has no canonical JSON for the signature to cover.
        onLiteralValue: (value, _offset, _length, line, character) => {
          if (typeof value === "number" && !Number.isFinite(value)) problem ??= { id: "numberTooLarge", data: { name, line: line + 1, column: character + 1 } };
        },
        onError: (error, _offset, _length, line, character) => void (problem ??= { id: "notStrictJson", data: { name, error: printParseErrorCode(error), line: line + 1, column: character + 1 } }),
      },
      { disallowComments: true, allowTrailingComma: false },
    );
  } catch {
    // JSON.parse reads nesting the checker cannot follow: refused rather than left unchecked.
    problem ??= { id: "tooDeepToCheck", data: { name } };
  }
  if (problem) throw new ReleaseError(problem);
  return value;
}

/** Deeper than any bundle goes (front matter stops at 100 levels), and shallow enough for every walk over it. */
const MAX_BUNDLE_DEPTH = 128;

function pointerOf(path: ReadonlyArray<string | number>): string {
  return path.length === 0 ? "/" : path.map((part) => `/${String(part).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}

/** Canonical base64 (as Node writes it) of exactly `bytes` bytes, or undefined. */
function strictBase64(text: string, bytes: number): Buffer | undefined {
  const decoded = Buffer.from(text, "base64");
  return decoded.length === bytes && decoded.toString("base64") === text ? decoded : undefined;
}

/** Ed25519 signatures are 64 bytes; an Ed25519 public key is 44 bytes of SPKI DER. */
const SIGNATURE_BYTES = 64;
const PUBLIC_KEY_BYTES = 44;

async function verifySignature(bundle: ReleaseBundle, name: SaidValue, expected: LoadOptions["publicKey"]): Promise<void> {
  const required = expected === undefined ? undefined : await readKey(expected, "public");
  const { signature } = bundle;
  if (!signature) {
    if (required) throw new ReleaseError({ id: "notSigned", data: { name } });
    return;
  }
  const value = strictBase64(signature.value, SIGNATURE_BYTES);
  if (!value) throw new ReleaseError({ id: "badSignatureValue", data: { name, bytes: SIGNATURE_BYTES } });
  const der = strictBase64(signature.publicKey, PUBLIC_KEY_BYTES);
  let carried: KeyObject | undefined;
  try {
    carried = der && createPublicKey({ key: der, format: "der", type: "spki" });
  } catch {
    carried = undefined;
  }
  if (!carried || carried.asymmetricKeyType !== "ed25519" || !carried.export({ type: "spki", format: "der" }).equals(der!)) {
    throw new ReleaseError({ id: "badSignatureKey", data: { name } });
  }
  if (signature.keyId !== keyId(carried)) throw new ReleaseError({ id: "badSignatureKeyId", data: { name, keyId: signature.keyId, carried: keyId(carried) } });
  if (required && !required.equals(carried)) throw new ReleaseError({ id: "otherKey", data: { name, keyId: signature.keyId, expected: keyId(required) } });
  if (!verify(null, signedBytes(bundle), carried, value)) throw new ReleaseError({ id: "changedAfterSigning", data: { name } });
}
