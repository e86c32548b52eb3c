import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { DEFAULT_PARSE_LIMITS, parseTemplate, ROLES, yamlLibrary, type SourceLocation, type TemplateDocument } from "@tactful/core";
import type { PackSet, Role } from "@tactful/policies";
import { TemplateSourceCode } from "./language/template-source-code.js";
import { CONFIG_FILES, nearestConfigFile, nearestUp } from "./util/config-file.js";
import { disclosureOf, frontMatterUsable, messageCoverage } from "./util/message.js";
import { describeRole } from "./util/roles.js";

/**
 * The library a template belongs to, for the rules that compare templates (duplicate ids,
 * locale variants). A lint of some files (a pre-commit hook's staged templates, the document
 * open in an editor) compares them with the whole library on disk: the directory of the
 * template's nearest `eslint.config.*`, else its git repository, else its directory. Only each
 * file's front matter is read to index it; the few templates that share an id with the one
 * being linted are parsed.
 */

/** What the library checks group templates by: only templates that share an id are compared. */
export interface LibraryIdentity {
  id: string;
  locale: string;
  channel: string;
}

/** A template's identity, or undefined when it has none to check (it did not parse, or lacks one). */
export function libraryIdentity(document: TemplateDocument): LibraryIdentity | undefined {
  const { id, locale, channel } = document.meta;
  return !document.fatal && id && locale && channel ? { id, locale, channel } : undefined;
}

/** Another template of the library: its path relative to the library's root, and how to read it. */
export interface LibraryPeer {
  path: string;
  identity: LibraryIdentity;
  /** The peer parsed with these packs (those of the template it is compared with). */
  document(packs: PackSet): TemplateDocument | undefined;
}

/** The directory whose templates form the file's library. */
export function libraryRoot(filePath: string): string {
  // Asked for each template by each library rule: looked up once per directory, and again after a pause, as the index looks.
  const directory = dirname(filePath);
  const now = Date.now();
  const known = roots.get(directory);
  if (known && now < known.until) return known.root;
  const config = nearestConfigFile(filePath);
  const root = config ? dirname(config) : (nearestUp(filePath, (folder) => (statOf(join(folder, ".git")) ? folder : undefined)) ?? directory);
  roots.set(directory, { root, until: now + ROOT_LIFETIME_MS });
  return root;
}

/** Library roots by template directory, with when to look again. */
const roots = new Map<string, { root: string; until: number }>();
const ROOT_LIFETIME_MS = 1000;

/** The other templates of the file's library that share its id, with paths relative to the library's root. */
export function libraryPeers(filePath: string, id: string): { root: string; peers: LibraryPeer[] } {
  const root = libraryRoot(filePath);
  let index = indexes.get(root);
  if (!index) indexes.set(root, (index = new LibraryIndex(root)));
  return { root, peers: index.sharing(id, filePath) };
}

/**
 * What the rules across the library depend on, besides the file they lint: the templates that
 * share an id, as they are now. ESLint's cache is keyed on it (through `settings`), so a cached
 * result is not reused once a namesake or a locale variant was added, changed or removed.
 */
export function libraryDigest(roots: readonly string[]): string {
  const hash = createHash("sha256");
  for (const root of [...new Set(roots)].sort()) {
    let index = indexes.get(root);
    if (!index) indexes.set(root, (index = new LibraryIndex(root)));
    hash.update(`${root}\u0000${index.shared()}\n`);
  }
  return hash.digest("hex").slice(0, 16);
}

/** Where a library path is shown: relative to its root, with `/`. */
export function libraryPath(root: string, filePath: string): string {
  return relative(root, filePath).split(sep).join("/");
}

const indexes = new Map<string, LibraryIndex>();

/** Templates each library's configuration ignores, by the library's root: not checked, not released, so compared with nothing. */
const ignoredTemplates = new Map<string, ReadonlySet<string>>();

/**
 * Asks ESLint (its `isPathIgnored`) which templates of these files' libraries the configuration
 * ignores: the library checks leave those out, as they are neither checked nor released. Every
 * other template still takes part. Called before a lint by whatever runs ESLint.
 */
