import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { dirname, sep } from "node:path";
import type { ESLint, Linter } from "eslint";
import type { CommentNode } from "@tactful/core";
import type { StampedIdentity } from "@tactful/eslint-plugin";
import { writeFileAtomic } from "./write.js";

/** What a run keeps of a template (see `LintedTemplate` in lint.ts). */
export interface TemplateSummary {
  locale: string | undefined;
  comments: readonly CommentNode[];
}

/** A file's lint result as the cache keeps it: everything but its path (and the text, which was read again). */
export type CachedResult = Omit<ESLint.LintResult, "filePath" | "source" | "output" | "stats">;

/** A library template as the cache keeps it, by its path under the library's root: its stamp, then its id, locale and channel when it has them. */
type StoredIdentity = [stamp: string] | [stamp: string, id: string, locale: string, channel: string];

/** Identities by absolute path, for each library root. */
type Libraries = Map<string, Map<string, StampedIdentity>>;

interface Entry {
  /** Digest of the run's key and the text's SHA-256: anything else that decided the result. */
  key: string;
  summary: TemplateSummary;
  result: CachedResult;
}

/** Marks the file as this cache's, in this layout; any other file at the location is replaced. */
const FORMAT = "tactful-lint-cache/1";

/**
 * What `--cache` keeps of each template between runs, by its path: its lint result and its
 * summary (locale and comments), with the key they were made under. The key digests everything
 * a result depends on, which the caller gives as the run's key (the plugin's version with the
 * packs and code, ESLint's, the configuration as resolved for the file, the language of the
 * findings, the library's namesakes, `--fix`, `--no-library`), and the SHA-256 of the text as
 * read: a template whose text or key changed is linted again, never served from here. An
 * unreadable or foreign file is ignored and replaced.
 *
 * It also keeps the identity (id, locale, channel) of every template of the libraries a run
 * indexed, with the size and modification time it was read at: the next run reads again only
 * the templates whose stamp changed, so a hook's one-file lint does not read the whole library.
 */
export class LintCache {
  /** Paths this run looked up. */
  private readonly seen = new Set<string>();
  private changed = false;

  private constructor(
    private readonly file: string,
    private readonly entries: Map<string, Entry>,
    private readonly libraries: Libraries,
  ) {}

  /** The cache kept in `file`, from what was stored there (anything not this cache's is ignored, and replaced when the run ends). */
  static of(file: string, stored: unknown): LintCache {
    const entries = new Map<string, Entry>();
    const ours = isRecord(stored) && stored["format"] === FORMAT && isRecord(stored["entries"]);
    let foreign = !ours;
    if (ours) {
      for (const [path, entry] of Object.entries(stored["entries"] as Record<string, unknown>)) {
        if (isEntry(entry)) entries.set(path, entry);
        else foreign = true;
      }
    }
    const libraries: Libraries = new Map();
    if (ours && stored["libraries"] !== undefined) {
      if (!isRecord(stored["libraries"])) foreign = true;
      for (const [root, templates] of Object.entries(isRecord(stored["libraries"]) ? stored["libraries"] : {})) {
        if (!isRecord(templates)) {
          foreign = true;
          continue;
        }
        const identities = new Map<string, StampedIdentity>();
        for (const [path, kept] of Object.entries(templates)) {
          if (isStoredIdentity(kept)) identities.set(`${directoryPrefix(root)}${path}`, { stamp: kept[0], identity: kept.length === 4 ? { id: kept[1], locale: kept[2], channel: kept[3] } : undefined });
          else foreign = true;
        }
        libraries.set(root, identities);
      }
    }
    const cache = new LintCache(file, entries, libraries);
    cache.changed = foreign;
    return cache;
  }

  /** The key of a text with this SHA-256 linted under this run key. */
  static key(runKey: string, sha256: string): string {
    return createHash("sha256").update(`${runKey}\u0000${sha256}`).digest("hex");
  }

  /** The last run's result and summary of a file, if they were made under this key (any other is dropped). */
  get(path: string, key: string): { summary: TemplateSummary; result: CachedResult } | undefined {
    this.seen.add(path);
    const entry = this.entries.get(path);
    if (entry?.key === key) return entry;
    if (entry) this.changed = this.entries.delete(path);
    return undefined;
  }

  set(path: string, key: string, summary: TemplateSummary, { filePath: _path, source: _source, output: _output, stats: _stats, ...result }: ESLint.LintResult): void {
    this.seen.add(path);
    this.entries.set(path, { key, summary, result });
    this.changed = true;
  }

