import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from "node:crypto";
import { readFile } from "node:fs/promises";
import canonicalizeModule from "canonicalize";

// canonicalize is CommonJS (`module.exports = serialize`); its declarations claim an ES default export.
const canonicalize = canonicalizeModule as unknown as (input: unknown) => string | undefined;
import { createAjv, parseTemplate } from "@tactful/core";
import { packs } from "@tactful/policies";
import releaseSchema from "@tactful/schemas/release.schema.json" with { type: "json" };
import { compileTemplate, type CompileOptions, type CompiledTemplate, type Message } from "./compile.js";
import { ReleaseError, RenderError } from "./errors.js";

/** The bundle format this renderer writes and the newest it reads. */
export const RELEASE_FORMAT = 1;

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
  createdAt: string;
  tool: { name: string; version: string };
  plugin: { name: string; version: string };
  policies: Array<{ id: string; version: string }>;
  lint: { templates: number; errors: 0; warnings: number; byRule: Record<string, number>; configs?: LintConfigUse[] };
  templates: ReleaseTemplate[];
  signature?: { algorithm: "Ed25519"; keyId: string; value: string };
}

/** A configuration the templates were linted with (its path, or `built-in recommended`), and how many. */
export interface LintConfigUse {
  config: string;
  templates: number;
}