export async function scopeLibraries(files: readonly string[], isPathIgnored: (file: string) => Promise<boolean>): Promise<void> {
  for (const root of new Set(files.map(libraryRoot))) {
    const ignored = new Set<string>();
    for (const file of templateFiles(root)) if (await isPathIgnored(file)) ignored.add(file);
    const before = ignoredTemplates.get(root);
    if (before?.size === ignored.size && [...ignored].every((file) => before.has(file))) continue;
    ignoredTemplates.set(root, ignored);
    indexes.get(root)?.forget();
  }
}

/** The templates `scopeLibraries` found ignored, in every library, for another thread to be told the same. */
export function ignoredLibraryTemplates(): string[] {
  return [...ignoredTemplates.values()].flatMap((files) => [...files]);
}

/** Identities of templates a caller has read already, by path: the index does not read them again while their stamp holds. */
const remembered = new Map<string, Indexed>();

/** A template the caller read (its size and modification time as read, and its text), so indexing its library does not read it again. */
export function rememberTemplate(file: string, { size, mtimeMs }: { size: number; mtimeMs: number }, text: string): void {
  remembered.set(file, { stamp: `${size}:${mtimeMs}`, identity: size > DEFAULT_PARSE_LIMITS.maxBytes ? undefined : frontMatterIdentity(text) });
}

/** A template's identity as of its stamp (size and modification time), as a cache keeps it between runs. */
export interface StampedIdentity {
  stamp: string;
  identity: LibraryIdentity | undefined;
}

/**
 * Identities an earlier run indexed (a cache kept them): a template whose stamp still holds is
 * not read again. Indexing a library of thousands is otherwise most of a one-file lint.
 */
export function rememberIdentities(identities: Iterable<[string, StampedIdentity]>): void {
  for (const [file, { stamp, identity }] of identities) if (!remembered.has(file)) remembered.set(file, { stamp, identity });
}

/** What `rememberTemplate` and `rememberIdentities` were told, for another thread to be told the same. */
export function rememberedIdentities(): Array<[string, StampedIdentity]> {
  return [...remembered].map(([file, { stamp, identity }]) => [file, { stamp, identity }]);
}

/** The libraries indexed in this process: each one's root, and the identities of its templates by path, for a cache to keep. */
export function indexedLibraries(): Array<{ root: string; identities: Map<string, StampedIdentity> }> {
  return [...indexes].map(([root, index]) => ({ root, identities: new Map([...index.indexed()].map(([file, { stamp, identity }]) => [file, { stamp, identity }])) }));
}

/** Templates were added, changed or removed (an editor's file watcher says so): look again on the next lint. */
export function forgetLibraries(): void {
  roots.clear();
  for (const index of indexes.values()) index.forget();
}

interface Indexed {
  /** Size and modification time: the index reads a file again only when they change. */
  stamp: string;
  identity: LibraryIdentity | undefined;
  document?: TemplateDocument | undefined;
}

/**
 * The identities of a library's templates. It looks at the file system again when it is asked
 * after a pause (at least a second, and ten times as long as the last look took), so a long run
 * or an editor session sees files added, changed and removed, and a run over many files does
 * not walk the library for each.
 */
class LibraryIndex {
  private files = new Map<string, Indexed>();
  private byId = new Map<string, string[]>();
  private nextLook = 0;

  constructor(private readonly root: string) {}

  sharing(id: string, except: string): LibraryPeer[] {
    this.look();
    const peers: LibraryPeer[] = [];
    for (const file of this.byId.get(id) ?? []) {
      if (file === except) continue;
      // The few templates compared are read again as soon as they change.
      const indexed = this.current(file);
      if (indexed?.identity?.id !== id) continue;
      peers.push({ path: libraryPath(this.root, file), identity: indexed.identity, document: (packs) => (indexed.document?.packs.digest === packs.digest ? indexed.document : (indexed.document = readDocument(file, packs))) });
    }
    return peers;
  }

  /** The templates that share an id with another, with their stamps, in a stable order. */
  shared(): string {
    this.look();
    return [...this.byId.values()]
      .filter((files) => files.length > 1)
      .flatMap((files) => files.map((file) => `${file}\u0000${this.files.get(file)!.stamp}`))
      .sort()
      .join("\n");
  }