  /** The identities of library templates the last run indexed, by path. */
  *libraryIdentities(): Generator<[string, StampedIdentity]> {
    for (const identities of this.libraries.values()) yield* identities;
  }

  /** Keeps what this run indexed of each library, in place of what the cache held of it. */
  setLibraries(libraries: ReadonlyArray<{ root: string; identities: ReadonlyMap<string, StampedIdentity> }>): void {
    for (const { root, identities } of libraries) {
      const before = this.libraries.get(root);
      if (before && sameLibrary(before, identities)) continue;
      this.libraries.set(root, new Map(identities));
      this.changed = true;
    }
  }

  /**
   * Writes the entries, when they changed: this run's, and those of templates it did not lint
   * that still exist (a hook that lints the staged files keeps the rest of the library's). A
   * cache that cannot be written only costs the next run time.
   */
  async save(): Promise<void> {
    for (const path of this.entries.keys()) if (!this.seen.has(path) && !existsSync(path)) this.changed = this.entries.delete(path);
    if (!this.changed) return;
    // Never through a link out of the cache's directory.
    await writeFileAtomic(this.file, JSON.stringify({ format: FORMAT, entries: Object.fromEntries(this.entries), libraries: storedLibraries(this.libraries) }), { within: dirname(this.file) }).catch(() => undefined);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const isCount = (value: unknown): boolean => Number.isInteger(value) && (value as number) >= 0;

const isPosition = (value: unknown): boolean => isRecord(value) && Number.isInteger(value["line"]) && Number.isInteger(value["column"]);

function isComment(value: unknown): value is CommentNode {
  if (!isRecord(value) || value["type"] !== "Comment" || typeof value["value"] !== "string") return false;
  const { range, loc } = value;
  return Array.isArray(range) && range.length === 2 && range.every(Number.isInteger) && isRecord(loc) && isPosition(loc["start"]) && isPosition(loc["end"]);
}

function isSummary(value: unknown): value is TemplateSummary {
  return isRecord(value) && (value["locale"] === undefined || typeof value["locale"] === "string") && Array.isArray(value["comments"]) && value["comments"].every(isComment);
}

function isMessage(value: unknown): value is Linter.LintMessage {
  return isRecord(value) && (value["severity"] === 1 || value["severity"] === 2) && typeof value["message"] === "string" && isPosition(value);
}

function isResult(value: unknown): value is CachedResult {
  if (!isRecord(value) || !Array.isArray(value["messages"]) || !Array.isArray(value["suppressedMessages"]) || !Array.isArray(value["usedDeprecatedRules"])) return false;
  const counts = ["errorCount", "fatalErrorCount", "warningCount", "fixableErrorCount", "fixableWarningCount"];
  return counts.every((count) => isCount(value[count])) && value["messages"].every(isMessage) && value["suppressedMessages"].every(isMessage);
}

/** What the paths under a directory start with. */
const directoryPrefix = (directory: string): string => (directory.endsWith(sep) ? directory : `${directory}${sep}`);

/** A stamp and the identity read at it; a template without one (it did not parse, or lacks a key) keeps the stamp alone. */
function isStoredIdentity(value: unknown): value is StoredIdentity {
  return Array.isArray(value) && (value.length === 1 || value.length === 4) && value.every((part) => typeof part === "string" && part !== "");
}

/** The libraries as the cache file keeps them: paths under each root, each with its stamp and identity. */
function storedLibraries(libraries: Libraries): Record<string, Record<string, StoredIdentity>> {
  const stored: Record<string, Record<string, StoredIdentity>> = {};
  for (const [root, identities] of libraries) {
    const templates: Record<string, StoredIdentity> = {};
    const prefix = directoryPrefix(root);
    for (const [path, { stamp, identity }] of identities) {
      if (!path.startsWith(prefix)) continue;
      templates[path.slice(prefix.length)] = identity ? [stamp, identity.id, identity.locale, identity.channel] : [stamp];
    }
    stored[root] = templates;
  }
  return stored;
}

function sameLibrary(a: ReadonlyMap<string, StampedIdentity>, b: ReadonlyMap<string, StampedIdentity>): boolean {
  if (a.size !== b.size) return false;
  for (const [path, { stamp, identity }] of a) {
    const other = b.get(path);
    if (other?.stamp !== stamp || other.identity?.id !== identity?.id || other.identity?.locale !== identity?.locale || other.identity?.channel !== identity?.channel) return false;
  }
  return true;
}

function isEntry(value: unknown): value is Entry {
  return isRecord(value) && typeof value["key"] === "string" && isSummary(value["summary"]) && isResult(value["result"]);
}