export interface BuildInput {
  templates: ReadonlyArray<{ path: string; text: string }>;
  tool: { name: string; version: string };
  plugin: { name: string; version: string };
  lint: { warnings: number; byRule: Record<string, number>; configs?: LintConfigUse[] };
  createdAt?: Date;
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
 * Builds a bundle: compiles every template (the safety gate and the data contract included),
 * renders every example with it (a failure aborts), and records sources, hashes, metadata,
 * the policy pack versions and the lint summary. Signs it when a key is given.
 */
export function buildRelease(input: BuildInput, options: { privateKey?: KeyObject; compile?: CompileOptions } = {}): ReleaseBundle {
  const templates: ReleaseTemplate[] = [];
  for (const { path, text } of [...input.templates].sort((a, b) => a.path.localeCompare(b.path))) {
    const compiled = compileTemplate(text, { ...options.compile, filePath: path });
    const examples = examplesOf(compiled).map((example) => {
      try {
        return { name: example.name, message: compiled.render(example.data) };
      } catch (error) {
        throw new ReleaseError(`${path}: the example \`${example.name}\` does not render: ${error instanceof Error ? error.message : String(error)}`);
      }
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
    createdAt: (input.createdAt ?? new Date()).toISOString(),
    tool: input.tool,
    plugin: input.plugin,
    policies: packs.map((pack) => ({ id: pack.id, version: pack.version })),
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
  const value = sign(null, signedBytes(unsigned), privateKey).toString("base64");
  return { ...unsigned, signature: { algorithm: "Ed25519", keyId: keyId(createPublicKey(privateKey)), value } };
}

function ensureEd25519(key: KeyObject, kind: "private" | "public"): void {
  if (key.type !== kind) throw new ReleaseError(`expected a ${kind} key, got a ${key.type} key`);
  if (key.asymmetricKeyType !== "ed25519") {
    throw new ReleaseError(`the ${kind} key is ${key.asymmetricKeyType ?? "not an asymmetric key"}; releases are signed with Ed25519 (openssl genpkey -algorithm ed25519)`);
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
  const pem = path === undefined ? key : await readFile(path).catch((error: NodeJS.ErrnoException) => {
    const reason = error.code === "ENOENT" ? "no such file" : error.code === "EISDIR" ? "it is a directory" : error.message;
    throw new ReleaseError(`cannot read the ${kind} key ${path}: ${reason}`);
  });
  const where = path === undefined ? `the ${kind} key` : `the ${kind} key ${path}`;
  const text = Buffer.isBuffer(pem) ? pem.toString("latin1") : pem;
  const label = /-----BEGIN ([A-Z0-9 ]+)-----/.exec(text)?.[1];
  const expected = `a PEM ${kind} key (-----BEGIN ${kind.toUpperCase()} KEY-----)`;
  if (text.trim() === "") throw new ReleaseError(`${where} is empty; expected ${expected}`);
  if (label === undefined) throw new ReleaseError(`${where} is not PEM; expected ${expected}`);
  if (label === "ENCRYPTED PRIVATE KEY") throw new ReleaseError(`${where} is encrypted with a passphrase; give it unencrypted (openssl pkey -in key.pem -out plain.pem)`);
  if (!label.endsWith("KEY")) throw new ReleaseError(`${where} holds a ${label.toLowerCase()}, not a key; expected ${expected}`);
  const holdsPrivate = label.includes("PRIVATE");
  if (kind === "public" && holdsPrivate) {
    throw new ReleaseError(`${where} holds a private key; verifying needs only the public key (openssl pkey -in private.pem -pubout -out public.pem), and the private key belongs only where releases are signed`);
  }
  if (kind === "private" && !holdsPrivate) throw new ReleaseError(`${where} holds a public key; signing needs the private key`);
  let parsed: KeyObject;
  try {
    parsed = kind === "private" ? createPrivateKey(pem) : createPublicKey(pem);
  } catch {
    throw new ReleaseError(`${where} is damaged: its PEM cannot be decoded`);
  }
  ensureEd25519(parsed, kind);
  return parsed;
}

let validateBundle: ReturnType<ReturnType<typeof createAjv>["compile"]> | undefined;

export interface LoadOptions {
  /** When given, the bundle must be signed by the matching private key. */
  publicKey?: string | Buffer | KeyObject;
  compile?: CompileOptions;
}

/** A verified release: every template compiled, ready to render. */
export class Release {
  readonly #templates = new Map<string, CompiledTemplate>();

  constructor(readonly bundle: ReleaseBundle, compiled: readonly CompiledTemplate[]) {
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
  const text = await readFile(path, "utf8").catch((error: NodeJS.ErrnoException) => {
    throw new ReleaseError(`cannot read the release ${path}: ${error.code === "ENOENT" ? "no such file" : error.message}`);
  });
  return openRelease(text, { ...options, name: path });
}

/**
 * Verifies a bundle before anything in it is used: its format version, its shape, its
 * signature (required when a public key is given), the hash of every template's source, and
 * that every template's metadata is its source's; then compiles every template (the safety
 * gate refuses unsafe ones). Any failure refuses the whole bundle.
 */
export async function openRelease(text: string, options: LoadOptions & { name?: string } = {}): Promise<Release> {
  const name = options.name ?? "the release";
  let bundle: ReleaseBundle;
  try {
    bundle = JSON.parse(text) as ReleaseBundle;
  } catch (error) {
    throw new ReleaseError(`${name} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (typeof bundle?.format === "number" && bundle.format > RELEASE_FORMAT) {
    throw new ReleaseError(`${name} has bundle format ${bundle.format}, newer than this renderer reads (${RELEASE_FORMAT}); upgrade @tactful/renderer`);
  }
  validateBundle ??= createAjv().compile(releaseSchema);
  if (!validateBundle(bundle)) {
    const first = validateBundle.errors?.[0];
    throw new ReleaseError(`${name} is not a valid release bundle: ${first ? `${first.instancePath || "/"} ${first.message}` : "unknown shape"}`);
  }
  if (options.publicKey !== undefined) {
    const publicKey = await readKey(options.publicKey, "public");
    if (!bundle.signature) throw new ReleaseError(`${name} is not signed, and a signature is required`);
    if (bundle.signature.keyId !== keyId(publicKey)) throw new ReleaseError(`${name} is signed with another key (${bundle.signature.keyId}, expected ${keyId(publicKey)})`);
    if (!verify(null, signedBytes(bundle), publicKey, Buffer.from(bundle.signature.value, "base64"))) {
      throw new ReleaseError(`${name} has an invalid signature: it was changed after it was signed`);
    }
  }
  const compiled: CompiledTemplate[] = [];
  for (const template of bundle.templates) {
    if (sha256(template.source) !== template.sha256) throw new ReleaseError(`${name}: the source of ${template.path} does not match its sha256`);
    const data = parseTemplate(template.source).data;
    if (canonicalize(data) !== canonicalize(template.meta)) throw new ReleaseError(`${name}: the metadata of ${template.path} does not match its source`);
    let result: CompiledTemplate;
    try {
      result = compileTemplate(template.source, { ...options.compile, filePath: template.path });
    } catch (error) {
      throw new ReleaseError(`${name}: ${template.path} cannot be compiled: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (result.id !== template.id || result.locale !== template.locale || result.channel !== template.channel || result.version !== template.version) {
      throw new ReleaseError(`${name}: the id, locale, channel or version of ${template.path} does not match its source`);
    }
    compiled.push(result);
  }
  const keys = compiled.map((template) => keyOf(template.id, template.locale, template.channel));
  const duplicate = keys.find((key, index) => keys.indexOf(key) !== index);
  if (duplicate) throw new ReleaseError(`${name} has two templates for ${duplicate.split("\u0000").join(" ")}`);
  return new Release(bundle, compiled);
}