  /** What the last look found. */
  indexed(): ReadonlyMap<string, Indexed> {
    return this.files;
  }

  /** Forget what was read: the next question looks at the file system again. */
  forget(): void {
    this.nextLook = 0;
  }

  private current(file: string): Indexed | undefined {
    const info = statOf(file);
    if (!info) return undefined;
    const stamp = `${info.size}:${info.mtimeMs}`;
    const before = this.files.get(file) ?? remembered.get(file);
    if (before?.stamp === stamp) return before;
    const indexed = { stamp, identity: readIdentity(file, info.size) };
    this.files.set(file, indexed);
    return indexed;
  }

  private look(): void {
    const started = Date.now();
    if (started < this.nextLook) return;
    const files = new Map<string, Indexed>();
    const byId = new Map<string, string[]>();
    const ignored = ignoredTemplates.get(this.root);
    for (const file of templateFiles(this.root)) {
      if (ignored?.has(file)) continue;
      const indexed = this.current(file);
      if (!indexed) continue;
      files.set(file, indexed);
      if (indexed.identity) byId.set(indexed.identity.id, [...(byId.get(indexed.identity.id) ?? []), file]);
    }
    this.files = files;
    this.byId = byId;
    const finished = Date.now();
    this.nextLook = finished + Math.max(1000, 10 * (finished - started));
  }
}

/** Directories that hold no library templates: dependencies, and hidden ones (.git, caches). */
const SKIPPED_DIRECTORY = /^(?:node_modules$|\.)/u;

function templateFiles(root: string): string[] {
  const found: string[] = [];
  const pending = [root];
  for (let directory = pending.pop(); directory !== undefined; directory = pending.pop()) {
    let entries;
    try {
      entries = readdirSync(directory, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      // A directory with its own eslint.config.* is another library.
      if (entry.isDirectory() && !SKIPPED_DIRECTORY.test(entry.name) && !hasConfigFile(join(directory, entry.name))) pending.push(join(directory, entry.name));
      else if (entry.isFile() && entry.name.endsWith(".msg.njk")) found.push(join(directory, entry.name));
    }
  }
  return found;
}

function hasConfigFile(directory: string): boolean {
  return CONFIG_FILES.some((name) => statOf(join(directory, name)));
}

function statOf(path: string): { size: number; mtimeMs: number } | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

const FRONT_MATTER = /^\uFEFF?---[ \t]*(?:\r\n|\r|\n)((?:[^\r\n]*(?:\r\n|\r|\n))*?)---[ \t]*(?:\r\n|\r|\n|$)/u;

/** A top-level `id:`, `locale:` or `channel:` whose value is a plain or simply quoted scalar. */
const SIMPLE_KEY = /^(id|locale|channel)[ \t]*:[ \t]*(?:"([^"\\\r\n]*)"|'([^'\r\n]*)'|(\p{L}[\p{L}\p{N}_.\-/]*))[ \t]*(?:[ \t]#[^\r\n]*)?$/gmu;
/** Plain words YAML reads as something other than a string. */
const NOT_A_STRING = /^(?:true|false|null)$/iu;

/**
 * The identity of a front matter written the usual way, read without a YAML parser (indexing a
 * library of thousands must be quick); undefined when a key is missing, repeated or written
 * otherwise, and then the YAML parser decides.
 */
function simpleIdentity(yaml: string): LibraryIdentity | undefined {
  const values = new Map<string, string>();
  for (const match of yaml.matchAll(SIMPLE_KEY)) {
    if (values.has(match[1]!)) return undefined;
    const value = match[2] ?? match[3] ?? match[4]!;
    if (match[4] !== undefined && NOT_A_STRING.test(value)) return undefined;
    values.set(match[1]!, value);
  }
  const [id, locale, channel] = [values.get("id"), values.get("locale"), values.get("channel")];
  return id && locale && channel ? detachedIdentity(id, locale, channel) : undefined;
}

/**
 * An identity that holds copies of its strings: a string read out of a file's text may be a
 * slice that keeps the whole text alive, and an index holds an identity for every template.
 */
function detachedIdentity(id: string, locale: string, channel: string): LibraryIdentity {
  const copy = (text: string): string => JSON.parse(JSON.stringify(text)) as string;
  return { id: copy(id), locale: copy(locale), channel: copy(channel) };
}

function readIdentity(file: string, size: number): LibraryIdentity | undefined {
  if (size > DEFAULT_PARSE_LIMITS.maxBytes) return undefined;
  try {
    return frontMatterIdentity(readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

/** A template's identity from its front matter alone; undefined when it has none (its own lint says why). */
export function frontMatterIdentity(text: string): LibraryIdentity | undefined {
  try {
    const yaml = FRONT_MATTER.exec(text)?.[1];
    if (yaml === undefined) return undefined;
    const simple = simpleIdentity(yaml);
    if (simple) return simple;
    const meta: unknown = yamlLibrary().parse(yaml, { maxAliasCount: DEFAULT_PARSE_LIMITS.maxAliasedValues, logLevel: "silent" });
    if (typeof meta !== "object" || meta === null) return undefined;
    const { id, locale, channel } = meta as Record<string, unknown>;
    return typeof id === "string" && typeof locale === "string" && typeof channel === "string" && id && locale && channel ? detachedIdentity(id, locale, channel) : undefined;
  } catch {
    return undefined;
  }
}

function readDocument(file: string, packs: PackSet): TemplateDocument | undefined {
  try {
    return parseTemplate(readFileSync(file, "utf8"), { filePath: file, packs });
  } catch {
    return undefined;
  }
}

/** The location of a template's `id` value, where library findings are reported. */
export function idLocation(document: TemplateDocument): SourceLocation {
  return document.lines.locOf(document.locate("/id")?.value ?? document.ast.range);
}

/** A finding of a library check on the template being linted. */
export interface VariantFinding {
  messageId: "missingRole" | "missingVariable";
  data: Record<string, string>;
  /** A variable the variants disagree on only warns; a disclosure they disagree on blocks. */
  advisory: boolean;
}

interface Variant {
  locale: string;
  path: string;
  roles: Set<Role>;
  /** The roles a variant carries on purpose: those of its declared variables. */
  declared: Set<Role>;
  variables: Set<string>;
}

function variantOf(path: string, document: TemplateDocument): Variant {
  return {
    locale: document.meta.locale ?? "",
    path,
    roles: disclosedRoles(document),
    declared: new Set([...document.variables.values()].flatMap((variable) => (variable.role ? [variable.role] : []))),
    variables: new Set(document.variables.keys()),
  };
}

/** What the template drops that its locale variants (same id and channel, other locales) carry. */
export function localeVariantFindings(path: string, document: TemplateDocument, peers: readonly LibraryPeer[]): VariantFinding[] {
  const { locale, channel } = document.meta;
  const others = peers
    .filter((peer) => peer.identity.channel === channel && peer.identity.locale !== locale)
    .flatMap((peer) => {
      const other = peer.document(document.packs);
      return other && libraryIdentity(other) ? [variantOf(peer.path, other)] : [];
    });
  if (others.length === 0) return [];
  const self = variantOf(path, document);
  const having = (has: (other: Variant) => boolean): string =>
    others
      .filter(has)
      .map((other) => `${other.locale} (${other.path})`)
      .join(", ");
  const findings: VariantFinding[] = [];
  for (const role of new Set(others.flatMap((other) => [...other.declared].filter((declared) => other.roles.has(declared))))) {
    if (self.roles.has(role)) continue;
    findings.push({ messageId: "missingRole", advisory: false, data: { locale: self.locale, what: describeRole(role), role, others: having((other) => other.declared.has(role) && other.roles.has(role)) } });
  }
  for (const name of new Set(others.flatMap((other) => [...other.variables]))) {
    if (self.variables.has(name)) continue;
    findings.push({ messageId: "missingVariable", advisory: true, data: { locale: self.locale, name, others: having((other) => other.variables.has(name)) } });
  }
  return findings;
}

/** The roles a template discloses on every path, through variables or recognised text. */
function disclosedRoles(document: TemplateDocument): Set<Role> {
  const sourceCode = new TemplateSourceCode({ text: document.text, document });
  if (!frontMatterUsable(sourceCode)) return new Set();
  return new Set(ROLES.filter((role) => messageCoverage(sourceCode, disclosureOf(sourceCode, role)).always));
}
